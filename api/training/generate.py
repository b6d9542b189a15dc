"""Compose a question set for a scope (domain, offense, document, difficulty, kinds)."""
from __future__ import annotations

import random
from dataclasses import dataclass

from indexer.analysis import legal_terms

from .questions import DIFFICULTY as _DIFFICULTY, KINDS as _KINDS, Question, QuestionFactory, Rejected
from .typical_questions import DIFFICULTY as _TYPICAL_DIFFICULTY, KIND as TYPICAL_KIND, TypicalQuestions

KINDS = _KINDS + (TYPICAL_KIND,)
DIFFICULTY = {**_DIFFICULTY, TYPICAL_KIND: _TYPICAL_DIFFICULTY}


@dataclass
class Scope:
    count: int = 20
    kinds: tuple[str, ...] = KINDS
    domain: str | None = None
    offense: str | None = None
    document: str | None = None
    difficulty: str | None = None      # easy | medium | hard
    seed: int = 0


def _in_scope(q: Question, scope: Scope) -> bool:
    if scope.domain and scope.domain not in q.domains:
        return False
    if scope.offense and q.offense != scope.offense:
        return False
    if scope.document and not any(c.split(":")[0] == scope.document for c in q.citations):
        return False
    return not scope.difficulty or q.difficulty == scope.difficulty


def _candidates(factory: QuestionFactory, graph, units, scope: Scope, rng: random.Random):
    """(kind, thunk) pairs in a seeded random order, interleaving kinds."""
    per_kind: dict[str, list] = {k: [] for k in scope.kinds}
    for kind in ("threshold", "threshold_cloze"):
        if kind in per_kind:
            per_kind[kind] = [(lambda n=n, k=kind: [q for q in factory.threshold(n) if q.kind == k])
                              for n in graph.nodes_of_kind("Standard")]
    offenses = graph.nodes_of_kind("Offense")
    if scope.offense:
        offenses = [o for o in offenses if o.label == scope.offense]
    for kind in ("article_offense", "offense_article"):
        if kind in per_kind:
            per_kind[kind] = [(lambda n=n, k=kind: [getattr(factory, k)(n)]) for n in offenses]
    if "case_offense" in per_kind:
        per_kind["case_offense"] = [(lambda n=n: [factory.case_offense(n)]) for n in graph.nodes_of_kind("Case")
                                    if n.props.get("case_kind", "judgment") == "judgment"]   # official cases: below
    if TYPICAL_KIND in per_kind:
        per_kind[TYPICAL_KIND] = TypicalQuestions(graph, units, factory.rng).builders()
    for kind in ("penalty_provision", "agency"):
        if kind in per_kind:
            per_kind[kind] = [(lambda n=n, k=kind: [getattr(factory, k)(n)]) for n in graph.nodes_of_kind("Violation")
                              if not n.props.get("derived")]     # questions only from reviewed links (graph.linkage_derive)
    if "statute_cloze" in per_kind:
        terms = legal_terms()
        docs = [scope.document] if scope.document else [d["id"] for d in units.documents() if d["type"] in ("statute", "interpretation")]
        pool = []
        for doc_id in docs:
            doc = units.document(doc_id)
            if doc is None or (scope.domain and scope.domain not in doc["front_matter"].get("domains", [])):
                continue
            pool += [u for u in doc["units"] if u["kind"] == "article"]
        rng.shuffle(pool)
        per_kind["statute_cloze"] = [(lambda u=u: [factory.statute_cloze(u, terms)]) for u in pool[:400]]
    for items in per_kind.values():
        rng.shuffle(items)
    while any(per_kind.values()):
        for kind in list(per_kind):
            if per_kind[kind]:
                yield per_kind[kind].pop()


def generate(graph, units, scope: Scope) -> tuple[list[Question], dict]:
    """Up to scope.count distinct questions; stats say how many candidates were rejected and why."""
    rng = random.Random(scope.seed)
    factory = QuestionFactory(graph, units, seed=scope.seed)
    chosen: dict[str, Question] = {}
    stems: set[str] = set()
    stats = {"rejected": 0, "out_of_scope": 0, "duplicates": 0}
    for build in _candidates(factory, graph, units, scope, rng):
        if len(chosen) >= scope.count:
            break
        try:
            questions = build()
        except Rejected:
            stats["rejected"] += 1
            continue
        for q in questions:
            if not _in_scope(q, scope):
                stats["out_of_scope"] += 1
            elif q.id in chosen or q.stem in stems:
                stats["duplicates"] += 1
            elif len(chosen) < scope.count:
                chosen[q.id] = q
                stems.add(q.stem)
    return list(chosen.values()), stats


__all__ = ["Scope", "generate", "DIFFICULTY", "KINDS"]
