"""Elements an offense's filing clauses presuppose, read against the stated facts
(corpus/data/offense_elements.yaml). The clauses count amounts and consequences; the law also asks who
acted, what they knew and what exempts them, and an answer blind to that is sure and wrong:

- subject / element: a stated fact rules the element out. 取得执业医师资格的医生 opening an unlicensed
  clinic is no 非法行医罪, whatever the clause about 两次行政处罚 says; 经商标权人许可 is no 假冒注册商标罪.
- knowledge: 明知 can be inferred from circumstances the interpretation lists, so a stated denial (称不知道
  对方用于犯罪) leaves the verdict open and asks, unless one of those circumstances is stated.
- exception: the law exempts a case when all of its facts are stated (虚开发票为融资、未抵扣税款;
  逃税后经追缴通知足额补缴、缴纳滞纳金、接受处罚): stated in full, not_met; in part, undecided.
- discretion: the law says such a case is 一般不以犯罪论处 (林木系火烧等自然原因死亡; 受雇提供劳务、未参与利润
  分成的采砂工): not a crime as a rule, one only where prosecution is 确有必要, so the answer is undecided and
  says why, never met on the amounts.

`must_state` lists facts a met verdict needs stated besides the clauses' own (收购的林木系盗伐、滥伐所得).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.denial import DENIED_BEFORE_RE
from graph.name_words import is_question

from .asking import asks, in_view_sentence, supposed
from .conduct import NOT_FOUND_LEAD_RE, NOT_ISSUED_RE, named_in_statement
from .holder import CLAUSE_END, another_named, another_party, other_holder, suspect_name
from .prior_penalty import years_ago
from .spans import occurrences, sentence_bounds
from .verdict import STATUS_UNKNOWN, _negated, clause_bounds

ELEMENTS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "offense_elements.yaml"
DENIAL_WINDOW = 8       # characters before a phrase read for its denial (尚未取得执业医师资格)
# a qualification's own negations, right before it: 没有医师资格, 未依法取得, 不具有
NEGATED_BEFORE_RE = re.compile(r"(?:没|无|未|不|非)(?:有|曾|能|依法|合法|具|属于|是|参与|参加|领取|拿)?$")     # 不参与利润分成
NEAR_DENIAL_RE = re.compile(r"(?:没有|没|未|从未|未曾|不曾|并未)(?:曾|再)?(?:因|被|受)[^，。；但却而、]{0,10}$")
OFFENSE_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fa5、（）]{0,16}?(?<![犯获无有])罪(?![犯名行])")
# a clause that opens with its denial and goes on to what was not done: 没有卖给饭店或者做菜的 states no 饭店, no 菜
DENIED_CLAUSE_LEAD_RE = re.compile(r"^\s*(?:也|都|均|并)?(?:没有|没|未|并未|从未|从来没有?)(?:卖给|卖到|卖去|送到|送给|送去|运往|运到|销往|提供给|用于|用来|拿去)"
                                   r"[^，。；却但而还]{0,10}$")
# a denial that takes its object first and then the act: 受票方尚未对该批发票勾选认证抵扣 states no 认证抵扣 (probe 71a AA38);
# 没有向林某通风报信 states no 通风报信 (probe 102b)
DENIED_OBJECT_LEAD_RE = re.compile(r"(?:没有|没|未|尚未|并未|从未)(?:对|将|把|向)[^，。；但却而、]{1,12}$")
KINDS = ("subject", "element", "knowledge", "exception", "discretion")
SAID_OF = ("offender", "object", "status")
# the phrase is what a party says, earlier in its sentence: 其辩称该商标系近似商标 decides nothing
CLAIMED_RE = re.compile(r"辩称|辩解|声称|自称|供称|(?<![名简号])称(?![为作])|说是|表示")
SENTENCE_END = "。；！？\n"
GAP = "…"               # in a phrase: its parts in this order within one clause
GAP_CHARS = 16
# a phrase that is itself a denial (尚未下达追缴通知) is not denied by the words it holds
NEGATIVE_PHRASE_RE = re.compile(r"没|未|尚未|不|从未|并未|还没|无")
# ordered, not done: 责令限期补缴税款、滞纳金并缴纳罚款 states no payment (the order ends at 后, 逾期, 仍: 责令支付逾期仍不付
# says what followed it, probe 35d D48)
ORDERED_BEFORE_RE = re.compile(r"(?:责令|要求|通知其|通知该|限期(?!内)|催缴|督促|令其)[^，。；后逾仍]{0,8}$")


@dataclass(frozen=True)
class Fact:
    """A fact to be stated: any of `words`, or else `ask`; not asked where one of `unless` is stated
    (a 扣缴义务人 is owed no 追缴通知)."""
    ask: str
    words: tuple[str, ...]
    unless: tuple[str, ...] = ()
    partly: tuple[str, ...] = ()     # words that say it was done in part only (其余部分分期缴纳): asked though `words` are stated


@dataclass(frozen=True)
class Element:
    offense: str
    kind: str
    element: str        # the law's words: 未取得医生执业资格的人
    unit: str           # where they stand
    rules_out: tuple[str, ...]
    unless: tuple[str, ...]
    requires: tuple[Fact, ...] = ()     # exception: the rest of what exempts the case
    must_state: tuple[Fact, ...] = ()   # facts a met verdict needs stated
    ask: str = ""                       # knowledge: what to ask when a denial is stated
    penalty_within: int | None = None   # an `unless` that names an earlier penalty counts only within these years,
    penalty_for: tuple[str, ...] = ()   # for one of these acts, and where it is the offender's own
    unless_open: tuple[str, ...] = ()   # facts that leave what the `unless` words stand for open (损失未测算)
    open_when: tuple[str, ...] = ()     # words, asked or not, that leave the element itself open (是否属于机动车…鉴定)
    said_of: str = "offender"           # what the ruling-out words describe: the offender, the object acted on (刑讯逼供's
                                        # 犯罪嫌疑人, the 国家秘密 leaked), or a legal status any plain statement settles
                                        # (a company's 认缴登记: no one else's, and no finding is needed to say it)


def _facts(entry, path: Path, field: str) -> tuple[Fact, ...]:
    out = []
    for fact in entry.get(field) or ():
        checked(fact, path, ("ask", "any"), ("unless", "partly"), label=f"{entry['offense']} {field}")
        out.append(Fact(fact["ask"], tuple(fact["any"]), tuple(fact.get("unless") or ()), tuple(fact.get("partly") or ())))
    return tuple(out)


@lru_cache(maxsize=2)
def elements(path: Path = ELEMENTS_FILE) -> dict[str, tuple[Element, ...]]:
    """offense → its elements, in the table's order; a slip names file:line and field."""
    out: dict[str, list[Element]] = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("offense", "kind", "element", "unit"),
                ("rules_out", "unless", "requires", "must_state", "ask", "unless_penalty", "unless_open", "open_when", "said_of"),
                name_field="offense")
        where = location(path, entry, entry["offense"])
        if entry["kind"] not in KINDS:
            raise CuratedTableError(f"{where}: field 'kind' must be one of {', '.join(KINDS)}")
        if not entry.get("rules_out") and not entry.get("must_state") and not entry.get("open_when"):
            raise CuratedTableError(f"{where}: an element needs 'rules_out', 'must_state' or 'open_when'")
        if entry.get("open_when") and not entry.get("ask"):
            raise CuratedTableError(f"{where}: field 'ask' is required with 'open_when'")
        if entry["kind"] in ("knowledge", "discretion") and entry.get("rules_out") and not entry.get("ask"):
            raise CuratedTableError(f"{where}: field 'ask' is required where {entry['kind']} can rule out")
        if entry.get("said_of", "offender") not in SAID_OF:
            raise CuratedTableError(f"{where}: field 'said_of' must be one of {', '.join(SAID_OF)}")
        if entry.get("requires") and entry["kind"] != "exception":
            raise CuratedTableError(f"{where}: field 'requires' is for kind exception")
        penalty = entry.get("unless_penalty") or {}
        if penalty:
            checked(penalty, path, ("within_years", "for"), (), label=f"{entry['offense']} unless_penalty")
        out.setdefault(entry["offense"], []).append(Element(
            entry["offense"], entry["kind"], entry["element"], entry["unit"], tuple(entry.get("rules_out") or ()),
            tuple(entry.get("unless") or ()), _facts(entry, path, "requires"), _facts(entry, path, "must_state"),
            entry.get("ask", ""), penalty.get("within_years"), tuple(penalty.get("for") or ()),
            tuple(entry.get("unless_open") or ()), tuple(entry.get("open_when") or ()), entry.get("said_of", "offender")))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=512)
def _phrase_re(phrase: str) -> re.Pattern:
    """A phrase's parts in order within one clause (不知道…生产: 不知道孙某生产伪劣白酒), or the phrase itself."""
    return re.compile(f"[^{CLAUSE_END}]{{0,{GAP_CHARS}}}?".join(re.escape(part) for part in phrase.split(GAP)))


def _places(text: str, phrase: str):
    """(start, end) of each place the phrase stands, overlapping ones included."""
    if GAP not in phrase:
        yield from ((start, start + len(phrase)) for start in occurrences(phrase, text))
        return
    for m in _phrase_re(phrase).finditer(text):
        yield m.start(), m.end()


def _stated_at(text: str, phrase: str, asked_ok: bool = False) -> list[int]:
    """Where the phrase stands in the text without a denial or an order just before it, outside a clause that
    asks (能认定他明知吗) or a record's question (问：你有医师资格证吗？ states no 医师资格: probe 40c R49 asked it)."""
    out = []
    for start, end in _places(text, phrase):
        before = text[max(0, start - DENIAL_WINDOW):start]
        left, right = clause_bounds(text, start, end)
        if OFFENSE_NAME_AFTER_RE.match(text, end):
            continue              # 能按…传播淫秽物品牟利罪立吗: the offense's name, not a fact (probe 38a A08 was met on its 牟利)
        if not (DENIED_BEFORE_RE.search(before) or NEGATED_BEFORE_RE.search(before)
                # inside a denied list: 也不沾毒品、黑社会、恐怖、走私 (probe 41b U29 lifted 洗钱罪's bar on its 走私)
                or (not NEGATIVE_PHRASE_RE.match(phrase) and (_negated(text, start) or _negated(text, _item_start(text, start))))
                or DENIED_CLAUSE_LEAD_RE.search(text[left:start])
                or (not NEGATIVE_PHRASE_RE.match(phrase) and DENIED_OBJECT_LEAD_RE.search(text, left, start))
                # 未发现职工向厂外人员转借、揽储 states no 转借 (probe 48a GA17 lifted 集资解释 第一条第二款 on it)
                or (not NEGATIVE_PHRASE_RE.match(phrase) and NOT_FOUND_LEAD_RE.match(text, left, start))
                # 此前五年内没有因逃税受过刑事处罚 states no 受过刑事处罚 (probe 38g G30 lifted the 补缴 rule on it)
                or (not NEGATIVE_PHRASE_RE.match(phrase) and NEAR_DENIAL_RE.search(text, max(left, start - 12), start))
                or (not NEGATIVE_PHRASE_RE.match(phrase)         # 从未下发整改通知 states no 通知
                    and NOT_ISSUED_RE.search(text[max(left, start - 14):end]))
                or ORDERED_BEFORE_RE.search(text[left:start]) or (not asked_ok and _asked(text, phrase, left, end, right))
                # 初期材料曾将上游记为集资诈骗，经核对判决书更正为诈骗罪: a record since corrected (probe 62c UC16)
                or MISRECORDED_BEFORE_RE.search(text, left, start)
                # 二人各自持有、互不知情: not knowing of each other, not of the thing (probe 63c VC18)
                or (phrase.startswith("不知") and EACH_OTHER_BEFORE_RE.search(text, max(0, start - 2), start))
                or supposed(text, start)):
            out.append(start)
    return out


def _asked(text: str, phrase: str, left: int, end: int, right: int) -> bool:
    """The clause asks about the phrase. A phrase of not knowing is asked only up to its own end or by a question mark:
    无法查证被帮助对象是否达到犯罪的程度 says what cannot be shown, its 是否 asks nothing (probe 47a FA30 met 帮助信息网络
    犯罪活动罪 through it)."""
    if NEGATIVE_PHRASE_RE.match(phrase):
        return asks(text, left, end) or text[right:right + 1] in ("？", "?")
    return asks(text, left, right)


def _item_start(text: str, at: int) -> int:
    """Where the list item holding `at` starts (贪污贿赂 in 不沾毒品、走私、贪污贿赂: its 贪污)."""
    return max(text.rfind(ch, 0, at) for ch in "、" + CLAUSE_END) + 1


def _stated(text: str, phrase: str) -> bool:
    return bool(_stated_at(text, phrase))


EACH_OTHER_BEFORE_RE = re.compile(r"(?:互|相互|彼此)$")
# what an earlier record called it, since corrected: 曾将上游记为…, 误记为…, 初报为…
MISRECORDED_BEFORE_RE = re.compile(r"(?:曾将|误将|错将)[^，。；]{0,12}?(?:记为|认定为|列为|写为|填为)[^，。；]{0,4}$|(?:误记为|错记为|误写为|初报为|原记为)[^，。；]{0,4}$")


# a refusal word that is work under way: 尚未整改完毕 is no 未整改
UNDER_WAY_RE = re.compile(r"完毕|到位|完成")
# a fact whose record is still being fetched: 该公司增值税申报抵扣数据正在调取 states no 申报抵扣 (probe 54a)
PENDING_AFTER_RE = re.compile(r"[^，。；]{0,6}?(?:正在|尚在|仍在|还在|有待|待|尚未|未能)(?:进一步)?(?:调取|核实|核查|查明|确定|核算|调查|比对)")
# an `unless` that names an earlier penalty (受过刑事处罚, 二次行政处罚): 刑法第二百零一条第四款 lifts its bar only for
# the taxpayer's own penalties, within five years, for evasion; a wife's firm, a supplier, a penalty seven years ago
# or one for 虚开发票 lifted it
PENALTY_PHRASE_RE = re.compile(r"刑事处罚|判过刑|行政处罚|处罚过|罚过|判处|判刑|处罚")
PENALTY_CAUSE_RE = re.compile(r"因([^，。；]{2,20}?)(?:受过|被|受到)")


def _unless_stated(element: Element, text: str, inside: list[tuple[int, int]] = ()) -> str | None:
    """The first `unless` the text states; one naming an earlier penalty only where that penalty is the offender's
    own, for an act of `penalty_for`, within `penalty_within` years (undated: it counts, as the safer reading). None
    where the text says what they stand for is still open (`unless_open`: 报告未测算上述对开是否造成国家税款实际损失),
    and none that overlaps a ruling-out phrase's span (`inside`)."""
    if any(_stated_at(text, phrase, asked_ok=True) for phrase in element.unless_open):
        return None
    for phrase in sorted(element.unless, key=len, reverse=True):
        # (not a party's word nor the first instance's quoted: 一审所称“已全部抵扣”仅依据侦查人员的情况说明, probe 52a KA37)
        places = [at for at in _stated_at(text, phrase) if not UNDER_WAY_RE.match(text, at + len(phrase))
                  and not any(at < b and a < at + len(phrase) for a, b in inside)
                  and not PENDING_AFTER_RE.match(text, at + len(phrase))
                  and not _ruled_out_party(element, text, at) and another_party(text, at) is None
                  and not _in_claim(text, at, at + len(phrase))
                  # (nor a view's: 大队认为…属“经通知拒不执行”, probe 72b BB31)
                  and not in_view_sentence(text, at)]
        if places and element.penalty_for and PENALTY_PHRASE_RE.search(phrase):
            places = [at for at in places if _own_penalty_in_time(element, text, at)]
        if places:
            return phrase
    return None


def _ruled_out_party(element: Element, text: str, at: int) -> bool:
    """The `unless` word names the other party of the fact that rules the element out: 受雇于老板郑某 — the 老板 is
    who hired the worker asked about, not what the worker is (a probe: 老板 lifted 非法采矿解释 第十一条 for a
    driver on a daily wage)."""
    lead = text[max(0, at - 8):at]
    return any(re.search(re.escape(word) + r"[于为给]?$", lead) for word in element.rules_out)


# the question asked of one person, and a firm named as the one penalised (仅就周某而言 … 宏远机械有限公司曾于…两次因逃避缴纳
# 税款被税务机关给予行政处罚，处罚对象均为该公司: probe 78b kept 周某 from the 补缴 exception on the firm's penalties)
ASKED_OF_PERSON_RE = re.compile(r"仅就[\u4e00-\u9fa5]{1,3}某[甲乙丙丁]?而言")
FIRM_PENALISED_RE = re.compile(r"(?:公司|企业|厂|合作社|单位)(?:曾|先后|此前|已|于|在)")


def _own_penalty_in_time(element: Element, text: str, at: int) -> bool:
    left = max(text.rfind(ch, 0, at) for ch in SENTENCE_END + "，,") + 1
    if other_holder(text, at):
        return False
    sentence = max(text.rfind(ch, 0, at) for ch in SENTENCE_END) + 1
    if ASKED_OF_PERSON_RE.search(text) and FIRM_PENALISED_RE.search(text, sentence, at):
        return False
    cause = PENALTY_CAUSE_RE.search(text, left, at + 4)
    if cause and not any(w in cause.group(1) for w in element.penalty_for):
        return False
    ago = years_ago(text[left:at], text)
    return not (ago and element.penalty_within is not None and ago[0] > element.penalty_within)


def _first_stated(text: str, phrases) -> str | None:
    return next((p for p in sorted(phrases, key=len, reverse=True) if _stated(text, p)), None)


def _first_said_of_suspect(text: str, phrases) -> str | None:
    """The first phrase stated of the one the facts are about, not in a clause that opens on another person: 王某、李某是按天领
    工钱的雇工 says the hired hands' wage, not the owner's (verdict_traps_accounts #16 asked a discretion of the owner)."""
    return next((p for p in sorted(phrases, key=len, reverse=True)
                 if any(another_named(text, at) is None for at in _stated_at(text, p))), None)


def _claimed(text: str, phrase: str) -> bool:
    at = next(_places(text, phrase))[0]
    sentence = text[max(text.rfind(ch, 0, at) for ch in SENTENCE_END) + 1:at]
    return bool(CLAIMED_RE.search(sentence))


# the claimant right before the claim: 某饭店老板证言称被告人曾向其推销“野味”
CLAIMANT_AFTER_RE = re.compile(r"[\u4e00-\u9fa5]{0,3}?(?:的)?(?:证言|证人证言|陈述|供述)?(?:中)?(?:称|说|表示|证实称)")


TURN_RE = re.compile(r"但|可是|然而|经查|实际上|事实上|查明")
UNKNOWING_BEFORE_RE = re.compile(r"(?:不知道|不知|不清楚|不晓得)[^，。；]{0,8}$")


def _in_claim(text: str, start: int, end: int) -> bool:
    """The words at text[start:end] are a party's claim (CLAIMED_RE before them in their sentence) or name the one who
    makes it (饭店老板证言称…)."""
    sentence = text[max(text.rfind(ch, 0, start) for ch in SENTENCE_END) + 1:start]
    if UNKNOWING_BEFORE_RE.search(sentence):
        return False      # 张某称不知道对方用于犯罪: what he says he did not know is presupposed, not claimed
    claims = [m.end() for m in CLAIMED_RE.finditer(sentence)]
    # (a turn after the claim states again: 张某称不知道…，但其每月收取高额报酬)
    return bool(claims and not TURN_RE.search(sentence, claims[-1])) or bool(CLAIMANT_AFTER_RE.match(text, end))


def _found_unclaimed(text: str, phrases) -> bool:
    """One of the phrases stated outside a claim: a fact a met verdict needs is no party's word (probe 51c JC13 met
    以食用为目的 on a restaurant owner's word that the accused had offered him “野味”, the accused saying 当宠物卖), nor
    another party's (甲商贸公司拒不整改 for 乙餐饮公司负责人章某, probe 63c VC21)."""
    return any(not _in_claim(text, at, at + len(p)) and another_party(text, at) is None
               for p in phrases for at in _stated_at(text, p))


def _missing(facts: tuple[Fact, ...], text: str) -> list[str]:
    # (a word that the fact is only partly there counts where it is asked too: 是否…张贴、送达回证…正在调取)
    return [f.ask for f in facts if (not _found_unclaimed(text, f.words) or any(_stated_at(text, p, asked_ok=True) for p in f.partly))
            and _first_stated(text, f.unless) is None]


def ruled_out(offense: str, text: str) -> dict | None:
    """{"element", "unit", "stated", "kind", "missing", "claimed"} for the first element of the offense the
    text rules out (missing: an exception's facts still to be stated; claimed: a party says so); None if none."""
    for element in elements().get(offense, ()):
        # (the ruling-out phrases' places are read only for an element with exceptions to set against them)
        if not element.rules_out or (element.unless and _unless_stated(element, text, _phrase_spans(text, element.rules_out))):
            continue
        stated = _first_stated(text, element.rules_out) if element.kind != "discretion" else _first_said_of_suspect(text, element.rules_out)
        if stated is not None:
            # (a finding among the phrases stated is the one shown: 检验程序…符合规定 said plainly, then 调查结论认定其不存在不检验)
            stated = next((p for p in sorted(element.rules_out, key=len, reverse=True)
                           if _stated(text, p) and _found(text, next(_places(text, p))[0], element.said_of)), stated)
            start, end = next(_places(text, stated))     # the text's own words (不知道鱼有问题), not the phrase's gap
            return {"element": element.element, "unit": element.unit, "stated": text[start:end], "kind": element.kind,
                    "ask": element.ask, "missing": _missing(element.requires, text), "claimed": _claimed(text, stated),
                    "view": in_view_sentence(text, start), "found": _found(text, start, element.said_of)}
    return None


# an investigation's finding: in a narrative, what it rules out decides where it is said of the one the facts are about
# (probe 85a: 调查结论认定其不存在不检验、延误检验出证或错误出证的情形 was asked whose it was)
FINDING_RE = re.compile(r"经查|查明|认定|调查结论|经调查|经核查|经核实|核实|证实|鉴定"
                        # (records fetched: 经调取记录，包某按规程完成查验…结论真实, probe 92b)
                        r"|经调取[^，。；]{0,6}?(?:记录|资料|材料|监控|台账)"
                        # (调取的微信记录显示，郑某在提供书号前已审读书稿全文, probe deeming #25)
                        r"|调取的[^，。；]{0,6}?(?:记录|资料|材料|监控|台账)(?:显示|证实|表明)"
                        # (an authority's confirmation: 经中国人民银行确认，该版别人民币已停止流通, probe 86b)
                        r"|经[^，。；]{0,12}?确认"
                        # (an inquiry by a named body: 经纪检部门调查，孙某…系业务不熟所致, probe 97b)
                        r"|经[^，。；]{0,10}?(?:调查|核查|查证)"
                        # (a re-test by a higher body: 后经上级机构对同批留样复检，全部项目合格，与原结论一致, probe 102b)
                        r"|经[^，。；]{0,12}?复检")


def _phrase_spans(text: str, phrases) -> list[tuple[int, int]]:
    """Where each stated phrase stands: an `unless` that shares words with one (不属于依法实行注册资本实缴登记制的公司
    holds 实行注册资本实缴登记制) is part of the ruling-out, not said apart."""
    return [(at, next(e for s, e in _places(text, phrase) if s == at)) for phrase in phrases for at in _stated_at(text, phrase)]


def _found(text: str, at: int, said_of: str) -> bool:
    """The words at `at` stand in a sentence of findings (经查, 调查认定 …, before them) that is no view or claim, and
    describe the offender (named, 其 or 本人 before them, no other person opening their clause) or, for an element
    of the object acted on, whoever or whatever the clause is about."""
    left, _ = sentence_bounds(text, at, at + 1)
    lead = text[left:at]
    if in_view_sentence(text, at) or _in_claim(text, at, at + 1):
        return False
    if said_of == "status":
        return True
    if not FINDING_RE.search(lead):
        return False
    if said_of == "object":
        return True
    suspect = suspect_name(text)
    return another_named(text, at) is None and (bool(suspect and suspect in lead) or "其" in lead or "本人" in lead)


def _left_open(offense: str, text: str) -> tuple[Element, str] | None:
    """The first element of the offense whose `open_when` words the text says, asked or not (其设计最高时速、整车质量是否
    符合电动自行车国家标准，已委托鉴定), with the words; None if none."""
    for element in elements().get(offense, ()):
        for phrase in element.open_when:
            if at := _stated_at(text, phrase, asked_ok=True):
                start, end = next((s, e) for s, e in _places(text, phrase) if s == at[0])
                return element, text[start:end]
    return None


def _open(verdict: dict, questions: list[str], notes: list[str] = ()) -> dict:
    """Undecided where the clauses met; a not_met of the clauses stands (it needs none of this)."""
    status = STATUS_UNKNOWN if verdict["status"] == "met" else verdict["status"]
    return {**verdict, "status": status, "questions": list(dict.fromkeys([*questions, *verdict["questions"]])),
            "notes": [*notes, *verdict["notes"]]}


def _decided(out: dict) -> dict:
    if out["kind"] == "exception":
        note = (f"案情写明“{out['stated']}”，属于“{out['element']}”的情形（{out['unit']}），"
                f"不论是否达到下列数额、情节标准，均不以本罪追究刑事责任。")
    else:
        lead = (f"与本罪主体要件“{out['element']}”不符" if out["kind"] == "subject"
                else f"不符合本罪要件“{out['element']}”")
        note = f"问题所述“{out['stated']}”{lead}（{out['unit']}），不论是否达到下列数额、情节标准，均不构成本罪。"
    shown = {k: v for k, v in out.items() if k not in ("view", "found")}      # how it was read, not what it says
    return {"status": "not_met", "basis": [], "questions": [], "notes": [note], "element": shown}


def with_elements(verdict: dict, offense: str, text: str) -> dict:
    """The clause verdict, read against the elements the clauses presuppose. A subject or element ruled
    out in a question decides (not_met, with the reason); in a narrative of facts the phrase may be said of
    someone else (经具有执业医师资格的医生诊断), so there the answer is undecided and asks whose it is, unless an
    investigation's finding says it of the one asked about (_found: 调查结论认定其不存在…).
    A statement naming the offense (该商场犯消防责任事故罪) says what must_state asks."""
    out = ruled_out(offense, text)
    if out is not None:
        if (out["claimed"] or out["view"]) and out["kind"] != "knowledge":      # a party's word or someone's view, to be checked
            whose = "系意见所称" if out["view"] and not out["claimed"] else "系当事人所称"
            return _open(verdict, [f"“{out['stated']}”{whose}，是否属实？（{out['element']}，{out['unit']}）"])
        if out["kind"] == "knowledge":
            return _open(verdict, [out["ask"]], [f"案情写明“{out['stated']}”：本罪要求“{out['element']}”（{out['unit']}）。"])
        if out["kind"] == "discretion":
            return _open(verdict, [out["ask"]], [f"案情写明“{out['stated']}”：依{out['unit']}，{out['element']}。"])
        if out["kind"] == "exception":
            if out["missing"]:
                return _open(verdict, out["missing"], [f"案情写明“{out['stated']}”，可能属于“{out['element']}”"
                                                        f"（{out['unit']}）的情形。"])
            return _decided(out)
        if not is_question(text) and not out["found"]:
            whose = out["ask"] or (f"行为人本人是否{out['element'].removesuffix('的人')}？" if out["kind"] == "subject"
                                   else f"是否{out['element']}？")
            return _open(verdict, [f"{whose}（案情写明“{out['stated']}”）"])
        return _decided(out)
    if verdict["status"] == "met" and (left_open := _left_open(offense, text)):
        element, words = left_open
        return _open(verdict, [element.ask], [f"案情写明“{words}”，本罪要件尚待查明（{element.unit}：{element.element}）。"])
    if verdict["status"] != "met" or (offense in text and named_in_statement(text, offense)):
        return verdict            # by its name, not its words: 逃税额占…, 拒不支付劳动报酬的劳动者共20名 state no 追缴通知, no 责令支付
    missing = {q: e.unit for e in elements().get(offense, ()) for q in _missing(e.must_state, text)}
    if not missing:
        return verdict
    note = f"所述数额、情节达到本罪标准，但尚需查明下列事实（{'、'.join(dict.fromkeys(missing.values()))}），不能据此认定已达到立案追诉标准。"
    return _open(verdict, list(missing), [note])
