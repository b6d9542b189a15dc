"""Interview records (询问笔录: 问：…答：…) read as statements. A bare no says nothing without its question: 问：有没有推搡、
拉扯？答：没有 denies the 推搡, yet read alone the answer denies nothing and the verdict asks what the record already
answers (probe 40c: 50 traps written as records agreed on 18). The denial is restated with the question's words
(答：没有推搡、拉扯), only where the question asks one yes-or-no thing and the answer opens on a bare denial; a question of
two things (偷过别的没有？带没带刀？) or an answer that goes on in its own words is left as written."""
from __future__ import annotations

import re

# one question and its answer: 问：…答：… up to the next question, a line end or the text's end
QA_RE = re.compile(r"问[：:](?P<q>[^\n]*?)\s*答[：:](?P<a>[^\n]*?)(?=\s*问[：:]|\n|$)")
# an answer that opens on a bare denial: 没有，…; 没有。; 不是，…
BARE_DENIAL_RE = re.compile(r"^\s*(?P<no>没有|没|不是|从来没有|从没有|从没|都没有|都没|一次也没有)(?=[，,。；;！!\s]|$)")
# the yes-or-no questions read, each with the thing asked (the pronoun and the question's tail left out; a time said first
# stays first: 以前因为偷东西被处理过吗 → 以前没有因为偷东西被处理过)
_WHO = r"(?:你们?|他们?|她|其|对方|当事人)?"
_WHEN = r"(?P<lead>(?:以前|之前|此前|过去|平时|当时|那天|当天|这两年|这几年|近两年|两年内|一年内|案发前)?)"
YES_NO_RES = (
    # (a short subject stays first too: 那片山是不是禁猎区 → 那片山不是禁猎区)
    re.compile(rf"^{_WHO}(?P<lead>[^？?，,]{{0,6}}?)(?:有没有|有无)(?P<thing>[^？?]{{2,30}}?)[？?]$"),
    re.compile(rf"^{_WHO}(?P<lead>[^？?，,]{{0,6}}?)(?:是不是|是否)(?P<thing>[^？?]{{2,30}}?)[？?]$"),
    re.compile(rf"^{_WHO}{_WHEN}(?P<thing>[^？?，,]{{2,24}}?过?)了?(?:没有|没|吗|么)[？?]$"),
)
# a thing asked after an event (追缴通知下来以后补了没有): restated, the event would read as denied
LATER_CLAUSE_RE = re.compile(r"以后|之后|的时候|时候|后来|然后")
# a sub-question: up to and with its question mark
SUB_QUESTION_RE = re.compile(r"[^？?]+[？?]")


def _thing_asked(question: str) -> tuple[str, str] | None:
    """(the words before the asking, the thing asked) of a question asking one yes-or-no thing; None otherwise."""
    asked = [q.strip() for q in SUB_QUESTION_RE.findall(question)]
    if len(asked) != 1 or question.strip() != asked[0]:
        return None
    for pattern in YES_NO_RES:
        if (m := pattern.match(asked[0])) and not LATER_CLAUSE_RE.search(m["thing"]):
            return m["lead"], re.sub(r"[，,]", "", m["thing"]).removeprefix("有")
    return None


def restated(text: str) -> str:
    """The text with each bare denial in a record restated with the one thing its question asked."""
    if "答" not in text:
        return text
    out, at = [], 0
    for m in QA_RE.finditer(text):
        no = BARE_DENIAL_RE.match(m["a"])
        asked = _thing_asked(m["q"]) if no else None
        if asked is None:
            continue
        lead, thing = asked
        start = m.start("a") + no.end()
        out += [text[at:m.start("a") + no.start("no")], f"{lead}{'不是' if no['no'] == '不是' else '没有'}{thing}"]
        at = start
    return "".join(out) + text[at:] if out else text
