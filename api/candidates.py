"""Which offenses a consultation considers, and how strongly each is named.

Gathering and scoring are apart: `gather` turns the facts into evidence per candidate offense
(numbers, `features`, and the reasons shown to the officer, `why`); `score` weighs the numbers by
the knobs in indexer/ranking.py (`consult`). The eval scripts read the same features, so weights
can be measured or learned on them without running a search per try.

Features, per offense:
  named_in_question / named_in_narrative  1 when the text names it (by name or by an act phrase)
  named_by_act                            1 when an act phrase named it (graph/acts.py)
  predicted                               the predictor's probability, at or above predicted_charge_min_p
                                          (not taken where the act is denied; every guess is in `predicted`)
  link:<kind>                             Σ 1 / rank over search hits linked to it that way
  profile / profile_rank                  the offense's BM25 score against the question ÷ the best one, and
                                          1 / its rank, for the best profile_depth (indexer.offense_profiles)
  case_vote                               Σ 1 / rank over the nearest similar cases charged with it (when
                                          case_vote_weight is not 0; the cases are in `case_votes` always)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.deid import TOP_SURNAMES
from graph.name_words import is_question
from graph.queries import offense_mentions
from indexer.offense_profiles import OffenseProfiles, offense_profiles
from indexer.search import SearchRequest, SearchService

LINK_REASONS = {"defines": "检索命中其罪状条文：{}", "administrative_counterpart": "检索命中对应的行政处罚条文：{}",
                "charged": "相似案例以该罪名定罪：{}", "interprets": "检索命中其司法解释：{}"}


@dataclass
class Evidence:
    """What names each candidate offense: numbers to rank by and reasons to show."""
    features: dict[str, dict[str, float]] = field(default_factory=dict)
    why: dict[str, list[str]] = field(default_factory=dict)
    named: dict[str, str | None] = field(default_factory=dict)     # offense id → act phrase (None: by name)
    predicted: dict = field(default_factory=dict)                  # the predictor's panel
    case_votes: dict[str, list[dict]] = field(default_factory=dict)
    question: bool = False                                         # graph/name_words.is_question
    officer: bool = False          # weighed as an officer's question: see `officer_text`

    def add(self, oid: str, feature: str, value: float, reason: str | None = None) -> None:
        f = self.features.setdefault(oid, {})
        f[feature] = f.get(feature, 0.0) + value
        if reason and reason not in self.why.setdefault(oid, []):
            self.why[oid].append(reason)


def gather(service: SearchService, text: str, predicted: dict, exclude_docs: frozenset[str] = frozenset(),
           profiles: OffenseProfiles | None = None) -> Evidence:
    """Evidence for every offense the text, the predictor (`predicted`, its panel), the search hits or
    the nearest cases point to. A reason is listed only where its evidence counts under the knobs.
    `profiles`: other offense profiles than the served ones (the fit's folds leave a question out of
    the profile it is scored against)."""
    knobs = service.ranking.consult
    ev = Evidence(predicted=predicted, question=is_question(text))
    ev.officer = officer_text(text, ev.question, knobs)
    weighting = weights(knobs, ev.officer)
    denied: dict[str, str] = {}
    ev.named = dict(offense_mentions(service.graph, text, denied))
    named_feature = "named_in_question" if ev.question else "named_in_narrative"
    for oid, phrase in ev.named.items():
        ev.add(oid, named_feature, 1.0, f"问题所述“{phrase}”是该罪名列举的行为" if phrase else "问题中直接提到该罪名")
        if phrase:
            ev.add(oid, "named_by_act", 1.0)
    # 没有贩卖毒品的证据: the model reads 贩卖毒品 all the same, so its vote for the offense is not taken
    denied = {oid: phrase for oid, phrase in denied.items() if oid not in ev.named}
    for c in predicted["charges"]:
        oid = c["offense_id"]
        if oid in denied:
            ev.why.setdefault(oid, []).append(f"问题否认“{denied[oid]}”，不采用模型对该罪名的预测，需查明该行为")
        elif oid and c["p"] >= knobs.predicted_charge_min_p and weighting["predicted"]:
            ev.add(oid, "predicted", c["p"], f"罪名预测模型据案情预测（概率 {c['p']:.2f}）")
    if knobs.profile_depth:
        profiles = profiles or offense_profiles(service.graph, service.units)
        for rank, (oid, share) in enumerate(profiles.ranked(text, knobs.profile_depth), 1):
            ev.add(oid, "profile", share)
            ev.add(oid, "profile_rank", 1.0 / rank, f"问题用语与该罪名的罪状、追诉标准及同类执法问题相近（第 {rank} 位）"
                   if weighting["profile"] or weighting["profile_rank"] else None)
    tokens = service.ranking.lengths.consult_query_tokens
    search = service.search(SearchRequest(q=text, k=knobs.search_depth, mode="hybrid", query_tokens=tokens,
                                          predictor_min_p=knobs.predicted_article_min_p))
    hits = [h for h in search["hits"] if h["doc_id"] not in exclude_docs]
    link_weights = knobs.link_weights.model_dump()
    for rank, hit in enumerate(hits, start=1):
        label = f"{hit['doc_title']}{hit['label'] or ''}"
        for off in hit["offenses"]:
            kind = off["link"] if off["link"] in link_weights else "other"
            ev.add(off["id"], f"link:{kind}", 1.0 / rank,
                   LINK_REASONS.get(kind, "检索命中：{}").format(label) if weighting[f"link:{kind}"] else None)
    similar = service.search(SearchRequest(q=text, k=knobs.nearest_cases + len(exclude_docs), mode="hybrid", types=("case",),
                                           query_tokens=tokens, predictor_min_p=knobs.predicted_article_min_p))
    similar_hits = [h for h in similar["hits"] if h["doc_id"] not in exclude_docs][:knobs.nearest_cases]
    for rank, hit in enumerate(similar_hits, start=1):
        for off in hit["offenses"]:
            if weighting["case_vote"]:
                ev.add(off["id"], "case_vote", 1.0 / rank, "最相近的案例以该罪名定罪")
            ev.case_votes.setdefault(off["id"], []).append(
                {"id": hit["doc_id"], "title": hit["doc_title"], "score": hit["score"], "unit_id": hit["id"]})
    return ev


# words of a court's or prosecutor's account (被告人…, 经审理查明): facts as judgments tell them
COURT_WORDS = re.compile("被告人|公诉机关|审理查明|犯罪嫌疑人|被害人")
# words that ask something: an officer's short text with a court's words still asks (犯罪嫌疑人…，是否移送？)
ASKING_WORDS = re.compile(r"[？?]|是否|能否|可否|吗|如何|怎么|要不要|该不该|应否")


# a person named as accounts name them, by one of the hundred most common surnames and 某 (张某, 李某甲): 某品牌, 某公司
# name no one; nor do the surnames that are also common words before 某 (位于某村, 向某公司, 对方某, 十万某, 资金某, 碎石某)
NAMED_PERSON_RE = re.compile(f"[{''.join(c for c in TOP_SURNAMES if c not in '于向方万金石')}]某")


def officer_text(text: str, question: bool, knobs) -> bool:
    """Whether the text is weighed as an officer's question: a question, or (with
    consult.question.officer_narratives) a longer account without a court's words. On LeCaRD's query
    facts .96–.98 carry such words; on the 225 longer accounts written as officers' (corpus/data/officer_questions/) .11.
    A short text in a court's words that asks nothing (被告人张某…致被害人死亡。) is a judgment's account, not a
    question (with consult.question.court_accounts_as_narratives): none of the 1,500 officers' questions and probe
    items is one, and the question weights put 虐待罪 first for such a stabbing. So too, with
    consult.question.named_accounts_as_narratives, a short text that names a person (张某持刀捅刺李某致其死亡。) and asks
    nothing: an account of what happened, as an officer tells it, which the question weights read no better."""
    court = COURT_WORDS.search(text)
    if question and court and knobs.question.court_accounts_as_narratives and not ASKING_WORDS.search(text):
        return False
    if question and knobs.question.named_accounts_as_narratives and NAMED_PERSON_RE.search(text) \
            and not ASKING_WORDS.search(text):
        return False
    return question or (knobs.question.officer_narratives and not court)


# feature → (the knob weighing it in an officer's text, the knob weighing it in a narrative), under
# indexer.ranking.Consultation; scripts/learn_consult.py reads the same table to name what it fits
FEATURE_KNOBS = {
    "named_in_question": ("named_in_question_weight", "named_in_question_weight"),
    "named_in_narrative": ("named_offense_weight", "named_offense_weight"),
    "named_by_act": ("question.named_by_act", "named_by_act_weight"),
    "predicted": ("question.predicted", "predicted_charge_weight"),
    "case_vote": ("question.case_vote", "case_vote_weight"),
    "link:defines": ("question.defines", "link_weights.defines"),
    "link:administrative_counterpart": ("question.administrative_counterpart", "link_weights.administrative_counterpart"),
    "link:charged": ("question.charged", "link_weights.charged"),
    "link:interprets": ("question.interprets", "link_weights.interprets"),
    "link:other": ("question.other_link", "other_link_weight"),
    "profile": ("question.profile", "profile_weight"),
    "profile_rank": ("question.profile_rank", "profile_rank_weight"),
}


def _knob(knobs, dotted: str) -> float:
    for name in dotted.split("."):
        knobs = getattr(knobs, name)
    return knobs


def weights(knobs, officer: bool) -> dict[str, float]:
    """Feature → weight under the consultation knobs (indexer.ranking.Consultation): for an officer's
    text (`officer_text`) the question weights where they are enabled, else the narrative's."""
    side = 0 if officer and knobs.question.enabled else 1
    return {feature: _knob(knobs, pair[side]) for feature, pair in FEATURE_KNOBS.items()}


def score(features: dict[str, float], weighting: dict[str, float]) -> float:
    return sum(weighting[name] * value for name, value in features.items())


def ranked(ev: Evidence, knobs) -> list[tuple[str, float]]:
    """Candidates with a positive score, best first, at most knobs.top_offenses."""
    weighting = weights(knobs, ev.officer)
    scored = [(oid, score(f, weighting)) for oid, f in ev.features.items()]
    return sorted([s for s in scored if s[1] > 0], key=lambda kv: -kv[1])[:knobs.top_offenses]
