"""Whether the facts state the earlier penalty a filing item asks for: 因非法集资受过刑事追究, 二年内因非法从事资金
支付结算业务…受过行政处罚. The item's options name the earlier act; read alone they were met by the act the
question is about (某人非法从事资金支付结算业务，非法经营数额300万元 met 第三条第二款（一）), which is no earlier
penalty. An earlier penalty is stated when the act is named with a penalty of the item's kind and a word that puts
it before (曾, 此前, 受过, 一年前); an item limited to N years also needs when."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.numerals import parse_chinese_int, parse_ordinal

from .appeal import quoted_from_first_instance
from .asking import asks, in_view_sentence
from .holder import CLAUSE_END, other_holder

# 因…受过刑事追究 / 二年内曾因…受过行政处罚 / 如曾因…受过行政处罚 / 一年内曾因…被行政处罚 (卖淫解释（2017）第八条（四）);
# 被 only before 刑事 or 行政: 因动植物防疫、检疫需要被依法处理的 names no penalty
RECEIVED = r"(?:受过|被(?=刑事|行政))"
FRAME_RE = re.compile(rf"因[^，；。]{{2,}}?{RECEIVED}(?P<kind>刑事|行政)?")
YEARS_RE = re.compile(r"(?P<n>[一二两三四五])年内")
PENALTY_KIND_RE = re.compile(rf"{RECEIVED}(?P<kind>刑事|行政)?")
# 受过行政处罚后，一年内又; 受过行政处罚，在三年内又 (草原解释（2012）第二条)
AFTER_PENALTY_YEARS_RE = re.compile(r"(?:后[，,]?|[，,]在)(?P<n>[一二两三四五])年内")
# the frame's own words around the act: 二年内曾因 | 犯罪行为受过刑事追究
FRAME_WORDS_RE = re.compile(rf"^(?:如)?(?:[一二两三四五]年内)?(?:曾经|曾)?因?|(?:犯罪|违法)?(?:行为)?{RECEIVED}.*$")
PENALTY_WORDS = {
    "刑事": ("刑事追究", "刑事处罚", "追究刑事责任", "判处", "判刑", "被判", "有期徒刑", "拘役", "缓刑", "获刑", "服刑",
           "刑满", "定罪", "前科"),
    # 以前没被罚过; 被罚了五百, 被派出所拘了五天, 被拘过 (probe 37b)
    "行政": ("行政处罚", "罚款", "行政拘留", "拘留", "没收", "警告", "吊销", "处罚", "罚没", "罚过", "罚了", "拘了", "拘过",
           "被拘"),
}
# The acts as officers name them in an earlier penalty (因为偷东西被治安拘留, 因为卖个人信息被行政拘留过): a clause's
# act is matched by its law words or by these (not 偷税, 偷越, 偷逃: other acts)
SPOKEN_ACTS = (
    ("盗窃", re.compile(r"偷(?!税|逃|越|渡|排|运|漏|拍|看|听|猎|捕|伐|采)|盗(?!伐|采|猎|版|用|刷)|扒窃|扒手|小偷")),
    ("抢夺", re.compile(r"抢(?!劫|险|救|修|购|占|先|答)")),
    ("敲诈勒索", re.compile(r"敲诈|勒索|讹")),
    ("容留他人吸", re.compile(r"容留[^，。；卖]{0,8}?吸")),     # 容留别人吸毒 (not 容留卖淫)
    ("公民个人信息", re.compile(r"个人信息|公民信息|卖信息|倒卖信息")),
    # 治安管理处罚法's 窝藏、转移、收购、销售赃物 is the administrative name of 掩饰、隐瞒犯罪所得 (掩饰隐瞒解释（2021）第一条（一）)
    ("掩饰、隐瞒犯罪所得", re.compile(r"收购赃物|销售赃物|销赃|窝赃|收赃|转移赃物|窝藏赃物|代销赃物|收购[^，。；]{0,6}赃")),
    # counterfeit notes carried across the border are smuggled (丁曾因携带假币入境被海关给予行政处罚, probe 105b)
    ("走私假币", re.compile(r"(?:携带|夹带|藏匿|邮寄)(?:伪造的货币|假币|假钞|伪钞)(?:入境|出境|进境|过关)")),
)


# the things an act is done on: a penalty denied for any act on them (此前未因假币受过任何处罚) is denied for the one the
# clause names (二年内因出售、购买、运输假币受过行政处罚; probe 86b). Only for denials: a penalty stated for using fake notes is no
# penalty for selling them.
ACT_OBJECTS = ("假币", "发票", "枪支", "弹药", "毒品", "文物", "野生动物", "注册商标", "商标", "烟草", "卷烟", "个人信息", "赌博", "卖淫")


def denial_covers_act(act: str, words: str) -> bool:
    """The denied penalty's words name the thing the act is done on."""
    return any(thing in act and thing in words for thing in ACT_OBJECTS)


def names_act_in_own_words(act: str, words: str) -> bool:
    """The earlier penalty's words name `act` as officers say it."""
    return spoken_act_span(act, words) is not None


def spoken_act_span(act: str, text: str) -> tuple[int, int] | None:
    """Where the text names `act` as officers say it (偷了三次电瓶 for 盗窃), or None."""
    for key, rx in SPOKEN_ACTS:
        if key in act and (m := rx.search(text)):
            return m.span()
    return None
# (a date that opens the penalty's clause puts it before too: 2021年1月因容留他人吸毒被行政拘留; so do the times counted:
# 2023年4月、2024年7月两次因非法行医被卫生健康局行政处罚)
EARLIER_RE = re.compile(r"曾|此前|之前|以前|先前|前科|年前|年半前|年多前|个月前|个半月前|个多月前|去年|前年|上个月|上月|前不久|前几天|受过|处罚过|罚过|处理过|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?=因)"
                        r"|(?<!第)[一二两三四五六七八九十\d]次(?=因)"
                        r"|近[一二两三四五\d]年(?:来|内|以来)?(?=[^，。；]{0,4}无)")     # 近二年无商标侵权处罚 (probe 58b QB06)
SEGMENT_MAX = 40         # characters between the word that puts a penalty before and the penalty
CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_N = r"(?<![0-9.])[0-9]{1,2}(?![0-9])|[一二两三四五六七八九十]+"     # 2020年前后 is a year, not 2,020 years ago
# how long before: 十八个月前, 两年零三个月前, 一年半前, 两年多前 (more than two years: past 二年内), 三年前
AGO_RE = re.compile(rf"(?:(?P<years>{_N}|半)年(?P<half>半)?(?:零?(?P<months>{_N})个?月)?|(?P<only_months>{_N}|半)个?月)"
                    r"(?P<more>多)?(?:前|以前|之前|(?P<within>内|以内))")
# 去年 / 前年, with the month where it is said (去年1月), against the act's own month where that is said (今年11月)
RELATIVE_YEAR_RE = re.compile(r"(?P<word>去年|前年|今年|当年|上个?月|本月)(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,2})月)?")
THIS_YEAR_MONTH_RE = re.compile(r"今年(?P<month>\d{1,2}|[一二三四五六七八九十]{1,2})月")
YEARS_BACK = {"去年": 1, "前年": 2, "今年": 0, "当年": 0}
MORE_THAN = 1 / 365


@dataclass(frozen=True)
class PriorFrame:
    kind: str | None          # 刑事 / 行政 / None: either
    years: int | None         # 二年内 → 2
    time_elsewhere: bool = False    # …被刑事处罚后 | 一年内又…: the limit stands in the clause's next requirement


LEAD_RE = re.compile(r"^(?:如)?(?:[一二两三四五]年内)?(?:曾经|曾)?因")


def _frame_at(requirement_text: str, option: str) -> PriorFrame | None:
    """The frame an option stands in: the kind of the next 受过 from it, the years of an N年内 before it with no
    受过 between (二年内因A或者B违法行为受过行政处罚: both A and B; 曾因A受过刑事处罚或者二年内受过行政处罚: the second)."""
    at = requirement_text.find(option)
    if at < 0:          # an option rebuilt from shared words (非法转让、倒卖土地使用权 → 非法转让土地使用权)
        at = max(0, requirement_text.find(FRAME_WORDS_RE.sub("", option)[:2]))
        option = ""
    penalty = PENALTY_KIND_RE.search(requirement_text, at)
    if penalty is None:
        return None
    years = [m for m in YEARS_RE.finditer(requirement_text, 0, at + len(option))
             if not PENALTY_KIND_RE.search(requirement_text[m.end():at])]
    # 因…被行政处罚或者被刑事处罚后，一年内又…: the years run from the penalty, after it
    years = years or list(AFTER_PENALTY_YEARS_RE.finditer(requirement_text, penalty.end()))[:1]
    return PriorFrame(penalty["kind"], CHINESE_DIGITS[years[-1]["n"]] if years else None,
                      not years and requirement_text.rstrip("，,；;。").endswith("后"))


# The acts of 刑法 articles an item names by number (二年内因实施刑法第二百一十三条至第二百一十五条规定的行为受过…处罚,
# 知识产权解释（2025）第三条（三）), in the words a penalty decision or an officer uses for them: the article numbers
# are never written in facts (因假冒注册商标被市场监管局罚款, 因销售盗版图书受过行政处罚).
ARTICLE_ACT_WORDS = {
    (213, 0): ("商标",), (214, 0): ("商标",), (215, 0): ("商标",),
    (216, 0): ("专利",),
    (217, 0): ("著作权", "版权", "盗版", "侵权复制品"), (218, 0): ("著作权", "版权", "盗版", "侵权复制品"),
    (219, 0): ("商业秘密",), (219, 1): ("商业秘密",),
}
ARTICLES_ACT_RE = re.compile(r"因(?:实施)?刑法(?P<refs>第[^规]{2,40}?条(?:之[一二三四五])?)规定的(?:行为|犯罪)")
# 受过刑事处罚或者行政处罚: a penalty of either kind
EITHER_KIND_RE = re.compile(rf"{RECEIVED}(?:刑事处罚或者行政处罚|行政处罚或者刑事处罚)")
OTHER_KIND_PIECE_RE = re.compile(r"^(?:行政|刑事)处罚")
# the law's wrapping of the act: 实施假冒他人专利的 is said 假冒专利 (因假冒专利被市场监管局行政处罚)
ACT_WRAPPING_RE = re.compile(r"^实施|的$|他人(?=专利|商标|作品)")
ARTICLE_NUMBER_RE = re.compile(r"第([一二三四五六七八九十百零〇]+)条(?:之([一二三四五]))?")


def _acts_of_articles(act: str) -> list[str] | None:
    """The words for the acts of the articles an act names (第二百一十三条至第二百一十五条: the range's ends and all
    between); None where it names no article, or one without words here."""
    m = ARTICLES_ACT_RE.search(act)
    if m is None:
        return None
    refs = [(parse_ordinal(n), parse_ordinal(k) if k else 0) for n, k in ARTICLE_NUMBER_RE.findall(m["refs"])]
    if "至" in m["refs"] and len(refs) == 2 and refs[0][1] == refs[1][1] == 0:
        refs = [(n, 0) for n in range(refs[0][0], refs[1][0] + 1)]
    words = [w for ref in refs for w in ARTICLE_ACT_WORDS.get(ref, ())]
    return list(dict.fromkeys(words)) if words and all(ref in ARTICLE_ACT_WORDS for ref in refs) else None


def prior_options(requirement_text: str, options: list[str]) -> list[tuple[str, PriorFrame, str]]:
    """The options of a requirement that name an earlier penalty, each with its frame and the act it was for:
    因非法从事资金支付结算业务 / 非法买卖外汇犯罪行为受过刑事追究 (cut at 或者), 因侵犯公民个人信息受过刑事处罚 /
    二年内受过行政处罚 (the second for the first's act). Options that are no penalty (或者造成严重后果) are left out."""
    if not FRAME_RE.search(requirement_text):
        return []
    frames = [m.span() for m in FRAME_RE.finditer(requirement_text)]

    def in_frame(option: str) -> bool:
        """因引诱、容留、介绍卖淫行为被…: 容留 stands between the frame's words, naming neither."""
        at = requirement_text.find(option)
        return at >= 0 and any(start <= at < end for start, end in frames)
    framed = [(o, _frame_at(requirement_text, o)) for o in options
              if re.search(RECEIVED, o) or LEAD_RE.match(o) or in_frame(o)]
    framed = [(o, f) for o, f in framed if f is not None]
    if framed and (by_article := _acts_of_articles(requirement_text)):
        # 二年内因实施刑法第二百一十九条、第二百一十九条之一规定的行为受过刑事处罚或者行政处罚后再次实施: the options are
        # pieces of one frame, split at 、 and 或者; the act is the articles'
        frame = framed[0][1]
        if EITHER_KIND_RE.search(requirement_text):
            frame = replace(frame, kind=None)
        return [(o, frame, word) for o in options for word in by_article]
    acts = [ACT_WRAPPING_RE.sub("", FRAME_WORDS_RE.sub("", o)) for o, _ in framed]
    named = [a for a in acts if len(a) >= 2]
    out = [(o, f, a) for (o, f), act in zip(framed, acts) for a in ([act] if len(act) >= 2 else named)]
    if out and EITHER_KIND_RE.search(requirement_text):
        # 二年内因实施假冒他人专利的行为受过刑事处罚或者行政处罚后再次实施 (知识产权解释（2025）第十条（三）): one frame of
        # either kind, split at 或者; its second piece (行政处罚后再次实施) is no requirement of its own (probe 35a A45)
        out = [(o, replace(f, kind=None), a) for o, f, a in out]
        out += [(o, out[0][1], out[0][2]) for o in options if OTHER_KIND_PIECE_RE.match(o) and o not in {x for x, _, _ in out}]
    return out


def _number(word: str) -> float:
    return 0.5 if word == "半" else parse_chinese_int(word)


def years_ago(words: str, text: str = "") -> tuple[float, float] | None:
    """How long before the act in question a penalty was, as (at least, at most) years: 十八个月前 (1.5, 1.5),
    两年多前 (more than 2), 去年 (between a month and two years), 去年1月 against 今年11月 (22 months). None where
    the words say no when. Read whole, not digit by digit: 十八个月前 was read as eight months."""
    if m := RELATIVE_YEAR_RE.search(words):
        back = YEARS_BACK.get(m["word"])
        if back is None:                        # 上月, 本月
            return 0.0, 1 / 12
        if back == 0:
            return 0.0, 1.0
        act = THIS_YEAR_MONTH_RE.search(text)
        if m["month"] and act:
            gap = back + (_number(act["month"]) - _number(m["month"])) / 12
            return gap, gap
        return back - 1 + 1 / 12, back + 1 - 1 / 12  # 去年: from last December to last January, whenever this year's act
    m = AGO_RE.search(words)
    if not m:
        return None
    if m["only_months"]:
        gap = _number(m["only_months"]) / 12
    else:
        gap = _number(m["years"]) + (0.5 if m["half"] else 0) + (_number(m["months"]) / 12 if m["months"] else 0)
    if m["within"]:     # 二年内曾因…: at most that long before
        return 0.0, gap
    if m["more"]:       # 两年多前: past two years, short of three
        return gap + MORE_THAN, gap + (1 if not m["only_months"] and not m["months"] else 1 / 12)
    return gap, gap


# a penalty set aside after it was given (经行政复议被撤销, 被法院判决撤销, 已经撤销): it counts as none
SET_ASIDE = r"(?:被|已被|经|已经|予以|依法)[^。；，]{0,10}?撤销"
# a penalty not given, or set aside: 未予行政处罚, 不予处罚, 经行政复议被撤销
NOT_PENALIZED_RE = re.compile(r"(?:未予|不予|未被|没有被|没有受到|未受到|免予)(?:行政)?(?:处罚|拘留|处理|罚款)"
                              rf"|(?:处罚|决定|拘留)[^。；]{{0,10}}?{SET_ASIDE}")


# an earlier penalty the facts deny, in the penalty's own clause: 此前未因非法集资受过刑事追究或行政处罚, 没有受过行政处罚,
# 无刑事前科 (probe 31a: each was read as the penalty stated, and met 非法集资解释（2022）第三条第二款（一）). Only the
# words that deny a penalty: 因未取得许可证被行政处罚 is a penalty for acting without a licence.
DENIED_PENALTY_RE = re.compile(r"(?:未|没有|没|从未|未曾|不曾|并未|从没有?|从来没有?)(?:再|曾经?)?(?:因|受过|受到|被|有过)"
                               r"|(?<![\u4e00-\u9fa5])无[^，。；]{0,4}(?:前科|犯罪记录|违法记录|违法犯罪记录|处罚记录)"
                               # (after a word that is no part of it: 冯某此前无盗窃前科, probe 61a TA04; never 有无前科, which asks)
                               # (or 此外无其他违法犯罪记录, probe 105a #2)
                               r"|(?:(?<=前)|(?<=均)|(?<=并)|(?<=且)|(?<=也)|(?<=亦)|(?<=都)|(?<=某)|(?<=人)|(?<=此外))无[^，。；]{0,4}"
                               r"(?:前科|犯罪记录|违法记录|违法犯罪记录|处罚记录)"
                               # 近二年无商标侵权处罚 (probe 58b QB06), not 此前无证经营被处罚 (a penalty for acting unlicensed)
                               r"|(?<=年|内|来|前|间)无(?!证|照|资质|许可|执照|牌)[^，。；被]{0,8}?处罚")


# the facts' own word that this is the first time: 首次被查, 系初犯 (probe 35a: 首次被查 was asked whether 二年内…受过行政处罚)
FIRST_TIME_RE = re.compile(r"(?:首次|第一次|初次|头一次|头回)被(?:海关|公安|执法人员|执法部门|[^，。；]{0,3}?局)?(?:查|查处|查获|发现|处罚|抓)"
                           r"|(?:系|属|是|为)初犯|首次(?:违法|作案)")       # 第一次被海关查获 (probe 36d D09)


def first_time(text: str) -> str | None:
    """The clause saying the act in question is the first one found, or None (also where that clause asks: 是否首次被查？)."""
    m = FIRST_TIME_RE.search(text)
    if m is None:
        return None
    left = max(text.rfind(ch, 0, m.start()) for ch in CLAUSE_END) + 1
    ends = [e for e in (text.find(ch, m.end()) for ch in CLAUSE_END) if e >= 0]
    right = min(ends, default=len(text))
    return None if asks(text, left, right) else text[left:right]


def _sentence_end(text: str, at: int) -> int:
    ends = [e for e in (text.find(ch, at) for ch in "。；;！？\n") if e >= 0]
    return min(ends, default=len(text))


@lru_cache(maxsize=None)
def _segment_re(kinds: tuple[str, ...]) -> re.Pattern:
    penalties = "|".join(sorted((w for k in kinds for w in PENALTY_WORDS[k]), key=len, reverse=True))
    return re.compile(rf"(?:{EARLIER_RE.pattern})[^。；;！？\n]{{0,{SEGMENT_MAX}}}?(?:{penalties})")


@lru_cache(maxsize=256)
def _any_penalty_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text states an earlier penalty of any kind; read once per text, though every conduct match and
    clause requirement asks."""
    return tuple(m.span() for m in _segment_re(tuple(PENALTY_WORDS)).finditer(text))


def earlier_penalties(frame: PriorFrame, text: str) -> list[tuple[str, str]]:
    """The stretches of the text that state an earlier penalty of the frame's kind (曾因非法集资受过刑事追究, 一年前
    曾因非法买卖外汇被罚款), each with whether it is in time: 'stated', 'undated' (an item of N years whose when is
    not said) or 'too_old'; 'after' where the calendar puts it after the act in question; 'another' where it is
    another person's (其妻子两年前曾因…: api/holder.py); or 'denied' where the facts say there was none."""
    pattern = _segment_re((frame.kind,) if frame.kind else tuple(PENALTY_WORDS))
    out = []
    for m in pattern.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in CLAUSE_END) + 1
        ends = [e for e in (text.find(ch, m.end()) for ch in CLAUSE_END) if e >= 0]
        words = text[left:min(ends, default=len(text))]
        if other_holder(text, m.start()):
            out.append((words, "another"))
            continue
        if NOT_PENALIZED_RE.search(text, m.start(), _sentence_end(text, m.end())):
            continue        # 但当时未予行政处罚; 该处罚决定后经行政复议被撤销: no penalty stands
        if quoted_from_first_instance(text, m.start()):
            continue        # 本院二审查明：…一审认定何某“二年内曾因非法集资受过行政处罚”: the first instance's word, being corrected
        if in_view_sentence(text, m.start()):
            continue        # 派出所意见：李某一年内受过抢夺行政处罚 (that penalty was set aside; review #0 met on the view)
        own_clause = max(text.rfind(ch, 0, m.end() - 1) for ch in CLAUSE_END) + 1
        # (to the clause's end: 无刑事处罚记录 says its 记录 after the penalty's word; probe 67b ZB01 met 曾因盗窃受过刑事处罚 on a
        # 行政拘留 clause the denial's own clause followed)
        if DENIED_PENALTY_RE.search(text, own_clause, min(ends, default=len(text))):
            # 此前未因非法集资受过刑事追究, 无刑事前科: the facts say there was none
            out.append((text[own_clause:min(ends, default=len(text))] if own_clause > m.start() else words, "denied"))
            continue
        # (from the clause's start: 蒋某二年内因假冒注册商标受过一次行政处罚 puts its 二年内 beyond eight characters, probe 35d D22)
        said = text[min(left, max(0, m.start() - 8)):m.end()]
        ago = years_ago(said, text) or _dated_gap(said, text)
        if ago is None and (dated := DECIDED_ON_AFTER_RE.match(text, min(ends, default=len(text)))):
            ago = _dated_gap(dated.group(0), text)     # …被海关给予行政处罚，处罚决定于2023年9月20日生效 (probe 105b)
        if ago is not None and ago[1] < 0:
            out.append((words, "after"))      # punished after the act in question: no earlier penalty
            continue
        if frame.time_elsewhere:
            out.append((words, "undated"))    # 海域规定（二）第三条（三）: the 一年内 is read apart from the penalty
            continue
        if frame.years is None:
            out.append((words, "stated"))
            continue
        out.append((words, "undated" if ago is None else "stated" if ago[1] <= frame.years
                     else "too_old" if ago[0] > frame.years else "undated"))
    return out


PENALTY_DATE_RE = re.compile(r"(\d{4})年(?:(\d{1,2})月)?")
# the penalty dated in the clause after it: ，处罚决定于2023年9月20日生效
DECIDED_ON_AFTER_RE = re.compile(r"[，,](?:该)?(?:行政)?(?:处罚)?决定(?:书)?(?:于|在)\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:生效|作出|送达)")


# the day the act was found again: 2025年6月又被查获, 2025年6月又被我局查处
# (or the finder named first: 2025年9月，执法人员又在其厂内查获, probe 96a)
CAUGHT_AGAIN_RE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?:\d{1,2}日)?(?:[^，。；]{0,4}?|[，,][^，。；]{0,8}?)又"
                             r"(?:被[^，。；]{0,6}?|在[^，。；]{0,8}?)?(?:查获|发现|抓获|查处|查到|抓到)")


def _dated_gap(words: str, text: str) -> tuple[float, float] | None:
    """Years from a penalty dated by the calendar (2023年9月因非法集资受过行政处罚) to the act in question as the
    facts date it (2024年6月…吸收资金60万元): a calendar date was read as no date, and an item of 二年内 asked for
    one the facts gave. Negative where the penalty came after the act."""
    from .act_dates import act_period      # act_dates reads earlier penalties through this module
    m = PENALTY_DATE_RE.search(words)
    act = act_period(text)
    if m is not None and act is None and (again := CAUGHT_AGAIN_RE.search(text)):
        # 2024年9月…被行政处罚，2025年6月又被查获擅自制造…: the act again, after the penalty and by the day it was found
        # (probe 38a A42 asked whether 二年内)
        first = int(m.group(2)) if m.group(2) else 1
        most = int(again["y"]) + (int(again["m"]) - 1) / 12 - (int(m.group(1)) + (first - 1) / 12) + 1 / 12
        return (0.0, most) if most >= 0 else None
    if m is None or act is None:
        return None
    # 2024年因假冒注册商标被行政处罚: a year alone is any of its months
    first, last = (int(m.group(2)),) * 2 if m.group(2) else (1, 12)
    least = act.first.year + (act.first.month - 1) / 12 - (int(m.group(1)) + (last - 1) / 12) - 1 / 12   # within the months' bounds
    most = act.last.year + (act.last.month - 1) / 12 - (int(m.group(1)) + (first - 1) / 12) + 1 / 12
    return least, most


def penalty_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text states an earlier penalty of any kind (曾因…被烟草局行政处罚)."""
    return _any_penalty_spans(text)


def in_earlier_penalty(text: str, at: int) -> bool:
    """The words at `at` name the act of an earlier penalty (其一年前曾因走私毒品被行政处罚), not the act in question;
    the word that opens it (此前已…, 曾因…) is no act and says the act in question is done again."""
    return any(start < at < end for start, end in _any_penalty_spans(text))


def without_earlier_penalties(text: str) -> str:
    """The text with the words of earlier penalties blanked (same length): what the case is about, not what an
    old penalty was for (其一年前曾因非法经营卷烟受过行政处罚 names no 卷烟 of this 支付结算 case)."""
    out = text
    for start, end in _any_penalty_spans(text):
        out = out[:start] + "　" * (end - start) + out[end:]
    return out
