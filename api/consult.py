"""Two-way consultation: facts in, candidate offenses with their threshold clauses (met or not),
the administrative provisions on the other side of the line, and similar cases out.

Offense candidates come from three places at once: offenses the text names, the offenses behind
the top hybrid-search hits (articles, interpretations, penalty provisions), and the charges of
the most similar cases. Every statement carries the unit it rests on.
"""
from __future__ import annotations

import datetime as dt
import re

from corpus.simplified import simplified
from graph.queries import offense_mentions, offense_view, offenses_of_charges, related_typical_cases
from graph.name_words import is_question
from indexer.analysis import tokenize
from graph.scopes import stated_object, unless_stated
from graph.standards import mark_governing
from graph.statutory_threshold import cited_units, deciding_questions, missing_standard_note
from indexer.predict import article_unit_id, available as predictor_available, load as load_predictor
from indexer.predict.distinctions import distinctions, undecided as undecided_charges
from indexer.ranking import DEFAULT_RANKING, RankingConfig
from indexer.search import SearchRequest, SearchService

from . import prior_penalty
from .admin_time_limit import time_limit
from .amended import with_amendment
from .candidates import gather, ranked as ranked_candidates
from .conduct import act_in, named_in_statement, with_conduct
from .capacity import with_capacity
from .elements import with_elements
from .law_objects import about_the_facts
from .newer_text import with_newer_text
from .older_items import with_uncovered_older_item
from .unit_member import with_unit_member
from .paid_in_time import with_paid_in_time
from .cause_open import with_cause_open
from .kin_victim import with_kin_victim
from .in_force import with_text_in_force
from .limitation import with_limitation
from .route_closed import another_case_closed, how_closed
from .higher_tier import moved_to_a_higher_tier
from .underlying_case import underlying_requirement, underlying_requirements
from .verdict import STATUS_UNKNOWN, Fact, evaluate_standard, extract_facts  # noqa: F401  (re-exported)

REVERSE_WORDS = ("不起诉", "免予刑事处罚", "免于刑事处罚", "免除刑罚", "反向衔接", "检察意见", "哪个部门", "什么行政处罚",
                 "行政处罚", "不构成犯罪", "罚款多少")
FORWARD_WORDS = ("移送", "立案", "追诉", "构成犯罪", "涉嫌犯罪", "够罪", "入罪")
# Candidate weights and limits (nearest-case votes, link weights, the predictor's charges):
# indexer/ranking.py, read from the service's config.
TRANSFER_RULES = ["yisong-guiding:art3", "xingzheng-chufa-fa:art27"]
TIER_ORDER = {"filing": 0, "aggravating": 1}


def evaluate_offense_standards(graph, view: dict, extracted: dict, cite=lambda unit_id: unit_id) -> list[dict]:
    """Every clause of an offense evaluated, marked filing/aggravating and governing/superseded,
    governing filing clauses first."""
    standards = []
    nodes = graph.nodes_by_id([s["id"] for s in view["standards"]] +          # with their documents, in one read
                              [f"doc:{s['source']['doc_id']}" for s in view["standards"]])
    current = prior_penalty.without_earlier_penalties(extracted["text"])   # a scope's object: not an old penalty's trade
    for std in view["standards"]:
        props = nodes[std["id"]].props
        result = evaluate_standard({**std, "review": props.get("review")}, extracted)
        applied = std.get("applied_by")
        if applied:          # another offense's clause, by reference: say which article applies it here
            cite(applied["unit_id"])
            result["notes"] = [f"依照{applied['label']}适用：{applied['quote']}。"] + result["notes"]
        scope = props.get("scope")
        if scope:
            scope = {**scope, "stated": stated_object(scope, current), "unless_stated": unless_stated(scope, current)}
            if scope["stated"] is None:
                result = _out_of_scope(result, scope)
        standards.append({"id": std["id"], "clause": std["term"], "subject": std["subject"], "applied_by": applied,
                          "tier": props.get("tier", "filing"), "review": props.get("review"),
                          "specific": props.get("specific", False), "scope": scope,
                          "source": {**std["source"], "citation": cite(std["source"]["unit_id"])}, **result})
    mark_governing(standards, lambda doc_id: (nodes[f"doc:{doc_id}"].props.get("status")
                                              if f"doc:{doc_id}" in nodes else None))
    for s in standards:
        if s["scope"] and s["scope"]["stated"] is None:
            s["governing"] = False          # a clause for another trade's object does not decide these facts
    _unverified_beside_scoped(standards)
    standards.sort(key=lambda s: (TIER_ORDER.get(s["tier"], 2), not s["governing"]))
    return standards


def _unverified_beside_scoped(standards: list[dict]) -> None:
    """A 待核 general clause is shown beside, not governing, where a confirmed clause for the facts' own object governs:
    立案追诉标准（一）第六十七条 (待核) left every 耕地 case open once 土地解释（2000）第三条 became the 耕地 clause, as a
    newer 待核 text cannot displace a confirmed one (graph.standards.mark_governing)."""
    if not any(s["governing"] and s["scope"] and not s.get("review") and s["tier"] == "filing" for s in standards):
        return
    for s in standards:
        if s["governing"] and s.get("review") and not s["scope"] and not s.get("specific"):
            s["governing"] = False


def _out_of_scope(result: dict, scope: dict) -> dict:
    """A clause for an object the facts do not name: shown, not applied, and its items not asked."""
    why = (f"案情涉及{scope['unless_stated']}：{scope['unless_note']}" if scope["unless_stated"]
           else f"案情未说明涉及{scope['kind']}")
    return {**result, "status": "not_applicable", "questions": [],
            "notes": [f"本条限于“{scope['quote']}”（{scope['kind']}）；{why}，本条不作为判断依据。"]}


def _unnamed_objects(standards: list[dict]) -> dict | None:
    """The verdict when every filing clause is limited to an object the facts do not name: which
    objects the corpus has figures for, and the question that decides which applies."""
    scoped = [s["scope"] for s in standards if s["tier"] == "filing" and s.get("scope") and s["scope"]["stated"] is None]
    if not scoped:
        return None
    listed = "；".join(dict.fromkeys(scope["kind"] for scope in scoped))
    other_rules = list(dict.fromkeys(f"案情涉及{scope['unless_stated']}：{scope['unless_note']}。"
                                     for scope in scoped if scope["unless_stated"]))
    if all(scope["unless_stated"] for scope in scoped):
        # every clause is for facts another rule decides (摆放赌博机: the 2014 赌博机意见): say that rule, ask no object
        return {"status": STATUS_UNKNOWN, "basis": [], "questions": [], "notes": other_rules}
    # (an object, or who did it: 渎职侵权立案标准 二（一） is for 国家机关工作人员利用职权实施的非法拘禁)
    return {"status": STATUS_UNKNOWN, "basis": [], "questions": [f"案件是否属于：{listed}？（各类对象或情形适用不同的入罪标准）"],
            "notes": [f"该罪名的入罪标准按行为对象或情形分别规定，语料收录的标准分别适用于：{listed}。案情未说明属于其中哪一类，"
                      "无法依据语料判断；不在其列的，语料中没有其入罪标准。"] + other_rules}


def _without_standard(threshold: dict | None) -> dict:
    """无法判断 where no filing clause governs: an offense whose 刑法 clause sets no condition is asked
    its 罪状, which only evidence decides; the others say which text the corpus lacks."""
    return {"status": STATUS_UNKNOWN, "basis": [], "questions": deciding_questions(threshold),
            "notes": [missing_standard_note(threshold)]}


def offense_verdict(standards: list[dict], threshold: dict | None = None) -> dict:
    """met when a governing filing clause is met, or an older one on a fact the governing text moves
    to a higher tier (api/higher_tier.py); not_met when every governing filing clause is ruled out;
    unknown (无法判断) otherwise, with the questions that would decide it. Without a filing clause, what
    the 刑法 clause itself sets (`threshold`, graph/statutory_threshold.py) is said, never decided."""
    governing = [s for s in standards if s.get("governing")]
    if not governing:
        return _unnamed_objects(standards) or _without_standard(threshold)
    met = [s["id"] for s in governing if s["status"] == "met"]
    if met:
        return {"status": "met", "basis": met, "questions": [], "notes": []}
    # a clause for other offenders (a 单位's figures, asked of a person) neither rules out nor leaves open
    deciding = [s for s in governing if s["status"] != "not_applicable"]
    ruled_out = bool(deciding) and all(s["status"] == "not_met" for s in deciding)
    moved = None if ruled_out else moved_to_a_higher_tier(standards)
    if moved:
        older, higher, words = moved["older"]["source"], moved["higher"], "、".join(moved["words"])
        notes = [f"现行的{higher['source']['label']}将“{words}”列为更高一档（“{higher['clause']}”），不在其入罪情形之列；"
                 f"{older['label']}明确将其列为应予立案追诉的情形，已达到入罪标准。"]
        if higher["questions"]:
            notes.append("认定更高一档尚需查明：" + "；".join(higher["questions"]))
        return {"status": "met", "basis": [moved["older"]["id"]], "questions": [], "notes": notes}
    status = "not_met" if ruled_out else STATUS_UNKNOWN
    questions = list(dict.fromkeys(q for s in governing for q in s["questions"]))
    notes = list(dict.fromkeys(n for s in governing for n in s["notes"])) + (_older_clause_met(standards) if ruled_out else [])
    if ruled_out and (lower := _unverified_lower_line(standards)):
        status = STATUS_UNKNOWN
        questions = list(dict.fromkeys(lower["questions"] + questions))
        said = ("所列入罪情形按案情已达到" if lower["firm_status"] == "met" else "另列有入罪情形，案情未说明是否符合")
        notes.append(f"{lower['source']['label']}（文字待核）{said}；依现行有效的解释虽未达到，"
                     "仍须核对该条官方文本" + ("并查明上述事实" if lower["questions"] else "") + "后判断。")
    return {"status": status, "basis": [s["id"] for s in governing], "questions": questions, "notes": notes}


def _unverified_lower_line(standards: list[dict]) -> dict | None:
    """A newer filing clause whose text is 待核, shown beside the governing one, that the facts leave open where the
    governing clause rules them out: 立案追诉标准（二）（2022）第十五条 files 出售、购买假币 at 2000元 after an administrative
    penalty within two years, under the 伪造货币解释（2000）'s 4000元. An unverified text decides nothing, but a 未达到
    that one of its items may contradict is no answer either."""
    return next((s for s in standards if s["tier"] == "filing" and not s.get("governing") and s.get("review")
                 and not s.get("superseded_by") and s.get("status") != "not_applicable"
                 and s.get("firm_status") in ("met", STATUS_UNKNOWN) and any(map(_figure_reached, s["alternatives"]))), None)


def _figure_reached(alternative: dict) -> bool:
    """An item whose figure the facts reach and that nothing stated rules out: a lower line, not merely an item
    the facts leave unsaid (立案追诉标准（一）第六十七条's 耕地 items beside 土地解释（2000）第三条 ask their acts)."""
    quantities = [c for c in alternative["conditions"] if c.get("kind") == "quantity"]
    return (alternative["status"] in ("met", STATUS_UNKNOWN) and any(c["status"] == "met" for c in quantities)
            and not any(c["status"] == "not_met" for c in alternative["conditions"]))


def _older_clause_met(standards: list[dict]) -> list[str]:
    """Where an older filing clause the newer text superseded is met (立案追诉标准（一）第八条 2008: 直接经济损失五十万元;
    危害生产安全解释（2015）第六条: 一百万元), the answer says so: the officer sees both figures and which one governs."""
    older = next((s for s in standards if s["tier"] == "filing" and not s.get("governing") and s.get("superseded_by")
                  and s["status"] == "met"), None)
    if older is None:
        return []
    met = next((a for a in older["alternatives"] if a.get("status") == "met"), None)
    item = f"“{met['text'].strip('；。')}”" if met else ""
    newer = next((s["source"] for s in standards if s["source"]["doc_id"] == older["superseded_by"]), None)
    newer_name = f"《{newer['doc_title']}》（{newer['effective']}）" if newer else older["superseded_by"]
    return [f"{older['source']['label']}（{older['source'].get('effective', '')}）{item}已达到；但较新的{newer_name}"
            "另定标准，依较新的规定判断为未达到。两者数额不同，移送或不予移送时宜一并说明。"]


def judge_offense(graph, view: dict, extracted: dict, phrase: str | None, cite=lambda unit_id: unit_id,
                  named: bool = False, today: dt.date | None = None) -> tuple[list[dict], dict]:
    """The offense's clauses evaluated and its verdict, on the facts as consultation reads them (`phrase`:
    the act phrase that named it, if one did; `named`: the text names it, by that phrase or by name); the
    verdict sets are scored through this too, so what is evaluated is what is served. A verdict met on
    amounts alone stays open until the facts state the offense's act (api/conduct.py); `today` ends the
    prosecution period where the facts date no later event (api/limitation.py)."""
    if (named or phrase) and not named_in_statement(extracted["text"], phrase or view["name"].removesuffix("罪")):
        named, phrase = False, None          # named only in the question asked: its act is still to be stated
    act = act_in(view["name"], extracted["text"], named or phrase is not None)
    apart, decided = underlying_requirements(view), {}
    for requirement in apart:        # 徇私舞弊不移交刑事案件罪: the case not handed over, judged on its own facts
        found = underlying_requirement(graph, extracted, view["id"], lambda other, how, said: judge_offense(
            graph, other, {k: v for k, v in extracted.items() if k not in ("decided", "judged_apart")}, how, cite, said,
            today)[1], requirement)
        decided.update({requirement: found} if found else {})
    extracted = {**extracted, "decided": decided, "judged_apart": frozenset(apart)} if apart else extracted
    standards = evaluate_offense_standards(graph, view, {**_as_named(extracted, view["name"], phrase), "act": act}, cite)
    verdict = offense_verdict(standards, view.get("statutory_threshold"))
    verdict = with_amendment(with_uncovered_older_item(verdict, standards), view["name"], standards)
    verdict = with_capacity(with_elements(verdict, view["name"], extracted["text"]), view["name"], extracted["text"])
    verdict = with_unit_member(with_paid_in_time(verdict, view["name"], extracted["text"]), extracted["text"])
    verdict = with_kin_victim(with_cause_open(verdict, standards, extracted["text"]), view["name"], extracted["text"])
    today = today or dt.date.today()
    verdict = with_text_in_force(with_conduct(verdict, act), view["name"], standards, extracted["text"], today)
    verdict = with_newer_text(verdict, view["name"], extracted["text"], today)
    return standards, with_limitation(verdict, view, standards, extracted["text"], today)


# 刑法第二百六十六条 诈骗公私财物…本法另有规定的，依照规定: where the answer cannot yet tell the general fraud from a special
# one (保险诈骗, 合同诈骗, 信用卡诈骗 …: corpus/data/charge_distinctions.yaml), the general one's 已达到 is no answer (consult
# probe 5: 骗取保险理赔款十五万元 showed 诈骗罪 已达到 beside 保险诈骗罪)
SPECIAL_RIVAL_TOP = 3
# general offense → (the article's words that give way, the offenses provided for apart: 刑法第一百九十二条至第一百九十八条,
# 第二百二十四条)
GENERAL_OFFENSES = {"诈骗罪": ("刑法第二百六十六条：诈骗公私财物……本法另有规定的，依照规定",
                            ("集资诈骗罪", "贷款诈骗罪", "票据诈骗罪", "金融凭证诈骗罪", "信用证诈骗罪", "信用卡诈骗罪",
                             "有价证券诈骗罪", "保险诈骗罪", "合同诈骗罪"))}


def _yielding_to_special(offense: dict, candidates: list[str]) -> dict:
    """The general offense's met verdict, opened while a special one it yields to is among the candidates."""
    rule, specials = GENERAL_OFFENSES.get(offense["name"], (None, ()))
    if rule is None or offense["verdict"]["status"] != "met":
        return offense
    told_apart = distinctions()
    special, question = next(((c, told_apart.get(frozenset((c, offense["name"])))) for c in candidates
                              if c in specials), (None, None))
    if special is None:
        return offense
    verdict = {**offense["verdict"], "status": STATUS_UNKNOWN,
               "questions": list(dict.fromkeys([q for q in (question, *offense["verdict"]["questions"]) if q])),
               "notes": [*offense["verdict"]["notes"], f"所述数额达到本罪标准，但{rule}；需先区分是否属于{special}。"]}
    return {**offense, "verdict": verdict, "transfer": "undetermined" if offense.get("transfer") else offense.get("transfer")}


def _as_named(extracted: dict, offense: str, phrase: str | None) -> dict:
    """The facts as the standards read them. An act phrase that named a single-act offense states
    its conduct: 设立赌博网站 is 开设赌场 (graph/acts.py), so 开设赌场的，应予立案追诉 is not asked again
    as 是否开设赌场？. Offenses whose names list acts (盗窃、抢夺枪支…) gain nothing: one act on one
    object does not state the others."""
    core = offense.removesuffix("罪")
    if not phrase or "、" in core or core in extracted["text"]:
        return extracted
    return {**extracted, "text": f"{extracted['text']}。{core}"}


def _shared_words(name: str, text: str) -> int:
    """Two-character runs of a violation's name that the text holds."""
    return sum(name[i:i + 2] in text for i in range(len(name) - 1))


# the criminal route closed (不起诉, 撤案, 立不了案, 达不到立案标准, 判处罚金) and a question after it about what the
# administration does: reverse, however often 移送 or 立案 stand in the story (a probe: seven such questions were
# read forward; on the labelled questions 43 of 1,072 were, 2 now). Also closed: 未达到盗伐林木罪立案标准 (the
# offense named between), 不予刑事立案, 不构成…罪, 判决无罪, 情节显著轻微 (probe 26p: 25 of 80 read forward)
ROUTE_CLOSED_RE = re.compile(r"不起诉|免予刑事处罚|免于刑事处罚|免除刑罚|撤案|撤了案|撤销案件|案件已撤销|立不了案|不予(?:刑事)?立案|不立案|"
                             r"没有立案|未予立案|(?:达不到|没达到|没有达到|未达到)[^，。；]{0,20}?(?:标准|起刑点|罪)|未达到轻伤|不够轻伤|"
                             r"不构成|判决无罪|宣告无罪|无罪判决|情节显著轻微|不够刑事处罚|不需要判处刑罚|转治安|移回|折抵|"
                             r"一事不再罚|判处[^，。；]{0,8}?(?:罚金|拘役|有期徒刑)")
# a closing supposed or claimed, not stated: 是否构成…？如不构成; 其辩称不构成 (probe 26r: read reverse)
HYPOTHETICAL_BEFORE_RE = re.compile(r"(?:如|如果|若|假如|倘若|万一|辩称|声称|自称|认为自己)\s*$")
ASKS_ITSELF = ("折抵", "一事不再罚")     # 是否折抵？ is the administration's question by itself
# a figure short of one threshold set against another fact: 销售金额尚未达到犯罪数额，但…货值金额20万元，是否应移送 —
# an argument that it is a crime after all, not the route closing (probe 26r: read reverse)
SHORT_OF_RE = re.compile(r"达不到|没达到|没有达到|未达到")
SHORT_BUT_RE = re.compile(r"^[^。；？?]{0,30}?[，,]\s*(?:但|但是|然而|不过|可是)")
ADMIN_ASK_RE = re.compile(r"处罚|罚款|怎么罚|罚多少|哪个部门|谁来|由谁|交给谁|哪家|怎么处理|如何处理|作何处理|什么处理|怎么办|移交|交回|"
                          r"退回|转")


def _direction(text: str, requested: str) -> str:
    if requested in ("forward", "reverse"):
        return requested
    for closed in ROUTE_CLOSED_RE.finditer(text):
        if HYPOTHETICAL_BEFORE_RE.search(text, max(0, closed.start() - 4), closed.start()) \
                or another_case_closed(text, closed.start(), earlier_penalty=closed.group(0).startswith("判处")):
            continue        # 如不构成…; 其辩称不构成; 曾因盗窃被判处有期徒刑, …后又盗窃: no closing of this case's route
        if SHORT_OF_RE.match(closed.group(0)) and SHORT_BUT_RE.match(text, closed.end()):
            continue
        if closed.group(0) in ASKS_ITSELF or ADMIN_ASK_RE.search(text, closed.end()):
            return "reverse"
    reverse = sum(w in text for w in REVERSE_WORDS if w != "行政处罚")
    forward = sum(w in text for w in FORWARD_WORDS)
    return "reverse" if reverse > forward else "forward"


def predicted_panel(graph, text: str, config: RankingConfig = DEFAULT_RANKING) -> dict:
    """The predictor's charges and 刑法 articles for these facts, with probabilities, for the
    candidates and the "可能涉嫌罪名 / 可能适用条文" panel; empty without a usable artifact."""
    if not config.predictor.enabled or not predictor_available():
        return {"charges": [], "articles": [], "undecided": [], "sure": False}
    charges, articles = load_predictor().predict(text, config.consult.predicted_charges)
    return {"charges": current_charge_names(graph, charges),
            "articles": [{"article": a, "unit_id": article_unit_id(a), "p": round(p, 3)} for a, p in articles],
            "undecided": undecided_charges(charges, config.predictor.undecided_top_k, config.predictor.undecided_min_p),
            "sure": bool(charges) and charges[0][1] >= config.predictor.sure_min_p}


def current_charge_names(graph, charges: list[tuple[str, float]]) -> list[dict]:
    """The predictor's charges under the names in force, each with its offense node (None when the
    graph has no such offense); two former names of one offense count once, the better-ranked."""
    return [{"name": node.label if node else name, "p": round(p, 3), "offense_id": node.id if node else None}
            for name, p, node in offenses_of_charges(graph, charges)]


def consult(service: SearchService, text: str, direction: str = "auto", today: dt.date | None = None,
            exclude_docs: frozenset[str] = frozenset()) -> dict:
    """`exclude_docs` keeps given documents out of the evidence (a case asked about itself). A text in traditional
    characters is read in simplified ones throughout (corpus/simplified.py)."""
    text = simplified(text)
    graph = service.graph
    units = service.units
    knobs = service.ranking.consult
    extracted = extract_facts(text)
    facts = extracted["facts"]
    direction = _direction(text, direction)
    predicted = predicted_panel(graph, text, service.ranking)
    evidence = gather(service, text, predicted, exclude_docs)
    named, why, case_votes = evidence.named, evidence.why, evidence.case_votes
    ranked = ranked_candidates(evidence, knobs)
    citations: dict[str, dict] = {}

    def cite(unit_id: str) -> str:
        if unit_id not in citations:
            u = units.unit(unit_id)
            if u:
                citations[unit_id] = {"unit_id": unit_id, "doc_id": u["doc_id"], "doc_title": u["doc_title"],
                                      "label": u["label"], "status": u["status"], "source": u["source"]}
        return unit_id

    offenses = []
    top = ranked[0][1] if ranked else 1.0
    if hasattr(graph, "prefetch_offense_pages"):        # Neo4j: every page's edge lists in one round trip
        graph.prefetch_offense_pages([oid for oid, _ in ranked])
    for oid, score in ranked:
        view = offense_view(graph, oid)
        if view is None:
            continue
        standards, verdict = judge_offense(graph, view, extracted, named.get(oid), cite, named=oid in named, today=today)
        for kind in ("element", "conduct"):
            if verdict.get(kind):
                cite(verdict[kind]["unit"])
        for a in view["articles"]:
            cite(a["unit_id"])
        if not standards:
            for unit_id in cited_units(view.get("statutory_threshold")):    # 刑法第十三条, 刑事诉讼法第一百一十二条 …
                cite(unit_id)
        provisions = []
        # reviewed links before derived ones (醉驾: 道路交通安全法第九十一条 before a derived 第九十九条), then the
        # violation the facts name first: 无…批发企业许可证批发卷烟 is 第三十一条's, not 第三十二条's retail
        violations = view["forward_violations"] if direction == "forward" else view["reverse_violations"]
        violations = [v for v in violations if about_the_facts([p["unit_id"] for p in v["penalty_articles"]], text)]
        for v in sorted(violations,
                        key=lambda v: ((v.get("link") or {}).get("status") == "derived", -_shared_words(v["name"], text))):
            provisions.append({"violation": v["name"], "agencies": v["agencies"],
                               "articles": [cite(p["unit_id"]) for p in v["penalty_articles"]],
                               "basis": [cite(b["unit_id"]) for b in v["basis"]], "note": v.get("note"), "link": v.get("link")})
        transfer = {"met": "indicated", "not_met": "not_indicated"}.get(verdict["status"], "undetermined")
        offenses.append({
            "id": oid, "name": view["name"], "article_nos": [a["label"] for a in view["articles"]],
            "articles": [a["unit_id"] for a in view["articles"]], "score": round(score / top, 4), "why": why[oid][:5],
            "standards": standards, "verdict": verdict,
            "standards_note": None if standards else missing_standard_note(view.get("statutory_threshold"), bool(provisions)),
            "transfer": transfer if direction == "forward" else None,
            "admin_provisions": provisions, "cases": case_votes.get(oid, [])[:3],
            "related_typical_cases": related_typical_cases(graph, view, frozenset(tokenize(text))),   # 相关典型案例
        })
    pairs = undecided_charges([(o["name"], o["score"]) for o in offenses], knobs.pair_top_k, knobs.pair_min_score)
    leading = [o["name"] for o in offenses[:SPECIAL_RIVAL_TOP]]        # a special offense far down the list is no rival
    offenses = [_yielding_to_special(o, leading) for o in offenses]
    result = {"direction": direction, "offenses": offenses, "predicted": predicted,
              "distinguish": [{"offenses": p["charges"], "scores": p["probabilities"], "question": p["question"]}
                              for p in pairs],
              "extracted_facts": [f.to_dict() for f in facts] + [{"kind": "subject", "value": extracted["subject"] or "未说明"}],
              "citations": []}
    if direction == "forward":
        result["transfer_rules"] = [cite(u) for u in TRANSFER_RULES]
    else:
        provision_units = [u for o in offenses[:1] for p in o["admin_provisions"] for u in p["articles"]]
        limit = time_limit(extracted["dates"], today or dt.date.today(), extracted["text"], provision_units)
        if limit:
            cite(limit["citation"])
        result["time_limit"] = limit
        result["route_closed"] = how_closed(extracted["text"])
        for closure in result["route_closed"]:
            for unit_id in closure["citations"]:
                cite(unit_id)
    result["citations"] = list(citations.values())
    return result
