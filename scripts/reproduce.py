"""Run every named evaluation condition in eval/conditions.yaml and fail on a drop.

Each condition is one of our eval scripts with --json; its expected scores sit beside it in the
file, so a reviewer sees what a change moved and the command that shows it. Conditions that need
data end users do not have (../shared) are skipped with the reason. Exit status 1 when any score
falls more than the tolerance below its expected value.

The ranking config in effect (indexer/ranking.py defaults, XIANJIE_RANKING_FILE, then --set) is
printed first and passed to every condition; each condition reports the config it ran with, and a
mismatch fails the run. Expected scores are for the defaults.

Usage: python scripts/reproduce.py [--data-dir D] [--only NAME ...] [--set name=value ...]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONDITIONS = ROOT / "eval" / "conditions.yaml"
sys.path.insert(0, str(ROOT))

from api.runtime import add_ranking_arguments, describe_ranking, ranking_config  # noqa: E402


def metric(result: dict, dotted: str):
    """`hybrid+graph.mrr` → result["hybrid+graph"]["mrr"] (keys may hold '+' and '@', never '.')."""
    value = result
    for key in dotted.split("."):
        value = value[key]
    return value


def command_line(condition: dict, data_dir: str | None, assignments: list[str] = ()) -> list[str]:
    args = []
    for part in condition["command"]:
        if part == "{data_dir}":
            args += ["--data-dir", data_dir] if data_dir else []
        else:
            args.append(part)
    return [sys.executable, str(ROOT / args[0]), *args[1:], *(arg for a in assignments for arg in ("--set", a))]


def run(condition: dict, data_dir: str | None, tolerance: float,
        assignments: list[str] = (), ranking: dict | None = None) -> list[tuple[str, float, float, bool]]:
    proc = subprocess.run(command_line(condition, data_dir, assignments), cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{condition['name']}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    result = json.loads(proc.stdout)
    if ranking is not None and result.get("ranking", ranking) != ranking:
        raise RuntimeError(f"{condition['name']} ran with another ranking config than the one printed: {result['ranking']}")
    rows = []
    for key, expected in condition["expect"].items():
        got = float(metric(result, key))
        rows.append((key, expected, got, got >= expected - tolerance))
    return rows


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data-dir", help="the built index to evaluate (default: the configured one)")
    p.add_argument("--only", nargs="*", help="condition names to run")
    add_ranking_arguments(p)
    args = p.parse_args()
    ranking = ranking_config(assignments=args.ranking_set)
    print(f"ranking config:\n{describe_ranking(ranking)}")
    spec = yaml.safe_load(CONDITIONS.read_text(encoding="utf-8"))
    tolerance = float(spec.get("tolerance", 0.005))
    failed = False
    for condition in spec["conditions"]:
        if args.only and condition["name"] not in args.only:
            continue
        need = condition.get("needs")
        if need and not (ROOT / need).exists():
            print(f"== {condition['name']}: skipped ({need} not present)")
            continue
        print(f"== {condition['name']}: {condition['about']}")
        for key, expected, got, ok in run(condition, args.data_dir, tolerance, args.ranking_set, ranking.flat()):
            failed |= not ok
            print(f"  {key:36s} expected {expected:.3f}  got {got:.3f}  {'ok' if ok else 'DROP'}")
    print("FAILED: a score dropped below its expected value" if failed else "all conditions reproduced")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
