"""The normaliser: folded words for matching, offsets that quote the member's own text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exclcheck.normalize import fold_phrase, fold_phrase_cased, normalize


def words(text: str) -> list[str]:
    return [token.text for token in normalize(text).tokens]


def spans(text: str) -> list[str]:
    """What each token's offsets cut out of the original text."""
    return [text[token.start : token.end] for token in normalize(text).tokens]


@pytest.mark.parametrize(
    ("text", "folded", "original"),
    [
        pytest.param(
            "I\u2019m in Workers\u2019 Liberty",
            ["i", "m", "in", "workers", "liberty"],
            ["I", "m", "in", "Workers", "Liberty"],
            id="curly-apostrophes",
        ),
        pytest.param(
            "Labour\u00a0Against\u00a0the Witchhunt",
            ["labour", "against", "the", "witchhunt"],
            ["Labour", "Against", "the", "Witchhunt"],
            id="no-break-spaces",
        ),
        pytest.param(
            "Labour Against the Witch\u00adhunt, Soc\u00adial\u00adist Appeal",
            ["labour", "against", "the", "witchhunt", "socialist", "appeal"],
            ["Labour", "Against", "the", "Witch\u00adhunt", "Soc\u00adial\u00adist", "Appeal"],
            id="soft-hyphens-inside-words",
        ),
        pytest.param(
            "A\u200bW\u200bL member",
            ["awl", "member"],
            ["A\u200bW\u200bL", "member"],
            id="zero-width-spaces-inside-a-word",
        ),
        pytest.param(
            "joined the \uff21\uff37\uff2c today",
            ["joined", "the", "awl", "today"],
            ["joined", "the", "\uff21\uff37\uff2c", "today"],
            id="full-width-letters",
        ),
        pytest.param(
            "Soci\u0430list Appeal",
            ["socialist", "appeal"],
            ["Soci\u0430list", "Appeal"],
            id="cyrillic-a-inside-a-word",
        ),
        pytest.param(
            "\u0410\u0412\u0415 \u0391\u0392\u0395",
            ["abe", "abe"],
            ["\u0410\u0412\u0415", "\u0391\u0392\u0395"],
            id="cyrillic-and-greek-capitals",
        ),
        pytest.param(
            "Socia\u0301list A\u0300ppeal",
            ["socialist", "appeal"],
            ["Socia\u0301list", "A\u0300ppeal"],
            id="combining-accents-inside-words",
        ),
        pytest.param(
            "Soci\u00e1list Appe\u00e1l",
            ["socialist", "appeal"],
            ["Soci\u00e1list", "Appe\u00e1l"],
            id="precomposed-accents",
        ),
        pytest.param(
            "\ufb01ne \u2460",
            ["fine", "1"],
            ["\ufb01ne", "\u2460"],
            id="compatibility-characters",
        ),
    ],
)
def test_offsets_point_into_the_original(text: str, folded: list[str], original: list[str]) -> None:
    assert words(text) == folded
    assert spans(text) == original


@pytest.mark.parametrize(
    ("text", "original"),
    [
        ("cafe\u0301 Resista\u0301", ["cafe\u0301", "Resista\u0301"]),
        ("AW\u004c\u0331 member", ["AWL\u0331", "member"]),
    ],
)
def test_a_span_keeps_a_trailing_combining_accent(text: str, original: list[str]) -> None:
    assert spans(text) == original


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("#LabourAgainstTheWitchhunt", ["labour", "against", "the", "witchhunt"]),
        ("@SocialistAppeal", ["socialist", "appeal"]),
        ("#AWL", ["awl"]),
        ("#awl", ["awl"]),
        ("#IdeasForFreedom2022", ["ideas", "for", "freedom2022"]),
        ("#AWLSummerCamp", ["awl", "summer", "camp"]),
        ("LabourAgainstTheWitchhunt", ["labouragainstthewitchhunt"]),  # no hash: one word
    ],
)
def test_hashtags_split_at_capitals(text: str, folded: list[str]) -> None:
    assert words(text) == folded


def test_hashtag_parts_keep_their_offsets() -> None:
    text = "see #LabourAgainstTheWitchhunt"
    assert spans(text) == ["see", "Labour", "Against", "The", "Witchhunt"]
    assert [t.shape for t in normalize(text).tokens] == [
        "lower",
        "title",
        "title",
        "title",
        "title",
    ]


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("AWL", "upper"),
        ("LAW", "upper"),
        ("Resist", "title"),
        ("A", "upper"),
        ("resist", "lower"),
        ("MiXed", "other"),
        ("2022", "other"),
        ("\uff21\uff37\uff2c", "upper"),
        ("\u00c9cole", "title"),
    ],
)
def test_shapes(word: str, shape: str) -> None:
    [token] = normalize(word).tokens
    assert token.shape == shape


def test_cased_keeps_case_and_text_is_lower() -> None:
    [token] = normalize("LAW").tokens
    assert (token.text, token.cased) == ("law", "LAW")
    assert fold_phrase("Labour Against the Witch-hunt") == (
        "labour",
        "against",
        "the",
        "witch",
        "hunt",
    )
    assert fold_phrase_cased("the LAW") == ("the", "LAW")


@pytest.mark.parametrize(
    ("text", "all_caps"),
    [("JOINED THE AWL", True), ("Joined the AWL", False), ("2022 - AWL!", True)],
)
def test_all_caps(text: str, all_caps: bool) -> None:
    assert normalize(text).all_caps is all_caps


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        pytest.param(
            "Joined AWL. Sold papers",
            {"joined": 0, "awl": 0, "sold": 1, "papers": 1},
            id="full-stop",
        ),
        pytest.param(
            "see workersliberty.org today",
            {"see": 0, "workersliberty": 0, "org": 0, "today": 0},
            id="dot-inside-a-website",
        ),
        pytest.param(
            "a; b! c? d\ne",
            {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4},
            id="other-sentence-ends",
        ),
        pytest.param(
            "liked it but joined",
            {"liked": 0, "it": 0, "but": 0, "joined": 1},
            id="but",
        ),
        pytest.param(
            "Steward - Festival of Resistance",
            {"steward": 0, "festival": 0, "of": 0, "resistance": 0},
            id="a-dash-is-no-break",
        ),
        pytest.param(
            "Joined the AWL.",
            {"joined": 0, "the": 0, "awl": 0},
            id="full-stop-at-the-end",
        ),
        pytest.param(
            "Chaired by T. Moody. Then home",
            {"chaired": 0, "by": 0, "t": 0, "moody": 0, "then": 1, "home": 1},
            id="an-initial-is-no-sentence-end",
        ),
        pytest.param(
            "Credited to 'R. Cadogan', in 2022. Then home",
            {
                "credited": 0,
                "to": 0,
                "r": 0,
                "cadogan": 0,
                "in": 0,
                "2022": 0,
                "then": 1,
                "home": 1,
            },
            id="nor-after-a-quotation-mark",
        ),
        pytest.param(
            "Went to plan a. Then home",
            {"went": 0, "to": 0, "plan": 0, "a": 0, "then": 1, "home": 1},
            id="a-lower-case-letter-ends-a-sentence",
        ),
        pytest.param(
            'Said "joined the AWL." Then home',
            {"said": 0, "joined": 0, "the": 0, "awl": 0, "then": 1, "home": 1},
            id="a-quote-may-close-after-the-full-stop",
        ),
        pytest.param(
            "Mbr adm. att. LLA AMM. Then home",
            {"mbr": 0, "adm": 0, "att": 0, "lla": 0, "amm": 0, "then": 1, "home": 1},
            id="a-notes-shorthand-verb-goes-on-to-its-object",
        ),
        pytest.param(
            "Paid £5 – thanks\nSold papers",
            {"paid": 0, "5": 0, "thanks": 0, "sold": 1, "papers": 1},
            id="a-line-break-ends-a-clause-in-a-text-that-is-not-ascii",
        ),
    ],
)
def test_clause_indices(text: str, clauses: dict[str, int]) -> None:
    assert {t.text: t.clause for t in normalize(text).tokens} == clauses


@pytest.mark.parametrize("text", ["", "   ", "...", "\u00ad\u200b", "#", "--- ;;; !!!"])
def test_texts_without_words_have_no_tokens(text: str) -> None:
    result = normalize(text)
    assert result.tokens == ()
    assert result.original == text


@settings(max_examples=500, deadline=None)
@given(text=st.text())
def test_any_text_normalizes_to_ordered_tokens_within_it(text: str) -> None:
    result = normalize(text)
    assert result.original == text
    previous = None
    for token in result.tokens:
        assert 0 <= token.start < token.end <= len(text)
        assert token.text
        assert token.text == token.cased.lower()
        if previous is not None:
            assert previous.start <= token.start
            assert previous.end <= token.end
            assert previous.clause <= token.clause
        previous = token


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("Is it true she joined? Yes.", {0}),
        ("Hi all, quick one: is anyone going to the LLA conference? Not me.", {0}),
        ("I'm stewarding, who wants a lift?", set()),
        # A note's "...?" that the next clause answers "No" was a question.
        ("Mbr = LLA? No - Labour Left Network.", {0}),
        ("Mbr = LLA? Yes, since 2022.", set()),
        # A statement put as a question is asked, unless only its tag asks or the next
        # clause says yes.
        ("Mbr at Festival of Resistance? Photo shows a woman in the crowd.", {0}),
        ("Me, sell Socialist Appeal? Absolutely not.", {0}),
        ("Resist candidate for Derby council? That's me, folks.", set()),
        ("Yes I pay LLA, so?", set()),
        ("Labour Left Alliance stall's up - who's bringing the leaflets?", set()),
    ],
)
def test_questions_open_at_the_start_or_after_a_colon(text: str, questions: set[int]) -> None:
    assert normalize(text).questions == questions
