"""Findings corrected or set aside later in the facts. Second-instance judgments: the appeal court's own finding (本院二审查明：与一审认定不同的是…) replaces what the first
instance found where it gives the same measure again, and leaves the rest standing. A figure of the first instance's
finding (一审认定…倾倒废矿物油3.4吨) or quoted from it (一审所称“损失40万元”) is no fact once the appeal finds a figure of
its unit (倾倒的危险废物为2.5吨): probe 52a met fifteen thresholds on first-instance figures the appeal had corrected.
A paper revoked or withdrawn later (撤销原认定书, 原鉴定意见…已被鉴定机构撤回) leaves what it found open."""
from __future__ import annotations

import re

from .spans import SENTENCE_END, clause_bounds

# where the appeal court's own finding starts
APPEAL_FINDING_RE = re.compile(r"(?:本院)?二审(?:期间)?(?:审理)?查明|本院经二审审理查明|二审法院查明")
# the words that give what the first instance found or said
FIRST_FINDING_RE = re.compile(r"(?:一审|原审|原判)(?:判决|法院)?(?:认定|查明|所称|所认定|采信|依据|援引)")
# the appeal confirming the first instance's figure in the same clause (数额属实, 认定无误)
CONFIRMED_AFTER_RE = re.compile(r"[^，。；]{0,12}?(?:属实|无误|正确|予以确认|并无不当)")


def appeal_start(text: str) -> int | None:
    """Where the appeal court's own finding starts, or None for a text that holds none."""
    found = APPEAL_FINDING_RE.search(text)
    return found.start() if found else None


def first_instance_says(text: str, at: int, appeal: int) -> bool:
    """The words at `at` stand in the first instance's finding: in a sentence before the appeal's finding that gives
    it (一审认定…), or in a clause after it that quotes it (一审所称“损失40万元”), unless confirmed there."""
    if at < appeal:
        start = max(text.rfind(ch, 0, at) for ch in SENTENCE_END) + 1
    else:
        start = clause_bounds(text, at, at)[0]
    return FIRST_FINDING_RE.search(text, start, at) is not None and not CONFIRMED_AFTER_RE.match(text, at)


def quoted_from_first_instance(text: str, at: int) -> bool:
    """The words at `at` stand in the appeal's own finding where it quotes the first instance to correct it
    (本院二审查明：…一审认定何某“二年内曾因非法集资受过行政处罚”，…具体违法行为二审未能查清): no fact of the appeal's."""
    appeal = appeal_start(text)
    return appeal is not None and at >= appeal and first_instance_says(text, at, appeal)


def overturned_on_appeal(text: str, start: int, end: int) -> bool:
    """The words at text[start:end] stand in the first instance's finding and the appeal's says they cannot be found
    (一审…认定为假药; 本院二审查明：…不能据以认定假药: probe 52a KA40 met 销售假药 on the first)."""
    appeal = appeal_start(text)
    if appeal is None or start >= appeal or not first_instance_says(text, start, appeal):
        return False
    head = re.sub(r"[^\u4e00-\u9fa5]", "", text[start:end])[-2:]
    return len(head) == 2 and re.search(rf"(?:不能|不应|不宜|无法|不得|不予)(?:据以|据此|以此)?认定(?:为|系|属于?)?[^，。；]{{0,6}}?{head}",
                                        text[appeal:]) is not None


# a part taken out of the count after its figure, in its part of the sentence: 其中原木材积0.18立方米的松木系…依证采伐，应予扣除
EXCLUDED_AFTER_RE = re.compile(r"应予扣除|予以扣除|应当扣除|应予剔除|予以剔除|予以核减|应予核减|不予计入|不应计入|不计入|不予认定")
PART_OF_RE = re.compile(r"其中")


def without_excluded_parts(text: str, facts: list) -> list:
    """The facts without a part (其中…) its sentence part takes out of the count (应予扣除, 不予计入) before any other
    figure of its unit, where another figure of that unit stays: probe 52a KA16 read 0.18立方米 felled under licence,
    应予扣除, as the felling."""
    def part_end(at: int) -> int:
        return min((e for e in (text.find(ch, at) for ch in "；;。\n") if e >= 0), default=len(text))
    dropped = set()
    for f in facts:
        end = part_end(f.quantity.end)
        excluded = EXCLUDED_AFTER_RE.search(text, f.quantity.end, end)
        if (excluded is None or not PART_OF_RE.search(text, clause_bounds(text, f.quantity.start, f.quantity.start)[0], f.quantity.start)
                or any(g.quantity.unit == f.quantity.unit and f.quantity.end <= g.quantity.start < excluded.start() for g in facts)):
            continue
        dropped.add(id(f))
    kept_units = {f.quantity.unit for f in facts if id(f) not in dropped}
    return [f for f in facts if id(f) not in dropped or f.quantity.unit not in kept_units]


# a review's own finding (复核结论书…重新认定损失为4300元, 重新鉴定意见认定第一支…属于枪支; 第二支…不能测定): what the first
# finding gave in the measures the review speaks of is replaced, unless the review upholds it (复核意见维持原结论)
REVIEW_FINDING_RE = re.compile(r"(?:重新鉴定|复核|补充鉴定|重新评估|复检|重新检验)(?:意见|结论|说明)(?:书)?[^，。；]{0,12}?(?:认定|认为|确认|说明|[：:])"
                               r"|重新认定|复核认定|复核后认定")
UPHELD_RE = re.compile(r"维持(?:原|了原|该)?(?:结论|意见|认定|鉴定)?")
ORDINAL_UNIT_RE = re.compile(r"第[一二三四五六七八九十\d]+(?P<unit>支|只|件|头|株|人|名|个|枚|发|台|辆)")


def superseded_on_review(text: str, facts: list) -> list:
    """The facts without the first finding's figures in a measure a later review finding speaks of, unless it upholds
    them: probe 52b met thresholds on a valuation, a loss and a gun count that a 复核 or 重新鉴定 had replaced."""
    review = REVIEW_FINDING_RE.search(text)
    if review is None:
        return facts
    sentence_end = min((e for e in (text.find(ch, review.end()) for ch in "。\n") if e >= 0), default=len(text))
    if UPHELD_RE.search(text, review.start(), sentence_end):
        return facts
    ordinals = {id(f) for f in facts if text[max(0, f.quantity.start - 1):f.quantity.start] == "第"}     # 第二支: no count
    facts = [f for f in facts if id(f) not in ordinals or f.quantity.start < review.start()]
    later = [f for f in facts if f.quantity.start >= review.start()]
    units = {f.quantity.unit for f in later} | {m["unit"] for m in ORDINAL_UNIT_RE.finditer(text, review.start())}

    def replaced(f) -> bool:
        if f.quantity.unit not in units or f.quantity.end > review.start():
            return False
        if f.quantity.unit != "元":
            return True
        # a sum: only one of the same thing (损失 for 损失; not the 非法经营数额 beside a reviewed 直接经济损失)
        return any(_thing(text, g.quantity.start) and _thing(text, g.quantity.start) == _thing(text, f.quantity.start)
                   for g in later if g.quantity.unit == "元")
    return [f for f in facts if not replaced(f)]


def _thing(text: str, at: int) -> str:
    """The two characters naming what a figure counts, right before it (损失 in 重新认定损失为4300元)."""
    lead = re.sub(r"[^\u4e00-\u9fa5]", "", text[max(0, at - 10):at])
    return re.sub(r"(?:为|是|在|约|共|计|达|合计|共计|总计)+$", "", lead)[-2:]


def corrected_later(text: str, facts: list) -> list:
    """The facts less what a later finding takes out or replaces: parts taken out (without_excluded_parts), a review's
    (superseded_on_review) and an appeal's (superseded_on_appeal)."""
    return superseded_on_appeal(text, superseded_on_review(text, without_excluded_parts(text, facts)))


def superseded_on_appeal(text: str, facts: list) -> list:
    """The facts without the first instance's figures (first_instance_says) of a unit the appeal's finding gives again."""
    appeal = appeal_start(text)
    if appeal is None:
        return facts
    found_again = {f.quantity.unit for f in facts if f.quantity.start >= appeal and not first_instance_says(text, f.quantity.start, appeal)}
    return [f for f in facts if not (f.quantity.unit in found_again and first_instance_says(text, f.quantity.start, appeal))]


# a finding set aside later in the facts: what it found is open until a new one (重新认定…) says it again (probe 48a GA10);
# also with the paper named first (该事故认定书…已于二审期间…撤销并责令重新认定, 原鉴定意见…已被鉴定机构撤回; probe 52a KA10, KA38)
REVOKED_LATER_RE = re.compile(r"撤销(?:了)?(?:原|该|此|上述|前述|这份|首次|第一次)(?:事故)?(?:认定书?|鉴定意见|鉴定结论|认定意见)"
                              r"|(?:认定书|鉴定意见|鉴定结论|认定意见)[^。；]{0,30}?(?:被|予以|已|均)(?:[^。；，]{0,14}?)(?:撤销|撤回)")


def revoked_after(text: str, at: int) -> bool:
    """A finding paper is revoked or withdrawn after `at` in the facts."""
    return REVOKED_LATER_RE.search(text, at) is not None


# a later sentence that leaves a point unfound: 禁采区划定时间涉及县政府文件，本局已函询，尚无回复，该点暂不认定 (probe 53a LA05
# met 在禁采区内 on the notice's 该河段属禁采区)
LEFT_OPEN_RE = re.compile(r"暂不认定|暂不予认定|不予认定|尚不能认定|不能认定|无法认定|暂不采信|不予采信|暂不采纳|不予采纳")


def left_open_later(text: str, words: str, at: int) -> bool:
    """The sentence of the words at `at`, or a later one, names them (two characters at least) and then leaves them
    unfound."""
    if len(words) < 2:
        return False
    start = max(text.rfind(ch, 0, at) for ch in "。；！？\n") + 1
    for sentence in re.finditer(r"[^。；！？\n]+", text[start:]):
        if words in sentence.group(0) and LEFT_OPEN_RE.search(sentence.group(0), sentence.group(0).find(words)):
            return True
    return False
