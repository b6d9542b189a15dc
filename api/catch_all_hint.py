"""A circumstance the facts state that the law elsewhere counts as aggravating, or a public outcry, keeps a clause's catch-all
(其他情节严重的情形) open: every listed item falling short is then no 未达到.

The words are the special circumstances that 盗窃解释（2013）第二条, 抢夺解释（2013）第二条 and 敲诈勒索解释（2013）第二条
list for property offenses: a disaster or emergency, relief and welfare goods, victims who cannot protect themselves,
a hospital's patients. Probe 36e E22 (relief tents slashed after a typhoon, 3000元 of loss) was answered 未达到 on
立案追诉标准（一）第三十三条's items alone, though whether the relief goods make it 情节严重 is the question left.

The outcry (引发社会强烈关注, 媒体广泛报道, 造成恶劣社会影响) is what the interpretations' catch-alls are most often read on
(渎职解释（2012）第一条（三）造成恶劣社会影响): probes 90-91 had a music festival's crush (two 重伤, 四十万元, 视频在网络广泛
传播，引发社会强烈关注) answered 未达到 on the listed items.
"""
from __future__ import annotations

import re

from .asking import unasked_clause

AGGRAVATING_RE = re.compile(
    r"救灾|抢险|防汛|优抚|扶贫|移民款|救济|自然灾害|事故灾害|突发事件|台风|地震|洪水|洪灾|疫情期间"
    r"|残疾人|孤寡老人|丧失劳动能力|病人|未成年人|老年人|孕妇")
PUBLIC_OUTCRY_RE = re.compile(
    r"社会(?:强烈|广泛|高度|普遍)?关注|舆论(?:哗然|关注|炒作)|(?:网络|网上)(?:上)?(?:广泛|大量)?(?:传播|热议|发酵)|(?:媒体|新闻)(?:广泛|大量|集中)?(?:报道|曝光)"
    r"|恶劣(?:的)?社会影响|社会影响(?:恶劣|极坏|较大|很大|重大)|群体性事件|热搜"
    # (网络舆情, 家长聚集: probe 93c, a school's meals cut off by the damage)
    r"|(?:网络|社会)?舆情|(?:家长|群众|村民|居民|人员)(?:大量)?聚集"
    # (a livestream's reach: 相关视频播放量超过五百万次，引发广泛负面舆论, probe 95b)
    r"|负面舆论|舆论(?:广泛|强烈)?(?:关注|发酵|炒作)|(?:播放|浏览|阅读|点击)量(?:超过|超|达到?|逾)"
    # a consequence the accident rules grade by (铁路交通事故应急救援和调查处理条例: 中断繁忙干线行车…小时): 中断正线行车六小时
    # beside a loss short of the listed line (probe 91c)
    r"|中断(?:正线|干线|繁忙干线|铁路)?行车|行车中断")
# (a list denied with its verb: 未引发舆情或群体性事件, probe 99a)
_NO_BEFORE = re.compile(r"(?:没有|没|未|不是|并非|非|无|不属于|不涉及)[^，。；]{0,4}$|(?:没有|未|并未|均未)(?:引发|引起|造成|发生|出现|影响|涉及)[^，。；]{0,12}$")


def _stated(pattern: re.Pattern, text: str) -> str | None:
    """The pattern's words the facts state (not denied, not asked), joined by 、; None where there are none."""
    found = []
    for m in pattern.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in "，。；！？,;") + 1
        if _NO_BEFORE.search(text[left:m.start()]) or not unasked_clause(text, m.start(), m.end()):
            continue
        found.append(m.group(0))
    return "、".join(dict.fromkeys(found)) or None


# a show's suggestive acts short of the listed items (肉色紧身衣和薄纱，伴有扭胯、抚摸身体等挑逗性舞蹈动作; 比基尼式半裸服装，跳带有
# 挑逗性扭动的舞蹈): 立案追诉标准（一）第八十六条（四） is where such a show is weighed; three readers of probes 96a-c held it open
SUGGESTIVE_RE = re.compile(r"挑逗|性暗示|抚摸(?:身体|胸部|臀部|下体)|扭胯|色情动作|贴身扭动|性感热舞")

# (the words, the catch-all they open — None: any —, why they may meet it, what to ask), first stated wins
_HINTS = (
    (AGGRAVATING_RE, None, "法律在其他条文中将此类情形作为从严情节，是否属于兜底条款（{clause}）须结合全部案情判断。",
     "案情中的“{words}”是否构成本条兜底条款所称的其他严重情节？"),
    (PUBLIC_OUTCRY_RE, None, "是否属于兜底条款（{clause}）须结合全部案情判断。",
     "案情中的“{words}”是否构成本条兜底条款所称的情形？"),
    (SUGGESTIVE_RE, "淫秽", "表演是否属于兜底条款（{clause}）所称的淫秽表演，须结合全部案情判断。",
     "案情中的“{words}”是否使表演属于兜底条款所称的情形？"),
)


def catch_all_left_open(clause: str, text: str) -> tuple[str, str] | None:
    """The note and the question where the facts state what may meet the catch-all `clause` (其他情节严重的情形) though
    every listed item falls short; None where they state nothing of the kind."""
    for pattern, needs, why, ask in _HINTS:
        if needs is not None and needs not in clause:
            continue
        words = _stated(pattern, text)
        if words:
            return (f"所列各项均未达到，但案情写明“{words}”，" + why.format(clause=clause),
                    ask.format(words=words))
    return None
