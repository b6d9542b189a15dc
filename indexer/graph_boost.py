"""Graph evidence for ranking: the offenses that the query names, or that the top hits point to
(a case's charges, the 刑法 article an interpretation explains), vote for the articles defining
those offenses. The votes form a third ranked list for reciprocal rank fusion."""
from __future__ import annotations

from graph.queries import offense_articles_many, offenses_named_in
from graph.schema import article_id, case_id

SEED_DEPTH = 30
NAMED_OFFENSE_VOTE = 1.0
INTERPRETS_WEIGHT = 0.5
# A predicted article votes with its probability times this; below PREDICTED_MIN_P it stays out.
PREDICTED_VOTE = 2.0
PREDICTED_MIN_P = 0.1


def graph_ranking(store, query: str, seeds: list[dict], max_items: int = 50,
                  predicted: list[tuple[str, float]] = ()) -> list[str]:
    """Unit ids of articles, best supported first. `seeds` are the top fused hits (unit dicts);
    `predicted` are (article unit id, probability) from the charge predictor for fact-like queries.
    The graph is read in batches (a few round trips, whatever the number of seeds)."""
    votes: dict[str, float] = {}

    def vote(unit_id: str, weight: float) -> None:
        votes[unit_id] = votes.get(unit_id, 0.0) + weight

    seeds = seeds[:SEED_DEPTH]
    cases = [case_id(u["doc_id"]) for u in seeds if u["type"] == "case"]
    arts = [article_id(u["id"]) for u in seeds if u["type"] != "case"]
    wanted = [article_id(uid) for uid, p in predicted if p >= PREDICTED_MIN_P]
    out_edges = store.edges_from_many(cases + arts, ("CHARGED_WITH", "REFERS_TO")) if cases or arts else {}
    defining = store.edges_to_many(arts + [e.dst for a in arts for e in out_edges[a] if e.kind == "REFERS_TO"],
                                   ("DEFINED_BY",)) if arts else {}
    nodes = store.nodes_by_id(wanted + [e.dst for a in arts for e in out_edges[a] if e.kind == "REFERS_TO"])
    named = offenses_named_in(store, query)
    articles = offense_articles_many(store, list(dict.fromkeys(
        named + [e.dst for c in cases for e in out_edges[c] if e.kind == "CHARGED_WITH"])))

    for uid, p in predicted:
        if p >= PREDICTED_MIN_P and article_id(uid) in nodes:
            vote(uid, PREDICTED_VOTE * p)

    for oid in named:
        for uid in articles[oid]:
            vote(uid, NAMED_OFFENSE_VOTE)
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
                    vote(nodes[e.dst].props["unit_id"], weight * INTERPRETS_WEIGHT)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return [uid for uid, _ in ranked[:max_items]]
