"""How the words of a normalized text stand, as several parts of the judge read them.

The judge's parts (who holds a part, who is acting, when an exclusion applies, what a
text's own date covers) all ask the same few questions of the tokens: what the
original text has between two words, whether a cue is a field's label, and whether a
word is one of a few small closed classes. They are answered once, here, so that the
parts agree.
"""

from __future__ import annotations

import re

from exclcheck.cues import CueHit
from exclcheck.dates import MONTHS
from exclcheck.normalize import Normalized

# Words that join names into one list: "the LAW and LIEN fundraiser", "Dan and Sue".
CONJUNCTIONS = frozenset({"and", "or", "the", "plus", "both"})
LIST_JOINS = frozenset({"and", "or", "plus"})  # of those, the ones that make a list
# Pronouns that stand as a clause's subject: "..., I just went", "she had resigned".
SUBJECT_PRONOUNS = frozenset({"i", "she", "he", "we", "they"})
# Of those, the ones that may be the member: not "they".
MEMBER_PRONOUNS = SUBJECT_PRONOUNS - {"they"}


def is_label(hit: CueHit, text: Normalized) -> bool:
    """Whether a cue is a field's label ("Host: ...", "Going: ...", "orgs_declared='...'")."""
    tokens = text.tokens
    if hit.last >= len(tokens):
        return False
    gap = text.original[tokens[hit.last - 1].end : tokens[hit.last].start]
    return ":" in gap or "=" in gap


def text_between(left: int, right: int, text: Normalized) -> str:
    """The original characters between two tokens."""
    return text.original[text.tokens[left].end : text.tokens[right].start]


def in_brackets(start: int, end: int, text: Normalized) -> bool:
    """Whether the characters [start, end) stand inside brackets on their line:
    "Socialist Labour Network (formed by LAW and LIEN) - national conference",
    "selling both Solidarity (the AWL paper) and Socialist Appeal". What is in brackets
    describes the name before them: the groups there hold no event and break no list."""
    original = text.original
    if "(" not in original:
        return False  # most records
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", end)
    before = original[line_start:start]
    after = original[end : None if line_end < 0 else line_end]
    closes, reopens = after.find(")"), after.find("(")
    opened = before.rfind("(") > before.rfind(")")
    return opened and closes >= 0 and (reopens < 0 or closes < reopens)


# A quotation opens with a mark after a space or bracket and before a word, and closes
# later with a mark after a word and before a space, punctuation or the end: a mark
# that never closes ("the '80s", "'cos") opens nothing. A plural's apostrophe
# ("Workers' Liberty") looks like a closing mark and ends a quotation early: what
# follows then counts as the writer's own words.
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(\[]))[\"“‘'](?=\w)")
_QUOTE_CLOSES = re.compile(r"(?<=[\w.,!?])[\"”’'](?=[\s.,;:!?)\]]|$)")


def in_quotation(start: int, text: Normalized) -> bool:
    """Whether the character at `start` stands inside a quotation: "The complainant
    wrote: 'She chaired it. That is support.'" is the complainant's word, not the
    writer's finding."""
    return quotation_end(start, text) is not None


def quotation_end(start: int, text: Normalized) -> int | None:
    """Where the quotation that holds the character at `start` closes; None outside one."""
    span = quotation(start, text)
    return span[1] if span is not None else None


def quotation(start: int, text: Normalized) -> tuple[int, int] | None:
    """Where the words of the quotation that holds the character at `start` begin and
    end; None outside one."""
    original = text.original
    opening = max(
        (m.end() for m in _QUOTE_OPENS.finditer(original) if m.start() < start), default=-1
    )
    if opening < 0:
        return None
    closing = _QUOTE_CLOSES.search(original, opening)
    if closing is None or closing.start() < start:
        return None
    return opening, closing.start()


# "I chaired the LAW meeting in July. That was before the NEC ban.": a clause opening
# with a pronoun and "was" says something of the clause before it.
_BACK_REFERENCES = frozenset(
    (pronoun, verb) for pronoun in ("that", "this", "it") for verb in ("was", "is", "s")
)


def refers_back(clause: int, text: Normalized) -> bool:
    """Whether a clause opens with "That was", "It was", "This is" ... - after an
    answer's label too ("Q: ... at a LAW meeting. A: That was 2019")."""
    opening = [t for t in text.tokens if t.clause == clause][:3]
    if opening and opening[0].cased == "A" and len(opening) > 1:
        label_end = text.original[opening[0].end : opening[1].start]
        if ":" in label_end:
            opening = opening[1:]
    return tuple(t.text for t in opening[:2]) in _BACK_REFERENCES


# Words for a person or people: "the candidate for Resist", "members of the LLA".
PEOPLE_NOUNS = frozenset(
    {"candidate", "candidates", "speaker", "speakers", "man", "men", "woman", "women",
     "someone", "somebody", "person", "people", "who", "member", "members", "guest",
     "guests", "councillor", "activist", "activists", "delegate", "students", "student",
     "lad", "lads", "girl", "boy", "others", "supporters", "comrades", "volunteers"}
)  # fmt: skip


def glosses_one_item(hit: CueHit, text: Normalized) -> bool:
    """Whether a cue set off by brackets or commas glosses one item of a list the
    clause goes on with ("LAW meetings on 19 July (the day before proscription) and 24
    July", "a meeting in March, before the ban, and the day school on 2 April"): it
    dates or frames that item, not the next."""
    tokens, original = text.tokens, text.original
    if hit.first == 0 or hit.last >= len(tokens):
        return False
    after = tokens[hit.last]
    if after.text != "and" or after.clause != tokens[hit.first].clause:
        return False
    # another item, not another predicate ("..., before the ban, and has not been since")
    item = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    if item is None or not (
        item.text in _ITEM_OPENINGS or item.text.isdigit() or item.text in MONTHS
    ):
        return False
    opening = original[tokens[hit.first - 1].end : tokens[hit.first].start]
    closing = original[tokens[hit.last - 1].end : after.start]
    if "," in opening and "," in closing:
        return True
    # in brackets, opening a few words before the cue: "(the day before proscription)"
    start = next(
        (
            k
            for k in range(hit.first, max(0, hit.first - _GLOSS_OPENING) - 1, -1)
            if "(" in original[tokens[k - 1].end if k else 0 : tokens[k].start]
        ),
        None,
    )
    return start is not None and ")" in closing and "(" not in closing


_GLOSS_OPENING = 3  # words in brackets before a cue: "(the day before proscription)"
# Words that open a list's next item after "and": "the day school", "24 July", "on 2 April"
_ITEM_OPENINGS = frozenset({"the", "a", "an", "another", "its", "their", "on", "in", "at"})


_RELATIVES = frozenset({"who", "whose"})


def relative_part(k: int, text: Normalized) -> tuple[int, int] | None:
    """The tokens [first, last) of a relative clause set off by commas that holds token
    `k` ("Cllr Adeyemi, who chaired the LLA conference, called the proscription a
    purge"): a clause of its own for the act it states, or None."""
    tokens, original = text.tokens, text.original
    clause = tokens[k].clause

    def comma_before(j: int) -> bool:
        return j > 0 and "," in original[tokens[j - 1].end : tokens[j].start]

    first = k
    while not (tokens[first].text in _RELATIVES and comma_before(first)):
        if first == k - _RELATIVE_REACH or comma_before(first) or first == 0:
            return None
        first -= 1
        if tokens[first].clause != clause:
            return None
    last = k + 1
    while last < len(tokens) and tokens[last].clause == clause and not comma_before(last):
        last += 1
    if last >= len(tokens) or tokens[last].clause != clause:
        return None  # not closed by a comma: the rest of the sentence is its own
    return first, last


_RELATIVE_REACH = 12  # words from "who" to the act in its relative clause
