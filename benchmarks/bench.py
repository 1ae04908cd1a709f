"""How fast is `exclcheck scan`, next to the floor and to a hand-written baseline?

On one generated file, and in one run, each repeat interleaves:

- floor: Python's csv module reading the file and touching every field (benchmarks/
  floor.py, in its own process, like exclcheck);
- naive: what a competent user would write by hand - for each row,
  rapidfuzz.fuzz.partial_ratio of every alias of the rules against the lower-cased
  text (>= 85), then a keyword check and a date check. It is slow, so it runs in this
  process on the first --naive-rows rows only and its speed is extrapolated;
- exclcheck scan --format jsonl > /dev/null: with default settings (all cores), with
  --jobs 1, and with a 500-organisation rules file (benchmarks/rules500.py).

Medians of the repeats are reported: wall time, rows per second, peak memory, and the
ratios the targets are about. This prints numbers; it is not a test with a time limit.

    python -m benchmarks.bench [--quick] [--rows N] [--repeat N] [--memory-check]

Memory: for a process, the sum of the resident set sizes (VmRSS) of it and all its
descendants (the worker pool), sampled every 50 ms from /proc; the peak of that sum is
reported, and separately the main process's own peak (its VmHWM). Forked workers share
pages with the parent, which a sum of RSS counts twice: the sum is an upper bound.
For the naive baseline, which runs in this process, the peak VmRSS of this process
while it ran (tracemalloc would slow it and count only Python's own allocations).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: python benchmarks/bench.py
    sys.path.insert(0, str(ROOT))

from benchmarks import rules500  # noqa: E402
from benchmarks.generate import DEFAULT_SEED  # noqa: E402

DATA = ROOT / "bench-data"
QUICK_ROWS = 100_000
SAMPLE_SECONDS = 0.05
EARLY_SAMPLE_SECONDS = 0.005  # for the first quarter second: a short run has a peak too
MB = 1024 * 1024
NAIVE_THRESHOLD = 85
# The words a hand-written screen would look for beside a name (substring test).
NAIVE_KEYWORDS = (
    "member", "subs", "joined", "donat", "paid", "sold", "sell", "spoke", "speak", "chair",
    "steward", "wrote", "article", "stall", "candidate", "attend", "organis", "host",
    "committee", "treasurer", "secretary", "contact", "signed up",
)  # fmt: skip
TARGETS = {"vs_floor": 2.0, "vs_naive": 25.0, "memory_mb": 150.0, "orgs500": 3.0}


# -- measuring ---------------------------------------------------------------------


@dataclass
class Run:
    """One measured run of one variant."""

    wall: float  # seconds (for the naive baseline: extrapolated to all rows)
    rows: int
    peak_total: float  # bytes: the peak of the summed RSS of the process tree
    peak_main: float  # bytes: the main process's own peak

    @property
    def rate(self) -> float:
        return self.rows / self.wall if self.wall else 0.0


@dataclass
class Variant:
    key: str
    label: str
    runs: list[Run] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        return statistics.median(float(getattr(run, attribute)) for run in self.runs)


def _kb(path: str, key: str) -> int:
    """The number on the `key` line of a /proc file (in kB; 0 when it is gone)."""
    try:
        with open(path, encoding="ascii", errors="replace") as stream:
            for line in stream:
                if line.startswith(key):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
        pass
    return 0


def _status_kb(pid: int, key: str) -> int:
    return _kb(f"/proc/{pid}/status", key)


def _children_via_task(pid: int) -> list[int] | None:
    """Children from /proc/<pid>/task/*/children (None: the kernel does not offer it)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return []
    children: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as stream:
                children.extend(int(c) for c in stream.read().split())
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task/{task}"):
                continue  # the thread just ended
            return None  # no CONFIG_PROC_CHILDREN: fall back to parent ids
    return children


def _parents() -> dict[int, list[int]]:
    """Every process's children, from the parent id in /proc/<pid>/stat."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stream:
                stat = stream.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])  # the command name may hold spaces
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(pid: int) -> int:
    """The summed VmRSS, in bytes, of `pid` and all its descendants."""
    pids, queue = [], [pid]
    tree: dict[int, list[int]] | None = None
    while queue:
        current = queue.pop()
        pids.append(current)
        children = _children_via_task(current)
        if children is None:
            tree = tree if tree is not None else _parents()
            children = tree.get(current, [])
        queue.extend(children)
    return sum(_status_kb(p, "VmRSS:") for p in pids) * 1024


def run_process(command: Sequence[str], rows: int) -> Run:
    """Run `command` with its output to /dev/null, sampling its memory every 50 ms.

    The main process's peak is its VmHWM (exact up to the last sample); the peak of
    the whole tree is the largest sum of VmRSS seen.
    """
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        peak_total = peak_main = 0
        while True:
            peak_total = max(peak_total, tree_rss(process.pid))
            peak_main = max(peak_main, _status_kb(process.pid, "VmHWM:") * 1024)
            try:
                early = time.perf_counter() - start < 0.25
                process.wait(timeout=EARLY_SAMPLE_SECONDS if early else SAMPLE_SECONDS)
                break
            except subprocess.TimeoutExpired:
                continue
        wall = time.perf_counter() - start
        if process.returncode not in (0, 1):  # 1: exclcheck found something
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"{' '.join(command)} exited {process.returncode}:\n{tail}")
    return Run(wall=wall, rows=rows, peak_total=peak_total, peak_main=peak_main)


class _SelfSampler:
    """Samples this process's VmRSS in a thread, for a run in this process."""

    def __init__(self) -> None:
        self.peak = _status_kb(os.getpid(), "VmRSS:") * 1024
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, _status_kb(os.getpid(), "VmRSS:") * 1024)

    def __enter__(self) -> _SelfSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _status_kb(os.getpid(), "VmRSS:") * 1024)


# -- the naive baseline -------------------------------------------------------------


def _naive_date(text: str) -> dt.date | None:
    for layout in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), layout).date()
        except ValueError:
            continue
    return None


def naive_aliases() -> list[tuple[str, dt.date]]:
    """Every name of every organisation of the default rules, lower-cased, with its ban."""
    from exclcheck.rules import load_rules, rules_paths

    rules = load_rules(rules_paths([]))
    return [
        (alias.text.lower(), org.proscribed_on)
        for org in rules.organisations
        for alias in org.aliases
    ]


def naive(
    path: Path, aliases: Sequence[tuple[str, dt.date]], limit: int, total_rows: int
) -> tuple[Run, int]:
    """The hand-written screen over the first `limit` rows; (run, rows flagged).

    The run's wall time is extrapolated from its speed to all `total_rows`.
    """
    from rapidfuzz import fuzz

    flagged = done = 0
    with _SelfSampler() as sampler:
        start = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream):
                if done == limit:
                    break
                done += 1
                text = row["activity"].lower()
                banned_since = [
                    since
                    for alias, since in aliases
                    if fuzz.partial_ratio(alias, text) >= NAIVE_THRESHOLD
                ]
                if not banned_since or not any(k in text for k in NAIVE_KEYWORDS):
                    continue
                date = _naive_date(row["date"])
                if date is not None and any(date >= since for since in banned_since):
                    flagged += 1
        elapsed = time.perf_counter() - start
    wall = elapsed * total_rows / done if done else 0.0
    return Run(wall=wall, rows=total_rows, peak_total=sampler.peak, peak_main=sampler.peak), flagged


# -- data ---------------------------------------------------------------------------


def _fingerprint() -> str:
    source = (ROOT / "benchmarks" / "generate.py").read_bytes()
    return hashlib.sha256(source).hexdigest()[:16]


def dataset(rows: int, seed: int) -> tuple[Path, dict[str, object]]:
    """The activity file for `rows` and `seed`, generated unless already there."""
    path = DATA / f"activities-{rows}-seed{seed}.csv"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta: dict[str, object] = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("generator") == _fingerprint() and meta.get("bytes") == path.stat().st_size:
            return path, meta
    _say(f"generating {path.relative_to(ROOT)} ({rows:,} rows, seed {seed}) ...")
    # In its own process, so that this one stays small for the naive baseline's memory.
    script = ROOT / "benchmarks" / "generate.py"
    command = [sys.executable, str(script), str(rows), str(path), str(seed), "--json"]
    subprocess.run([*command, str(meta_path)], check=True, stdout=sys.stderr)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(generator=_fingerprint(), bytes=path.stat().st_size)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return path, meta


def _warm(path: Path) -> None:
    """Read the file once so that every variant finds it in the page cache."""
    with path.open("rb") as stream:
        while stream.read(1 << 20):  # small reads: no large buffer left in this process
            pass


# -- reporting ----------------------------------------------------------------------


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as stream:
            for line in stream:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except FileNotFoundError:
        pass
    memory = _kb("/proc/meminfo", "MemTotal:") / MB
    from exclcheck import __version__

    return (
        f"{len(os.sched_getaffinity(0))} cores ({model}), {memory:.0f} GB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
        f"exclcheck {__version__}{_revision()}"
    )


def _revision() -> str:
    """Which code is measured: the commit, and whether src/ had uncommitted changes."""
    import exclcheck

    package = Path(exclcheck.__file__).resolve().parent
    if not package.is_relative_to(ROOT / "src"):
        return f" from {package}"
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "src"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return ""
    return f" at {commit}" + (" with uncommitted changes in src/" if dirty else "")


def _load() -> float:
    """The one-minute load average: other work on the machine makes timings noisy."""
    return os.getloadavg()[0]


def _mb(value: float) -> str:
    return f"{value / MB:.0f}"


def table(variants: Sequence[Variant], repeat: int) -> str:
    lines = [
        f"| run (median of {repeat}) | wall s | rows/s | peak MB, all processes "
        "| peak MB, main process |",
        "|---|--:|--:|--:|--:|",
    ]
    for v in variants:
        lines.append(
            f"| {v.label} | {v.median('wall'):.2f} | {v.median('rate'):,.0f} "
            f"| {_mb(v.median('peak_total'))} | {_mb(v.median('peak_main'))} |"
        )
    return "\n".join(lines)


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def summary(by_key: dict[str, Variant], memory: dict[int, Variant]) -> str:
    wall = {key: v.median("wall") for key, v in by_key.items()}
    vs_floor = wall["default"] / wall["floor"]
    vs_floor_1 = wall["jobs1"] / wall["floor"]
    vs_naive = wall["naive"] / wall["default"]
    vs_naive_1 = wall["naive"] / wall["jobs1"]
    orgs = wall["orgs500"] / wall["default"]
    peak = max(by_key[k].median("peak_total") for k in ("default", "jobs1", "orgs500"))
    lines = [
        "| ratio | default jobs | --jobs 1 | target |",
        "|---|--:|--:|---|",
        f"| exclcheck / floor (wall) | {vs_floor:.1f}x | {vs_floor_1:.1f}x | at most 2x |",
        f"| naive / exclcheck (wall) | {vs_naive:.1f}x | {vs_naive_1:.1f}x | at least 25x |",
        f"| 500 organisations / 7 (wall) | {orgs:.2f}x | - | at most 3x |",
        "",
        f"- within 2x the floor: {_verdict(vs_floor <= TARGETS['vs_floor'])} "
        f"({vs_floor:.1f}x the floor's wall time with default jobs, {vs_floor_1:.1f}x with "
        "--jobs 1)",
        f"- at least 25x faster than the naive baseline: "
        f"{_verdict(vs_naive >= TARGETS['vs_naive'])} ({vs_naive:.1f}x)",
        f"- peak memory at most 150 MB: {_verdict(peak <= TARGETS['memory_mb'] * MB)} "
        f"({_mb(peak)} MB at most, all processes summed)",
        f"- 500 organisations at most 3x slower: {_verdict(orgs <= TARGETS['orgs500'])} "
        f"({orgs:.2f}x)",
    ]
    if len(memory) >= 2:
        (small, low), (large, high) = sorted(memory.items())[:1] + sorted(memory.items())[-1:]
        growth = high.median("peak_total") - low.median("peak_total")
        flat = abs(growth) <= 0.1 * low.median("peak_total")
        lines.append(
            f"- memory flat: {_verdict(flat)} (peak {_mb(low.median('peak_total'))} MB at "
            f"{small:,} rows, {_mb(high.median('peak_total'))} MB at {large:,} rows; main "
            f"process {_mb(low.median('peak_main'))} and {_mb(high.median('peak_main'))} MB)"
        )
    return "\n".join(lines)


# -- the run ------------------------------------------------------------------------


def _exclcheck() -> list[str]:
    script = Path(sys.executable).with_name("exclcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "exclcheck"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    parser.add_argument("--rows", type=int, help="rows (default 1,000,000)")
    parser.add_argument("--repeat", type=int, help="repeats (default 3)")
    parser.add_argument(
        "--quick", action="store_true", help="100,000 rows and 2 repeats unless given"
    )
    parser.add_argument(
        "--memory-check",
        action="store_true",
        help="also run exclcheck at 100,000 rows and compare its peak memory with --rows",
    )
    parser.add_argument(
        "--naive-rows", type=int, default=20_000, help="rows the naive baseline really runs"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", type=Path, help="also write the measurements to this file (JSON)")
    args = parser.parse_args(argv)
    rows: int = args.rows or (QUICK_ROWS if args.quick else 1_000_000)
    args.repeat = args.repeat or (2 if args.quick else 3)

    path, meta = dataset(rows, args.seed)
    rules_path = DATA / "rules500.yaml"
    rules500.write(rules_path)
    exclcheck = [*_exclcheck(), "scan", str(path), "--format", "jsonl"]
    commands: dict[str, list[str]] = {
        "floor": [sys.executable, str(ROOT / "benchmarks" / "floor.py"), str(path)],
        "default": exclcheck,
        "jobs1": [*exclcheck, "--jobs", "1"],
        "orgs500": [*exclcheck, "--rules", str(rules_path)],
    }
    naive_rows = min(args.naive_rows, rows)
    aliases = naive_aliases()
    jobs = len(os.sched_getaffinity(0))
    variants = [
        Variant("floor", "floor: csv.reader, every field touched"),
        Variant(
            "naive",
            f"naive: partial_ratio of each of {len(aliases)} aliases, keywords, date "
            f"(first {naive_rows:,} rows, extrapolated; memory: the benchmark's process)",
        ),
        Variant("default", f"`exclcheck scan --format jsonl` (default: --jobs {jobs})"),
        Variant("jobs1", "`exclcheck scan --format jsonl --jobs 1`"),
        Variant("orgs500", f"same, 500 organisations (`--rules`, --jobs {jobs})"),
    ]
    by_key = {v.key: v for v in variants}

    about = machine()  # once: the commit may move while the benchmark runs
    _say(f"machine: {about}")
    load_before = _load()
    if load_before > 0.5:
        _say(f"warning: load average {load_before:.2f} before the run: other work will add noise")
    _say(
        f"data: {path.relative_to(ROOT)}: {rows:,} rows, {int(str(meta['bytes'])) / MB:.0f} MB, "
        f"{float(str(meta['distinct_activities'])):.0%} distinct activities"
    )
    _warm(path)
    for repeat in range(1, args.repeat + 1):
        for variant in variants:
            if variant.key == "naive":
                run, flagged = naive(path, aliases, naive_rows, rows)
                note = f" ({flagged} of {naive_rows:,} rows flagged)"
            else:
                run, note = run_process(commands[variant.key], rows), ""
            variant.runs.append(run)
            _say(
                f"[{repeat}/{args.repeat}] {variant.key:8} {run.wall:8.2f} s "
                f"{run.rate:12,.0f} rows/s  peak {_mb(run.peak_total)} MB "
                f"(main {_mb(run.peak_main)} MB){note}"
            )

    memory: dict[int, Variant] = {}
    if args.memory_check:
        memory[rows] = by_key["default"]
        if rows != QUICK_ROWS:
            small, _meta = dataset(QUICK_ROWS, args.seed)
            check = Variant("memory", f"exclcheck at {QUICK_ROWS:,} rows")
            for repeat in range(1, args.repeat + 1):
                command = [*_exclcheck(), "scan", str(small), "--format", "jsonl"]
                run = run_process(command, QUICK_ROWS)
                check.runs.append(run)
                _say(
                    f"[{repeat}/{args.repeat}] memory check at {QUICK_ROWS:,} rows: peak "
                    f"{_mb(run.peak_total)} MB (main {_mb(run.peak_main)} MB)"
                )
            memory[QUICK_ROWS] = check

    print(f"Machine: {about}")
    print(f"Load average before the run (1 min): {load_before:.2f}")
    print(
        f"Data: {rows:,} rows ({int(str(meta['bytes'])) / MB:.0f} MB, seed {args.seed}, "
        f"{float(str(meta['distinct_activities'])):.0%} distinct activities); "
        f"naive baseline measured on the first {naive_rows:,} rows and extrapolated"
    )
    print()
    print(table(variants, args.repeat))
    print()
    print(summary(by_key, memory))
    if args.json:
        result = {
            "machine": about,
            "data": meta,
            "runs": {v.key: [asdict(r) for r in v.runs] for v in variants},
            "memory_check": {str(n): [asdict(r) for r in v.runs] for n, v in memory.items()},
        }
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
