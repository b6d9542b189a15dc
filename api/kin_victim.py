"""Property taken from the taker's own family. 盗窃解释（2013）第八条, 诈骗解释（2011）第四条 and 敲诈勒索解释（2013）第六条 say
that taking from a close relative (for theft, also a member of the household) who forgives is as a rule no crime; the sum
alone then decides nothing. 毒品解释（2016）第十二条第三款 says the same of harbouring a close relative's drug use when it is
情节显著轻微危害不大: the count of times alone decides nothing there either. Where the facts make a relative the one taken from (其子李某…趁母亲外出拿走存折; 以公开其同胞姐姐
的聊天记录相威胁), a met verdict asks whether the relation holds and whether the relative forgave (probe 73b: three such facts
were met on the sum)."""
from __future__ import annotations

import re

from .verdict import STATUS_UNKNOWN

UNITS = {"盗窃罪": ("jieshi-daoqie-2013:art8", "偷拿家庭成员或者近亲属的财物，获得谅解的，一般可以不认为是犯罪"),
         "诈骗罪": ("jieshi-zhapian-2011:art4", "诈骗近亲属的财物，近亲属谅解的，一般可不按犯罪处理"),
         "敲诈勒索罪": ("jieshi-qiaozha-2013:art6", "敲诈勒索近亲属的财物，获得谅解的，一般不认为是犯罪"),
         "容留他人吸毒罪": ("jieshi-dupin-2016:art12", "容留近亲属吸食、注射毒品，情节显著轻微危害不大的，不作为犯罪处理")}
QUESTIONS = {"盗窃罪": "被害人是否系行为人的近亲属或者家庭成员，是否已谅解？",
             "容留他人吸毒罪": "被容留者是否系行为人的近亲属，情节是否显著轻微、危害不大？"}
KIN = (r"(?:同胞|亲生?)?(?:父亲|母亲|父母|爸爸|妈妈|儿子|女儿|妻子|丈夫|配偶|哥哥|弟弟|姐姐|妹妹|兄弟|姐妹|祖父|祖母|爷爷|奶奶|外公|外婆"
       r"|孙子|孙女|外孙|岳母|岳父|公公|婆婆)")
# the relative is the one taken from: the act, then the relative (趁母亲外出拿走, 向其父亲索要, 以公开其同胞姐姐…相威胁)
ACT_ON_KIN_RE = re.compile(r"(?:趁|从|向|对|偷拿|拿走|窃取|盗走|偷走|偷了|骗取|骗走|骗了|索要|勒索|威胁|公开|容留)[^，。；]{0,6}?"
                           r"(?:其|他的?|她的?|自己的?|本人的?)" + KIN
                           + r"|(?:趁|从|向|对)" + KIN)
# or the relative's own property (母亲的存折, 岳母卧室抽屉)
KIN_PROPERTY_RE = re.compile(KIN + r"[^，。；]{0,4}?(?:的)?(?:存折|银行卡|现金|钱款|存款|积蓄|财物|首饰|手镯|项链|卧室|抽屉|钱包|工资卡|养老金)")
# or the relation named between the two (孙甲称是“亲兄弟”; 他是我弟弟, said by the one taken from; 近亲属的财物)
RELATION_RE = re.compile(r"近亲属的财物|家庭成员的财物|系(?:其|双方|二人)?近亲属|亲兄弟|同胞兄弟|亲姐妹|同胞姐妹|亲姐弟|亲兄妹"
                         r"|是我(?:的)?(?:亲)?(?:弟弟|哥哥|姐姐|妹妹|儿子|女儿|父亲|母亲)")
VICTIM_IS_KIN_RE = re.compile(r"(?:被害人|失主|受害人)[^，。；]{0,6}?(?:系|是|为)(?:其|行为人的?|犯罪嫌疑人的?)" + KIN)


def taken_from_kin(text: str) -> str | None:
    """The words that make a relative of the taker the one taken from, or None."""
    for pattern in (VICTIM_IS_KIN_RE, ACT_ON_KIN_RE, KIN_PROPERTY_RE, RELATION_RE):
        if m := pattern.search(text):
            return m.group(0)
    return None


def with_kin_victim(verdict: dict, offense: str, text: str) -> dict:
    """A met verdict for theft, fraud or extortion of a relative (or harbouring a relative's drug use): undecided, asking
    the relation and the forgiveness (or how slight it was)."""
    if offense not in UNITS or verdict["status"] != "met" or (words := taken_from_kin(text)) is None:
        return verdict
    unit, rule = UNITS[offense]
    return {**verdict, "status": STATUS_UNKNOWN,
            "questions": [f"{QUESTIONS.get(offense, '被害人是否系行为人的近亲属，是否已谅解？')}（{unit}：{rule}）",
                          *verdict.get("questions", [])],
            "notes": [f"案情写明“{words}”：{rule}（{unit}），不能仅凭数额或者次数认定已达到立案追诉标准。", *verdict.get("notes", [])]}
