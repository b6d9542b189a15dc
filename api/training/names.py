"""Participant names as people read them: look-alikes (full-width letters, zero-width or control
characters, doubled spaces) become one name, so a round cannot hold two players who look the same."""
from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 30
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn"}   # control, format (zero-width, bidi), private, unassigned


class BadName(ValueError):
    pass


def normalize_name(raw: str) -> str:
    """NFKC, invisible characters removed, whitespace runs made one space, trimmed; BadName when
    nothing readable is left or the result is too long."""
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE)
    text = re.sub(r" +", " ", text).strip()
    if not text:
        raise BadName("name: 姓名不能为空，也不能只含空白或不可见字符")
    if len(text) > MAX_NAME_CHARS:
        raise BadName(f"name: 姓名不能超过 {MAX_NAME_CHARS} 个字符")
    return text


def name_key(name: str) -> str:
    """What two names must differ in to be told apart: case and spaces do not count."""
    return name.casefold().replace(" ", "")
