"""Accuracy of the shipped rules on the hand-labelled development sets.

Every set was written from the domain brief by writers who never saw the code. The
main corpus carries the 0.1 floor (precision 0.97, recall 0.90); the other
development sets carry floors just under their measured figures, so that a rules
edit that makes things worse fails. The held-out sets (tests/data/holdout.csv, and
corpus-fresh7.csv, corpus-fresh20.csv, corpus-fresh23.csv, corpus-fresh30.csv,
corpus-fresh32.csv, corpus-fresh40.csv, corpus-fresh43.csv, corpus-fresh44.csv,
corpus-fresh48.csv, corpus-fresh49.csv, corpus-fresh52.csv, corpus-fresh53.csv,
corpus-fresh54.csv, corpus-fresh55.csv, corpus-fresh56.csv, corpus-fresh57.csv,
corpus-fresh60.csv and corpus-fresh61.csv, each read once at the end of a session) are
never tuned against and never asserted on: `exclcheck eval` reports them (README).
corpus-fresh12.csv and corpus-fresh15.csv were each sealed for a session and read
once, then became development sets.
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
# (file, least precision, least recall) per record and organisation
DEVELOPMENT_SETS = [
    ("corpus.csv", 0.99, 0.98),
    ("corpus-styles.csv", 0.99, 0.94),
    ("corpus-hard.csv", 0.97, 0.97),
    ("corpus-sources.csv", 0.98, 0.97),
    ("corpus-fresh.csv", 0.97, 0.97),
    ("corpus-fresh2.csv", 0.99, 0.97),
    ("corpus-fresh3.csv", 0.98, 0.95),  # first read untouched: 0.912 / 0.883
    ("corpus-fresh4.csv", 0.99, 0.96),  # first read untouched: 0.938 / 0.844
    ("corpus-fresh5.csv", 0.98, 0.96),  # first read untouched: 0.951 / 0.875
    ("corpus-fresh6.csv", 0.96, 0.95),  # first read untouched: 0.890 / 0.824
    ("corpus-fresh8.csv", 0.92, 0.93),  # first read untouched: 0.868 / 0.844
    ("corpus-fresh9.csv", 0.92, 0.90),  # first read untouched: 0.878 / 0.819
    ("corpus-fresh10.csv", 0.94, 0.92),  # first read untouched: 0.886 / 0.869
    ("corpus-fresh11.csv", 0.96, 0.92),  # first read untouched: 0.869 / 0.804
    ("corpus-fresh13.csv", 0.93, 0.92),  # first read untouched: 0.908 / 0.832
    ("corpus-fresh14.csv", 0.90, 0.93),  # first read untouched: 0.864 / 0.832
    ("corpus-fresh12.csv", 0.97, 0.95),  # first read (sealed, at a session's end): 0.969 / 0.905
    ("corpus-fresh16.csv", 0.96, 0.91),  # first read untouched: 0.941 / 0.865
    ("corpus-fresh17.csv", 0.95, 0.93),  # first read untouched: 0.917 / 0.876
    ("corpus-fresh18.csv", 0.94, 0.92),  # first read untouched: 0.944 / 0.903
    ("corpus-fresh19.csv", 0.96, 0.93),  # first read untouched: 0.954 / 0.904
    ("corpus-fresh15.csv", 0.98, 0.93),  # first read (sealed, this session): 0.954 / 0.904
    ("corpus-fresh21.csv", 0.95, 0.87),  # first read untouched: 0.898 / 0.830
    ("corpus-fresh22.csv", 0.96, 0.84),  # first read untouched: 0.949 / 0.823
    ("corpus-fresh24.csv", 0.97, 0.95),  # first read untouched: 0.969 / 0.931
    ("corpus-fresh25.csv", 0.95, 0.91),  # first read untouched: 0.881 / 0.889
    ("corpus-fresh26.csv", 0.96, 0.95),  # first read untouched: 0.928 / 0.936
    ("corpus-fresh27.csv", 0.93, 0.95),  # first read untouched: 0.881 / 0.889
    ("corpus-fresh28.csv", 0.87, 0.86),  # first read untouched: 0.857 / 0.729
    ("corpus-fresh29.csv", 0.96, 0.95),  # first read untouched: 0.907 / 0.916
    ("corpus-fresh31.csv", 0.88, 0.87),  # first read untouched: 0.887 / 0.879
    ("corpus-fresh33.csv", 0.92, 0.92),  # first read untouched: 0.859 / 0.850
    ("corpus-fresh34.csv", 0.93, 0.93),  # first read untouched: 0.880 / 0.888
    ("corpus-fresh35.csv", 0.94, 0.95),  # first read untouched: 0.922 / 0.905
    ("corpus-fresh36.csv", 0.92, 0.89),  # first read after two rounds: 0.909 / 0.865
    ("corpus-fresh37.csv", 0.94, 0.93),  # first read after three rounds: 0.918 / 0.882
    ("corpus-fresh38.csv", 0.93, 0.93),  # first read after four rounds: 0.929 / 0.945
    ("corpus-fresh39.csv", 0.95, 0.93),  # first read after four rounds: 0.956 / 0.878
    ("corpus-fresh41.csv", 0.85, 0.78),  # first read after five rounds: 0.838 / 0.748
    ("corpus-fresh42.csv", 0.92, 0.91),  # first read after five rounds: 0.916 / 0.906
    ("corpus-fresh45.csv", 0.91, 0.83),  # first read untouched: 0.887 / 0.748
    ("corpus-fresh46.csv", 0.91, 0.91),  # first read after two rounds: 0.906 / 0.898
    ("corpus-fresh47.csv", 0.94, 0.95),  # first read after two rounds: 0.898 / 0.924
    ("corpus-fresh50.csv", 0.85, 0.80),  # first read untouched: 0.714 / 0.773
    ("corpus-fresh51.csv", 0.98, 0.87),  # first read untouched: 0.960 / 0.864
    ("corpus-fresh58.csv", 0.89, 0.87),  # first read untouched: 0.888 / 0.879
    ("corpus-fresh59.csv", 0.95, 0.90),  # first read untouched: 0.904 / 0.862
    # Adversarial near-misses written against the code (not independent): a floor
    # that catches a regression in precision, far below the others by design.
    ("corpus-redteam.csv", 0.48, 0.94),
    # The records adversarial reviewers wrote at the edges of proposed changes, labelled
    # before they ran the code (not independent of it): most changes they aimed at were
    # withdrawn or narrowed, so these keep the shapes that broke them.
    ("corpus-reviews.csv", 0.82, 0.75),
]


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


@pytest.mark.parametrize(("name", "precision", "recall"), DEVELOPMENT_SETS)
def test_development_sets_do_not_regress(
    name: str, precision: float, recall: float, judge: Judge
) -> None:
    result = evaluate(labelled(DATA / name), judge)
    assert result.records.precision >= precision, [m for m in result.misses if not m.expected]
    assert result.records.recall >= recall, [m for m in result.misses if m.expected]
