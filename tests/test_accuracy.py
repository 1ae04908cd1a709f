"""Accuracy of the shipped rules on the hand-labelled development corpus.

The corpus (tests/data/corpus.csv) was written from the domain brief, not from the
code; the held-out set (tests/data/holdout.csv) is measured by `scripts/accuracy.py`
and reported in the README, never tuned against.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exclcheck.evaluate import Evaluation, evaluate, parse_expected
from exclcheck.judge import Judge
from exclcheck.records import Record, RecordReader

from .conftest import DATA

MIN_PRECISION = 0.97
MIN_RECALL = 0.90


def labelled(path: Path) -> Iterator[tuple[Record, set[str]]]:
    with path.open(encoding="utf-8", newline="") as stream:
        for record in RecordReader(stream, str(path)):
            assert isinstance(record, Record), record
            expected = dict(record.extra)["expected"]
            yield record, parse_expected(expected)


@pytest.fixture(scope="module")
def corpus_result(judge: Judge) -> Evaluation:
    return evaluate(labelled(DATA / "corpus.csv"), judge)


def test_corpus_is_large_and_varied() -> None:
    rows = list(labelled(DATA / "corpus.csv"))
    assert len(rows) >= 250
    assert len({r.activity for r, _ in rows}) == len(rows)
    flagged = [r for r, expected in rows if expected]
    assert 0.3 < len(flagged) / len(rows) < 0.6


def test_precision_and_recall_per_record(corpus_result: Evaluation) -> None:
    score = corpus_result.records
    misses = "\n".join(
        f"row {m.row} {m.organisation} {'MISSED' if m.expected else 'FALSE FLAG'}: "
        f"{m.activity[:100]!r} — {m.explanation}"
        for m in corpus_result.misses
    )
    assert score.precision >= MIN_PRECISION, misses
    assert score.recall >= MIN_RECALL, misses


def test_precision_and_recall_per_member(corpus_result: Evaluation) -> None:
    assert corpus_result.members.precision >= MIN_PRECISION
    assert corpus_result.members.recall >= MIN_RECALL


def test_every_organisation_is_found(corpus_result: Evaluation) -> None:
    for org, score in corpus_result.per_organisation.items():
        assert score.recall >= 0.75, (org, score)
