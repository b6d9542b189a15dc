"""Learn the consultation's candidate weights (indexer/ranking.py `consult`) from labelled officer questions.

Each question's evidence is gathered once (api.candidates.gather, the served path) and kept as
features per candidate offense; a conditional logit (softmax over a question's candidates, weights
≥ 0, L2) is then fitted on the training questions and every set is scored under the fitted weights
and under the weights in force. Nothing is written to the config: the printed weights go into
indexer/ranking.py (`consult.question`) by hand, with the figures, so the served config stays one
reviewed file.

Only questions (graph/name_words.is_question) are fitted: a narrative keeps the weights in force, which
were measured on the official cases and LeCaRD (eval_consult.py), and is scored under them.

The officers' questions (corpus/data/officer_questions/) are also part of the offense profiles the
service scores against (indexer.offense_profiles); each is featurized against profiles built without its
fold (--folds), so its own words do not find its own offense.

Usage: python scripts/learn_consult.py [--train FILE ...] [--narratives 60] [--short-accounts 119] [--l2 0.01] [--held-out] [--set name=value ...]
Sets: training (the officers' questions, plus --train files: dev and probe 1 by default), dev and probe 1
and probe 2's odd lines (read for fixes), the official cases, and the held-out ones (probe 2's even
lines, probe 3, LeCaRD), scored only with --held-out.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from api.candidates import FEATURE_KNOBS, gather, weights  # noqa: E402
from api.consult import predicted_panel  # noqa: E402
from indexer.offense_profiles import build_profiles, labelled_questions  # noqa: E402
from api.runtime import add_ranking_arguments, open_service, ranking_config  # noqa: E402
from api.settings import get_settings  # noqa: E402
from graph.queries import with_current_names  # noqa: E402

HELD_OUT = ("probe2_held", "probe3", "probe4", "lecard")
# gathering records every feature, whatever the knobs in force weigh
RECORD_ALL = ["consult.question.enabled=true", "consult.question.case_vote=1e-9", "consult.case_vote_weight=1e-9",
              "consult.profile_depth=10"]
# a question's weights the fit leaves as they are: the training questions were written without the
# offense's name, so they cannot tell what naming it is worth
FIXED = frozenset({"named_in_question", "named_in_narrative"})

def _lecard2_rows(graph, worded) -> list[dict]:
    """LeCaRDv2's query facts as items (their text as `worded` gives it), each kept out of its own case's evidence."""
    from eval_predict import own_case_ids
    from indexer.predict.data import load_lecard2_queries
    queries = load_lecard2_queries(ROOT.parent / "shared" / "data" / "lecard2" / "query")
    return [{"q": worded(q.text), "gold": with_current_names(graph, set(q.charges)), "exclude": own_case_ids(q.id)}
            for q in queries]


def load_sets(train_files: list[str], narratives: int, graph, folds: int, short: int = 0) -> dict[str, list[dict]]:
    """Each item: q, gold (a set of names), exclude (documents kept out of its evidence), and for the
    officers' questions the fold whose profiles leave it out."""
    def read(name):
        return [{"q": x["q"], "gold": {x["offense"]}} for x in yaml.safe_load((ROOT / "eval" / name).read_text(encoding="utf-8"))]
    probe2 = read("consult_probe2.yaml")
    # the training files are labelled from the 罪名 list (charges.txt), whose older names the graph maps
    # to the names in force (生产、销售假药罪 → 生产、销售、提供假药罪)
    train = [{"q": x["q"], "gold": with_current_names(graph, {x["offense"]}), "fold": i % folds}
             for i, x in enumerate(labelled_questions())]
    train += [{"q": x["q"], "gold": with_current_names(graph, {x["offense"]})}
              for f in train_files for x in yaml.safe_load(Path(f).read_text(encoding="utf-8"))]
    sets = {"train": train, "dev": read("consult_dev.yaml"), "probe1": read("consult_probe.yaml"),
            "probe2_read": probe2[0::2], "probe2_held": probe2[1::2], "probe3": read("consult_probe3.yaml"),
            "probe4": read("consult_probe4.yaml")}
    if narratives:
        # LeCaRDv2's query facts (the predictor's development set, outside the case base): narratives in
        # the prosecution's words, so the weights also learn what a pasted narrative's evidence is worth
        rows = _lecard2_rows(graph, lambda text: text)
        sets["train"] += rows[0:narratives * 2:2]
        sets["lecard2_rest"] = rows[1::2]
    if short:
        # the same rows' first sentences (≤100 characters) as an officer tells them, with no court's words
        # (张某…致李某死亡。): short accounts, weighed as officer_text routes them
        from eval_consult import officer_worded, short_account
        rows = _lecard2_rows(graph, lambda text: officer_worded(short_account(text)))
        sets["train"] += [r for r in rows[0:short * 2:2] if len(r["q"]) >= 30]
        sets["lecard2_short_rest"] = [r for r in rows[1::2] if len(r["q"]) >= 30]
        # the predictor's held-out judgments' short accounts, so worded: never trained on
        from eval_consult import short_accounts
        cases, facts_of = short_accounts()
        sets["heldout_short_officer"] = [{"q": officer_worded(facts_of(c)), "exclude": frozenset({c.id}),
                                          "gold": with_current_names(graph, set(c.meta["charges"]))} for c in cases]
    # the official forward-linkage cases (案情 only) and LeCaRD's query facts (the predictor's test; held
    # out), each kept out of its own evidence, as eval_consult.py asks them
    from eval_consult import lecard_cases, typical_cases
    from corpus.charges import canonical_charge
    from corpus.loader import load_corpus
    documents = load_corpus(Path(get_settings().corpus_dir)).documents
    for name, (cases, facts_of) in {"typical": typical_cases(documents), "lecard": lecard_cases(documents)}.items():
        sets[name] = [{"q": facts_of(d), "exclude": frozenset({d.id}),
                       "gold": with_current_names(graph, {canonical_charge(c) or c for c in d.meta["charges"]})} for d in cases]
    return sets


def fold_profiles(service, folds: int) -> list:
    """Offense profiles built without each fold of the officers' questions."""
    questions = labelled_questions()
    return [build_profiles(service.graph, service.units, [q for i, q in enumerate(questions) if i % folds != k])
            for k in range(folds)]


def featurize(service, items: list[dict], features: list[str], folds: list) -> list[tuple[list[str], np.ndarray, set[str], bool]]:
    """(candidate names, feature matrix, gold names, whether weighed as a question) per item."""
    out = []
    names: dict[str, str] = {}
    for item in items:
        profiles = folds[item["fold"]] if "fold" in item else None
        ev = gather(service, item["q"], predicted_panel(service.graph, item["q"], service.ranking), item.get("exclude", frozenset()),
                    profiles)
        oids = list(ev.features)
        for oid in oids:
            if oid not in names:
                node = service.graph.node(oid)
                names[oid] = node.label if node else oid
        x = np.array([[ev.features[o].get(f, 0.0) for f in features] for o in oids]).reshape(len(oids), len(features))
        out.append(([names[o] for o in oids], x, item["gold"], ev.officer))
    return out


def evaluate(data, question_w: np.ndarray, narrative_w: np.ndarray) -> tuple[float, float]:
    """hit@1 and hit@3 (any gold offense), questions under `question_w`, narratives under `narrative_w`."""
    ranks = []
    for names, x, gold, question in data:
        s = x @ (question_w if question else narrative_w)
        order = [names[i] for i in np.argsort(-s, kind="stable") if s[i] > 0]
        ranks.append(min((order.index(g) + 1 for g in gold if g in order), default=0))
    n = len(ranks) or 1
    return sum(r == 1 for r in ranks) / n, sum(1 <= r <= 3 for r in ranks) / n


def fit(data, features: list[str], l2: float, start: np.ndarray, questions: bool = True) -> np.ndarray:
    """Weights ≥ 0 maximizing the mean log-probability (softmax over an item's candidates) that a
    gold offense comes first, over the questions (or, `questions` False, the narratives) whose gold
    is a candidate; L2 towards 0."""
    usable = [(x, [i for i, n in enumerate(names) if n in gold]) for names, x, gold, question in data
              if question == questions and gold & set(names)]

    def loss(w):
        total, grad = 0.0, np.zeros_like(w)
        for x, g in usable:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pg = p[g].sum()           # any of the gold offenses first (a judgment may carry several)
            total -= np.log(pg + 1e-12)
            grad -= (p[g] / pg) @ x[g] - p @ x
        return total / len(usable) + l2 * w @ w, grad / len(usable) + 2 * l2 * w
    bounds = [(w, w) if f in FIXED else (0, None) for f, w in zip(features, start)]
    return minimize(loss, np.maximum(start, 0.01), jac=True, method="L-BFGS-B", bounds=bounds).x


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--train", nargs="*", default=[str(ROOT / "eval" / f) for f in ("consult_dev.yaml", "consult_probe.yaml")],
                   help="labelled sets trained on besides the officers' questions")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--l2", type=float, default=0.01)
    p.add_argument("--narratives", type=int, default=0, help="also train on N LeCaRDv2 query facts (even rows; the odd rows are scored)")
    p.add_argument("--short-accounts", type=int, default=0,
                   help="also train on N LeCaRDv2 facts' first sentences, worded as an officer's (even rows), and score the "
                        "rest and the predictor's held-out judgments so worded")
    p.add_argument("--held-out", action="store_true", help="also score the held-out sets (probe 2's even lines, probe 3): "
                   "once, for the chosen setting, so that choosing does not read them")
    p.add_argument("--fit", choices=("question", "narrative"), default="question",
                   help="which weighting to fit (the other stays as in force)")
    p.add_argument("--data-dir")
    add_ranking_arguments(p)
    args = p.parse_args()
    settings = get_settings()
    served = ranking_config(settings, args.ranking_set).consult
    service = open_service(settings, data_dir=args.data_dir, ranking=ranking_config(settings, [*args.ranking_set, *RECORD_ALL]))
    features = list(weights(served, True))
    folds = fold_profiles(service, args.folds)
    sets = {name: featurize(service, items, features, folds)
            for name, items in load_sets(args.train, args.narratives, service.graph, args.folds, args.short_accounts).items()
            if args.held_out or name not in HELD_OUT}
    question_w0 = np.array([weights(served, True)[f] for f in features])
    narrative_w0 = np.array([weights(served, False)[f] for f in features])
    questions = args.fit == "question"
    fitted = fit(sets["train"], features, args.l2, question_w0 if questions else narrative_w0, questions)
    question_w, narrative_w = (fitted, narrative_w0) if questions else (question_w0, fitted)
    print("features:  ", ", ".join(features))
    print("in force:  ", np.round(question_w0, 3).tolist(), f"(questions, enabled={served.question.enabled});",
          np.round(narrative_w0, 3).tolist(), "(narratives)")
    print(f"fitted ({args.fit}s, l2 {args.l2}):", np.round(fitted, 3).tolist())
    for name, data in sets.items():
        q = sum(d[3] for d in data)
        candidate = sum(bool(gold & set(names)) for names, _, gold, _ in data) / len(data)
        before, after = evaluate(data, question_w0, narrative_w0), evaluate(data, question_w, narrative_w)
        print(f"  {name:12s} n={len(data):3d} ({q} questions)  hit@1/@3 in force {before[0]:.3f}/{before[1]:.3f}  "
              f"fitted {after[0]:.3f}/{after[1]:.3f}  (gold a candidate {candidate:.3f})")
    fitted_knobs = [(f"consult.{FEATURE_KNOBS[f][0 if questions else 1]}", w) for f, w in zip(features, fitted) if f not in FIXED]
    print("as settings:", " ".join([f"consult.profile_depth={service.ranking.consult.profile_depth}"]
                                   + [f"{name}={w:.3g}" for name, w in fitted_knobs]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
