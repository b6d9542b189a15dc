"""Labelled facts for the charge predictor: the case base's judgments and CAIL facts with their
charges (official names) and 刑法 分则 articles (unit-id style: "264", "133-1"), grouped by case
so a held-out split never has one case on both sides.

Grouping (union of both): the same court case number (案号) in the judgment header, and
near-duplicate facts (MinHash over 8-character shingles, Jaccard ≥ 0.5 on the first 1,000
characters) — co-defendants tried in separate judgments, a case in both LeCaRD and CAIL.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from corpus.charges import canonical_charge, charges_in_text
from graph.citations import find_citations

from .features import fact_text

# 分则 (specific offenses) spans articles 102–451; earlier articles (自首, 缓刑, 罚金 …) are about
# sentencing and say nothing about which offense the conduct is.
SPECIFIC_PART = range(102, 452)
CASE_NUMBER_RE = re.compile(r"[（(〔\[]\s*(\d{4})\s*[）)〕\]]\s*([^\s号]{1,30}?号)")
SHINGLE = 8
DUP_CHARS = 1000
DUP_JACCARD = 0.5
MINHASH_BANDS, MINHASH_ROWS = 8, 4
# CAIL's merged label for two offenses; the cited article tells which (364 传播, 363 牟利).
CAIL_OBSCENE = "[制造、贩卖、传播]淫秽物品罪"
# Where a judgment's own findings begin and end: what an officer pastes is the facts as found,
# not the prosecution's account, the defence or the evidence list.
FINDINGS_START_RE = re.compile(r"(?:经审理查明|审理查明|经审理|本院认定|经庭审查明)[，,：:\s]*")
FINDINGS_END_RE = re.compile(r"上述事实|认定上述|以上事实|上列事实|该事实|上述犯罪事实")
FINDINGS_MIN_CHARS = 50


@dataclass
class LabelledCase:
    id: str
    dataset: str            # lecard | cail2018 | lecard-query
    text: str               # cleaned facts (features.fact_text): a judgment's court findings
    charges: list[str]
    articles: list[str]
    case_number: str = ""
    full_text: str = ""     # a judgment's whole facts section, cleaned (evaluation only)


@lru_cache(maxsize=1)
def charge_articles() -> dict[str, tuple[str, ...]]:
    """Official charge → its defining 刑法 articles ("133-1"), from the corpus's 罪名 determinations."""
    from corpus.loader import BUNDLED_CORPUS
    from corpus.parse import parse_file
    from graph.offenses import extract_offenses
    docs = [parse_file(p, BUNDLED_CORPUS) for p in sorted(BUNDLED_CORPUS.rglob("zuiming-*.md"))]
    table: dict[str, tuple[str, ...]] = {}
    for off in extract_offenses(docs):
        arts = tuple(dict.fromkeys(a.unit_id.removeprefix("xingfa:art") for a in off.articles))
        for name in (off.name, *off.aliases):
            table.setdefault(name, arts)
    return table


def _article(number: int, suffix: int) -> str:
    return f"{number}-{suffix}" if suffix else str(number)


def judgment_articles(reasoning: str) -> list[str]:
    """分则 articles of the current 刑法 that the reasoning cites (1979 刑法 citations skipped)."""
    out = []
    for c in find_citations(reasoning):
        if "刑法" not in c.law or "1979" in reasoning[max(0, c.start - 6):c.start]:
            continue
        if c.number in SPECIFIC_PART:
            out.append(_article(c.number, c.suffix))
    return list(dict.fromkeys(out))


def cail_articles(numbers: list[int], charges: list[str]) -> list[str]:
    """CAIL writes 133 for 133之一 (危险驾驶罪); the charge's own article tells which is meant."""
    defined = {a for ch in charges for a in charge_articles().get(ch, ())}
    out = []
    for n in numbers:
        if n not in SPECIFIC_PART:
            continue
        plain = str(n)
        with_suffix = sorted(a for a in defined if a.startswith(plain + "-"))
        out.append(plain if plain in defined or not with_suffix else with_suffix[0])
    return list(dict.fromkeys(out))


def _charges(names: list[str], articles: list[int] = ()) -> list[str]:
    def one(name: str) -> str | None:
        if name == CAIL_OBSCENE:
            return "传播淫秽物品罪" if 364 in articles else "制作、复制、出版、贩卖、传播淫秽物品牟利罪"
        return canonical_charge(name)
    return list(dict.fromkeys(c for c in map(one, names) if c))


def court_findings(facts: str) -> str:
    """The court's findings (经审理查明 … up to the evidence list) of a judgment's facts, cleaned
    (fact_text); the whole facts where no findings section is marked."""
    start = FINDINGS_START_RE.search(facts)
    if not start:
        return fact_text(facts)
    body = facts[start.end():]
    end = FINDINGS_END_RE.search(body)
    if end and end.start() > FINDINGS_MIN_CHARS:
        body = body[:end.start()]
    return fact_text(body) or fact_text(facts)


def load_cases(cases_dir: Path) -> list[LabelledCase]:
    """Both labelled files of ../shared/data/cases; cases without any charge are left out."""
    out = []
    with open(cases_dir / "lecard_candidates.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            charges = _charges(r["charges"])
            if not charges:
                continue
            m = CASE_NUMBER_RE.search(r.get("header", ""))
            number = re.sub(r"\s", "", m.group(1) + m.group(2)) if m else ""
            out.append(LabelledCase(r["id"], "lecard", court_findings(r["facts"]), charges,
                                    judgment_articles(r.get("reasoning", "")), number, fact_text(r["facts"])))
    with open(cases_dir / "cail2018_sample.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            charges = _charges(r["charges"], r["articles"])
            if charges:
                out.append(LabelledCase(r["id"], "cail2018", fact_text(r["facts"]), charges,
                                        cail_articles(r["articles"], charges)))
    return out


def load_queries(query_file: Path) -> list[LabelledCase]:
    """LeCaRD query cases: facts and charges; their articles are the charges' defining articles
    (the queries cite none), which is what a user asking about those facts needs first."""
    out = []
    with open(query_file, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            charges = _charges(r.get("crime", []))
            if not charges:
                continue
            arts = list(dict.fromkeys(a for ch in charges for a in charge_articles().get(ch, ())))
            out.append(LabelledCase(f"lecard-query-{r['ridx']}", "lecard-query", fact_text(r["q"]), charges, arts))
    return out


LECARD2_QUERY_FILES = ("test_query.json", "controversial_query.json")


def load_lecard2_queries(query_dir: Path) -> list[LabelledCase]:
    """LeCaRDv2's query cases (test and controversial files, each id once): the fact description,
    labelled with the charges the judgment's opening accuses of (指控被告人…犯…罪), since the files
    carry no labels; the whole text's charges where the opening names none. Facts from outside the
    case base, in the prosecution's words: the predictor's development set (settings and the top
    class's calibration are chosen on it), LeCaRD v1's queries staying the untouched test."""
    out, seen = [], set()
    for name in LECARD2_QUERY_FILES:
        path = query_dir / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            full, fact = r["query"], r.get("fact", "")
            at = full.find(fact[:30]) if fact else -1
            charges = _charges(charges_in_text(full[:at] if at > 0 else full[:400]) or charges_in_text(full))
            text = fact_text(fact)
            if not charges or not text:
                continue
            arts = list(dict.fromkeys(a for ch in charges for a in charge_articles().get(ch, ())))
            out.append(LabelledCase(f"lecard2-query-{r['id']}", "lecard2-query", text, charges, arts))
    return out


def _minhashes(text: str, seeds: np.ndarray) -> np.ndarray | None:
    body = re.sub(r"\s", "", text)[:DUP_CHARS]
    if len(body) < SHINGLE * 4:
        return None
    shingles = {body[i:i + SHINGLE] for i in range(len(body) - SHINGLE + 1)}
    h = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in shingles],
                 dtype=np.uint64)
    return np.min(h[:, None] ^ seeds[None, :], axis=0)


def case_groups(cases: list[LabelledCase], seed: int = 0) -> list[int]:
    """A group id per case: same 案号 or near-duplicate facts (union–find over both)."""
    parent = list(range(len(cases)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first: dict[str, int] = {}
    for i, c in enumerate(cases):
        if c.case_number:
            union(i, first.setdefault(c.case_number, i))
    rng = np.random.default_rng(seed)
    seeds = rng.integers(0, 2**63, size=MINHASH_BANDS * MINHASH_ROWS, dtype=np.uint64)
    sigs = [_minhashes(c.text, seeds) for c in cases]
    buckets: dict[tuple, list[int]] = {}
    for i, sig in enumerate(sigs):
        if sig is None:
            continue
        for b in range(MINHASH_BANDS):
            buckets.setdefault((b, *sig[b * MINHASH_ROWS:(b + 1) * MINHASH_ROWS].tolist()), []).append(i)
    for members in buckets.values():
        for j in members[1:]:
            if find(j) != find(members[0]) and np.mean(sigs[j] == sigs[members[0]]) >= DUP_JACCARD:
                union(members[0], j)
    return [find(i) for i in range(len(cases))]


def near_duplicates_of(cases: list[LabelledCase], others: list[LabelledCase], seed: int = 0) -> set[int]:
    """Indexes of `cases` whose facts nearly duplicate one of `others` (kept out of training)."""
    groups = case_groups(others + cases, seed)
    outside = {groups[i] for i in range(len(others))}
    return {i for i in range(len(cases)) if groups[len(others) + i] in outside}


def split_by_group(groups: list[int], test_share: float, seed: int) -> tuple[list[int], list[int]]:
    """Seeded split of case indexes: whole groups go to train or to test."""
    ids = sorted(set(groups))
    rng = np.random.default_rng(seed)
    test_groups = set(rng.permutation(ids)[:round(len(ids) * test_share)].tolist())
    train = [i for i, g in enumerate(groups) if g not in test_groups]
    test = [i for i, g in enumerate(groups) if g in test_groups]
    return train, test
