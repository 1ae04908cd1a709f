"""Find where a text names a proscribed organisation: exactly, or with a typo.

Names are compared "squashed" (folded words run together), so "Witch-hunt",
"Witch Hunt", "Witchhunt" and "#labouragainstthewitchhunt" are one spelling and only
real typos are left to the fuzzy score. Candidate spans come from single words:
a word that is, or nearly is, a word of some name anchors a window the length of that
name, and only that window is scored. Work so grows with the words of the text, not
with texts × names; the per-word lookups are cached because the same words recur.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from exclcheck.normalize import Normalized, Token, fold, fold_phrase, fold_phrase_cased
from exclcheck.ruleset import Alias, AliasKind, RuleSet

LOOKALIKE = "(lookalike)"  # organisation id given to names that are NOT proscribed
_ANCHOR_MIN = 4  # shorter words are too common to anchor a fuzzy window
_ANCHOR_CUTOFF = 75.0  # a word this close to a name's word is worth a window
_CONTEXT_REACH = 3  # words either side of a mention searched for context
_WORD = re.compile(r"[^\W_]+")  # the normaliser's word pattern
_INSTITUTIONS = frozenset(
    {"ltd", "limited", "plc", "llp", "centre", "center", "society", "association", "trust",
     "foundation", "club", "college", "university", "clinic", "school", "firm", "chambers",
     "solicitors", "partners", "inc", "co"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that names an organisation, with how sure we are."""

    organisation: str
    alias: str
    kind: AliasKind
    start: int  # character offsets in the original text
    end: int
    first: int  # token indices, [first, last)
    last: int
    text: str  # the member's own words
    score: float
    method: str  # "exact" or "fuzzy"
    rejected: str = ""  # why this candidate does not count ("" when it does)


@dataclass(frozen=True, slots=True)
class _Compiled:
    organisation: str
    alias: Alias
    words: tuple[str, ...]
    squashed: str
    cased: str  # squashed with its case kept, for case-sensitive names


def _squash(words: Sequence[str]) -> str:
    return "".join(words)


class Matcher:
    """A rule set's names, compiled for fast repeated matching."""

    def __init__(self, rules: RuleSet) -> None:
        compiled: list[_Compiled] = []
        for org in rules.organisations:
            for alias in org.aliases:
                compiled.append(_compile(org.id, alias))
        for lookalike in rules.lookalikes:
            alias = Alias(
                text=lookalike.name,
                kind=AliasKind.NAME,
                threshold=rules.settings.fuzzy_threshold,
                case_sensitive=False,
                needs_context=False,
                line=lookalike.line,
            )
            compiled.append(_compile(LOOKALIKE, alias))
        self._aliases = tuple(c for c in compiled if c.squashed)
        self._by_key = {(c.organisation, c.alias.text): c for c in self._aliases}
        self._exact: dict[str, list[int]] = {}
        self._prefixes: set[str] = set()
        for index, item in enumerate(self._aliases):
            self._exact.setdefault(item.squashed, []).append(index)
            for i in range(1, len(item.squashed)):
                self._prefixes.add(item.squashed[:i])
        # Anchors for fuzzy windows: each word of each fuzzy name, and the whole name
        # squashed (for hashtags that run it together). Value: (alias index, word index)
        # with word index -1 for the whole name.
        anchors: dict[str, list[tuple[int, int]]] = {}
        for index, item in enumerate(self._aliases):
            if item.alias.threshold >= 100:
                continue
            for position, word in enumerate(item.words):
                if len(word) >= _ANCHOR_MIN:
                    anchors.setdefault(word, []).append((index, position))
            if len(item.words) > 1:
                anchors.setdefault(item.squashed, []).append((index, -1))
        self._anchors = anchors
        self._anchor_words = tuple(anchors)
        self._max_words = max((len(c.words) for c in self._aliases), default=1) + 1
        self._anchor_lookup = lru_cache(maxsize=65536)(self._anchors_for)
        # Whether a word can take part in any match: it begins (or is) a squashed name,
        # or anchors a fuzzy window. Cached: the vocabulary of the data is what grows.
        self._word_matters = lru_cache(maxsize=65536)(self._matters)

    def could_mention(self, text: str) -> bool:
        """A cheap test: False only when `text` certainly names no organisation.

        Exact, not a heuristic: without hashtags or handles (whose words the
        normaliser splits at capitals), the folded words are just the lower-cased
        words of the folded text, so the span search on them finds what `candidates`
        would. Only when it finds something are tokens with offsets built.
        """
        if "#" in text or "@" in text:
            return True
        words = _WORD.findall(fold(text).lower())
        if not any(map(self._word_matters, words)):
            return False
        return bool(self._spans(words))

    def _matters(self, word: str) -> bool:
        return word in self._prefixes or word in self._exact or bool(self._anchor_lookup(word))

    def _anchors_for(self, word: str) -> tuple[tuple[int, int], ...]:
        """Which names this word could belong to (cached: words recur across rows)."""
        if len(word) < _ANCHOR_MIN:
            return ()
        hits = process.extract(
            word,
            self._anchor_words,
            scorer=fuzz.ratio,
            score_cutoff=_ANCHOR_CUTOFF,
            limit=None,
        )
        return tuple(anchor for choice, _score, _i in hits for anchor in self._anchors[choice])

    def _spans(self, words: Sequence[str]) -> dict[tuple[int, int, int], tuple[float, str]]:
        """Spans of `words` that match a name: (alias, first, last) → (score, method).

        Works on plain folded words, so it can run before any token is built.
        """
        found: dict[tuple[int, int, int], tuple[float, str]] = {}
        # Exact: extend a window while it is still the start of some name.
        for first in range(len(words)):
            squashed = ""
            for last in range(first + 1, min(len(words), first + self._max_words) + 1):
                squashed += words[last - 1]
                for index in self._exact.get(squashed, ()):
                    found[(index, first, last)] = (100.0, "exact")
                if squashed not in self._prefixes:
                    break
        # Fuzzy: score only the windows that an anchor word points at.
        for position, word in enumerate(words):
            for index, word_index in self._anchor_lookup(word):
                item = self._aliases[index]
                for first, last in _windows(position, word_index, len(item.words), len(words)):
                    if (index, first, last) in found:
                        continue
                    window = "".join(words[first:last])
                    score = fuzz.ratio(window, item.squashed, score_cutoff=item.alias.threshold)
                    if score:
                        found[(index, first, last)] = (round(score, 1), "fuzzy")
        return found

    def candidates(self, text: Normalized) -> list[Mention]:
        """Every span that names an organisation or a look-alike."""
        tokens = text.tokens
        spans = self._spans([t.text for t in tokens])
        found = {
            key: _mention(self._aliases[key[0]], tokens, text.original, key[1], key[2], *value)
            for key, value in spans.items()
        }
        mentions = [self._check_case(m, text) for m in found.values()]
        return _resolve_overlaps(mentions, tokens)

    def _check_case(self, mention: Mention, text: Normalized) -> Mention:
        """ "LAW" is the group and "law" is not - unless case tells nothing in this text.

        In a text all in capitals (a system export) or all in lower case (a casual
        post), a case-sensitive name counts only with a context word beside it.
        """
        item = self._alias(mention)
        if not item.alias.case_sensitive or mention.rejected:
            return mention
        if text.case_blind:
            if self._has_context(mention, text, item.alias.context):
                return mention
            return _reject(
                mention, f"case cannot tell '{mention.text}' from a word, and no context says"
            )
        cased = _squash([t.cased for t in text.tokens[mention.first : mention.last]])
        if cased != item.cased:
            return _reject(mention, f"'{mention.text}' is not written '{item.alias.text}'")
        return self._check_longer_name(mention, text, item.alias.context)

    def _check_longer_name(
        self, mention: Mention, text: Normalized, context: Sequence[str]
    ) -> Mention:
        """ "LAW Centre North", "Resist Climbing Ltd": a capitalised word straight after
        a short or common-word name makes it part of another proper name - unless that
        word is one of the context words that make it the group ("SLN Treasurer")."""
        tokens = text.tokens
        if text.case_blind:
            return mention

        def name_word(index: int) -> bool:
            if index >= len(tokens) or tokens[index].shape not in ("title", "upper"):
                return False
            gap = text.original[tokens[index - 1].end : tokens[index].start]
            return gap.strip() == "" and not _matches_any(tokens[index].text, context)

        after = mention.last
        # One capitalised word may be a place ("LLA Leeds branch"); two, or an
        # institution's word, make another name.
        if name_word(after) and (name_word(after + 1) or tokens[after].text in _INSTITUTIONS):
            words = " ".join(t.cased for t in tokens[after : after + 2])
            return _reject(mention, f"'{mention.text} {words}' reads as another name")
        return mention

    def _has_context(self, mention: Mention, text: Normalized, context: Sequence[str]) -> bool:
        tokens = text.tokens
        clause = tokens[mention.first].clause
        low = max(0, mention.first - _CONTEXT_REACH)
        high = min(len(tokens), mention.last + _CONTEXT_REACH)
        return any(
            token.clause == clause and _matches_any(token.text, context)
            for token in (*tokens[low : mention.first], *tokens[mention.last : high])
        )

    def mentions(self, text: Normalized) -> list[Mention]:
        """Mentions of proscribed organisations, each marked with why it does not count."""
        result = []
        candidates = self.candidates(text)
        accepted_orgs = {
            m.organisation
            for m in candidates
            if not m.rejected and not self._alias(m).alias.needs_context
        }
        for mention in candidates:
            if mention.organisation == LOOKALIKE:
                # Kept (never counted) so that cues beside it are not given to a
                # proscribed name further away: "the Socialist Labour Party candidate".
                if not mention.rejected:
                    result.append(_reject(mention, "a look-alike organisation, not proscribed"))
                continue
            if not mention.rejected and self._alias(mention).alias.needs_context:
                mention = self._check_context(mention, text, accepted_orgs)
            result.append(mention)
        return result

    def _alias(self, mention: Mention) -> _Compiled:
        return self._by_key[(mention.organisation, mention.alias)]

    def _check_context(self, mention: Mention, text: Normalized, accepted: set[str]) -> Mention:
        """One-word names and publications count only where the text makes them the group."""
        if mention.organisation in accepted:
            return mention
        alias = self._alias(mention).alias
        span = text.tokens[mention.first : mention.last]
        # Capitals mark a name ("Resist", not "resist the cuts"). Casual all-lower-case
        # posts drop them, so there a paper or a name of several words may do without,
        # but never a one-word name that is also a verb.
        lenient = text.all_caps or (
            text.all_lower and (alias.kind is AliasKind.PUBLICATION or len(span) > 1)
        )
        if not lenient and any(t.shape == "lower" for t in span):
            return _reject(mention, f"'{mention.text}' is not capitalised as a name")
        if self._has_context(mention, text, alias.context):
            return self._check_longer_name(mention, text, alias.context)
        return _reject(mention, f"'{mention.text}' without context that makes it the organisation")


def _matches_any(word: str, patterns: Sequence[str]) -> bool:
    for pattern in patterns:
        if pattern.endswith("*"):
            if word.startswith(pattern[:-1]):
                return True
        elif word == pattern:
            return True
    return False


def _compile(organisation: str, alias: Alias) -> _Compiled:
    words = fold_phrase(alias.text)
    cased = _squash(fold_phrase_cased(alias.text))
    return _Compiled(organisation, alias, words, _squash(words), cased)


def _windows(position: int, word_index: int, length: int, total: int) -> list[tuple[int, int]]:
    """Token windows around an anchor: the name's length, one word more or fewer."""
    if word_index < 0:
        return [(position, position + 1)]
    start = position - word_index
    spans = set()
    for first in (start - 1, start, start + 1):
        for size in (length - 1, length, length + 1):
            last = first + size
            if size >= 1 and 0 <= first <= position < last <= total:
                spans.add((first, last))
    return sorted(spans)


def _mention(
    item: _Compiled,
    tokens: Sequence[Token],
    original: str,
    first: int,
    last: int,
    score: float,
    method: str,
) -> Mention:
    start, end = tokens[first].start, tokens[last - 1].end
    return Mention(
        organisation=item.organisation,
        alias=item.alias.text,
        kind=item.alias.kind,
        start=start,
        end=end,
        first=first,
        last=last,
        text=original[start:end],
        score=score,
        method=method,
    )


def _reject(mention: Mention, reason: str) -> Mention:
    return Mention(
        organisation=mention.organisation,
        alias=mention.alias,
        kind=mention.kind,
        start=mention.start,
        end=mention.end,
        first=mention.first,
        last=mention.last,
        text=mention.text,
        score=mention.score,
        method=mention.method,
        rejected=reason,
    )


def _resolve_overlaps(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """Where spans overlap, the best (then longest) wins; a look-alike can win too.

    "Socialist Labour Party" must not become "Socialist Labour Network" with a lower
    score; "Solidarity Federation" is not the paper Solidarity.
    """
    ranked = sorted(
        mentions,
        key=lambda m: (bool(m.rejected), -m.score, -(m.last - m.first), m.first),
    )
    taken: list[Mention] = []
    result: list[Mention] = []
    for mention in ranked:
        clash = next((t for t in taken if mention.first < t.last and t.first < mention.last), None)
        if clash is None:
            if not mention.rejected:
                taken.append(mention)
            result.append(mention)
        elif clash.organisation != mention.organisation and not mention.rejected:
            who = (
                "a look-alike that is not proscribed"
                if clash.organisation == LOOKALIKE
                else clash.organisation
            )
            result.append(_reject(mention, f"the words are better read as '{clash.alias}' ({who})"))
    result.sort(key=lambda m: (m.first, m.organisation))
    return result
