"""Graph evidence for ranking: the offenses that the query names, or that the top hits point to
(a case's charges, the 刑法 article an interpretation explains), vote for the articles defining
those offenses. The votes form a third ranked list for reciprocal rank fusion."""
from __future__ import annotations

from graph.queries import offense_articles_many, offenses_named_in
from graph.schema import article_id, case_id

from .ranking import DEFAULT_RANKING, RankingConfig


def graph_ranking(store, query: str, seeds: list[dict], max_items: int = DEFAULT_RANKING.graph.max_articles,
                  predicted: list[tuple[str, float]] = (), config: RankingConfig = DEFAULT_RANKING) -> list[str]:
    """Unit ids of articles, best supported first. `seeds` are the top fused hits (unit dicts);
    `predicted` are (article unit id, probability) from the charge predictor for fact-like queries.
    The graph is read in batches (a few round trips, whatever the number of seeds)."""
    votes: dict[str, float] = {}
    evidence, predictor = config.graph, config.predictor

    def vote(unit_id: str, weight: float) -> None:
        votes[unit_id] = votes.get(unit_id, 0.0) + weight

    seeds = seeds[:evidence.seed_depth]
    cases = [case_id(u["doc_id"]) for u in seeds if u["type"] == "case"]
    arts = [article_id(u["id"]) for u in seeds if u["type"] != "case"]
    wanted = [article_id(uid) for uid, p in predicted if p >= predictor.article_vote_min_p]
    out_edges = store.edges_from_many(cases + arts, ("CHARGED_WITH", "REFERS_TO")) if cases or arts else {}
    defining = store.edges_to_many(arts + [e.dst for a in arts for e in out_edges[a] if e.kind == "REFERS_TO"],
                                   ("DEFINED_BY",)) if arts else {}
    nodes = store.nodes_by_id(wanted + [e.dst for a in arts for e in out_edges[a] if e.kind == "REFERS_TO"])
    # read as a question even for pasted facts (graph/name_words.py): a common word such as 赌博 names no
    # 赌博罪 in facts, but points at 刑法303, which defines 开设赌场罪 as well. Read as facts, 3 LeCaRD
    # facts' searches (the predictor off) lost 刑法303 from their first two hits; with the predictor on,
    # and for the questions-only act phrases, statute search figures did not move.
    named = offenses_named_in(store, query, as_question=True)
    articles = offense_articles_many(store, list(dict.fromkeys(
        named + [e.dst for c in cases for e in out_edges[c] if e.kind == "CHARGED_WITH"])))

    for uid, p in predicted:
        if p >= predictor.article_vote_min_p and article_id(uid) in nodes:
            vote(uid, predictor.article_vote * p)

    for oid in named:
        for uid in articles[oid]:
            vote(uid, evidence.named_offense_vote)
    for rank, unit in enumerate(seeds, start=1):
        weight = 1.0 / rank
        if unit["type"] == "case":
            for e in out_edges[case_id(unit["doc_id"])]:
                if e.kind == "CHARGED_WITH":
                    for uid in articles[e.dst]:
                        vote(uid, weight)
        else:
            art = article_id(unit["id"])
            if defining[art]:
                vote(unit["id"], weight)
            for e in out_edges[art]:
                if e.kind == "REFERS_TO" and defining[e.dst]:
                    vote(nodes[e.dst].props["unit_id"], weight * evidence.interprets_weight)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    floor = ranked[0][1] * evidence.min_vote_share if ranked else 0.0
    return [uid for uid, v in ranked[:max_items] if v >= floor]
