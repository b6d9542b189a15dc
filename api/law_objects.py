"""Laws about one kind of thing (corpus/data/law_objects.yaml): a violation one of them penalizes is offered back to the
administration only where the facts name one of its words, so 烟草专卖法第三十三条 is not the 行政处罚依据 for 白酒."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.curated import checked, load_table

OBJECTS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "law_objects.yaml"


@lru_cache(maxsize=2)
def law_objects(path: Path = OBJECTS_FILE) -> dict[str, tuple[str, ...]]:
    """law document id → its words."""
    out = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("law", "words"), name_field="law")
        out[entry["law"]] = tuple(entry["words"])
    return out


def about_the_facts(article_ids: list[str], text: str) -> bool:
    """Each penalizing law that is about one kind of thing names something the facts name."""
    for unit_id in filter(None, article_ids):         # an article the corpus lacks has no unit id
        words = law_objects().get(unit_id.split(":")[0])
        if words and not any(w in text for w in words):
            return False
    return True
