"""Wages paid in full within the period an order set are no refusal (劳动报酬解释（2013）第四条): the two dates decide."""
import pytest

from api.paid_in_time import paid_by_deadline

ORDER = "2025年3月3日向其送达《限期整改指令书》，要求3月13日前支付。"


@pytest.mark.parametrize("paid,in_time", [
    ("李某于3月12日通过银行转账将15万元全部支付给23名工人。", True),
    ("李某于3月20日将15万元全部支付给工人。", False),          # after the deadline: still a refusal within it
    ("李某于3月13日将15万元全部支付给工人。", False),          # 3月13日前: the day itself is late
    ("李某于3月12日支付了部分工资，其余部分仍欠。", False),      # in part only
])
def test_a_full_payment_dated_within_the_orders_period(paid, in_time):
    assert (paid_by_deadline(ORDER + paid) is not None) is in_time


def test_a_payment_without_an_order_decides_nothing():
    assert paid_by_deadline("李某于3月12日将15万元全部支付给工人。") is None
