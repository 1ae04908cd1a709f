"""A support cue tied to a mention, and the distance between two spans of words.

The judge makes the ties; the tests of who is acting and of whether an exclusion
reaches a cue read them. Keeping the tie's shape here lets those tests live in
modules of their own without importing the judge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.ruleset import Direction


class Span(Protocol):
    """Anything with token bounds [first, last): a mention, a cue."""

    @property
    def first(self) -> int: ...

    @property
    def last(self) -> int: ...


def words_apart(first: int, last: int, mention: Span) -> int | None:
    """Words between a cue [first, last) and a span; None when they overlap."""
    if last <= mention.first:
        return mention.first - last
    if mention.last <= first:
        return first - mention.last
    return None


@dataclass(frozen=True, slots=True)
class Tie:
    """A support cue attached to a mention, and how far apart they are."""

    gap: int
    hit: CueHit
    mention: Mention
    # "their paper": the cue's clause names no organisation; the index of the word
    # that points back (-1 when the cue's clause names one)
    anaphor: int = -1
    # the cue names the member as the one who holds the part ("Chair: <the member>")
    named: bool = False

    @property
    def via_anaphor(self) -> bool:
        return self.anaphor >= 0


def on_its_side(hit: Span, mention: Span, direction: Direction) -> bool:
    """Whether a cue stands on the side of the mention its rule reads: "at the LLA
    social" reads before, so "the LLA social at the Crown" gives no "at the"."""
    if direction is Direction.BEFORE:
        return hit.last <= mention.first
    if direction is Direction.AFTER:
        return hit.first >= mention.last
    return True
