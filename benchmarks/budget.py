"""Where a scan's time goes, next to what the speed targets leave for it.

`make bench` says how far exclcheck is from its targets; this says why. On the
benchmark's own file, in this one process, with no profiler (which would slow Python
code more than C), it times each stage of the scan alone, per row:

- the floor: csv.reader over the file, every field touched;
- the prefilter, on every row: the cheap exact test that most rows name no group;
- on the rows it passes (the judged rows), normalising the text, then normalising
  and finding the mentions, then the whole judgement (`Judge.assess`).

It then works out the budget: the targets allow `target x floor` of wall time, on
`cores` processes at best, so `cores x target x floor` of CPU time a row. Less the
csv reading and the prefilter that every row needs (and again less the csv reading
alone, as if the prefilter were free), what is left, spread over the judged rows, is
what one judgement may cost. Printed beside what it does cost.

    python -m benchmarks.budget [--rows N] [--seed N] [--cores N]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: python benchmarks/budget.py
    sys.path.insert(0, str(ROOT))

from benchmarks.bench import TARGETS, dataset, naive, naive_aliases  # noqa: E402
from benchmarks.floor import read as read_every_field  # noqa: E402
from benchmarks.generate import DEFAULT_SEED  # noqa: E402
from exclcheck.dates import parse_date  # noqa: E402
from exclcheck.judge import Judge  # noqa: E402
from exclcheck.normalize import normalize  # noqa: E402
from exclcheck.rules import default_rules_path, load_rules  # noqa: E402

QUICK_ROWS = 100_000
NAIVE_ROWS = 10_000


def fastest(work: Callable[[], object], repeat: int) -> float:
    """The least wall time of `repeat` runs: the others only add the machine's noise."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def read_rows(path: Path) -> list[tuple[str, str, str]]:
    """(activity, date, name) of every data row."""
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        return [(row["activity"], row["date"], row["name"]) for row in reader]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.budget",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    parser.add_argument("--rows", type=int, default=QUICK_ROWS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--cores", type=int, default=len(os.sched_getaffinity(0)), help="default: this machine's"
    )
    args = parser.parse_args(argv)

    path, _meta = dataset(args.rows, args.seed)
    judge = Judge(load_rules([default_rules_path()]))
    rows = read_rows(path)
    count = len(rows)
    could_count = judge.matcher.could_count

    floor = fastest(lambda: read_every_field(str(path)), args.repeat) / count
    prefilter = fastest(lambda: [could_count(text) for text, _, _ in rows], args.repeat) / count
    judged = [(text, parse_date(date), name) for text, date, name in rows if could_count(text)]
    share = len(judged) / count
    texts = [text for text, _, _ in judged]
    norm = fastest(lambda: [normalize(t) for t in texts], args.repeat) / len(judged)
    match = fastest(
        lambda: [judge.matcher.mentions(normalize(t)) for t in texts], args.repeat
    ) / len(judged)
    whole = fastest(lambda: [judge.assess(*row) for row in judged], args.repeat) / len(judged)
    naive_rows = min(NAIVE_ROWS, count)
    aliases = naive_aliases()
    naive_run, _flagged = naive(path, aliases, naive_rows, naive_rows)
    naive_row = naive_run.wall / naive_rows

    us = 1e6
    print(f"{count:,} rows of {path.name}; {len(judged):,} judged ({share:.1%})\n")
    print("cost of each stage, one process:")
    print(f"  floor: csv.reader, every field     {floor * us:8.2f} us a row")
    print(f"  prefilter                          {prefilter * us:8.2f} us a row")
    print(f"  normalise                          {norm * us:8.0f} us a judged row")
    print(f"  normalise and find mentions        {match * us:8.0f} us a judged row")
    print(f"  whole judgement (assess)           {whole * us:8.0f} us a judged row")
    print(f"  naive baseline                     {naive_row * us:8.2f} us a row")
    print(f"\nwhat the targets leave for one judgement ({args.cores} cores, perfect sharing):")
    for label, wall in (
        (f"{TARGETS['vs_floor']:g}x the floor", TARGETS["vs_floor"] * floor),
        (f"{TARGETS['vs_naive']:g}x faster than naive", naive_row / TARGETS["vs_naive"]),
    ):
        cpu = wall * args.cores  # CPU time a row, all cores together
        print(f"  {label}: {cpu * us:.2f} us of CPU a row")
        for stages, spent in (("csv and prefilter", floor + prefilter), ("csv alone", floor)):
            budget = (cpu - spent) / share
            print(
                f"    less {stages}: a judged row may take {budget * us:4.0f} us; "
                f"finding its mentions takes {match / budget:.1f}x that, "
                f"the whole judgement {whole / budget:.1f}x"
                if budget > 0
                else f"    {stages} alone take more than that"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
