"""Analogous cases (类案检索) with reasons a reviewer can check.

Candidates come from hybrid search over case sections (the facts section is the one embedded);
they are re-ranked by text similarity plus four visible factors: the offenses the facts point to,
shared key elements (legal-dictionary terms), amount proximity and domain. Each factor that
contributes is listed in `why` with the evidence behind it.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from corpus.typical import kind_fields
from graph.queries import cases_charged_with, case_links, domains_of, offenses_named_in, offenses_of_charges
from indexer.analysis import highlight, tokenize
from indexer.case_profile import (act_amounts, amounts, amounts_within, case_profile, closest_amounts, facts_text,
                                  key_elements)
from indexer.predict import available as predictor_available, load as load_predictor
from indexer.ranking import DEFAULT_RANKING, RankingConfig
from indexer.search import SearchRequest, SearchService

# Ranking weights and limits (factor weights, candidates, the predictor's votes, how much of the
# facts the searches read): indexer/ranking.py, read from the service's config.

# What a reviewer is shown as the reason, stricter than what ranks: procedural words every judgment
# shares (辩护人, 涉嫌犯罪) say nothing about the conduct, counts (两次 与 两次) are not amounts, and
# two amounts are "close" only within a ratio of 0.8 (50,000 元 and 30,000 元 are not). Display only:
# the ranking weights are unchanged.
NOT_DISTINCTIVE = frozenset({"辩护人", "涉嫌犯罪", "被告人", "公诉机关", "犯罪嫌疑人", "刑事拘留", "取保候审", "逮捕",
                             "判处", "如实供述", "审理", "证据", "犯罪事实", "指控", "起诉", "羁押"})
SHOWN_AMOUNT_RATIO = 0.8


def shown_elements(common) -> list[str]:
    return [t for t in common if t not in NOT_DISTINCTIVE]


def shown_amount(ratio: float, ours: str, theirs: str) -> bool:
    return ratio >= SHOWN_AMOUNT_RATIO and not (ours.endswith("次") or theirs.endswith("次"))
# The facts read per request, the most POST /api/cases/similar accepts; a stored judgment's facts
# section (GET /api/cases/{id}/similar) can run to 30,000 characters, and searching, scanning
# and comparing all of it took seconds.
MAX_FACTS_CHARS = 4000
# The query vector (ONNX, outside the GIL) and the statute search run beside the case search: on
# two cores that overlaps the encoder with tokenizing and the two keyword searches.
_BESIDE = ThreadPoolExecutor(max_workers=2, thread_name_prefix="similar-cases")


@lru_cache(maxsize=8192)
def _computed_profile(units, doc_id: str) -> tuple[frozenset[str], tuple]:
    """For an index built before profiles were stored: computed once per case and build."""
    doc = units.document(doc_id)
    return case_profile("\n".join(u["text"] for u in doc["units"]) if doc else "")


def _case_profiles(units, doc_ids: list[str]) -> dict[str, tuple[frozenset[str], tuple]]:
    """Key elements and amounts per case: stored at build time, computed only where missing."""
    stored = units.case_profiles(doc_ids)
    return {d: stored[d] if d in stored else _computed_profile(units, d) for d in doc_ids}


def predicted_offense_probabilities(graph, facts: str, config: RankingConfig = DEFAULT_RANKING) -> dict[str, float]:
    """Offense node id → probability from the charge predictor (empty without its artifact); a
    former charge name counts for the offense now in force, at its best probability."""
    if not config.predictor.enabled or not predictor_available():
        return {}
    charges, _ = load_predictor().predict(facts, config.cases.predicted_charges)
    likely = [(name, p) for name, p in charges if p >= config.cases.predicted_min_p]
    return {node.id: p for _, p, node in offenses_of_charges(graph, likely) if node is not None}


def _offenses_of_facts(service: SearchService, facts: str, predicted: dict[str, float] | None = None) -> dict[str, float]:
    """Offenses the facts point to: named in them, predicted from them (probability counts
    cases.predicted_vote times), or behind the top statute/interpretation hits."""
    graph = service.graph
    knobs = service.ranking.cases
    votes: dict[str, float] = {oid: knobs.named_offense_vote for oid in offenses_named_in(graph, facts)}
    for oid, p in (predicted_offense_probabilities(graph, facts, service.ranking) if predicted is None else predicted).items():
        votes[oid] = votes.get(oid, 0.0) + knobs.predicted_vote * p
    hits = service.search(SearchRequest(q=facts, k=knobs.statute_hits, types=("statute", "interpretation"), highlight=False,
                                        facets=False, query_tokens=service.ranking.lengths.facts_query_tokens))["hits"]
    for rank, hit in enumerate(hits, start=1):
        for off in hit["offenses"]:
            votes[off["id"]] = votes.get(off["id"], 0.0) + 1.0 / rank
    return votes


def _offenses_and_predictions(service: SearchService, facts: str) -> tuple[dict[str, float], dict[str, float], set[str]]:
    predicted = predicted_offense_probabilities(service.graph, facts, service.ranking)
    return _offenses_of_facts(service, facts, predicted), predicted, set(offenses_named_in(service.graph, facts))


# a predicted charge is shown as a reason from this probability on; below it, and for an offense only the statute
# hits voted for, the case still ranks by it but no reason claims it (probe 28z: 120 of 470 "同罪名" reasons rested
# on p < 0.5, e.g. 盗窃罪 for a found credit card used at a till)
SHOWN_PREDICTION_P = 0.5


def _same_offense_reason(labels: dict[str, str], shared: list[str], predicted: dict[str, float],
                         stated: set[str], known: bool) -> dict | None:
    """What the shared charge rests on, said as such: the query case's own judgment (known), the facts' words
    (stated: their mention, which may be of another's act), or the predictor's probability for each charge; None
    where it rests on nothing shown."""
    sure = [o for o in shared if o in stated]
    if sure:
        names = "、".join(labels[o] for o in sure)
        if known:
            return {"kind": "same_offense", "detail": f"同一罪名：{names}（与所查案例的判决罪名相同）",
                    "evidence": "所查案例的判决罪名"}
        # the words may be another's act (明知是他人盗窃的电动车): said as words, not as a finding
        return {"kind": "same_offense", "detail": f"同罪名：{names}（案情提到该罪名）",
                "evidence": "案情中出现该罪名或其行为的字样；是否为本人的行为请核对"}
    likely = sorted(((predicted[o], o) for o in shared if predicted.get(o, 0.0) >= SHOWN_PREDICTION_P), reverse=True)
    if not likely:
        return None
    named = "、".join(f"{labels[o]}（预测概率 {p:.2f}）" for p, o in likely)
    return {"kind": "same_offense", "detail": f"可能同罪名：{named}", "probability": round(likely[0][0], 4),
            "evidence": "罪名预测模型由案情推测出该罪名，与本案判决罪名一致；推测不等于认定"}


def _add_cases_of_predicted_offenses(service: SearchService, query: str, predicted: dict[str, float],
                                     by_case: dict[str, dict], exclude: frozenset[str], domain: str | None) -> None:
    """Candidates among the cases judged for the likeliest predicted offense, after the text
    candidates: a rare offense's few judgments seldom reach the best text matches of a long fact
    text (one arson judgment's facts found 故意伤害 and 寻衅滋事 judgments first), and the
    same-offense factor can only rank what is there."""
    knobs = service.ranking.cases
    likely = max(((p, oid) for oid, p in predicted.items() if p >= knobs.offense_candidates_min_p), default=None)
    if likely is None:
        return
    offense = likely[1]
    doc_ids = tuple(d for d in cases_charged_with(service.graph, [offense]) if d not in exclude and d not in by_case)
    if not doc_ids:
        return
    # by the query vector alone, already encoded (indexer/ranking.py has the measurements)
    hits = service.search(SearchRequest(q=query, k=knobs.offense_candidates, mode="vector", types=("case",), doc_ids=doc_ids,
                                        domains=(domain,) if domain else (), graph_boost=False, highlight=False,
                                        facets=False, query_tokens=service.ranking.lengths.facts_query_tokens))["hits"]
    node = service.graph.nodes_by_id([offense]).get(offense)
    pool = f"预测罪名{node.label if node else ''}的案例中"
    rank = 0
    for hit in hits:
        if hit["doc_id"] in by_case:
            continue
        rank += 1
        # below every text candidate: the offense, not the text, brought this case in
        by_case[hit["doc_id"]] = {"hit": hit, "text_score": 1.0 / (knobs.candidates + rank + 1), "text_rank": rank,
                                  "pool": pool}


def similar_cases(service: SearchService, facts: str, k: int = 10, offense: str | None = None,
                  domain: str | None = None, exclude: frozenset[str] = frozenset(), combined: bool = True,
                  known_offenses: frozenset[str] = frozenset()) -> list[dict]:
    """`known_offenses`: the offense ids a stored query case was judged for, which its facts point to for sure."""
    graph = service.graph
    knobs, lengths = service.ranking.cases, service.ranking.lengths
    facts = facts[:MAX_FACTS_CHARS]
    query = facts[:lengths.facts_search_chars]
    vector = _BESIDE.submit(service.embedder.encode_query, query, lengths.facts_query_tokens)
    tokenize(query)             # once, before both searches read the cached tokens
    offenses = _BESIDE.submit(_offenses_and_predictions, service, query) if combined else None
    # the facts' own elements and amounts while the vector is being encoded: not after it
    fact_elements = key_elements(facts) if combined else frozenset()
    fact_amounts = amounts(facts) if combined else ()
    # no graph list here: it votes for statute articles, which a search of cases filters out
    hits = service.search(SearchRequest(q=query, k=knobs.candidates, types=("case",), domains=(domain,) if domain else (),
                                        graph_boost=False, highlight=False, facets=False,
                                        query_tokens=lengths.facts_query_tokens))["hits"]
    by_case: dict[str, dict] = {}
    for rank, hit in enumerate(hits, start=1):
        if hit["doc_id"] in exclude or hit["doc_id"] in by_case:
            continue
        by_case[hit["doc_id"]] = {"hit": hit, "text_score": 1.0 / (rank + 1), "text_rank": len(by_case) + 1}
    vector.result()
    wanted, predicted, stated = offenses.result() if offenses else ({}, {}, set())
    for oid in known_offenses:
        wanted[oid] = max(wanted.get(oid, 0.0), knobs.named_offense_vote)
    stated = set(known_offenses) if known_offenses else stated
    if combined and knobs.offense_candidates:
        _add_cases_of_predicted_offenses(service, query, predicted, by_case, exclude, domain)
    top_vote = max(wanted.values(), default=1.0)
    profiles = _case_profiles(service.units, list(by_case)) if combined else {}
    closest = dict(zip(profiles, closest_amounts(fact_amounts, [case_amounts for _, case_amounts in profiles.values()])))
    fact_domains = domains_of(graph, list(wanted))
    links = case_links(graph, list(by_case))         # every candidate's node, charges and domains at once
    results = []
    for doc_id, c in by_case.items():
        hit = c["hit"]
        node, charges, charge_names = links[doc_id]["node"], links[doc_id]["charges"], links[doc_id]["charge_names"]
        if offense and offense not in charge_names:
            continue
        where = c.get("pool", "混合检索")
        why = [{"kind": "text", "detail": f"文本相似（{where}第 {c['text_rank']} 位）", "evidence": ""}]
        score = knobs.text_weight * c["text_score"]
        if combined:
            shared = [o for o in charges if o in wanted]
            if shared:
                strength = max(wanted[o] for o in shared) / top_vote
                score += knobs.same_offense_weight * strength
                reason = _same_offense_reason(links[doc_id]["labels"], shared, predicted, stated, bool(known_offenses))
                if reason:
                    why.append(reason)
            case_elements = profiles[doc_id][0]
            common = sorted(fact_elements & case_elements, key=len, reverse=True)[:knobs.max_elements]
            if common:
                score += knobs.shared_element_weight * len(common)
                if shown_elements(common):
                    why.append({"kind": "shared_element", "detail": "共同要素：" + "、".join(shown_elements(common)),
                                "evidence": "双方案情均出现这些法律术语"})
            best = closest[doc_id]
            if best and best[0] >= knobs.amount_min_ratio:
                score += knobs.amount_weight * best[0]
                if shown_amount(*best):
                    why.append({"kind": "amount", "detail": f"数额相近（{best[1]} 与 {best[2]}）", "evidence": best[2]})
            case_domains = links[doc_id]["domains"]
            if fact_domains & case_domains:
                score += knobs.domain_weight
                why.append({"kind": "domain", "detail": "同一领域：" + "、".join(sorted(fact_domains & case_domains)), "evidence": ""})
        results.append({"id": doc_id, "title": node.label if node else hit["doc_title"], "charges": charge_names,
                        **kind_fields(node.props if node else {}),      # 典型案例 / 指导性案例 labelled as such
                        "score": round(score, 4), "why": why, "text": hit["text"], "unit_id": hit["id"]})
    results.sort(key=lambda r: -r["score"])
    results = results[:k]
    for r in results:
        r["why"] = _reasons_in_its_facts(service.units, r["id"], r["why"])
    words = tokenize(query)
    for r in results:            # snippets only for the cases shown: each scans a long judgment section
        r["snippet"] = highlight(r.pop("text"), words, within=MAX_FACTS_CHARS)   # as much as the query reads
        r["why"][0]["evidence"] = r["snippet"][:160]
    return results


def _reasons_in_its_facts(units, doc_id: str, why: list[dict]) -> list[dict]:
    """The element and amount reasons a case's facts bear out: ranking reads the whole judgment, where a term of the
    court's reasoning or a sum of the sentence (并处罚金人民币九万元) stands too, but "双方案情均出现" and "数额相近"
    speak of the facts (probe 28z: 13 fines, halves of ranges and a quoted threshold were shown as close amounts)."""
    doc = units.document(doc_id)
    if not doc:
        return why
    facts = facts_text([(u["label"], u["text"]) for u in doc["units"]])
    kept = []
    for reason in why:
        if reason["kind"] == "amount" and not any(raw == reason["evidence"] for _, _, raw in act_amounts(facts)):
            continue
        if reason["kind"] == "shared_element":
            shown = [t for t in reason["detail"].removeprefix("共同要素：").split("、") if t in facts]
            if not shown:
                continue
            reason = {**reason, "detail": "共同要素：" + "、".join(shown)}
        kept.append(reason)
    return kept


def case_facts(service: SearchService, doc_id: str) -> str | None:
    doc = service.units.document(doc_id)
    if doc is None or doc["front_matter"]["type"] != "case":
        return None
    facts = [u["text"] for u in doc["units"] if "事实" in (u["label"] or "") or "案情" in (u["label"] or "")]
    return "\n".join(facts) or doc["units"][0]["text"]


MAX_SHARED_ELEMENTS = 30


def _case_view(service: SearchService, doc_id: str) -> dict | None:
    doc = service.units.document(doc_id)
    if doc is None or doc["front_matter"]["type"] != "case":
        return None
    fm = doc["front_matter"]
    graph = service.graph
    charges = case_links(graph, [doc_id])[doc_id]["charge_names"]
    return {"id": doc_id, "title": fm["title"], "charges": charges or list(fm.get("charges") or []),
            "articles": list(fm.get("articles") or []), "domains": list(fm.get("domains") or []),
            "source": fm.get("source"), "sections": [{"label": u["label"], "text": u["text"]} for u in doc["units"]]}


def compare_cases(service: SearchService, a: str, b: str) -> dict | None:
    """Two cases side by side with what they share: charges, cited articles, key elements (legal
    dictionary terms found in both texts) and amounts within a factor of two. None if either is
    not a case."""
    left, right = _case_view(service, a), _case_view(service, b)
    if left is None or right is None:
        return None
    profiles = _case_profiles(service.units, [a, b])
    (left_elements, left_amounts), (right_elements, right_amounts) = profiles[a], profiles[b]
    elements = shown_elements(sorted(left_elements & right_elements, key=lambda t: (-len(t), t)))
    amounts = [(x, y) for x, y in amounts_within(left_amounts, right_amounts, min_ratio=SHOWN_AMOUNT_RATIO)
               if not (x.endswith("次") or y.endswith("次"))]
    return {"a": left, "b": right, "shared": {
        "charges": [c for c in left["charges"] if c in right["charges"]],
        "articles": [x for x in left["articles"] if x in right["articles"]],
        "domains": [d for d in left["domains"] if d in right["domains"]],
        "elements": elements[:MAX_SHARED_ELEMENTS],
        "amounts": [{"a": x, "b": y} for x, y in amounts]}}
