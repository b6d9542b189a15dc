"""Which tickets the facts name. 立案追诉标准（一）第二十九条 counts 车票、船票, 邮票 and 其他有价票证 apart (二千元, 五千元
and 五千元; 五十张, 一千枚, 一百张): forged concert tickets are none of the first two, so a 车票 item is no basis for them
(a 票面 total of 门票 met 车票、船票票面数额 and 邮票票面数额 beside the right item)."""
from __future__ import annotations

from .object_kinds import KindFamily, other_kinds_only

KINDS = (
    ("车票、船票", ("车票", "火车票", "汽车票", "高铁票", "动车票", "客车票", "船票")),
    ("邮票", ("邮票",)),
    ("其他有价票证", ("门票", "入场券", "演唱会票", "球票", "景区票", "机票", "登机牌", "购物券", "提货券", "代金券", "彩票")),
)


def _ticket_counted(metric: str) -> frozenset[str]:
    """A metric counts the kind it opens with (车票、船票票面数额), not kinds it names further on."""
    return frozenset(kind for kind, _ in KINDS if metric.startswith(kind))


TICKETS = KindFamily(KINDS, counted_by=_ticket_counted)


def other_ticket_only(metric: str, text: str) -> str | None:
    """The kinds of ticket the facts name, where the metric counts a kind they do not name; None otherwise."""
    return other_kinds_only(TICKETS, metric, text)


def sole_kind_counted(metric: str, text: str) -> bool:
    """The facts name one kind of ticket only, the one the metric counts: its count needs no more words of the metric
    (伪造邮票并在网上倒卖，经清点共一千二百枚 counts 邮票数量, though no 邮票 stands beside the number; probe 90b)."""
    counted = TICKETS.counted(metric)
    return bool(counted) and TICKETS.named(text) == counted     # (read for a ticket metric only: a scan of the text)
