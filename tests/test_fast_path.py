"""The prefilter that skips most rows must not change a single verdict."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from benchmarks.generate import write

from exclcheck.dates import parse_date
from exclcheck.judge import Judge
from exclcheck.matcher import Matcher
from exclcheck.ruleset import RuleSet

from .conftest import DATA


class _ReferenceMatcher(Matcher):
    """The straightforward path: every text is normalised and matched."""

    def could_mention(self, text: str) -> bool:
        return True


def _texts(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [(row["activity"], row["date"]) for row in csv.DictReader(stream)]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "synthetic.csv"
    write(3000, path, seed=7)
    return path


@pytest.mark.parametrize("name", ["corpus.csv", "holdout.csv", "synthetic"])
def test_fast_path_gives_the_reference_assessments(
    name: str, rules: RuleSet, synthetic: Path
) -> None:
    path = synthetic if name == "synthetic" else DATA / name
    fast, reference = Judge(rules), Judge(rules, _ReferenceMatcher(rules))
    skipped = 0
    for text, date in _texts(path):
        expected = reference.assess(text, parse_date(date))
        assert fast.assess(text, parse_date(date)) == expected, text
        skipped += not fast.matcher.could_mention(text)
    assert skipped > 0  # the fast path is really taken
