"""A requirement's option that counts its thing (假冒两项以上他人专利, 知识产权解释（2025）第十条（三）) against the count the
facts give (标注他人一项专利号): read as words, one patent neither stated nor denied the option, and it was asked
(probe 35a A45). Counted in 项 only: 种 is read as a quantity (两种以上注册商标), and 第一项 is an item, not a count."""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int

_N = r"[0-9]{1,3}|[一二两三四五六七八九十]{1,3}"
OPTION_COUNT_RE = re.compile(rf"(?P<n>{_N})项以上(?:他人的?)?(?P<thing>[\u4e00-\u9fa5]{{2,6}})")
GAP = 6     # characters between the count and the thing (一项专利号, 两项他人的发明专利)
FIRST_REPORT_RE = re.compile(r"初报|原报|初步认定|最初|原称|一度认为")
REPORT_REACH = 6


def judge_count(option: str, text: str) -> tuple[str, tuple[int, int]] | None:
    """('stated' | 'denied', the span of the count in the text), or None where the option counts nothing or the text
    gives no count of its thing."""
    m = OPTION_COUNT_RE.search(option)
    if m is None:
        return None
    thing = m["thing"][-2:]                     # 专利
    counts = re.compile(rf"(?<!第)(?P<k>{_N}|多)项[^，。；0-9]{{0,{GAP}}}?{thing}").finditer(text)
    # (not a first report's count, which a check after it corrects: 初报假冒两项专利，经核第二项为喻某本人专利, probe 62c UC28)
    found = next((c for c in counts if not FIRST_REPORT_RE.search(text, max(0, c.start() - REPORT_REACH), c.start())), None)
    if found is None:
        return None
    count = 2 if found["k"] == "多" else parse_chinese_int(found["k"])
    return ("stated" if count >= parse_chinese_int(m["n"]) else "denied"), found.span()
