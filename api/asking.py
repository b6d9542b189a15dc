"""Clauses that ask or argue rather than state: 这还算不算假药？ 够消防责任事故罪吗 有同事说应该按假药的罪.
Read as statements, each met an offense on a question about it. The conduct, the elements and the
clauses' own requirements all skip them."""
from __future__ import annotations

import re

from .holder import CLAUSE_END
from .spans import sentence_bounds

# asked or argued in the clause, not stated: 这还算不算假药？ 是否属于盗伐？ 这种还算冒牌药吗, 请问是否还能…认定为
# 冒牌药, 有同事说…应该按假药的罪, 不同意按假药处理
# (有没有被划进禁渔区, 有无前科: asked too; probe 37a A29 met 在禁渔区 on it)
# (a customer's 好不好吃 too: probe 51c JC13 read its 吃 as 以食用为目的)
ASKED_IN_CLAUSE_RE = re.compile(r"还算|算不算|是不是|属不属于|是否|能否|可否|能不能|有没有|有无|在不在|够不够|算[^，。；？]{0,8}吗"
                                r"|好不好|行不行|对不对|询价|打听")
ARGUED_IN_CLAUSE_RE = re.compile(r"应该?按|应当按|不同意|按[^，。；？]{0,8}(?:处理|的罪|定罪)")
# a clause that asks by its end: 够消防责任事故罪吗
QUESTION_END_RE = re.compile(r"[吗么]$")
# a sentence a record puts as the interviewer's question: 问：…
RECORD_QUESTION_RE = re.compile(r"\s*问[：:]")
ANSWER_RE = re.compile(r"答[：:]")
# a clause that opens as a charge does (构成…罪, 涉嫌…): it names an offense to ask about it, though 属于严重超员
# states a fact, so only offense names are read this way
CHARGE_START_RE = re.compile(r"^(?:够|构成|涉嫌|达到|属于|算)")
# the offense as someone's view of the facts, not a fact: 林业局认为章某涉嫌盗伐林木罪, 其行为涉嫌… (probe 27t: seven
# 移送书 met 假药, 贩卖毒品, 开设赌场, 盗掘古墓葬 and 抗税 on the label, their facts saying 劣药, 自吸, 家庭麻将, 未进行盗掘)
# Also 以盗伐林木罪将章某移送, 以开设赌场罪对刘某立案侦查, 其行为已构成…罪, 定性为盗伐林木, 以涉嫌销售假药将王某移送 (probe
# 27w); not a court's 以…罪判处, which finds the act.
_CLAUSE = f"[^{CLAUSE_END}]"
# (以…罪 only before what an authority does with it: 王某以暴力方法抗拒缴纳税款构成抗税罪 states 以暴力方法)
PROCEDURE_AFTER = r"(?=将|对|把|向|移送|立案|追究|提起|提请|报请|予以|进行|侦查|处理)"
# (按…罪移送, 按假药论处: how a case is or was treated, probe 36a: 过去这种按假药论处 stated no sale of 假药)
# (a document's title ends its label: 涉嫌犯罪案件移送书：魏某拖欠9名工人工资…, probe 51a JA19)
# (and a judgment's case title: 上诉人马某虚开增值税专用发票一案 names the charge, probe 52a KA37)
CHARGE_LABEL_RE = re.compile(rf"(?:上诉人|原审被告人|被告人|被上诉人)[^{CLAUSE_END}]{{1,40}}?一案|涉嫌[^{CLAUSE_END}：:]{{1,30}}|以[^{CLAUSE_END}以]{{1,12}}?罪{PROCEDURE_AFTER}|构成{_CLAUSE}{{1,20}}?罪"
                             rf"|定性为{_CLAUSE}{{1,20}}|按[^{CLAUSE_END}按]{{1,12}}?(?:罪|论处)")


def in_charge_label(text: str, start: int, end: int) -> bool:
    """text[start:end] lies in a charge label: 涉嫌… to its clause's end, 以…罪 (not 以…罪判处), 构成…罪, 定性为…
    (构成 alone is left: 构成重伤二级 states a fact)."""
    return any(m.start() <= start and end <= m.end()
               for m in CHARGE_LABEL_RE.finditer(text, max(0, start - 32), min(len(text), end + 32)))


# 不知道货主是谁、有没有许可证 states what someone did not know: an indirect question is no question asked
NOT_KNOWING_RE = re.compile(r"不知道|不清楚|不了解|不确定|不晓得|没问")


def asked_or_argued(clause: str) -> bool:
    asked = [m for m in ASKED_IN_CLAUSE_RE.finditer(clause)
             if not (m.group(0) in ("有没有", "有无", "是不是") and NOT_KNOWING_RE.search(clause, 0, m.start()))]
    return bool(asked or ARGUED_IN_CLAUSE_RE.search(clause))


def asks(text: str, left: int, right: int) -> bool:
    """The clause text[left:right] asks or argues, by its words, its ends or the question mark after it, or stands in a
    record's question (问：过期药就是假药，请问… states no 假药: probe 41a T23 met it)."""
    clause = text[left:right]
    return (asked_or_argued(clause) or bool(QUESTION_END_RE.search(clause)) or text[right:right + 1] in ("？", "?")
            or _in_record_question(text, max(text.rfind(ch, 0, left) for ch in "。！？?!\n") + 1))


def _in_record_question(text: str, sentence: int) -> bool:
    """The sentence opens a record's question: 问： with an answer (答：) after it, or a sentence that 问： opens and a
    question mark ends (问：过期药就是假药，请问…？). An officer's own consultation opens with 问： too and tells the
    facts in it, to a full stop (问：甲公司为了申请贷款虚增营业额…。; probe 58a QA37 read them as asked)."""
    if (m := RECORD_QUESTION_RE.match(text, sentence)) is None:
        return False
    end = min((e for e in (text.find(ch, m.end()) for ch in "。！？?!\n") if e >= 0), default=len(text))
    return ANSWER_RE.search(text, m.end()) is not None or text[end:end + 1] in ("？", "?")


# a supposition earlier in the sentence: what follows it up to the sentence's end did not happen (若按另一份合同成交价格确定
# 完税价格，偷逃应缴税额为9.8万元, probe 49b HB31; 如果其中有一部分被抵扣了，那就另当别论, probe 58a QA37 lifted the
# 税收解释（2024）第十条第二款 exception's bar on it)
CONDITIONAL_BEFORE_RE = re.compile(r"(?:若(?!干)|如果|假如|倘若|要是|假设|万一)[^。；？]{0,30}$")


def supposed(text: str, at: int) -> bool:
    """The words at `at` follow a supposition earlier in their sentence (CONDITIONAL_BEFORE_RE)."""
    return CONDITIONAL_BEFORE_RE.search(text, sentence_bounds(text, at, at)[0], at) is not None


def unasked_clause(text: str, start: int, end: int) -> bool:
    """The clause around text[start:end] (between ，。；！？) states rather than asks."""
    left = max(text.rfind(ch, 0, start) for ch in "，。；！？,;") + 1
    right = min((e for e in (text.find(ch, end) for ch in "，。；！？,;") if e >= 0), default=len(text))
    return not asks(text, left, right)


# a clause that opens on a view whose holder an earlier clause names: 经办人援引旧法…的规定，认为应以假药移送 (probe 49b HB40
# met 假药 on it); not the charge a court tried (公诉机关…，认为被告人…以限制人身自由的方法强迫他人劳动) nor a court's own holding
VIEW_LEAD_RE = re.compile(r"\s*(?:并|均|也|都|则)?认为")
CHARGING_RE = re.compile(r"公诉机关|检察院|公诉人|本院|法院|指控")


# the people whose view is no finding (事故处理民警认为骨折即属重伤, 辩护人认为损失应按下限90万元计算)
# (and in training papers, a candidate's or the model answer's: 甲学员认为：…, 参考答案要点：…; probe 55a)
VIEW_HOLDERS = ("人员|民警|警察|交警|承办人|办案人|经办人|检察官|律师|辩护人|家属|有人|委员会|债权人|管理人"
                "|学员|考生|选手|参赛者|答题人"
                # an expert's word at a meeting, not an appraisal (一名专家认为“存在…现实危险”，另一名专家认为…; probe 66a YA29)
                "|专家"
                # a report's reviewer (复核人意见：'系假冒两种注册商标…已达标准。', probe 58b QB06)
                "|复核人|审核人|审批人|核查人|复查人|审查人"
                # the harmed side's reckoning (车主们认为焦某造成的损失共计3.92万元; probe 68b ZE16)
                "|车主|失主|被害人|受害人|被害方|举报人|投诉人|代理人"
                # the press's word (当地媒体报道为“三名童工”: probe 78c met 三人以上 on it, two of the three were over 十六周岁)
                "|媒体|记者|网友"
                # a party's own (公司负责人认为“事发当时没有人死亡…”, probe 100a read 死亡0人 from it)
                "|负责人|老板|当事人")
# an investigator's or a station's view (侦查员意见：“轨迹信息查获58条，已超50条。”; 派出所意见：…, probe 61b); only where
# they say 意见 or 认为: an investigator's 备注 reports what was found (侦查员备注：经…鉴定，该处为东汉砖室墓)
OFFICER_VIEW_HOLDERS = ("侦查员|稽查员|调查员|执法员|检查员|巡查员|协管员|办案员|监察员|督察员|网格员|派出所|林业站|管理站|执法队|中队|大队"
                        # a colleague's or a team's (有同志认为…; 案件组认为…, probe 62a)
                        "|同志|案件组|专案组|办案组|工作组"
                        # an inquiry team's or a fire command's own reckoning (调查组认为：三笔担保合计4000万元…; 现场指挥部意见：
                        # 过火林地总面积3.7公顷…折算…; 有同事据此折算“纯甲基苯丙胺仅约1.8克”: probe 75)
                        "|调查组|核查组|检查组|督查组|指挥部|同事"
                        # a head's (所长认为“私自放走被关押的人，就是私放在押人员”, probe 89a)
                        "|所长|站长|院长|主任|领导"
                        # a customs inspector's (查验关员认为“外观这么真，肯定够走私武器”, probe 96a)
                        "|关员|科长|队长|组长")
# an agency's own report, not an expert's or an accident inquiry's finding (鉴定报告, 检验报告, 事故调查报告)
AGENCY_REPORT = r"(?<!鉴定)(?<!检验)(?<!检测)(?<!审计)(?<!评估)(?<!勘验)(?<!化验)(?<!监测)(?<!事故调查)报告"
# a view set out after a colon to its sentence's end, or a report's conclusion drawn on a cited rule or on nothing found:
# 调查终结报告认为：吸收资金超过一百万元，给存款人造成损失超过五十万元，达到…立案标准; 报告结论：已售与待售合计7.7万元;
# 案件审核意见：“…应移送”; 报告未查明该通道是否允许社会机动车通行，即认定…; 报告依据…的规定，认定其销售假药 (probe 51a: nine
# transfer papers met or missed a threshold on the agency's own conclusion, some citing a wrong standard)
VIEW_OPENING_RE = re.compile(
    # (not a paper issued: 授意下属出具审核意见，并亲自签批… sets out no view, probe 85a)
    # (or a unit's: 办案单位初步意见认为，…总面额未达一万元; 移送单位意见认为：…20万元以上即应立案, probes 86a-b)
    rf"(?:{AGENCY_REPORT}|(?<!出具|作出|签署|签发)审核|(?<!出具|作出|签署|签发)审查|讨论记录|执法记录|讨论|会议|处理|复函|回函|答复|材料|{VIEW_HOLDERS}|{OFFICER_VIEW_HOLDERS}|[局科队]|部门|单位|(?<!公诉)机关)"
    r"(?:(?!鉴定|检验|检测|评估|审计|认定)[^，。；：:]){0,6}?(?:(?:认为|结论(?:为|是)?|意见(?:称|认为|是)?|主张|提出|观点|表示|写道)[：:“，,]"     # 移送函认为“…”, 辩护人认为，… (probe 56c PC20, PC37); 民警的初步意见是“…” (probe 71a AA01); 核审时有人提出：… (71b AB14); 材料结论为“…” (74a DA34)
    # its object named, then its words quoted: 查验科科长认为该批货物“…肯定是洋垃圾” (probe 85b)
    r"|认为[^，。；：:“”]{1,10}“"
    # a proposal of how to count: 有同事主张把其兄的两次合并计算为三次 (probe 93a met 三次以上 on it)
    r"|主张(?=把|将|按|以|应)"
    r"|写明“|写有“|注明“|记载“|统计“|报道(?:为|称)?“"      # 执法人员在笔录中写明“合计倾倒废物4.1吨，超过三吨” (probe 66b YB06); 执法人员初步统计“标识数量为12600件” (71c AC24); 派出所的立案审查表写有“诈骗金额约六千元” (69b ZH18)
    # their own worked sum, which may slip: 侦查员计算过程：“1000万×12%×8/12＝80万元…” (probe 63b)
    r"|计算(?:过程|方法|结果)?[：:])"
    rf"|{AGENCY_REPORT}[^。；]{{0,60}}?(?:即|，|,)认定"
    # a rule cited, then the view said: 同事引用2017年补充规定第十七条的但书，说“…”，所以是假药 (verdict_traps_consultations #40)
    r"|同事(?:引用|援引|依据|根据)[^。；]{0,30}?(?:说|称)[：:“，,]"
    # its own reckoning: 调查终结报告将两年合并计算，逃税36万元占…8.4% (probe 51a JA08)
    rf"|{AGENCY_REPORT}将"
    r"|(?:参考答案|答案要点|评分要点|解题思路)[^，。；：:]{0,4}[：:]"
    # a form's signer and then the signer's view: 审批人：吴某，意见：损失超三十万元 (probe 59c RC04)
    rf"|(?:{VIEW_HOLDERS}|审批|签批|负责人)[：:][^，。；：:]{{1,8}}?[，,\s]*(?:审批|审核|复核)?意见[：:]"
    # a colleague's or a team's view, its 认为 run on: 有同志认为五年内已受两次行政处罚…; 案件组认为B厂假冒两种注册商标 (probe 62a)
    rf"|(?:{OFFICER_VIEW_HOLDERS})[^，。；：:]{{0,4}}?认为"
    # (and anyone's whose view is no finding, run on too: 稽查人员认为两次共11份…已经达标; 承办人认为欠薪总额15.6万元…: probe 75-77)
    rf"|(?<!鉴定)(?<!检验)(?<!评估)(?:{VIEW_HOLDERS})[^，。；：:]{{0,4}}?认为"
    # a report's section of views: 三、意见：…; 拟办意见：… (probe 62a)
    # (not a memo's heading before its facts: 研究意见：本案：…)
    r"|(?:^|(?<=[\n。]))\s*(?:[一二三四五六七八九十]+、\s*(?:拟办|处理|审核|初步)?|拟办|处理|审核|初步)意见[：:]"
    # a transferring agency's letter on what the facts amount to (县人社局移送函，认定'构成强迫劳动': probe 64c WC27)
    # (or with the text it cites between: 移送意见引用立案追诉标准第十七条，认为“…按假药论处”, probe 65a XA40)
    r"|(?:移送函|移送书|移送意见书?|建议函)(?:中|初稿|草稿|[^。；：:“”]{0,20}?[，,])?(?:认定|认为|写道|称|表示|写明“)"
    # what the party putting an exhibit forward says it proves (证据目录: 证明目的：使生产遭受损失二万元以上; probe 64c)
    r"|证明(?:目的|内容|对象)[：:]"
    # one of two views set side by side: 一种意见认为陈某超速，应负主要责任；另一种认为… (probe 58a QA10)
    r"|(?:一种|另一种|第一种|第二种|有的|少数|多数)(?:意见|观点|看法)?认为"
    # (or a view put without its holder: 讨论中有意见认为本案共查获枪支2支…, probe 77c)
    r"|有(?:意见|观点|看法|声音)认为"
    # an officer's own summary of evidence pasted above it: 民警摘要：“收款8800元、12000元，合计2.08万元” (probe 55b NB24)
    rf"|(?:{VIEW_HOLDERS})的?(?:摘要|小结|总结|备注)[：:]")


# their own adding up (侦查人员将进项、销项税额相加，认定…; 办案人员将10份发票合并计算，认为…; probe 64b WB12, WB37) or
# reckoning (稽查人员在移送材料中按“113万元×13%”计算…, WB04): the view opens at 将 or 按, so the figures it adds are its own
# or one drawn on a basis they name (承办人按标价计算库存价值…认定非法经营数额6.6万元; 办案民警以购物发票价格认定盗窃数额;
# 承办人按171份合同认定对象已超过一百五十人; 承办人据此认为马某负主要责任: probe 75a, five sure answers on such reckonings;
# an agency report's own, 稽查报告初稿直接以22万元认定为虚开税额: probe 76b)
# (and a form's or the file's own: 案件汇总表将两张清单相加，记为“虚开发票124份…”; 受案登记表按两条资金记录分别填写，合计为“被骗
# 8000元”; 移送材料把三笔流水都计入，写作“敲诈勒索6000元”: probe 79a, each counted one thing twice)
RECKONING_PAPERS = r"汇总表|登记表|审查表|统计表|审批表|清单|台账|移送材料|案件材料|案件报告"
VIEW_RECKONING_RE = re.compile(rf"(?:{VIEW_HOLDERS}|{OFFICER_VIEW_HOLDERS}|{AGENCY_REPORT}(?:初稿)?|{RECKONING_PAPERS})"
                               rf"(?:(?:将|把)[^。；]{{0,20}}?(?:相加|合并|合计|累计|累加|加总|计入)"
                               rf"|[^。；，,]{{0,10}}?按[“\"][^”\"]{{1,24}}[”\"]计算"
                               rf"|[^。；，,“”]{{0,4}}?(?:按照?|以|据此|依据|根据)[^。；“”]{{0,24}}?(?:计算|认定|估算|折算|推算|认为|判断|估计|主张|填写|统计|计为|记为))")


# a procuratorate's own paper (检察建议书, 要求说明不立案理由通知书): its 本院认为 is the procuratorate's view of what an agency
# should do, not a court's holding on facts (probe 56a PA04 met 一年内曾因盗窃受过行政处罚 on 本院认为李某一年内…)
PROCURATORATE_PAPER_RE = re.compile(r"人民检察院[^。；：:\n]{0,24}?(?:通知书|建议书|意见书|函)")
COURT_PAPER_RE = re.compile(r"人民法院|判决|裁定|本院审理|经审理")
OWN_VIEW_RE = re.compile(r"本院(?:经审查)?认为")
VIEW_SENTENCE_END = "。！？\n"     # a view runs on past ；, to its sentence's end


# a paper's title heading the facts it sets out: 案件审核意见：郑某组织二十人…, 派出所移送意见：… (not its words quoted:
# 案件审核意见：“…应移送”, which is the paper's own conclusion; probe 94a read every fact under such a title as a view)
PAPER_TITLE_RE = re.compile(r"[^，。；：:“”\s]{1,12}意见[：:](?!“)")


def _paper_title(text: str, view: re.Match) -> bool:
    """The view's opening is the title the text starts with (案件审核意见：…), not a view set out in the facts."""
    title = PAPER_TITLE_RE.match(text)
    return title is not None and view.start() < title.end() and view.end() <= title.end()


def in_view_sentence(text: str, at: int) -> bool:
    """The words at `at` follow, in their sentence, a view set out to its end (VIEW_OPENING_RE), held by someone other
    than the prosecutor or the court; or a procuratorate's paper's own 本院认为."""
    start = max(text.rfind(ch, 0, at) for ch in VIEW_SENTENCE_END) + 1
    if OWN_VIEW_RE.search(text, start, at) and PROCURATORATE_PAPER_RE.search(text) and not COURT_PAPER_RE.search(text):
        return True
    view = VIEW_OPENING_RE.search(text, start, at)
    if view is not None and _paper_title(text, view):
        view = None
    end = min((i for i in (text.find(ch, at) for ch in VIEW_SENTENCE_END) if i >= 0), default=len(text))
    reckoned = VIEW_RECKONING_RE.search(text, start, end) if view is None else None
    if reckoned is not None and reckoned.start() < at:
        view = reckoned
    return view is not None and CHARGING_RE.search(text, start, view.end()) is None


def opens_on_view(text: str, left: int, at: int) -> bool:
    """The clause from `left` opens on 认为 and what follows up to `at` is that view, held by someone other than the
    prosecutor or the court; or its sentence sets out such a view before it (in_view_sentence)."""
    if in_view_sentence(text, at):
        return True
    if not VIEW_LEAD_RE.match(text, left, at):
        return False
    start = max(text.rfind(ch, 0, left) for ch in "。！？\n") + 1
    return CHARGING_RE.search(text, start, left) is None


# a rule's words quoted (侦查机关依据“引诱、容留、介绍二人次以上卖淫”的规定，认为…: probe 53b LB23 met 二人次 on it)
# (a text's title between: 所长引用《…解释》第一条“总面额在2000元以上”的规定, probe 97a met 伪造货币罪 on it)
# (or borrowed: 同事套用安全评价人员“直接经济损失一百万元以上”的标准, probe 99a; 同事套用“车票、船票…”的标准, probe 103c)
# (or a text named without its title marks: 引用2008年立案追诉标准（一）第九十四条“…”, probe 100a)
QUOTED_RULE_OPEN_RE = re.compile(r"(?:依据|根据|按照|援引|适用|依照|引用|套用|参照|比照|照搬|搬用)(?:《[^《》“”]{1,60}》)?[^“”。；]{0,24}“[^”]*$")
QUOTED_RULE_CLOSE_RE = re.compile(r"[^“”]*”(?:的)?(?:规定|标准|条款|条文)")
CITED_ARTICLE_RE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条|》")     # the quote opened on an article or a text's title
QUOTED_RULE_REACH = 60


def in_quoted_rule(text: str, start: int, end: int) -> bool:
    """The words at start..end stand inside a rule's words quoted: the quote closed as a rule (“…”的规定), or opened on the
    article it cites (引用…第九十四条“非法经营数额五千元以上…”). Such words are the law cited, not the facts."""
    opened = QUOTED_RULE_OPEN_RE.search(text, max(0, start - QUOTED_RULE_REACH), start)
    if opened is None:
        return False
    return bool(CITED_ARTICLE_RE.search(opened.group(0).partition("“")[0]) or QUOTED_RULE_CLOSE_RE.match(text, end))
