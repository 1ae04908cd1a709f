"""Which runs of words name an organisation: exactly, or with a typo.

Names are compared "squashed" (folded words run together), so "Witch-hunt",
"Witch Hunt", "Witchhunt" and "#labouragainstthewitchhunt" are one spelling and only
real typos are left to the fuzzy score. Candidate spans come from single words:
a word that is, or nearly is, a distinctive word of some name anchors a window the
length of that name, and only that window is scored. Work so grows with the words of
the text, not with texts × names; the per-word lookups are cached because the same
words recur.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from math import ceil, floor

from rapidfuzz import fuzz, process

from exclcheck.ruleset import Alias

LOOKALIKE = "(lookalike)"  # organisation id given to names that are NOT proscribed
ANCHOR_MIN = 4  # shorter words are too common to anchor a fuzzy window
_ANCHOR_CUTOFF = 72.0  # a word this close to a name's word is worth a window ("Apeel")
CONTEXT_REACH = 3  # words either side of a mention searched for context
# Words between a paper's name and its issue number: "Solidarity issue 640"
ISSUE_WORDS = frozenset({"issue", "no", "number", "edition", "vol"})
# Words after a mention passed over before the reach is counted: a possessive's "s" and
# the capitalised words of a place ("Resist's East Midlands committee").
CONTEXT_SKIP = 3
# Bank lines cut a payee's name short ("PAYPAL *LABOURAGAINSTWITCH", "SO ALLIANCE WORKERS
# LIB"): a window whose last word stops inside a name's word is compared with the
# name cut to the same length. (The matcher counts these only in capitals.)
TRUNCATED = "truncated"
_TRUNCATED_MIN = 12  # letters a cut-short name must keep
_TRUNCATED_PREFIX = 3  # least letters of a name's word that anchor a cut-short window
_TRUNCATED_SLACK = 4  # letters more of the name the window may be compared with
# A name of three words or more with its words cut short, as a payee field or a handle
# writes it ("SOC LAB NETWORK", "@SocLabNetwork", "LABOUR AGAINST THE WH"): each word
# written whole or as its first letters (three at least), small words ("the", "in")
# maybe left out, and the last words maybe as their initials. See `shortened`.
SHORTENED = "shortened"
SHORTENED_SCORE = 90.0  # reported for a shortened name: not exact, above the fuzzy bar
_SHORTENED_WORDS = 3  # words a name needs to be recognised by cut-short words
_SHORT_PREFIX = 3  # least letters of a word written as its opening
_SHORT_KEPT = 2  # name words a shortened form must write, whole or by their opening
_SHORT_INITIALS = 2  # most closing words a shortened form may write as initials
_SMALL_WORDS = frozenset({"the", "in", "of", "for", "a", "s"})
# Words so common in any text that being one letter away from a name's word says
# nothing: "with" is not a typo of "Witch(-hunt)". They anchor a window only when
# they are the name's word itself.
COMMON_WORDS = frozenset(
    {"a", "i", "s", "t", "m", "d", "o", "e", "x", "ll", "ve", "re", "in", "of", "to", "at",
     "on", "is", "it", "be", "as", "by", "or", "an", "we", "he", "me", "my", "up", "so",
     "no", "do", "go", "us", "am", "st", "th", "nd", "rd", "the", "and", "for", "you",
     "are", "was", "his", "her", "our", "all", "can", "not", "but", "had", "has", "one",
     "two", "new", "who", "out", "per", "via", "she", "him", "its", "work", "with", "this",
     "that", "from", "were", "will", "have", "what", "when", "which", "their", "there",
     "they", "them", "then", "than", "been", "into", "also", "about", "after", "over",
     "some", "more", "most", "such", "only", "other", "very", "just", "each", "both",
     "org", "com", "uk", "www", "http", "https"}
)  # fmt: skip

Span = tuple[int, int, int]  # (alias index, first word, last word + 1)


@dataclass(frozen=True, slots=True)
class Compiled:
    """An alias as the span search compares it."""

    organisation: str
    alias: Alias
    words: tuple[str, ...]  # folded
    squashed: str  # the folded words run together
    cased: str  # squashed with its case kept, for case-sensitive names


class SpanIndex:
    """The aliases indexed for `spans` (see `proscribed_only` for the prefilter's)."""

    def __init__(self, aliases: Sequence[Compiled], indices: Iterable[int]) -> None:
        self._aliases = aliases
        chosen = sorted(indices)
        self._exact: dict[str, list[int]] = {}
        self._prefixes: set[str] = set()
        for index in chosen:
            squashed = aliases[index].squashed
            self._exact.setdefault(squashed, []).append(index)
            self._prefixes.update(squashed[:i] for i in range(1, len(squashed)))
        # Anchors for fuzzy windows: the distinctive words of each fuzzy name, and the
        # whole name squashed (for hashtags that run it together). Value: (alias index,
        # word index) with word index -1 for the whole name.
        anchors: dict[str, list[tuple[int, int]]] = {}
        sharing = organisations_per_word(aliases)
        for index in chosen:
            item = aliases[index]
            if item.alias.threshold >= 100:
                continue
            for position, word in _anchor_words(item, sharing):
                anchors.setdefault(word, []).append((index, position))
            if len(item.words) > 1:
                anchors.setdefault(item.squashed, []).append((index, -1))
        self._anchors = anchors
        self._anchor_words = tuple(anchors)
        self._fuzzy_lengths = {
            index: _scorable_lengths(len(aliases[index].squashed), aliases[index].alias.threshold)
            for index in chosen
        }
        # A cut-short last word ("LIB", "LABOURAGAINSTWITCH") anchors a window that
        # ends with it: the strict prefixes of a proscribed name's anchor words, and the
        # whole squashed names' (a run-together name cut short).
        cut: dict[str, list[tuple[int, int]]] = {}
        for index in chosen:
            item = aliases[index]
            if item.organisation == LOOKALIKE or item.alias.threshold >= 100:
                continue
            if len(item.squashed) <= _TRUNCATED_MIN:
                continue
            for position, word in _anchor_words(item, sharing):
                for size in range(_TRUNCATED_PREFIX, len(word)):
                    cut.setdefault(word[:size], []).append((index, position))
            if len(item.words) > 1:
                for size in range(_TRUNCATED_MIN, len(item.squashed)):
                    cut.setdefault(item.squashed[:size], []).append((index, -1))
        self._cut = cut
        # A shortened name is searched around a word that cuts one of its words short
        # (not a common word: "all" of Alliance) or its closing initials ("wh").
        self._shortened: dict[str, list[int]] = {}
        for index in chosen:
            item = aliases[index]
            if not _may_shorten(item):
                continue
            for word in item.words:
                if word in _SMALL_WORDS:
                    continue
                for size in range(_SHORT_PREFIX, len(word)):
                    if word[:size] not in COMMON_WORDS:
                        self._shortened.setdefault(word[:size], []).append(index)
            for size in range(2, _SHORT_INITIALS + 1):
                initials = "".join(word[0] for word in item.words[-size:])
                self._shortened.setdefault(initials, []).append(index)
        self._openings = {
            index: tuple(w[:_SHORT_PREFIX] for w in aliases[index].words if w not in _SMALL_WORDS)
            for index in chosen
            if _may_shorten(aliases[index])
        }
        # The names a run-together word may open, by the opening letters of the name's
        # words it can start with (its first word, or one after small words left out):
        # a word is tried against these only, not against every long name - which for
        # 500 organisations was most of the prefilter's time.
        self._shortenable: dict[str, list[int]] = {}
        for index in chosen:
            if not _may_shorten(aliases[index]):
                continue
            for word in aliases[index].words:
                self._shortenable.setdefault(word[:_SHORT_PREFIX], []).append(index)
                if word not in _SMALL_WORDS:
                    break
        self._shortened_in = lru_cache(maxsize=1 << 14)(self._shortened_names)
        self._max_words = max((len(aliases[i].words) for i in chosen), default=1) + 1
        self.anchors_for = lru_cache(maxsize=1 << 14)(self._anchors_for)

        # An exact name's words, run together, are the squashed name, so one of them
        # is a piece that covers the name's chosen character; a fuzzy one holds an
        # anchor word. A span holds a sign word; words far from any need no search.
        def pieces(lookalike: bool) -> frozenset[str]:
            return frozenset(
                piece
                for i in chosen
                if (aliases[i].organisation == LOOKALIKE) == lookalike
                for piece in cover(aliases[i].squashed, sharing)
            )

        named = pieces(lookalike=False)
        self._covers: tuple[frozenset[str], ...] = (named, pieces(lookalike=True) - named)

    def proscribed_only(self) -> SpanIndex:
        """The same index over the proscribed names only: the prefilter's.

        It shares the bulky tables, which for 500 organisations are megabytes in each
        worker: the names' prefixes (more of them only decide when to stop extending a
        window, not what is found), the cut-short names (proscribed only already) and
        the proscribed names' cover pieces. Only the small tables are rebuilt.
        """
        view = copy.copy(self)

        def proscribed(index: int) -> bool:
            return self._aliases[index].organisation != LOOKALIKE

        view._exact = {
            name: kept
            for name, indices in self._exact.items()
            if (kept := [i for i in indices if proscribed(i)])
        }
        view._anchors = {
            word: ours
            for word, anchors in self._anchors.items()
            if (ours := [a for a in anchors if proscribed(a[0])])
        }
        view._anchor_words = tuple(view._anchors)
        view._covers = self._covers[:1]
        view.anchors_for = lru_cache(maxsize=1 << 14)(view._anchors_for)
        return view

    def is_sign(self, word: str, *, remember: bool = True) -> bool:
        """Whether a word can be part of a span: a piece of a name, or an anchor.

        `remember=False` for a caller that keeps its own answers (the prefilter), so
        that the cache of anchors holds only words that spans are searched around.
        """
        if word in self._cut or any(word in pieces for pieces in self._covers):
            return True
        if self._shortened_in(word) if remember else self._shortened_names(word):
            return True
        return bool(self.anchors_for(word) if remember else self._anchors_for(word))

    def _shortened_names(self, word: str) -> tuple[int, ...]:
        """The names a word may be part of, shortened: a cut word of theirs, or one word
        that runs several cut words together ("soclabnetwork", from a handle)."""
        found = self._shortened.get(word)
        if found:
            return tuple(found)
        if len(word) < 2 * _SHORT_PREFIX:
            return ()
        openers = {word[:size] for size in range(1, _SHORT_PREFIX + 1)}
        return tuple(
            i
            for i in dict.fromkeys(i for o in openers for i in self._shortenable.get(o, ()))
            if shortened((word,), self._aliases[i].words, whole=False)
        )

    def _anchors_for(self, word: str) -> tuple[tuple[int, int], ...]:
        """Which names this word could belong to (cached: words recur across rows)."""
        if len(word) < ANCHOR_MIN:
            return ()
        if word in COMMON_WORDS:
            return tuple(self._anchors.get(word, ()))
        hits = process.extract(
            word,
            self._anchor_words,
            scorer=fuzz.ratio,
            score_cutoff=_ANCHOR_CUTOFF,
            limit=None,
        )
        return tuple(anchor for choice, _score, _i in hits for anchor in self._anchors[choice])

    def spans(
        self, words: Sequence[str], near: Sequence[int] | None = None
    ) -> dict[Span, tuple[float, str]]:
        """Spans of `words` that match a name: (alias, first, last) → (score, method).

        Works on plain folded words, so it can run before any token is built. Only
        spans holding a sign word are looked for: at the positions `near` when the
        caller knows them (the prefilter does), else at every sign word.
        """
        found: dict[Span, tuple[float, str]] = {}
        if near is None:
            near = [position for position, word in enumerate(words) if self.is_sign(word)]
        reach = self._max_words
        starts = sorted({s for p in near for s in range(max(0, p - reach + 1), p + 1)})
        prefixes, exact = self._prefixes, self._exact
        # Exact: extend a window while it is still the start of some name (most words
        # open none, and are passed over before a loop is set up for them).
        for first in [s for s in starts if words[s] in prefixes or words[s] in exact]:
            squashed = ""
            for last in range(first + 1, min(len(words), first + reach) + 1):
                squashed += words[last - 1]
                for index in exact.get(squashed, ()):
                    found[(index, first, last)] = (100.0, "exact")
                if squashed not in prefixes:
                    break
        # Fuzzy: score only the windows that an anchor word points at, and of those
        # only the ones whose length leaves the name's score within reach.
        ends = list(accumulate(map(len, words), initial=0))  # window length by subtraction
        total = len(words)
        for position in near:
            for index, word_index in self.anchors_for(words[position]):
                item = self._aliases[index]
                shortest, longest = self._fuzzy_lengths[index]
                for low, high in _window_offsets(word_index, len(item.words)):
                    first, last = position + low, position + high
                    if first < 0 or last > total:
                        continue
                    if not shortest <= ends[last] - ends[first] <= longest:
                        continue  # fuzz.ratio would score it below the threshold
                    if (index, first, last) in found:
                        continue
                    window = "".join(words[first:last])
                    score = fuzz.ratio(window, item.squashed, score_cutoff=item.alias.threshold)
                    if score:
                        found[(index, first, last)] = (round(score, 1), "fuzzy")
        for position in near:
            if names := self._shortened_in(words[position]):
                self._shortened_around(words, position, names, found)
        for position in near:
            word = words[position]
            run_together = [a for a in self.anchors_for(word) if a[1] < 0]
            for index, word_index in (*self._cut.get(word, ()), *run_together):
                if self._aliases[index].organisation != LOOKALIKE:
                    self._truncated(words, position, index, word_index, found)
        return found

    def _shortened_around(
        self,
        words: Sequence[str],
        position: int,
        names: Sequence[int],
        found: dict[Span, tuple[float, str]],
    ) -> None:
        """Windows around `position` that write one of `names` shortened.

        Two of a name's words must be written whole or by their opening, so the text
        around must hold the openings of two: a cheap test that skips most windows.
        The text around depends only on the name's length, so it is joined once per
        length (a closing pair of initials, "at", "in", may open dozens of names)."""
        arounds: dict[int, str] = {}
        for index in names:
            size = len(self._aliases[index].words)
            if (around := arounds.get(size)) is None:
                around = "".join(words[max(0, position - size + 1) : position + size])
                arounds[size] = around
            if sum(map(around.__contains__, self._openings[index])) >= _SHORT_KEPT:
                self._shortened_spans(words, position, index, found)

    def _shortened_spans(
        self, words: Sequence[str], position: int, index: int, found: dict[Span, tuple[float, str]]
    ) -> None:
        """Windows around `position` that write the name `index` shortened (whose
        openings the text around holds)."""
        name = self._aliases[index].words
        for first in range(max(0, position - len(name) + 1), position + 1):
            for last in range(position + 1, min(len(words), first + len(name)) + 1):
                key = (index, first, last)
                if key not in found and shortened(tuple(words[first:last]), name):
                    found[key] = (SHORTENED_SCORE, SHORTENED)

    def _truncated(
        self,
        words: Sequence[str],
        position: int,
        index: int,
        word_index: int,
        found: dict[Span, tuple[float, str]],
    ) -> None:
        """Windows ending in the cut-short word at `position`, against the cut name."""
        item = self._aliases[index]
        if word_index < 0:
            firsts = [position]
        else:
            start = position - word_index
            firsts = [f for f in (start - 1, start, start + 1) if 0 <= f <= position]
        for first in firsts:
            if any(key[0] == index and key[1] <= first < key[2] for key in found):
                continue
            window = "".join(words[first : position + 1])
            if not _TRUNCATED_MIN <= len(window) < len(item.squashed):
                continue
            score = max(
                fuzz.ratio(window, item.squashed[: len(window) + extra])
                for extra in range(_TRUNCATED_SLACK + 1)
            )
            if score >= item.alias.threshold:
                found[(index, first, position + 1)] = (round(score, 1), TRUNCATED)


def _may_shorten(item: Compiled) -> bool:
    """Whether a name is long enough to be known by its words cut short."""
    return (
        item.organisation != LOOKALIKE
        and item.alias.threshold < 100
        and sum(word not in _SMALL_WORDS for word in item.words) >= _SHORTENED_WORDS
    )


@lru_cache(maxsize=1 << 11)  # small: with the test of two openings, few calls repeat
def shortened(tokens: tuple[str, ...], name: tuple[str, ...], whole: bool = True) -> bool:
    """Whether `tokens` write `name` with its words cut short, in order.

    Each word of the name is written whole or by its opening letters (three at least),
    several of them maybe run together in one token ("soclabnetwork"); its small words
    ("the", "in") may be left out; the last token may end in the initials of the
    name's last one or two words ("LABOUR AGAINST THE WH": a payee field cut short).
    At least two words must be written whole or by their opening, and one cut short
    or given as initials: the name written out is an exact match, not this; and the
    first word is not a common one ("all work lib..." is not the AWL). With
    `whole=False` the tokens need to write the name only from its start, so far as
    they go (a word of a handle tested for a sign).
    """

    def go(i: int, k: int, j: int, cut: bool, kept: int) -> bool:
        if i == len(tokens):
            done = all(w in _SMALL_WORDS for w in name[j:]) or not whole
            return done and cut and kept >= _SHORT_KEPT
        token = tokens[i]
        if k == len(token):
            return go(i + 1, 0, j, cut, kept)
        if j == len(name):
            return False
        word, rest = name[j], token[k:]
        if word in _SMALL_WORDS and go(i, k, j + 1, cut, kept):
            return True
        if rest.startswith(word) and go(i, k + len(word), j + 1, cut, kept + 1):
            return True
        for size in range(_SHORT_PREFIX, min(len(word), len(rest) + 1)):
            if rest[:size] == word[:size] and go(i, k + size, j + 1, True, kept + 1):
                return True
        left = [w for w in name[j:] if w not in _SMALL_WORDS]
        return (
            i == len(tokens) - 1
            and 2 <= len(left) <= _SHORT_INITIALS
            and len(rest) == len(left)
            and rest == "".join(w[0] for w in left)
            and kept >= _SHORT_KEPT
        )

    # The first word is not a common one: "all work, lib..." is no Alliance
    return bool(tokens) and tokens[0] not in COMMON_WORDS and go(0, 0, 0, False, 0)


def organisations_per_word(aliases: Sequence[Compiled]) -> dict[str, int]:
    """How many organisations' names (each look-alike its own) use each word."""
    owners: dict[str, set[str]] = {}
    for item in aliases:
        owner = item.alias.text if item.organisation == LOOKALIKE else item.organisation
        for word in item.words:
            owners.setdefault(word, set()).add(owner)
    return {word: len(names) for word, names in owners.items()}


_LONG_NAME = 5  # words in a name long enough to be anchored by a few of them
_LONG_NAME_ANCHORS = 2


def _anchor_words(item: Compiled, sharing: dict[str, int]) -> list[tuple[int, str]]:
    """The words of a name that may start a fuzzy window, with their positions.

    A name is anchored by its most distinctive words: those shared by the fewest
    organisations' names ("Appeal", not "Socialist"; "Exile", not "Labour"). A window
    that only "Labour" could anchor is "Labour" plus words that are not the name, and
    scoring those on every row naming the party was most of the scan's time.
    """
    long = [(position, word) for position, word in enumerate(item.words) if len(word) >= ANCHOR_MIN]
    if not long:
        return long
    fewest = min(sharing[word] for _position, word in long)
    distinctive = [(position, word) for position, word in long if sharing[word] == fewest]
    if len(item.words) < _LONG_NAME:
        return distinctive
    # A long name ("British section of the International Marxist Tendency") needs only
    # its longest distinctive words: a window near enough to the whole name keeps one
    # of them near enough too, and "section" alone anchored every "election".
    longest = sorted(distinctive, key=lambda pw: len(pw[1]), reverse=True)
    return sorted(longest[:_LONG_NAME_ANCHORS])  # back in the name's order


# Keyed by a name's length and an anchor's place in it: a few dozen pairs for any
# rules, so the bound (tiny memory for a list of offsets made once) is never reached.
@lru_cache(maxsize=1 << 10)
def _window_offsets(word_index: int, length: int) -> tuple[tuple[int, int], ...]:
    """Word windows around an anchor, as offsets from its position, in order: the name's
    length, one word more or fewer. The caller drops those that leave the text."""
    if word_index < 0:
        return ((0, 1),)
    spans = set()
    for first in (-word_index - 1, -word_index, -word_index + 1):
        for size in (length - 1, length, length + 1):
            last = first + size
            if size >= 1 and first <= 0 < last:
                spans.add((first, last))
    return tuple(sorted(spans))


def _scorable_lengths(size: int, threshold: float) -> tuple[int, float]:
    """The lengths a window may have and still reach `threshold` against a name of
    `size` letters: fuzz.ratio is at most 200 * shorter / (both lengths summed), as the
    difference in length must be inserted or deleted. Rounded outwards, so that only
    windows that certainly score below are skipped; a cheap test before the join and
    the call, which for 500 organisations failed half the windows."""
    if threshold <= 0:
        return 0, float("inf")
    return floor(threshold * size / (200 - threshold)), ceil(size * (200 - threshold) / threshold)


def matches_any(word: str, patterns: Sequence[str]) -> bool:
    """Whether a word is one of a name's context words ("member*" takes "members")."""
    literal, prefixes = _context_words(patterns)
    return word in literal or word.startswith(prefixes)


# A rule's context words as a set and a tuple of prefixes, so that a test is two C
# calls instead of a loop over some sixty patterns. Keyed by the identity of the
# rule's (immutable) tuple, which the entry keeps alive, so an id cannot be reused.
_CONTEXTS: dict[int, tuple[Sequence[str], frozenset[str], tuple[str, ...]]] = {}


def _context_words(patterns: Sequence[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    entry = _CONTEXTS.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        literal = frozenset(p for p in patterns if not p.endswith("*"))
        prefixes = tuple(p[:-1] for p in patterns if p.endswith("*"))
        entry = _CONTEXTS[id(patterns)] = (patterns, literal, prefixes)
    return entry[1], entry[2]


def cover(squashed: str, sharing: dict[str, int]) -> frozenset[str]:
    """Every piece of `squashed` that holds its least common character position.

    However a text splits a name into words ("LAW", "L.A.W."), exactly one of its
    words holds that position, so a row holding none of these pieces cannot name it
    exactly. The position is chosen so that the pieces are rarely words on their own:
    not common words, nor words that many names share ("labour", "socialist"). Only
    speed depends on that choice, never a result.
    """
    size = len(squashed)
    commonness = _commonness_by_position(squashed, sharing)
    best = min(range(size), key=lambda i: (commonness[i], (i + 1) * (size - i), i))
    return frozenset(squashed[a:b] for a in range(best + 1) for b in range(best + 1, size + 1))


def _commonness_by_position(squashed: str, sharing: dict[str, int]) -> list[int]:
    """For each position, the summed commonness of the pieces that hold it.

    Each piece is ranked once and its rank added to the positions it holds (most
    pieces rank 0 and add nothing); ranking every piece again for every position it
    holds was cubic in a name's length, seconds of start-up for 500 organisations.
    """
    size = len(squashed)
    totals = [0] * size
    for a in range(size):
        for b in range(a + 1, size + 1):
            if rank := _commonness(squashed[a:b], sharing):
                for i in range(a, b):
                    totals[i] += rank
    return totals


def _commonness(piece: str, sharing: dict[str, int]) -> int:
    """A rough rank of how often a piece of a name stands as a word of its own."""
    if piece in COMMON_WORDS:
        return 100
    if piece in sharing:
        return 10 * sharing[piece]
    return 1 if len(piece) <= 2 else 0
