"""Support cues that the rules' word lists cannot write, which the judge makes itself.

Acts that show in a record's layout rather than its words: a bank line's amount is a
payment to the payee it names, a sum of money beside the group's name is money to it,
and the member's own name in a byline ("'Why the rail strike matters' by Rhys
Morgan") is a piece they wrote, and the member's name with a group's in an election's
list is standing for it, and the member's name after the group's possessive ("the
LLA's <member>") is its own person. Each is made as a cue of the criterion it serves
(donating, contributing, campaigning, membership), and only when the rules define it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exclcheck.actors import member_name_order
from exclcheck.cues import CueHit
from exclcheck.matcher import AMOUNT, Mention, bank_lines
from exclcheck.names import given_name_forms
from exclcheck.normalize import Normalized
from exclcheck.ruleset import AliasKind


def _made_cue(
    rule: str, cue: str, text: Normalized, words: tuple[int, int], span: tuple[int, int]
) -> CueHit:
    """A cue the judge makes, over the tokens `words` and the characters `span`."""
    (first, last), (start, end) = words, span
    return CueHit(
        rule=rule,
        cue=cue,
        first=first,
        last=last,
        start=start,
        end=end,
        text=text.original[start:end],
    )


# A payee named in a bank line was paid.
BANK_CRITERION = "donating"
BANK_CUE = "<an amount in a bank line>"


def bank_payment_cues(text: Normalized) -> list[CueHit]:
    """The amount of each bank line, as a payment cue (none in any other text)."""
    hits = []
    for line_start, line_end in bank_lines(text.original):
        match = AMOUNT.search(text.original, line_start, line_end)
        if match is None:
            continue
        inside = [k for k, t in enumerate(text.tokens) if match.start() <= t.start < match.end()]
        if not inside:
            continue
        first, last = inside[0], inside[-1] + 1
        start, end = text.tokens[first].start, text.tokens[last - 1].end
        hits.append(_made_cue(BANK_CRITERION, BANK_CUE, text, (first, last), (start, end)))
    return hits


MONEY_CUE = "<a sum of money>"
_CURRENCY = frozenset("£$€")


def money_cues(text: Normalized) -> list[CueHit]:
    """A sum of money written with its sign ("accepts the £50 to LAW", "sent my first
    £15 to the Labour Left Alliance"), as a payment cue: money moving beside the
    group's name is a donation unless the record says otherwise, and the usual tests
    (who acts, negation, exclusions) still apply to it."""
    tokens = text.tokens
    hits = []
    for k, token in enumerate(tokens):
        if not token.text[:1].isdigit() or not token.start:
            continue
        if text.original[token.start - 1] not in _CURRENCY:
            continue
        hits.append(
            _made_cue(BANK_CRITERION, MONEY_CUE, text, (k, k + 1), (token.start - 1, token.end))
        )
    return hits


def _first_and_surname(name: str) -> tuple[str, str] | None:
    """The member's given name and surname, as the name cues look for them."""
    words = member_name_order(name)
    return (words[0], words[-1]) if len(words) >= 2 else None


_SHORT_FORM = 3  # letters of a given name's short form: "Dom", "Rob", "Sam"


def _is_member(given: str, family: str, first: str, surname: str) -> bool:
    """Whether two words are the member's name: a form of the given name (or its
    initial) and the surname."""
    return family == surname and (
        given in given_name_forms(first)
        or given == first[0]
        or (len(given) >= _SHORT_FORM and first.startswith(given))  # "Dom" for Dominic
    )


BYLINE_CRITERION = "contributing"
BYLINE_CUE = "<by the member's name>"
# What a byline's piece is written for: the group, its paper or its site.
WRITTEN_FOR = frozenset({AliasKind.PUBLICATION, AliasKind.WEBSITE})
# What stands before "by" in a byline: a dash or a title's closing quote ("'Why the
# strike matters' by ..."), or a word for a piece ("Article by ...").
_BYLINE_MARKS = frozenset("—–-'\"’”:\n(")
# What a paper calls its writer between "by" and the name.
_BYLINE_TITLES = frozenset(
    {"our", "its", "their", "correspondent", "reporter", "industrial", "political",
     "staff", "writer", "columnist", "editor"}
)  # fmt: skip
_WRITERS = frozenset({"correspondent", "reporter", "writer", "columnist", "editor"})
_PIECES = frozenset(
    {"article", "piece", "column", "words", "feature", "analysis", "opinion", "review",
     "report", "posted", "post", "written", "blog"}
)  # fmt: skip


def byline_cues(text: Normalized, name: str) -> list[CueHit]:
    """ "'Why the rail strike matters' by Rhys Morgan", "— by B. Rowlands": the member's
    own name in a byline, as a contributing cue.

    Only the member's first name and surname together (or an initial and the surname)
    after "by", and only where the text before "by" reads as a byline, so that "a
    motion moved by Rhys Morgan" or "photo by" do not count.
    """
    named = _first_and_surname(name)
    if named is None:
        return []
    first, surname = named
    tokens = text.tokens
    hits = []
    for k, token in enumerate(tokens[:-2]):
        if token.text not in ("by", "byline"):
            continue
        # "report from Lewisham by our correspondent Grace Okonkwo"
        skip = 0
        while k + 3 + skip < len(tokens) and tokens[k + 1 + skip].text in _BYLINE_TITLES:
            skip += 1
        given, family = tokens[k + 1 + skip].text, tokens[k + 2 + skip].text
        if not _is_member(given, family, first, surname):
            continue
        gap = text.original[tokens[k - 1].end : token.start] if k else "\n"
        titled = any(t.text in _WRITERS for t in tokens[k + 1 : k + 1 + skip])
        labelled = token.text == "byline"  # "Byline: 'Andrew Gallagher, Glasgow'"
        marked = set(gap) & _BYLINE_MARKS or (k and tokens[k - 1].text in _PIECES)
        if not (labelled or marked or titled):
            continue
        start, end = token.start, tokens[k + 2 + skip].end
        hits.append(_made_cue(BYLINE_CRITERION, BYLINE_CUE, text, (k, k + 3 + skip), (start, end)))
    return hits


CANDIDACY_CRITERION = "campaigning"
CANDIDACY_CUE = "<the member's name in an election list>"
# Words that make a list of names an election's: "BY-ELECTION RESULT", "Local election
# nominations", "Statement of persons nominated".
_ELECTIONS = frozenset(
    {"election", "elections", "nominations", "nominated", "ballot", "candidates", "poll"}
)
_PARTY_REACH = 3  # words between the member's name and the party it stands for
# What stands between the name and its party: a bracket, or a description's label
# ("Osborne, Natalie - description 'Resist: ...'")
_PARTY_LABEL = re.compile(
    r"^\s*(?:\(|[-\u2013\u2014]|[-\u2013\u2014,:]?\s*description\W*)\s*['\"\u2018\u201c]?\s*$",
    re.IGNORECASE,
)


def candidacy_cues(text: Normalized, name: str, mentions: Sequence[Mention]) -> list[CueHit]:
    """ "BY-ELECTION RESULT / Campbell, Moira (Resist: Movement for a People's Party)
    212": in an election's list, the member's name with a group's name straight after
    it - in brackets or as its description - is the member standing for that group.

    Only the member's given name (or a short form or initial of it: "L. Campbell
    (Resist) 212 votes") and surname together, or surname and given name, and only
    where a counted mention follows within a few words, so that "Darren Hughes
    (Labour) beat the Resist candidate" gives no cue.
    """
    tokens = text.tokens
    if not any(t.text in _ELECTIONS for t in tokens):
        return []
    words = member_name_order(name)
    if len(words) < 2:
        return []
    hits = []
    for k in range(len(tokens) - 1):
        pair = (tokens[k].text, tokens[k + 1].text)
        if pair != (words[-1], words[0]) and not _is_member(*pair, words[0], words[-1]):
            continue
        last = k + 2
        party = [m for m in mentions if 0 <= m.first - last <= _PARTY_REACH]
        between = text.original[tokens[last - 1].end : party[0].start] if party else ""
        if not party or not _PARTY_LABEL.match(between):
            continue
        start, end = tokens[k].start, tokens[last - 1].end
        hits.append(_made_cue(CANDIDACY_CRITERION, CANDIDACY_CUE, text, (k, last), (start, end)))
    return hits


POSSESSIVE_CRITERION = "membership"
POSSESSIVE_CUE = "<the group's member, by name>"


def possessive_cues(text: Normalized, name: str, mentions: Sequence[Mention]) -> list[CueHit]:
    """ "The Resist movement's Oliver Strand told the rally ...": the member's name
    straight after a group's possessive is the group's own person, as a membership cue.

    Only the member's first name (or its initial) and surname together, so that
    "Resist's Chris Williamson" in a record of another member gives no cue.
    """
    named = _first_and_surname(name)
    if named is None:
        return []
    tokens = text.tokens
    return [
        _made_cue(
            POSSESSIVE_CRITERION,
            POSSESSIVE_CUE,
            text,
            (m.last + 1, m.last + 3),
            (tokens[m.last + 1].start, tokens[m.last + 2].end),
        )
        for m in mentions
        if m.last + 2 < len(tokens)
        and tokens[m.last].text == "s"
        and _is_member(tokens[m.last + 1].text, tokens[m.last + 2].text, *named)
    ]


BRACKETED_CUE = "<the member's name, with the group in brackets>"
_OPENS_THE_GROUP = re.compile(r"\s*\(\s*(?:the\s+)?", re.IGNORECASE)
# What may follow the group's name in its brackets: ")" at once, a place after a comma
# ("(RESIST, West Midlands)"; not after a dash: "(LLA - Unconfirmed)"), or one word of
# what the member does for it ("(Resist merchandise)") - not a time, a leaving, a
# denial or a description ("(LLA until 2021)", "(LLA - he denies this)", "(LAW
# critic)", "(Resist leaflet complaint)").
_CLOSES_THE_GROUP = re.compile(
    r"\s*(?:\)|,\s*(?P<place>(?:[A-Z][A-Za-z'’.&-]*\s*){1,4})\)|\s(?P<what>[a-z]+)\s*\))"
)
# Capitalised words after the comma that say the bracket is in doubt, not a place.
_IN_DOUBT = frozenset({"unconfirmed", "alleged", "disputed", "denied", "former", "ex", "not"})
_GROUPS_THINGS = frozenset(
    {"merchandise", "stall", "bookstall", "books", "literature", "paper", "papers", "banner",
     "contingent", "branch", "member", "members", "supporter", "organiser", "steward",
     "speaker", "delegate", "rep", "chair", "secretary", "treasurer"}
)  # fmt: skip


def _group_alone(original: str, end: int) -> bool:
    """Whether the bracket after the group's name holds nothing that puts the member
    outside it or only describes them."""
    closing = _CLOSES_THE_GROUP.match(original, end)
    if closing is None:
        return False
    what, place = closing.group("what"), closing.group("place")
    if place is not None and not _IN_DOUBT.isdisjoint(place.lower().split()):
        return False  # "(LLA, Unconfirmed)"
    return what is None or what in _GROUPS_THINGS


def bracketed_cues(text: Normalized, name: str, mentions: Sequence[Mention]) -> list[CueHit]:
    """ "Speakers: Abdul Karim (LAW), Sue Haldane (LIEN)", "Geoffrey Hollis (RESIST,
    West Midlands)": the group in brackets straight after the member's name is the
    member's own, as in a programme or a list of speakers - a membership cue.

    Only the group's name straight after the bracket: "(formerly LAW)", "(ex-LAW)",
    "(not LAW)" give none.
    """
    named = _first_and_surname(name)
    if named is None:
        return []
    tokens = text.tokens
    hits = []
    for m in mentions:
        k = m.first - 2  # the name's two words end straight before the bracket
        if k > 0 and tokens[m.first - 1].text == "the":
            k -= 1  # "(the Labour in Exile Network)"
        if k < 0 or not _is_member(tokens[k].text, tokens[k + 1].text, *named):
            continue
        opening = _OPENS_THE_GROUP.fullmatch(text.original, tokens[k + 1].end, m.start)
        if opening is None or "(" not in opening.group():
            continue
        if not _group_alone(text.original, m.end):
            continue  # "(LLA until 2021, long since lapsed)", "(the AWL's main target)"
        hits.append(
            _made_cue(
                POSSESSIVE_CRITERION,
                BRACKETED_CUE,
                text,
                (k, k + 2),
                (tokens[k].start, tokens[k + 1].end),
            )
        )
    return hits
