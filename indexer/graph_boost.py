"""Graph evidence for ranking: the offenses that the query names, or that the top hits point to
(a case's charges, the 刑法 article an interpretation explains), vote for the articles defining
those offenses. The votes form a third ranked list for reciprocal rank fusion."""
from __future__ import annotations

from graph.queries import offense_articles, offenses_named_in
from graph.schema import article_id, case_id

from .ranking import DEFAULT_RANKING, RankingConfig


def graph_ranking(store, query: str, seeds: list[dict], max_items: int = DEFAULT_RANKING.graph.max_articles,
                  predicted: list[tuple[str, float]] = (), config: RankingConfig = DEFAULT_RANKING) -> list[str]:
    """Unit ids of articles, best supported first. `seeds` are the top fused hits (unit dicts);
    `predicted` are (article unit id, probability) from the charge predictor for fact-like queries."""
    votes: dict[str, float] = {}
    evidence, predictor = config.graph, config.predictor

    def vote(unit_id: str, weight: float) -> None:
        votes[unit_id] = votes.get(unit_id, 0.0) + weight

    for uid, p in predicted:
        if p >= predictor.article_vote_min_p and store.node(article_id(uid)):
            vote(uid, predictor.article_vote * p)

    for oid in offenses_named_in(store, query):
        for uid in offense_articles(store, oid):
            vote(uid, evidence.named_offense_vote)
    for rank, unit in enumerate(seeds[:evidence.seed_depth], start=1):
        weight = 1.0 / rank
        if unit["type"] == "case":
            for e in store.edges_from(case_id(unit["doc_id"]), ("CHARGED_WITH",)):
                for uid in offense_articles(store, e.dst):
                    vote(uid, weight)
        else:
            art = article_id(unit["id"])
            if store.edges_to(art, ("DEFINED_BY",)):
                vote(unit["id"], weight)
            for e in store.edges_from(art, ("REFERS_TO",)):
                if store.edges_to(e.dst, ("DEFINED_BY",)):
                    node = store.node(e.dst)
                    vote(node.props["unit_id"], weight * evidence.interprets_weight)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return [uid for uid, _ in ranked[:max_items]]
