"""Session 62: four old sure-and-wrong answers. A first report that a run-on chat's next clause settles, a new 事故认定书
made on review, a victim named by role as the clause's subject, a lawful in-licence part of a mining total, and 没用
before a means. Each reading had given a sure verdict the stated facts do not support."""
import pytest

from .conftest import judgement


@pytest.mark.parametrize("offense,text,statuses", [
    # the first report's three 重伤 are settled by the appraisal the next clause gives: one 重伤, loss under the 2015 line
    ("重大责任事故罪", "汇报下 2025年7月 某建筑工地塔吊吊装时钢丝绳断裂 现场施工员违章指挥 初报重伤3人 后来司法鉴定出来了 1人重伤二级 "
                "另外2人轻伤一级 没有死亡 直接经济损失核定86万元", {"not_met"}),
    # the same report settled in a sentence of its own still counts nothing
    ("重大责任事故罪", "事故初报重伤3人。后经司法鉴定，1人重伤二级，另外2人轻伤一级，没有死亡，直接经济损失核定86万元。", {"not_met"}),
    # the new finding a review ordered is the share; the one death is the victim named by role
    ("交通肇事罪", "钱某驾驶货车与一辆电动自行车相撞，电动自行车驾驶人经抢救无效死亡，无其他人员伤亡，财产损失约2万元且钱某已赔付。"
              "钱某持有效驾驶证，经检测未饮酒、未吸毒，车辆未超载，事故后留在现场报警。首次事故认定书认定钱某负主要责任；复核后"
              "上一级公安交管部门责令重新认定，重新作出的认定书认定钱某负同等责任。", {"not_met"}),
    # without a review the first finding stands
    ("交通肇事罪", "钱某驾驶货车与一辆电动自行车相撞，电动自行车驾驶人经抢救无效死亡。事故认定书认定钱某负主要责任。", {"met"}),
    # part of the total was mined inside the licence: the total is no value of unlawful mining
    ("非法采矿罪", "某石料公司持有采矿许可证，超越许可证规定的矿区范围开采。经价格认定，该期间共销售石料38万元，其中越界开采部分13.6万元，"
              "许可证矿区范围内开采部分24.4万元。", {"unknown"}),
    # 没用暗管 denies the pipe
    ("污染环境罪", "周某把一吨二的废机油（危险废物）拉到城郊荒地直接倒在地面上，没用暗管、渗坑，那里不是水源保护区。", {"unknown"}),
])
def test_session_62_readings(law_store, offense, text, statuses):
    _, verdict = judgement(law_store, text, offense)
    assert verdict["status"] in statuses


@pytest.mark.parametrize("offense,text,statuses", [
    # another company, first named in its own 另查 sentence, supplied the three guns; the peacetime supply and the denied
    # tasks leave nothing open
    ("故意提供不合格武器装备、军事设施罪", "B公司明知一批物资检验不合格，仍于平时供给某部队用于日常训练，计枪支两支、子弹九十发、雷管四百九十九枚、"
                          "炸药四千九百克，直接经济损失八万五千元。训练中一名战士手部擦伤，经鉴定未达轻伤。该批物资未影响任何作战、演习、"
                          "抢险救灾任务，未涉及其他武器装备、军事设施，亦无其他情节。另查，同一时期丙公司另行向该部队提供不合格枪支三支。",
     {"not_met"}),
    # one soldier hired from 1 March to 1 September: six months, dated to the day
    ("雇用逃离部队军人罪", "物流公司老板蒋某明知刘某是逃离部队的士兵，仍从2024年3月1日起雇其做装卸工，直到同年9月1日部队找来时将其带回，"
                  "其间未中断。刘某是普通士兵，蒋某也未阻碍部队带人，只雇用了这一人。", {"met"}),
    # one day short of six months
    ("雇用逃离部队军人罪", "物流公司老板蒋某明知刘某是逃离部队的士兵，仍从2024年3月2日起雇其做装卸工，直到同年9月1日部队找来时将其带回，"
                  "其间未中断。刘某是普通士兵，蒋某也未阻碍部队带人，只雇用了这一人，无其他情节。", {"not_met"}),
    # 没有雇用其他 leaves the one soldier named
    ("雇用逃离部队军人罪", "某建材厂老板冯某明知工人小杨系逃离部队的军人，仍自2023年1月10日起雇用其在厂里搬运，至2023年7月20日被部队找回。"
                  "小杨系普通士兵，冯某未阻碍部队带回，厂里也没有雇用其他逃离部队人员。", {"met"}),
    # two 人次 summed after the acts they count; handed over when searched for
    ("战时窝藏逃离部队军人罪", "战时，李某明知刘某、陈某系逃离部队的普通列兵（非指挥人员，也未担负值班执勤等重要职责），先后各收留一晚并"
                    "提供饭食，合计二人次。部队查找时，李某主动报告并带路交出二人。", {"not_met"}),
    # reporting as soon as educated is no refusal after education
    ("战时拒绝、逃避服役罪", "战时，公民李某接到服役通知后躲到外地亲戚家三天，未按时报到。乡武装部找到他后进行教育，李某当天即返回报到并随队出发。"
                   "李某没有使用暴力、威胁、欺骗手段，没有自伤、自残，也没有联络或煽动他人。除上述情况外李某无其他情节。", {"not_met"}),
    # rescued the next day and no outcry: nothing but the 人次 is left open
    ("不解救被拐卖、绑架妇女、儿童罪", "民警谢某接到被拐妇女父亲的解救请求，以“这是人家家务事”为由未出警。五天后该妇女被收买人转卖至外省，"
                        "至今下落不明。", {"met"}),
])
def test_session_62_military_readings(law_store, offense, text, statuses):
    _, verdict = judgement(law_store, text, offense)
    assert verdict["status"] in statuses
