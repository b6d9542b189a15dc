"""Offenses ranked by how closely a question's words match what the law says of each.

The search ranks units (articles, interpretations, cases) and consultation counts the offenses
behind its hits, so an offense whose article is outranked by administrative provisions and judgments
that share the question's everyday words gets no vote at all (收购野生兜兰 reached no 第三百四十四条
hit). Here each offense is one short document of its own: its name, the clauses of 刑法 that define
it, its filing-standard items, the administrative violations that escalate to it, and the officers'
questions labelled with it (corpus/data/officer_questions/: the words officers use for the conduct,
欠薪 for 拒不支付劳动报酬, which the law's words lack). A question is scored against these with BM25
over the search's tokens, which gives every offense a chance.
"""
from __future__ import annotations

import math
import threading
from collections import Counter
from functools import lru_cache
from pathlib import Path

from corpus.curated import checked, load_table
from graph.acts import offense_words
from graph.queries import offense_view, offenses_by_name
from indexer.analysis import tokenize

K1, B = 1.2, 0.75          # BM25's usual values
QUESTIONS_DIR = Path(__file__).resolve().parent.parent / "corpus" / "data" / "officer_questions"


def labelled_questions(directory: Path = QUESTIONS_DIR) -> list[dict]:
    """Every labelled question (q, direction, offense as in the 罪名 list, why), each checked: a
    misspelled field names its file and line. `file` and `line` are added for the fit's folds."""
    out = []
    for path in sorted(Path(directory).glob("*.yaml")):
        for entry in load_table(path) or []:
            checked(entry, path, ("q", "direction", "offense", "why"), name_field="offense")
            out.append({**entry, "file": path.name, "line": entry.line})
    return out


def profile_text(view: dict, unit_text, table_words: list[str] = ()) -> str:
    """The offense's words in the law: name (twice, as the title), defining clauses, standard items,
    escalating violations, and the act table's words for it (graph/acts.py). `unit_text(unit_id)`
    gives a unit's text or None."""
    parts = [view["name"].removesuffix("罪")] * 2
    for a in view["articles"]:
        text = unit_text(a["unit_id"])
        if not text:
            continue
        paragraphs = [p for p in text.split("\n") if p.strip()]
        clauses = [paragraphs[c - 1] for c in a.get("clauses") or [] if 0 < c <= len(paragraphs)]
        parts += clauses or paragraphs
    parts += [alt["text"] for s in view["standards"] for alt in s.get("alternatives", [])]
    parts += [v["name"] for v in view["forward_violations"]]
    parts += table_words
    return "\n".join(parts)


class OffenseProfiles:
    """BM25 over one profile per offense that has a defining article."""

    def __init__(self, profiles: dict[str, str]):
        self.ids = list(profiles)
        docs = [tokenize(profiles[oid]) for oid in self.ids]
        self.tf = [Counter(d) for d in docs]
        self.lengths = [len(d) for d in docs]
        self.mean_length = sum(self.lengths) / max(len(docs), 1)
        df = Counter(t for tf in self.tf for t in tf)
        n = len(docs)
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}

    def ranked(self, text: str, limit: int) -> list[tuple[str, float]]:
        """(offense id, score ÷ the best score), best first, at most `limit`."""
        words = set(tokenize(text)) & self.idf.keys()
        scores = []
        for i, tf in enumerate(self.tf):
            norm = K1 * (1 - B + B * self.lengths[i] / self.mean_length)
            s = sum(self.idf[w] * tf[w] * (K1 + 1) / (tf[w] + norm) for w in words if w in tf)
            if s > 0:
                scores.append((self.ids[i], s))
        scores.sort(key=lambda kv: -kv[1])
        top = scores[0][1] if scores else 1.0
        return [(oid, s / top) for oid, s in scores[:limit]]


def build_profiles(graph, units, questions: list[dict]) -> OffenseProfiles:
    """One profile per offense with a defining article: the law's words plus `questions` labelled
    with it (a label the graph does not know is skipped: a small test corpus lacks most offenses)."""
    def unit_text(unit_id):
        u = units.unit(unit_id)
        return u["text"] if u else None
    nodes = offenses_by_name(graph, sorted({q["offense"] for q in questions}))
    asked: dict[str, list[str]] = {}
    for q in questions:
        if q["offense"] in nodes:
            asked.setdefault(nodes[q["offense"]].id, []).append(q["q"])
    profiles = {}
    words = offense_words()
    for node in graph.nodes_of_kind("Offense"):
        view = offense_view(graph, node.id, top_cases=0)
        if view and view["articles"]:
            profiles[node.id] = "\n".join([profile_text(view, unit_text, words.get(view["name"], [])), *asked.get(node.id, [])])
    return OffenseProfiles(profiles)


_lock = threading.Lock()


@lru_cache(maxsize=2)
def _profiles_of(graph, units) -> OffenseProfiles:
    return build_profiles(graph, units, labelled_questions())


def offense_profiles(graph, units) -> OffenseProfiles:
    """The profiles of this build's graph, made at first use (about a second on the embedded graph)."""
    with _lock:
        return _profiles_of(graph, units)
