"""Export refunds and the tax around them (probe 28u): which sum a clause counts, and 刑法第二百零四条第二款."""
import pytest

from graph.standards import requirements_in

from .conftest import judgement


def _compared(law_store, text: str, offense: str) -> list[str]:
    clauses, _ = judgement(law_store, text, offense)
    return [c.get("compared") or "" for st in clauses for alt in st["alternatives"] for c in alt["conditions"]]


def test_tax_paid_and_got_back_by_false_exports_is_no_export_refund_fraud(law_store):
    """刑法第二百零四条第二款: 骗取所缴纳的税款 is judged under 第二百零一条 (逃税); only the part above it is 骗取出口退税."""
    paid_back = "某生产企业在缴纳增值税40万元后，以假报出口的方式骗回其已缴纳的税款25万元。"
    assert judgement(law_store, paid_back, "骗取出口退税罪")[1]["status"] == "not_met"
    beyond = "某生产企业缴纳税款10万元后，以假报出口的方式骗取税款30万元，超过所缴纳的税款20万元。"
    assert judgement(law_store, beyond, "骗取出口退税罪")[1]["status"] == "met"


def test_an_export_refund_is_not_the_tax_on_false_invoices(law_store):
    """税收解释（2024）第十一条 counts the 虚开 invoices' tax; the refund obtained is that tax times a rate: 8万元 decides nothing."""
    text = "某公司让他人为自己虚开增值税专用发票，用于申报出口退税，骗取出口退税款8万元。"
    assert judgement(law_store, text, "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪")[1]["status"] == "unknown"
    assert not any(c.startswith("80000元") for c in
                   _compared(law_store, text, "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪"))


def test_a_declared_customs_value_is_not_the_refund(law_store):
    """第八条's 五十万元 counts the refund, as its 十万元 does: 报关金额300万元 met it (the list's later figures had no metric)."""
    compared = _compared(law_store, "某外贸公司报关金额300万元，多申报的出口退税款6万元。", "骗取出口退税罪")
    assert not any(c.startswith("3000000元") for c in compared) and "60000元 < 100000元" in compared


def test_a_condition_joined_to_an_amount_by_bing_qie_is_kept():
    """第八条第二款（三）: 三十万元以上并且在提起公诉前无法追回 — the second half was dropped, so 35万元 met the higher tier."""
    (req,) = requirements_in("（三）致使国家税款被骗取三十万元以上并且在提起公诉前无法追回的；")
    assert "无法追回" in req.text


@pytest.mark.parametrize("text", ["某公司虚构出口业务骗取出口退税款35万元。"])
def test_the_higher_tier_asks_whether_the_sum_cannot_be_recovered(law_store, text):
    clauses, _ = judgement(law_store, text, "骗取出口退税罪")
    tier = next(st for st in clauses if st["id"] == "std:jieshi-weihai-shuishou-2024:art8:1")
    item = next(a for a in tier["alternatives"] if a["label"] == "（三）")
    assert item["status"] == "unknown"
