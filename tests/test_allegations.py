"""Where the numbered items of a report of several allegations start."""

from __future__ import annotations

import pytest

from exclcheck.allegations import item_of, item_starts
from exclcheck.normalize import normalize
from exclcheck.wording import in_quotation


@pytest.mark.parametrize(
    ("text", "openings"),
    [
        ("Two allegations. (1) She sold Solidarity. (2) She liked a post.", ["(1)", "(2)"]),
        ("Relies on (a) a receipt; (b) a photo; (c) an email.", ["(a)", "(b)", "(c)"]),
        ("Claims:\n1. That he is SLN.\n2. That he is in LAW.", ["1.", "2."]),
        (
            "Allegation A - LLA: one meeting. Not upheld.\nAllegation B - SA: articles.",
            ["Allegation A", "Allegation B"],
        ),
        ("Finding 1: chaired it. Finding 2: liked it.", ["Finding 1", "Finding 2"]),
        (
            "Sweep.\nItems 1-3: retweets.\nItem 4, posted in July: a speech.",
            ["Items 1-3", "Item 4"],
        ),
        ("Allegation 1 (Kaur): chaired it.\nAllegation 2 (Fenwick): sits on it.", None),
        # a one-line list with numbers only
        ("Two allegations. 1. She sold Solidarity. 2. She liked a post.", ["1.", "2."]),
        # numbers after a sentence's end, and a long gloss in brackets
        ("1. Writing for its site: upheld. 2. Paying its subs: upheld.", ["1.", "2."]),
        (
            "Allegation 1 (branch organiser of the AWL from April 2022): upheld. "
            "Allegation 2 (support for Socialist Appeal): dismissed.",
            ["Allegation 1", "Allegation 2"],
        ),
    ],
)
def test_the_openings_of_a_list_of_allegations(text: str, openings: list[str] | None) -> None:
    starts = item_starts(normalize(text))
    if openings is None:
        assert len(starts) == 2
    else:
        assert [text[s : s + len(o)] for s, o in zip(starts, openings, strict=True)] == openings


@pytest.mark.parametrize(
    "text",
    [
        # one opening alone is no list
        "She spoke at the (1) LAW meeting only.",
        # "(sic)", a version number, a reference back to an item
        "The Socalist Appeal (sic) paper, version 2.1 of the list. Item (c) establishes it.",
        "Minutes, item 4 and item 5 of the agenda, were read.",
        "A plain note about a meeting on 1. May.",
        # a rule's clause, and references back to items
        "Under rule 2.4(b) and rule (a), see item (c) and item (d).",
        # an initial after a sentence's end
        "Complaint from Mr Hart. A. Jones and B. Patel were on the stall.",
    ],
)
def test_no_list_without_two_openings(text: str) -> None:
    assert item_starts(normalize(text)) == ()


def test_the_preamble_is_item_zero() -> None:
    text = "Report. (1) First. (2) Second."
    starts = item_starts(normalize(text))
    assert [item_of(text.index(w), starts) for w in ("Report", "First", "Second")] == [0, 1, 2]


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ("Complaint: 'She chaired it. That is support.' Complainant: Mr Kemp.", "support", True),
        ("Complaint: 'She chaired it.' That is support.", "support", False),
        ('Panel: "Upheld."', "Upheld", True),
        # an apostrophe that never closes opens no quotation
        ("Back in the '80s she was in the party. That is support.", "support", False),
    ],
)
def test_a_word_in_a_quotation(text: str, word: str, quoted: bool) -> None:
    assert in_quotation(text.index(word), normalize(text)) is quoted
