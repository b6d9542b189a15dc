"""An email or message thread between agencies, newest message first, quoting the older ones (> …, ——原始邮件——): what an
older message says is what was said then, which the newer ones correct, withdraw or settle (probe 60c: nine of forty
threads were sure and wrong on a quoted figure the reply had corrected). The quoted lines are left out: a fact only they
state is asked for, not taken as found."""
from __future__ import annotations

import re

QUOTED_LINE_RE = re.compile(r"^[ \t]*(?:>[ \t]*)+(?P<body>.*)$", re.M)
ORIGINAL_MARK_RE = re.compile(r"^[ \t]*(?:>[ \t]*)*-*—*\s*原始邮件\s*—*-*[ \t]*$", re.M)


def newest_said(text: str) -> str:
    """The thread without its quoted lines; text without quoted lines as it is."""
    if not QUOTED_LINE_RE.search(text):
        return text
    text = ORIGINAL_MARK_RE.sub("", text)
    return QUOTED_LINE_RE.sub("", text)
