"""Check and measure the conduct tables (corpus/data/offense_conduct/*.yaml, read by api/conduct.py).

Checks: every entry's offense is an offense of the bundled graph, its unit exists and holds its
`conduct` words, and (with --complete) every offense with a filing standard has an entry.
Measures, on the officers' labelled questions (corpus/data/officer_questions): for each entry, how many
questions labelled with its offense state the act (recall: a met verdict there survives) and how many
labelled with another offense do (where the table would let a met verdict on the wrong offense stand).

With --cases, also on the labelled judgments in ../shared/data/cases: for each entry, the share of the
judgments charged with its offense whose facts (the verdict's sentences cut) state the act or name the
offense. A judgment charged with an offense states its act, so a low share means missing wordings.

Usage: python scripts/check_conduct.py [--file F.yaml] [--complete] [--show N] [--cases [DATA]]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.conduct import CONDUCT_DIR, conducts, stated_conduct  # noqa: E402
from corpus.loader import BUNDLED_CORPUS, load_corpus  # noqa: E402
from graph.extract import build_graph  # noqa: E402
from graph.queries import offense_mentions, offense_view, with_current_names  # noqa: E402
from graph.store import EmbeddedGraphStore  # noqa: E402
from indexer.offense_profiles import labelled_questions  # noqa: E402
from indexer.predict.data import load_cases  # noqa: E402


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--file", help="check only the entries of this table file (a name under the conduct directory)")
    p.add_argument("--complete", action="store_true", help="fail when an offense with a filing standard has no entry")
    p.add_argument("--show", type=int, default=3, help="example questions shown per entry's misses and false hits")
    p.add_argument("--cases", nargs="?", const=str(ROOT.parent / "shared" / "data"), metavar="DATA",
                   help="also measure on the labelled judgments under DATA/cases")
    args = p.parse_args()
    docs = [d for d in load_corpus(BUNDLED_CORPUS).documents if d.type != "case"]
    units = {u.id: u.text for d in docs for u in d.units}
    store = EmbeddedGraphStore.from_graph(build_graph(docs))
    offenses = {n.label: n.id for n in store.nodes_of_kind("Offense")}
    table = conducts(CONDUCT_DIR)
    if args.file:
        from corpus.curated import load_table
        names = {e["offense"] for e in load_table(CONDUCT_DIR / args.file) or []}
        table = {k: v for k, v in table.items() if k in names}
    errors = []
    for name, c in table.items():
        if name not in offenses:
            errors.append(f"{name}: not an offense of the graph")
        elif c.unit not in units:
            errors.append(f"{name}: unit {c.unit} not in the corpus")
        elif _squeeze(c.conduct) not in _squeeze(units[c.unit]):
            errors.append(f"{name}: conduct “{c.conduct}” is not in {c.unit}")
    if args.complete:
        for name, oid in sorted(offenses.items()):
            view = offense_view(store, oid)
            if any(s.get("tier", "filing") == "filing" for s in view["standards"]) and name not in conducts(CONDUCT_DIR):
                errors.append(f"{name}: has a filing standard and no conduct entry")
    # a label under a former name (生产、销售假药罪) counts for the offense's current name
    questions = [{**q, "offense": max(with_current_names(store, {q["offense"]}), key=lambda n: n in offenses)}
                 for q in labelled_questions()]
    for name, c in sorted(table.items()):
        oid = offenses.get(name)
        own = [q for q in questions if q["offense"] == name]
        hit = [q for q in own if stated_conduct(c, q["q"]) or oid in dict(offense_mentions(store, q["q"]))]
        false = [(q["offense"], stated_conduct(c, q["q"]), q["q"]) for q in questions
                 if q["offense"] != name and stated_conduct(c, q["q"])]
        print(f"{name}: own {len(hit)}/{len(own)} state the act; {len(false)} labelled otherwise do "
              f"{dict(Counter(o for o, _, _ in false).most_common(4))}")
        for q in [q for q in own if q not in hit][:args.show]:
            print(f"   miss: {q['q'][:70]}")
        for other, words, q in false[:args.show]:
            print(f"   other ({other}, “{words}”): {q[:60]}")
    if args.cases:
        _on_judgments(Path(args.cases), table, store, offenses, args.show)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


def _on_judgments(data: Path, table: dict, store, offenses: dict, show: int) -> None:
    """Per entry: judgments charged with the offense whose facts state its act or name it."""
    stated, total, misses = Counter(), Counter(), {}
    for case in load_cases(data / "cases"):          # the predictor's reading: official charge names
        facts = case.full_text or case.text          # a judgment's whole facts section, cleaned
        charges = set(case.charges) & set(table)
        named = dict(offense_mentions(store, facts)) if charges else {}
        for offense in charges:
            total[offense] += 1
            if offenses[offense] in named or stated_conduct(table[offense], facts):
                stated[offense] += 1
            else:
                misses.setdefault(offense, []).append(facts)
    print(f"\njudgments charged with an offense of the table: {sum(stated.values())}/{sum(total.values())} state its act")
    for offense, n in sorted(total.items(), key=lambda kv: stated[kv[0]] / kv[1]):
        print(f"{offense}: {stated[offense]}/{n} ({stated[offense] / n:.2f})")
        for facts in misses.get(offense, [])[:show]:
            print(f"   miss: {facts[:90]}")


if __name__ == "__main__":
    sys.exit(main())
