"""Which guns, rounds and explosives the facts name. 爆炸物解释（2001）第一条、第四条 count each kind apart (枪支一支, 子弹十发,
气枪铅弹五百发, 炸药一千克, 雷管三十枚, 导火索三十米): a theft of detonators and fuse named as all that was taken holds no gun
and no round, so their items are not reached rather than asked (probe 98a was asked how many guns a miner took from the
explosives store)."""
from __future__ import annotations

import re

from .object_kinds import KindFamily, other_kinds_only

KINDS = (
    ("枪支", ("枪支", "猎枪", "手枪", "步枪", "气枪", "火药枪", "仿真枪", "霰弹枪", "冲锋枪", "机枪", "火枪", "钢珠枪")),
    ("子弹", ("子弹", "枪弹", "弹药", "弹壳")),
    ("铅弹", ("铅弹",)),
    ("炸药", ("炸药", "发射药", "黑火药", "硝铵", "乳化", "TNT")),
    ("烟火药", ("烟火药", "烟花", "鞭炮", "爆竹")),
    ("雷管", ("雷管",)),
    ("导火索", ("导火索", "导爆索")),
    ("手榴弹", ("手榴弹",)),
)


def _weapon_counted(metric: str) -> frozenset[str]:
    """The one kind a metric counts, by its last thing named (以火药为动力的发射枪弹非军用枪支 counts 枪支, 气枪铅弹 铅弹)."""
    for kind, words in (("枪支", ("枪支",)), ("铅弹", ("铅弹",)), ("子弹", ("子弹",)), ("烟火药", ("烟火药",)),
                        ("炸药", ("炸药", "黑火药", "发射药")), ("雷管", ("雷管",)), ("导火索", ("导火索", "导爆索")),
                        ("手榴弹", ("手榴弹",))):
        if any(metric.endswith(w) for w in words):
            return frozenset({kind})
    return frozenset()


WEAPONS = KindFamily(KINDS, counted_by=_weapon_counted)
# a gun's kind in the law's words names no rounds: 该猎枪系以火药为动力发射枪弹的非军用枪支
GUN_KIND_WORDS_RE = re.compile(r"发射枪弹|发射子弹")


def _without_kind_words(text: str) -> str:
    return GUN_KIND_WORDS_RE.sub("", text)


def other_weapon_only(metric: str, text: str) -> str | None:
    """The kinds of gun, round or explosive the facts name, where the metric counts a kind they do not name."""
    return other_kinds_only(WEAPONS, metric, _without_kind_words(text))


PIECE_UNITS = frozenset({"支", "发", "枚"})     # counted pieces; a weight needs its own words (连同塑料桶称重1.06千克)

# words that say a gun or round is military (五四式手枪, 部队制式步枪)
MILITARY_WORDS = ("军用", "部队", "军队", "制式", "五四式", "五六式", "七七式", "八一式", "九二式", "九五式")
# what a metric says of its kind beyond the thing (以火药为动力, 以压缩气体等为动力, 军用) and the words that state it: a count of
# the kind's pieces meets such a metric only where the facts say that much (钢珠枪一支 is no 以火药为动力的枪支 unless said)
QUALIFIERS = ((re.compile(r"火药为动力"), ("火药",)),
              (re.compile(r"压缩气体"), ("压缩气体", "气枪", "气步枪", "气手枪", "气动", "PCP")),
              (re.compile(r"(?<!非)军用"), MILITARY_WORDS))


def sole_kind_counted(metric: str, text: str) -> bool:
    """The facts name one kind only, the one the metric counts, and state what the metric says of that kind: its count
    needs no more words of the metric (窃走猎枪一支…该猎枪系以火药为动力发射枪弹的非军用枪支 counts 枪支 though 猎枪 shares no
    words with the metric; probe 98a)."""
    counted = WEAPONS.counted(metric)
    if any(qualifier.search(metric) and not any(w in text for w in words) for qualifier, words in QUALIFIERS):
        return False
    return bool(counted) and WEAPONS.named(_without_kind_words(text)) == counted
