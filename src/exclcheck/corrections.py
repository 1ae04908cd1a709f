"""Names that a later statement corrects to a look-alike body.

A complaint names the group, and the record goes on to say whose the thing really
was: "Complaint alleges she attended an 'LLA meeting'. She says it was a Labour Left
Network meeting", "Triage: article was in Socialist Worker", "Investigation: the
stall was Scotland's Solidarity party". The proscribed name there is only the
complainant's word for a look-alike's meeting, stall or paper, so it does not count.

Read narrowly, because a look-alike named beside a real act must not undo it ("the
other speaker was a Momentum councillor"): the look-alike must stand straight after
"was" or "is", whose subject is "it" or a thing (meeting, stall, article ...), and be
followed by a thing, its possessive or the end of the clause - not by a person. Only
names before it, in its clause or the one before, are corrected, and not when the
corrected clause names the group again after the look-alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from exclcheck.normalize import Normalized, Token

_COPULAS = frozenset({"was", "is", "were", "are"})
# Words that may stand between "was" and the look-alike: "was in fact a", "was
# actually in the", "is the".
_BETWEEN = frozenset({"a", "an", "the", "in", "fact", "actually", "really", "s"})
# Things whose owner a correction names; "it", "this" and "that" point back to one.
_THINGS = frozenset(
    {"it", "this", "that", "meeting", "meetings", "event", "events", "stall", "stalls",
     "article", "articles", "piece", "paper", "leaflet", "leaflets", "group", "rally",
     "conference", "festival", "page", "post", "banner", "party", "organisation",
     "organization", "network", "campaign", "demo", "protest", "school", "social",
     "fundraiser", "zoom", "list", "newsletter", "bulletin", "website", "site", "slate",
     "caption", "photo", "picture", "one", "gathering", "talk", "session"}
)  # fmt: skip
# Words after the thing that leave it the subject: "the meeting pictured was".
_AFTER_THING = frozenset({"pictured", "shown", "concerned", "in", "question", "itself"})
_BEFORE_WORDS = 4  # words between the subject and "was" at most ("the stall in question")
_LATER_CLAUSES = 2  # the correction in the next sentence, or after a signature ("- J. Hale.")


class _Named(Protocol):
    @property
    def first(self) -> int: ...
    @property
    def last(self) -> int: ...


def corrected_to_lookalike(
    mention: _Named,
    lookalikes: Sequence[_Named],
    counted: Sequence[_Named],
    text: Normalized,
) -> bool:
    """Whether a look-alike named after the mention is said to be what it was."""
    tokens = text.tokens
    clause = tokens[mention.first].clause
    for other in lookalikes:
        copula = _identity_copula(other, text)
        if copula is None or copula < mention.last:
            continue
        own = tokens[copula].clause
        if not clause <= own <= clause + _LATER_CLAUSES:
            continue
        # the group named again after the correction: "it was a Momentum meeting, then
        # an LLA one" keeps what follows
        if any(m.first > other.first and tokens[m.first].clause == own for m in counted):
            continue
        return True
    return False


def _identity_copula(lookalike: _Named, text: Normalized) -> int | None:
    """The position of "was"/"is" that says the thing was the look-alike, if any."""
    tokens = text.tokens
    clause = tokens[lookalike.first].clause
    k = lookalike.first - 1
    while k >= 0 and tokens[k].clause == clause and tokens[k].text not in _COPULAS:
        if tokens[k].text not in _BETWEEN and tokens[k].shape != "title":
            return None
        k -= 1
    if k < 0 or tokens[k].clause != clause or lookalike.first - k > _BEFORE_WORDS + 1:
        return None
    if not _thing_after(lookalike, text):
        return None
    if not (_thing_subject(k, tokens) or _named_before(k, lookalike, tokens)):
        return None
    return k


def _named_before(copula: int, lookalike: _Named, tokens: Sequence[Token]) -> bool:
    """Whether the subject of "is" is a capitalised name the record gave before, and
    the look-alike owns what it is: "attended 'Marxism' ... Marxism is the Socialist
    Workers Party's annual festival" (not "Tony is a Momentum councillor")."""
    subject = copula - 1
    if subject < 0 or tokens[subject].shape != "title" or len(tokens[subject].text) < 3:
        return False
    after = lookalike.last
    if after >= len(tokens) or tokens[after].text not in _THINGS | {"s"}:
        return False
    word, clause = tokens[subject].text, tokens[subject].clause
    return any(t.text == word and t.clause != clause for t in tokens[:subject])


def _thing_subject(copula: int, tokens: Sequence[Token]) -> bool:
    """Whether the subject of "was" is a thing or a pointer to one ("it was")."""
    clause = tokens[copula].clause
    k = copula - 1
    while k >= max(0, copula - _BEFORE_WORDS) and tokens[k].clause == clause:
        if tokens[k].text in _THINGS:
            return True
        if tokens[k].text not in _AFTER_THING:
            return False
        k -= 1
    return False


def _thing_after(lookalike: _Named, text: Normalized) -> bool:
    """Whether the look-alike ends its clause or part ("... party (Sheridan's)"), or
    a thing or its possessive follows."""
    tokens = text.tokens
    after = lookalike.last
    if after >= len(tokens) or tokens[after].clause != tokens[lookalike.first].clause:
        return True
    gap = text.original[tokens[after - 1].end : tokens[after].start]
    if any(mark in gap for mark in "(,:-\u2013\u2014"):
        return True
    word = tokens[after].text
    return word in _THINGS or word == "s" or tokens[after].shape == "upper"
