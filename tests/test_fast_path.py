"""The prefilter that skips most rows must not change a single verdict."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from benchmarks.generate import write
from hypothesis import given, settings
from hypothesis import strategies as st

from exclcheck import prefilter
from exclcheck.dates import parse_date
from exclcheck.judge import Judge
from exclcheck.normalize import cased_words, fold, normalize
from exclcheck.ruleset import RuleSet

from .conftest import DATA


def _texts(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [(row["activity"], row["date"]) for row in csv.DictReader(stream)]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "synthetic.csv"
    write(3000, path, seed=7)
    return path


@pytest.mark.parametrize(
    "name",
    [
        "corpus.csv",
        "corpus-styles.csv",
        "corpus-hard.csv",
        "corpus-sources.csv",
        "corpus-fresh.csv",
        "corpus-fresh2.csv",
        "corpus-fresh3.csv",
        "corpus-fresh4.csv",
        "corpus-fresh5.csv",
        "corpus-fresh6.csv",
        "corpus-fresh8.csv",
        "corpus-fresh9.csv",
        "corpus-fresh10.csv",
        "corpus-fresh11.csv",
        "corpus-fresh12.csv",
        "corpus-fresh13.csv",
        "corpus-fresh14.csv",
        "corpus-fresh16.csv",
        "corpus-fresh17.csv",
        "corpus-fresh18.csv",
        "corpus-fresh19.csv",
        "corpus-fresh15.csv",
        "corpus-fresh21.csv",
        "corpus-fresh22.csv",
        "corpus-fresh24.csv",
        "corpus-fresh25.csv",
        "corpus-fresh26.csv",
        "corpus-fresh27.csv",
        "corpus-fresh28.csv",
        "corpus-fresh29.csv",
        "corpus-fresh31.csv",
        "corpus-fresh33.csv",
        "corpus-fresh34.csv",
        "corpus-fresh35.csv",
        "corpus-fresh36.csv",
        "corpus-fresh37.csv",
        "corpus-fresh38.csv",
        "corpus-fresh39.csv",
        "corpus-fresh41.csv",
        "corpus-fresh42.csv",
        "corpus-fresh45.csv",
        "corpus-fresh46.csv",
        "corpus-fresh47.csv",
        "corpus-fresh50.csv",
        "corpus-fresh51.csv",
        "corpus-fresh58.csv",
        "corpus-fresh59.csv",
        "corpus-redteam.csv",
        "corpus-reviews.csv",
        "corpus-fresh7.csv",  # held out: compared with itself only, never scored
        "corpus-fresh20.csv",  # sealed for a session and read once at its end, likewise
        "corpus-fresh23.csv",  # likewise
        "corpus-fresh30.csv",  # likewise
        "corpus-fresh32.csv",  # likewise
        "corpus-fresh40.csv",  # likewise
        "corpus-fresh43.csv",  # likewise
        "corpus-fresh44.csv",  # likewise
        "corpus-fresh48.csv",  # likewise
        "corpus-fresh49.csv",  # likewise
        "corpus-fresh52.csv",  # likewise
        "corpus-fresh53.csv",  # likewise
        "corpus-fresh54.csv",  # likewise
        "corpus-fresh55.csv",  # likewise
        "corpus-fresh56.csv",  # likewise
        "corpus-fresh57.csv",  # likewise
        "corpus-fresh60.csv",  # likewise
        "corpus-fresh61.csv",  # likewise
        "holdout.csv",
        "synthetic",
    ],
)
def test_fast_path_gives_the_reference_verdicts(name: str, rules: RuleSet, synthetic: Path) -> None:
    """`screen` (prefilter, then judge) against `assess` (every text judged in full)."""
    path = synthetic if name == "synthetic" else DATA / name
    judge = Judge(rules)
    skipped = 0
    for text, date in _texts(path):
        expected = judge.assess(text, parse_date(date)).verdicts
        assert judge.screen(text, parse_date(date)) == expected, text
        skipped += not judge.matcher.could_count(text)
    assert skipped > 0  # the fast path is really taken


@pytest.mark.parametrize(
    "text",
    [
        "Sold the L.A.W. bulletin at the branch",  # a name split into letters
        "#LabourAgainstTheWitchhunt stall, I was on it",  # a hashtag split at capitals
        "SELLS SOLIDARITY AT EVERY BRANCH MEETING",  # all capitals: case tells nothing
        "sells solidarity for the awl at meetings",  # all lower case
        "Member of the Labour Left Aliance since 2023",  # a typo
        "Treasurer of the Sociаlist Appeal branch",  # a Cyrillic "а"
        "16/10/2023 PAYPAL *LABOURAGAINSTWITCH DONATION 15.00",  # a name cut short
        "01/08/2023 SO ALLIANCE WORKERS LIB 10.00",  # cut short after a missing word
        "Sold papers for Momentum and Solidarity",  # context before a list's first name
        "Solidarity issue 640, page 9 - by the member",  # a paper cited by its issue
    ],
)
def test_prefilter_lets_through_what_counts(text: str, rules: RuleSet) -> None:
    judge = Judge(rules)
    assert judge.assess(text, parse_date("2024-01-01")).verdicts  # the case is real
    assert judge.matcher.could_count(text)


def test_prefilter_skips_ordinary_party_text(rules: RuleSet) -> None:
    judge = Judge(rules)
    for text in (
        "Chaired the Labour group meeting with the council leader",
        "Appeal against the parking fine; read up on employment law",
        "Showed solidarity with striking nurses",
    ):
        assert not judge.matcher.could_count(text), text


_TEXT = st.text(
    alphabet=st.sampled_from(list("LAWlawSolidarityResist #@.-'Аа\u00e9 Labour Left Alliance")),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_prefilter_never_hides_a_verdict(rules: RuleSet, text: str) -> None:
    judge = Judge(rules)
    date = parse_date("2024-01-01")
    assert judge.screen(text, date) == judge.assess(text, date).verdicts


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_cased_words_are_the_normalisers_words(text: str) -> None:
    assert cased_words(fold(text)) == [t.cased for t in normalize(text).tokens]


def test_prefilter_keeps_a_rows_known_names_when_its_memory_starts_afresh(
    rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vocabulary is capped; the row that overflows it must still see its signs."""
    monkeypatch.setattr(prefilter, "_VOCABULARY_LIMIT", 12)
    judge = Judge(rules)
    text = "Sold copies of Socialist Appeal outside the station on Saturday"
    assert judge.matcher.could_count(text)  # its 10 words are now remembered
    judge.matcher.could_count("one two three")  # 13 words: over the cap, not yet cleared
    assert judge.matcher.could_count(text + " today")  # one new word: memory starts afresh
