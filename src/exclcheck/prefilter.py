"""A cheap, exact test that most rows name no proscribed organisation.

Most activity records name no proscribed group, and building tokens, cues and a
verdict for each would be most of a scan's time. This test answers "certainly not" for
nearly all of them using only set operations on the row's words, and "maybe" for the
rest, which then take the full path. It never says "certainly not" where the full path
would count a mention: `tests/test_fast_path.py` holds it to that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from exclcheck.normalize import case_blind, cased_words, fold, read_digits_as_letters, untitled
from exclcheck.ruleset import AliasKind
from exclcheck.spans import (
    CONTEXT_REACH,
    CONTEXT_SKIP,
    ISSUE_WORDS,
    Compiled,
    SpanIndex,
    matches_any,
)
from exclcheck.wording import CONJUNCTIONS, LIST_JOINS

W = TypeVar("W", str, bytes)
_VOCABULARY_LIMIT = 1 << 14  # words remembered before the memory starts afresh
# For ASCII text: each byte that is not a letter or digit becomes a space, and capitals
# become small letters, so bytes.split() gives the normaliser's lower-cased words
# without a regular expression or a string per word being made.
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256)
)


class _Vocabulary(Generic[W]):
    """The data's words seen so far, sorted into signs and plain words.

    This trades memory (bounded by _VOCABULARY_LIMIT) for doing per row only set
    operations in C: a word is looked up against the names once, not once per row.
    """

    def __init__(self, is_sign: Callable[[W], bool]) -> None:
        self._is_sign: Callable[[W], bool] = is_sign
        self._plain: set[W] = set()  # seen, and not a sign
        self._signs: set[W] = set()

    def signs_in(self, words: list[W]) -> set[W]:
        """The signs among a row's words (as split, repeats and all)."""
        if self._plain.issuperset(words):
            # Most rows: every word seen and none a sign, told by one pass in C that
            # builds no set; the row's set of words is made only past this test.
            return set()
        present = set(words)
        if unseen := present.difference(self._plain, self._signs):
            if len(self._plain) + len(self._signs) > _VOCABULARY_LIMIT:
                self._plain.clear()
                self._signs.clear()
                unseen = present  # the row's words seen before are gone too
            new_signs = set(filter(self._is_sign, unseen))
            self._signs |= new_signs
            self._plain |= unseen - new_signs
        if present.isdisjoint(self._signs):
            return set()
        return present & self._signs


class Prefilter:
    """The proscribed names' signs, and the data's words already sorted by them."""

    def __init__(self, aliases: Sequence[Compiled], named: SpanIndex) -> None:
        self._aliases = aliases
        self._named = named  # the span search over proscribed names only
        self._words = _Vocabulary[str](self._is_sign)
        self._ascii_words = _Vocabulary[bytes](lambda w: self._is_sign(w.decode("ascii")))

    def could_count(self, text: str) -> bool:
        """False only when `text` certainly counts as mentioning no proscribed group.

        A row without a sign word holds no span the matcher would find. The spans it
        does hold are dropped only where the matcher would certainly reject them
        (wrong case; no context word within reach); look-alikes and overlaps, which
        can only reject, are not needed to say no.
        """
        if text.isascii() and "#" not in text and "@" not in text:
            text = read_digits_as_letters(text)  # as `normalize` reads "LAB0UR"
            split = text.encode("ascii").translate(_ASCII_WORDS).split()
            if not (ascii_signs := self._ascii_words.signs_in(split)):
                return False
            folded = text  # ASCII folds to itself
            signs = {word.decode("ascii") for word in ascii_signs}
            cased = cased_words(folded)
            words = cased_words(folded.lower())  # lowering ASCII keeps every word's bounds
        else:
            folded = fold(text)
            cased = cased_words(folded)
            words = [word.lower() for word in cased]
            if not (signs := self._words.signs_in(words)):
                return False
        return self._spans_count(folded, words, cased, signs)

    def _is_sign(self, word: str) -> bool:
        return self._named.is_sign(word, remember=False)

    def _spans_count(
        self, folded: str, words: list[str], cased: list[str], signs: set[str]
    ) -> bool:
        """Whether a span of a proscribed name in these words may count as a mention."""
        blind: bool | None = None
        near = [position for position, word in enumerate(words) if word in signs]
        for index, first, last in self._named.spans(words, near):
            item = self._aliases[index]
            alias = item.alias
            if alias.case_sensitive:
                blind = case_blind(folded) if blind is None else blind
                if blind and not context_near(words, first, last, alias.context):
                    continue  # case tells nothing, and no context says it is the group
                if (
                    not blind
                    and "".join(cased[first:last]) != item.cased
                    and not (context_near(words, first, last, alias.context) and untitled(cased))
                ):
                    continue  # not written as the name ("law", not "LAW")
            if (
                alias.needs_context
                and not (alias.party_label and cased[first].istitle())
                and (last - first == 1 or alias.kind is AliasKind.PUBLICATION)
                and not context_near(words, first, last, alias.context)
                and not _issue_number_after(words, last)
            ):
                continue  # nothing makes the word the organisation
            return True
        return False


def _issue_number_after(words: Sequence[str], last: int) -> bool:
    """ "Solidarity 667", "Solidarity issue 640": a number (after an issue word)."""
    if last < len(words) and words[last] in ISSUE_WORDS:
        last += 1
    return last < len(words) and words[last].isdigit()


def context_near(words: Sequence[str], first: int, last: int, context: Sequence[str]) -> bool:
    """A context word within reach of words[first:last], whatever the clauses - or a
    list's "and" before them, where the matcher looks for context before the list's
    first name ("members of Momentum and Solidarity"): there, always maybe."""
    k = first
    while k and words[k - 1] in CONJUNCTIONS:
        k -= 1
    if any(word in LIST_JOINS for word in words[k:first]):
        return True
    # Past the skipped words too: a superset of the matcher's window.
    low, high = max(0, first - CONTEXT_REACH), min(len(words), last + CONTEXT_SKIP + CONTEXT_REACH)
    return any(matches_any(word, context) for word in (*words[low:first], *words[last:high]))
