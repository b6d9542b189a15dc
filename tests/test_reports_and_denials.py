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
