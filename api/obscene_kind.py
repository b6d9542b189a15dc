"""Which kinds of obscene article the facts name. 立案追诉标准（一）第二十五条 and 走私解释（2014）第十三条 count each kind apart
(影碟五十张, 音碟一百张, 书刊一百册, 照片五百张) and add halves of two (第（六）项): discs, books and photos named as all there was
hold no audio discs, so that item is not reached rather than asked (probe 98a was asked the 录音带、音碟 of a traveller
who carried video discs, books and photos)."""
from __future__ import annotations

from .object_kinds import KindFamily, other_kinds_only

KINDS = (
    ("影碟", ("影碟", "录像带", "视频光盘", "DVD", "VCD")),
    ("音碟", ("音碟", "录音带", "CD")),
    ("书刊", ("书刊", "画册", "扑克", "书籍", "杂志", "图书", "小说")),
    ("照片", ("照片", "图片", "画片")),
)
COUNTED = (("影碟", ("录像带、影碟", "影碟")), ("音碟", ("录音带、音碟", "音碟")), ("书刊", ("书刊、画册", "画册")),
           ("照片", ("照片、图片", "照片、画片", "图片")))


def _obscene_counted(metric: str) -> frozenset[str]:
    """The kind a metric counts, by the names it ends on (走私淫秽录音带、音碟 counts 音碟)."""
    if "淫秽" not in metric:
        return frozenset()
    return frozenset(kind for kind, ends in COUNTED if any(metric.endswith(e) for e in ends))


OBSCENE = KindFamily(KINDS, counted_by=_obscene_counted)


def other_obscene_only(metric: str, text: str) -> str | None:
    """The kinds of obscene article the facts name, where the metric counts a kind they do not name."""
    return other_kinds_only(OBSCENE, metric, text)
