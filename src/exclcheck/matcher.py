"""Find where a text names a proscribed organisation, and whether that mention counts.

The span search (`spans.py`) finds names, exact or with a typo; here each span becomes
a mention, and is rejected - kept, with the reason, for `explain` - where case,
context or a longer proper name shows it is not the group.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

from exclcheck.corrections import corrected_to_lookalike
from exclcheck.normalize import Normalized, Token, fold_phrase, fold_phrase_cased
from exclcheck.predecessors import named_as_merged
from exclcheck.prefilter import Prefilter
from exclcheck.ruleset import Alias, AliasKind, RuleSet
from exclcheck.spans import (
    CONTEXT_REACH,
    CONTEXT_SKIP,
    ISSUE_WORDS,
    LOOKALIKE,
    SHORTENED,
    TRUNCATED,
    Compiled,
    SpanIndex,
    matches_any,
)
from exclcheck.wording import CONJUNCTIONS, LIST_JOINS, quotation, text_between

# Words that open a region's name after a group's ("LLA North West", "SLN Greater
# London"): the group's branch there, not another name.
_REGIONS = frozenset({"north", "south", "east", "west", "central", "greater", "mid", "inner"})
_PLACE_WORDS = 3  # capitalised words of a place between a name and its group word
_COMPANIES = frozenset({"ltd", "limited", "plc", "llp", "inc"})
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


class Matcher:
    """A rule set's names, compiled for fast repeated matching."""

    def __init__(self, rules: RuleSet) -> None:
        compiled: list[Compiled] = []
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
        self._names: dict[str, frozenset[str]] = {
            org.id: frozenset(c.squashed for c in self._aliases if c.organisation == org.id)
            for org in rules.organisations
        }
        self._index = SpanIndex(self._aliases, range(len(self._aliases)))
        self._successors: dict[str, set[str]] = {}
        for org in rules.organisations:
            for old in (*org.merged_from, *org.successor_of):
                self._successors.setdefault(old, set()).add(org.id)
        self._prefilter = Prefilter(self._aliases, self._index.proscribed_only())
        self._exact_below = rules.settings.exact_below

    def could_count(self, text: str) -> bool:
        """False only when no proscribed organisation's mention in `text` can count."""
        return self._prefilter.could_count(text)

    def candidates(self, text: Normalized) -> list[Mention]:
        """Every span that names an organisation or a look-alike."""
        tokens = text.tokens
        spans = self._index.spans([t.text for t in tokens])
        found = {
            key: _mention(self._aliases[key[0]], tokens, text.original, key[1], key[2], *value)
            for key, value in spans.items()
        }
        lists = list_starts(list(found.values()), text)
        mentions = [
            _check_truncated(self._check_case(_check_one_sentence(m, text), text, lists), text)
            for m in found.values()
        ]
        return _resolve_overlaps(self._drop_inner_names(mentions), text.original)

    def _drop_inner_names(self, mentions: list[Mention]) -> list[Mention]:
        """Drop a name held inside a fuller name: one of the same group that needs
        context, or a look-alike's misspelt.

        "Alliance fir Workers Liberty" is the full name with a typo (fuzzy, 96), though
        "Workers Liberty" inside it is exact: the exact part must not win the overlap
        and then fail for want of context. In "Labor Left Aliance" the misspelt
        "Left Aliance" (Finland's party, fuzzy) is part of the longer name. (An exact
        look-alike keeps its words: "Labour's Left Alliance" may be Finland's.)
        """
        full = [
            m
            for m in mentions
            if not m.rejected
            and m.organisation != LOOKALIKE
            and not self._alias(m).alias.needs_context
            and m.last - m.first > 1
        ]

        def inside(m: Mention, f: Mention) -> bool:
            return f.first <= m.first and m.last <= f.last and f.last - f.first > m.last - m.first

        def held(m: Mention) -> bool:
            if m.organisation == LOOKALIKE:
                return m.method != "exact" and any(inside(m, f) for f in full)
            return self._alias(m).alias.needs_context and any(
                f.organisation == m.organisation and inside(m, f) for f in full
            )

        return [m for m in mentions if not held(m)]

    def _check_case(self, mention: Mention, text: Normalized, lists: Mapping[int, int]) -> Mention:
        """ "LAW" is the group and "law" is not - unless case tells nothing in this text.

        In a text all in capitals (a system export) or all in lower case (a casual
        post), a case-sensitive name counts only with a context word beside it.
        """
        item = self._alias(mention)
        if not item.alias.case_sensitive or mention.rejected:
            return mention
        if text.case_blind:
            if self._has_context(mention, text, item.alias.context, lists):
                return _check_institution_after(mention, text)
            return _reject(
                mention, f"case cannot tell '{mention.text}' from a word, and no context says"
            )
        cased = _squash([t.cased for t in text.tokens[mention.first : mention.last]])
        if cased != item.cased:
            if text.untitled and self._has_context(mention, text, item.alias.context, lists):
                # "ravi helping on the lla stall at the TUC demo": a writer who
                # capitalises no word may not capitalise initials either.
                return _check_institution_after(mention, text)
            return _reject(mention, f"'{mention.text}' is not written '{item.alias.text}'")
        before = text.tokens[mention.first - 1] if mention.first else None
        if before is not None and before.cased == "THE":
            # "keeps quoting THE LAW at us": capitals for stress in a text that has
            # small letters, where the group would be "the LAW".
            return _reject(mention, f"'THE {mention.text}' reads as capitals for stress")
        if _in_capitals(mention, text) and not self._has_context(
            mention, text, item.alias.context, lists
        ):
            # "'CHARGES REGISTER: LIEN REGISTERED ... IN FAVOUR OF'": a stretch in
            # capitals tells no more than a text in capitals.
            return _reject(mention, f"'{mention.text}' stands in words all in capitals")
        if _spelt_out_as_another(mention, text, self._names[mention.organisation]):
            return _reject(mention, f"'{mention.text}' is spelt out as another name")
        return self._check_longer_name(mention, text, item.alias.context)

    def _check_longer_name(
        self, mention: Mention, text: Normalized, context: Sequence[str]
    ) -> Mention:
        """ "LAW Centre North", "Resist Climbing Ltd": a capitalised word straight after
        a short or common-word name makes it part of another proper name - unless that
        word is one of the context words that make it the group ("SLN Treasurer")."""
        tokens = text.tokens
        if text.case_blind:
            return _check_institution_after(mention, text)

        def name_word(index: int) -> bool:
            if index >= len(tokens) or tokens[index].shape not in ("title", "upper"):
                return False
            gap = text.original[tokens[index - 1].end : tokens[index].start]
            return gap.strip() == "" and not matches_any(tokens[index].text, context)

        after = mention.last
        # One capitalised word may be a place ("LLA Leeds branch"); two, or an
        # institution's word, make another name.
        if after < len(tokens) and tokens[after].text in _REGIONS:
            return mention  # "the LLA North West steering committee": a region of it
        if name_word(after) and (name_word(after + 1) or tokens[after].text in _INSTITUTIONS):
            if self._place_of_group(after, text, context, name_word):
                return mention  # "Resist Glasgow West branch meeting"
            words = " ".join(t.cased for t in tokens[after : after + 2])
            return _reject(mention, f"'{mention.text} {words}' reads as another name")
        return mention

    @staticmethod
    def _place_of_group(
        after: int, text: Normalized, context: Sequence[str], name_word: Callable[[int], bool]
    ) -> bool:
        """Whether the capitalised words after a name are a place closed by one of the
        group's words ("Resist Glasgow West branch"), not another body's name."""
        tokens = text.tokens
        end = after
        while end < len(tokens) and end - after < _PLACE_WORDS and name_word(end):
            if tokens[end].text in _INSTITUTIONS:
                return False
            end += 1
        if end >= len(tokens) or not matches_any(tokens[end].text, context):
            return False
        return text_between(end - 1, end, text).strip() == ""

    def _has_context(
        self,
        mention: Mention,
        text: Normalized,
        context: Sequence[str],
        lists: Mapping[int, int] | None = None,
    ) -> bool:
        """Whether a context word stands near the mention in its clause; before a list of
        names, near the list's first ("selling Socialist Appeal and Solidarity", "A
        MEMBER OF LAW AND THE SLN")."""
        tokens = text.tokens
        clause = tokens[mention.first].clause
        low = max(0, (lists or {}).get(mention.first, mention.first) - CONTEXT_REACH)
        high = min(len(tokens), _past_names(mention, text) + CONTEXT_REACH)
        return any(
            token.clause == clause and matches_any(token.text, context)
            for token in (*tokens[low : mention.first], *tokens[mention.last : high])
        )

    def mentions(self, text: Normalized) -> list[Mention]:
        """Mentions of proscribed organisations, each marked with why it does not count."""
        result = []
        candidates = self.candidates(text)
        lists = list_starts(candidates, text)
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
                mention = self._check_context(mention, text, accepted_orgs, lists)
            elif not mention.rejected and self._lower_as_words(mention, text):
                mention = self._check_lower_name(mention, text)
            result.append(mention)
        if self._successors:
            result = self._reject_merged(result, text)
        return _reject_corrected(result, text)

    def _reject_merged(self, mentions: list[Mention], text: Normalized) -> list[Mention]:
        """Predecessors named only in their merger's words, beside their successor's
        name: "the SLN, formed by the merger of LAW and LIEN"."""
        named = {m.organisation for m in mentions if not m.rejected}
        names = {k for m in mentions for k in range(m.first, m.last)}
        return [
            _reject(m, f"'{m.text}' is named as merged into a successor, not as a body acted for")
            if not m.rejected
            and self._successors.get(m.organisation, set()) & named
            and named_as_merged(m.first, m.last, text.tokens, text.original, names)
            else m
            for m in mentions
        ]

    @staticmethod
    def _lower_as_words(mention: Mention, text: Normalized) -> bool:
        """Whether a name in small letters may be ordinary words, to be checked as such."""
        in_post = _in_lower_post(mention, text)
        return _after_a_in_lower_text(mention, text, in_post) or (
            not in_post and _lower_in_cased_text(mention, text)
        )

    def _check_lower_name(self, mention: Mention, text: Normalized) -> Mention:
        """A name written in lower case, in a text that capitalises names, counts only
        with context ("joined the labour left alliance").

        After "a", and for a two-word name (as likely an ordinary phrase: "donated to
        the socialist appeal launched by Unite"), only a group word straight after it
        ("a labour left alliance meeting") or "<context word> of" before it ("a member
        of socialist appeal") makes it the organisation: "joined a socialist appeal to
        the council" is two words.
        """
        tokens = text.tokens
        context = self._alias(mention).alias.context
        first, after = mention.first, mention.last
        short = after - first <= _ORDINARY_WORDS
        if short or (first and tokens[first - 1].text in _INDEFINITE):
            if after < len(tokens) and matches_any(tokens[after].text, context):
                return mention
            member_of = first >= 2 and tokens[first - 1].text == "of"
            if member_of and matches_any(tokens[first - 2].text, context):
                return mention
        elif self._has_context(mention, text, context):
            return mention
        return _reject(
            mention, f"'{mention.text}' is in lower case in a text that capitalises names"
        )

    def _alias(self, mention: Mention) -> Compiled:
        return self._by_key[(mention.organisation, mention.alias)]

    def _check_context(
        self, mention: Mention, text: Normalized, accepted: set[str], lists: Mapping[int, int]
    ) -> Mention:
        """One-word names and publications count only where the text makes them the group
        - or where another name already does, but never in lower case where case tells
        ("Selling Solidarity ... collecting for a solidarity fund")."""
        alias = self._alias(mention).alias
        span = text.tokens[mention.first : mention.last]
        # Capitals mark a name ("Resist", not "resist the cuts"). Casual all-lower-case
        # posts drop them, so there a paper or a name of several words may do without,
        # but never a one-word name that is also a verb.
        lenient = text.all_caps or (
            text.all_lower and (alias.kind is AliasKind.PUBLICATION or len(span) > 1)
        )
        # "@workersliberty", "#labourinexile": a name of several words run together
        # after # or @ is a tag, which is written in lower case as often as not.
        tag = (
            len(span) == 1
            and len(self._alias(mention).words) > 1
            and text.original[mention.start - 1 : mention.start] in ("#", "@")
        )
        if not lenient and not tag and any(t.shape == "lower" for t in span):
            return _reject(mention, f"'{mention.text}' is not capitalised as a name")
        if text.all_caps and _infinitive(mention, text, alias.context):
            return _reject(mention, f"'{mention.text}' reads as a verb with its object")
        if _word_beside_a_short_name(mention, self._alias(mention), text, self._exact_below):
            return _reject(mention, f"'{mention.text}' is a word of its own, not a typo")
        if (
            len(span) > 1
            and alias.kind is not AliasKind.PUBLICATION
            and not text.case_blind
            and not _quoted_title(mention, text)
            and not _among_capitals(mention, text)
        ):
            # "Workers' Liberty" with its capitals is a proper noun: the phrase is
            # written in small letters ("fight for workers' liberty"), and a case-blind
            # casual post still needs a word that makes it the group.
            return self._check_longer_name(mention, text, alias.context)
        if mention.organisation in accepted:
            return mention
        if alias.party_label and _party_label(mention, text):
            return self._check_longer_name(mention, text, alias.context)
        if self._has_context(mention, text, alias.context, lists) or _issue_numbered(mention, text):
            return self._check_longer_name(mention, text, alias.context)
        return _reject(mention, f"'{mention.text}' without context that makes it the organisation")


def _word_beside_a_short_name(
    mention: Mention, item: Compiled, text: Normalized, short: int
) -> bool:
    """Whether the near miss of a short one-word name (fewer letters than `short`, the
    rules' `exact_below`, matched fuzzily only by its own threshold) is more likely
    another word than a typo: a letter short of it or the name with an ending
    ("Resit", "Resists", "Resisted" beside Resist). A typo that adds or changes a
    letter inside the word ("Resisst", "RESISIT") stays the name."""
    if mention.method == "exact" or len(item.words) != 1 or mention.last - mention.first != 1:
        return False
    if len(item.squashed) >= short:
        return False
    written = text.tokens[mention.first].text
    return len(written) < len(item.squashed) or written.startswith(item.squashed)


def list_starts(
    mentions: Sequence[Mention], text: Normalized, commas: bool = False
) -> dict[int, int]:
    """For a name joined to the names before it by "and" ("Socialist Appeal and
    Solidarity", "LAW AND THE SLN") - or, with `commas`, by a comma in a list that an
    "and" closes ("Socialist Appeal, the Socialist Party and Workers' Liberty"; not
    "Having quit Momentum, the LLA made her ..."): its first word -> the list's first
    word. Context before a list is context for each name in it; the context test
    leaves commas out, as the prefilter cannot see them."""
    tokens = text.tokens
    starts_at_end: dict[int, int] = {}
    for m in mentions:
        starts_at_end[m.last] = min(m.first, starts_at_end.get(m.last, m.first))
    # each joined name's first word -> (the word its join reaches back to, by "and")
    joins: list[tuple[int, int, bool]] = []
    for m in sorted(mentions, key=lambda m: m.first):
        k = m.first
        while k > 0 and tokens[k - 1].text in CONJUNCTIONS:
            k -= 1
        by_and = any(t.text in LIST_JOINS for t in tokens[k : m.first])
        by_comma = commas and k > 0 and "," in text.original[tokens[k - 1].end : tokens[k].start]
        same_clause = tokens[k].clause == tokens[m.first].clause
        if (by_and or by_comma) and k in starts_at_end and same_clause:
            joins.append((m.first, k, by_and))
    starts: dict[int, int] = {}
    for index, (first_word, k, by_and) in enumerate(joins):
        # a comma joins only where a later name is joined by "and" (a rough test of
        # "A, B and C": the "and" is not checked to be this list's)
        closed = by_and or any(later_and for _f, _k, later_and in joins[index + 1 :])
        if closed:
            first = starts_at_end[k]
            starts[first_word] = min(starts.get(first, first), starts.get(first_word, first_word))
    return starts


def _issue_numbered(mention: Mention, text: Normalized) -> bool:
    """ "Solidarity 667: Ngozi Eze reports from ...": a capitalised paper's name with an
    issue number straight after it ("Solidarity issue 640") is the paper cited (a year
    is no issue number: "Solidarity 2022")."""
    if mention.kind is not AliasKind.PUBLICATION or mention.last >= len(text.tokens):
        return False
    after = mention.last
    if text.tokens[after].text in ISSUE_WORDS and after + 1 < len(text.tokens):
        after += 1  # "Solidarity issue 640, page 9", "Solidarity no. 640"
    following = text.tokens[after].text
    span = text.tokens[mention.first : mention.last]
    return (
        following.isdigit()
        and len(following) <= 4
        and not (len(following) == 4 and following[:2] in ("19", "20"))
        and all(t.shape != "lower" for t in span)
    )


def _party_label(mention: Mention, text: Normalized) -> bool:
    """Whether a one-word name stands alone in brackets straight after a capitalised
    word, as a party stands after its candidate's name in a result or a ballot
    ("Leanne Pritchard (Resist) 212"): the name, not the verb, in a text that
    capitalises."""
    tokens = text.tokens
    if text.case_blind or mention.last - mention.first != 1 or mention.first == 0:
        return False
    token, before = tokens[mention.first], tokens[mention.first - 1]
    if token.shape != "title" or before.shape != "title":
        return False
    original = text.original
    return (
        original[before.end : token.start] == " ("
        and original[mention.end : mention.end + 1] == ")"
    )


_CAPITALS_RUN = 3  # words in capitals around a name that make a stretch of capitals


def _in_capitals(mention: Mention, text: Normalized) -> bool:
    """Whether a name stands in a stretch of words in capitals: words in capitals on
    both sides of it, at least three in all ("CHARGES REGISTER: LIEN REGISTERED"; not
    "SO AWL DUES", a bank line's payee)."""
    tokens = text.tokens

    def capital(k: int) -> bool:
        t = tokens[k]
        return t.shape == "upper" and len(t.text) > 1 and t.text.isalpha()

    before, after = mention.first - 1, mention.last
    if before < 0 or after >= len(tokens) or not (capital(before) and capital(after)):
        return False
    run = 0
    while before >= 0 and capital(before):
        run, before = run + 1, before - 1
    while after < len(tokens) and capital(after):
        run, after = run + 1, after + 1
    return run >= _CAPITALS_RUN


# "Wirral SLN (Supported Living Network)": an abbreviation spelt out in brackets.
_SPELT_OUT_SAME = 85  # rapidfuzz ratio at which a spelt-out name is the group's own
_SPELT_OUT = re.compile(r"\s*\(([^()]{3,80})\)")


def _spelt_out_as_another(mention: Mention, text: Normalized, names: frozenset[str]) -> bool:
    """Whether a bracket after an abbreviation spells it out, word by initial, as a name
    that is not one of the group's own `names` (squashed): "SLN (Supported Living
    Network)", not "SLN (Socialist Labour Network)"."""
    if mention.kind is not AliasKind.ABBREVIATION:
        return False
    bracket = _SPELT_OUT.match(text.original, mention.end)
    if bracket is None:
        return False
    words = [w for w in re.split(r"[\s-]+", bracket.group(1)) if w[:1].isupper()]
    initials = "".join(w[0] for w in words).lower()
    if initials != mention.text.lower():
        return False
    spelt = _squash(fold_phrase(bracket.group(1)))
    return not any(fuzz.ratio(spelt, name) >= _SPELT_OUT_SAME for name in names)


# Kinds whose lower-case spelling in a capitalised text is words, not the name: "Ten
# ideas for freedom of speech on campus" is no Ideas for Freedom.
_NAMES = (AliasKind.NAME, AliasKind.ALIAS, AliasKind.EVENT)
_SENTENCE_ENDS = frozenset(".!?\n")
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d")
_INDEFINITE = frozenset({"a", "an"})
_ORDINARY_WORDS = 2  # a lower-case name this short may be an ordinary phrase


def _past_names(mention: Mention, text: Normalized) -> int:
    """Where the words that own nothing of the context end after a mention: its
    possessive "s" and, where case tells, the capitalised words of a place
    ("Resist's East Midlands committee" reaches "committee")."""
    tokens = text.tokens
    after = mention.last
    for _ in range(CONTEXT_SKIP):
        if after >= len(tokens) or tokens[after].clause != tokens[mention.first].clause:
            break
        gap = text.original[tokens[after - 1].end : tokens[after].start]
        possessive = tokens[after].text == "s" and gap == "'"
        if not possessive and (text.case_blind or tokens[after].shape != "title"):
            break
        after += 1
    return after


def _after_a_in_lower_text(mention: Mention, text: Normalized, in_post: bool = False) -> bool:
    """Whether a name of several words follows "a" (and maybe one word more) in a text
    (or a quoted post, `in_post`) all in lower case: "ian made a real socialist appeal
    to the workers" is the words, as it would be in a text that capitalises."""
    tokens = text.tokens
    lower = text.all_lower or in_post
    if not lower or mention.kind not in _NAMES or mention.last - mention.first < 2:
        return False
    before = [t.text for t in tokens[max(0, mention.first - 2) : mention.first]]
    return bool(set(before) & _INDEFINITE)


def _lower_in_cased_text(mention: Mention, text: Normalized) -> bool:
    """Whether a name of several words is written in lower case in a text that
    capitalises: every clause opens with a capital. A casual post ("if ur sick of it,
    join the labour left alliance") is no such text, nor is a hashtag or handle a sign.
    """
    tokens = text.tokens
    span = tokens[mention.first : mention.last]
    if mention.kind not in _NAMES or len(span) < 2 or text.case_blind:
        return False
    if any(t.shape != "lower" for t in span):
        return False
    if text.original[mention.start - 1 : mention.start] in ("#", "@"):
        return False
    opened: set[int] = set()
    previous_end = 0
    for t in tokens:
        if text.original[t.start - 1 : t.start] in ("#", "@") and t.start:
            continue  # "@ruthlennox | 9 Jun 2023 | 'A passionate ...'": a handle opens nothing
        if t.text.isalpha() and t.clause not in opened:
            opened.add(t.clause)
            gap = set(text.original[previous_end : t.start])
            # A sentence the writer opened: the text's start, or after a full stop - not
            # a clause after "but", nor the words after a quotation's own end ("with 'a
            # socialist appeal!' in the subject line")
            sentence = not previous_end or (bool(gap & _SENTENCE_ENDS) and not gap & _QUOTES)
            if sentence and t.shape not in ("title", "upper"):
                return False
        previous_end = t.end
    return True


_TITLE_WORDS = 6  # words after a name that opens a quotation: a title


def _quoted_title(mention: Mention, text: Normalized) -> bool:
    """Whether the name opens a short quotation of more words: a title ("the Haldane
    Society event 'Workers' Liberty and the Law'"), where capitals say nothing."""
    original = text.original
    if mention.start < 1 or original[mention.start - 1] not in _QUOTES:
        return False
    if mention.start > 1 and not original[mention.start - 2].isspace():
        return False
    closing = _TITLE_CLOSE.search(original, mention.end)
    if closing is None:
        return False
    inside = len(original[mention.end : closing.start()].split())
    if inside:
        return inside <= _TITLE_WORDS
    # the name alone in quotes names a title when a kind of title follows ("the Haldane
    # Society's 'Workers' Liberty' seminar"); a payee in quotes is the group ("£40 to
    # 'Workers Liberty' on 30 June")
    following = original[closing.end() :].split()[:1]
    return bool(following) and following[0].lower().strip(".,;:") in _TITLE_KINDS


_TITLE_KINDS = frozenset(
    {"seminar", "conference", "talk", "panel", "session", "lecture", "debate", "event",
     "course", "module", "book", "exhibition", "film", "workshop", "series", "essay"}
)  # fmt: skip


_AROUND = 3  # words each side of a name searched for other capitalised words


def _among_capitals(mention: Mention, text: Normalized) -> bool:
    """Whether capitalised words stand on both sides of the name in its clause, as in a
    title or a list of topics ("Unions and Workers' Liberty in the Gig Economy",
    "Chartism, Workers' Liberty and the Vote"), where capitals say nothing."""
    tokens = text.tokens
    clause = tokens[mention.first].clause
    opening = next(k for k, t in enumerate(tokens) if t.clause == clause)

    def capital(k: int) -> bool:
        return (
            0 <= k < len(tokens)
            and k != opening
            and tokens[k].clause == clause
            and tokens[k].shape in ("title", "upper")
            and tokens[k].text != "i"
        )

    before = range(mention.first - _AROUND, mention.first)
    after = range(mention.last, mention.last + _AROUND)
    return any(capital(k) for k in before) and any(capital(k) for k in after)


_TITLE_CLOSE = re.compile(r"(?<=\w)[\"”’'](?=[\s.,;:!?)\]]|$)")


_POST_WORDS = 4  # words of a quotation that make it a post, not a phrase in quotes


def _in_lower_post(mention: Mention, text: Normalized) -> bool:
    """Whether the name stands in a quoted post written all in small letters ("posted:
    'sold 9 socialist appeals in the rain today'"): there case tells nothing, as in a
    text all in small letters - though the note around the quotation capitalises."""
    span = quotation(mention.start, text)
    if span is None:
        return False
    words = text.original[span[0] : span[1]].split()
    # "I" is a capital every casual writer keeps
    cased = [w for w in words if w != "I" and not w.startswith("I'")]
    return len(words) >= _POST_WORDS and not any(c.isupper() for w in cased for c in w)


_INSTITUTION_REACH = 3  # words between a name and "Ltd" that make one company's name


# Words that may follow a group's name after "to" ("PAID SUBS TO RESIST ON 3 MAY",
# "DONATION TO RESIST FOR THE FESTIVAL"); any other word is read as the object of a
# verb: "MEETING TO RESIST LIBRARY CLOSURES", "we must resist the cuts".
_AFTER_A_PAYEE = frozenset(
    {"on", "in", "at", "from", "since", "via", "by", "with", "until", "till", "of", "and",
     "or", "but", "today", "yesterday", "tonight", "monthly", "weekly", "every", "each",
     "last", "again", "too", "as", "ref", "re", "thru", "through", "x"}
)  # fmt: skip
_TO_A_VERB = frozenset({"to", "must", "will", "should", "shall", "cannot", "can"})
_OBJECT_REACH = 3  # words after the name that may hold a context word of the group


def _infinitive(mention: Mention, text: Normalized, context: Sequence[str]) -> bool:
    """Whether a one-word name that needs context, in a text all in capitals, is the
    verb it spells: after "to" or a modal ("must", "will"), with an object after it in
    its clause.
    "MEETING TO RESIST LIBRARY CLOSURES" is the verb even beside a context word
    ("MEETING"); "PAYMENT TO RESIST 10.00" and "TO RESIST FOR THE FESTIVAL" are not."""
    tokens = text.tokens
    first, after = mention.first, mention.last
    if after - first != 1 or first == 0 or after >= len(tokens):
        return False
    if tokens[first - 1].text not in _TO_A_VERB or tokens[after].clause != tokens[first].clause:
        return False
    if text.original[tokens[after - 1].end : tokens[after].start].strip():
        return False  # "TO RESIST: 10.00", "to Resist (the party)"
    word = tokens[after].text
    # a place, then the group's own word, is its branch: "TO RESIST DERBY BRANCH"
    next_words = tokens[after : after + _OBJECT_REACH]
    return (
        word.isalpha()
        and word not in _AFTER_A_PAYEE
        and not any(matches_any(t.text, context) for t in next_words)
    )


def _check_institution_after(mention: Mention, text: Normalized) -> Mention:
    """ "CARD PAYMENT AWL TOOLS & FIXINGS LTD 8.99": where case tells nothing, a
    company's word ("Ltd", "plc") a few words after the name, with nothing but words
    and "&" between, makes it part of the company's name."""
    tokens = text.tokens
    end = min(len(tokens), mention.last + _INSTITUTION_REACH + 1)
    for k in range(mention.last, end):
        gap = text.original[tokens[k - 1].end : tokens[k].start]
        if gap.strip() not in ("", "&"):
            return mention
        if tokens[k].text in _COMPANIES:
            words = " ".join(t.cased for t in tokens[mention.last : k + 1])
            return _reject(mention, f"'{mention.text} {words}' reads as a company's name")
    return mention


def _squash(words: Sequence[str]) -> str:
    return "".join(words)


def _compile(organisation: str, alias: Alias) -> Compiled:
    words = fold_phrase(alias.text)
    cased = _squash(fold_phrase_cased(alias.text))
    return Compiled(organisation, alias, words, _squash(words), cased)


def _mention(
    item: Compiled,
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


# Punctuation that ends a sentence or a phrase, followed by a space: "I am Labour, in
# exile" is not "Labour in Exile". (Not the dot in "labour-in-exile.org", nor the
# colon in "Resist: Movement for a People's Party".)
_PHRASE_END = re.compile(r"[,;.!?]\s")


def _check_one_sentence(mention: Mention, text: Normalized) -> Mention:
    """A name's words stand in one phrase: no comma or full stop between them."""
    if mention.rejected:
        return mention
    tokens = text.tokens
    for left, right in pairwise(tokens[mention.first : mention.last]):
        if _PHRASE_END.search(text.original[left.end : right.start]):
            return _reject(mention, f"'{mention.text}' runs across punctuation")
    return mention


# A bank statement line: capitals, digits and an amount ("01/08/2022 SO ALLIANCE WORKERS
# LIB 10.00", "SO WORKERS LIBERTY 5.00 DR").
_NO_SMALL_LETTERS = re.compile(r"^[^a-z]*$")
AMOUNT = re.compile(r"(?<![\d.])£?\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])")


def is_bank_line(text: str) -> bool:
    """Whether a text is a bank statement line (no small letters, an amount)."""
    return bool(_NO_SMALL_LETTERS.match(text)) and AMOUNT.search(text) is not None


def bank_lines(text: str) -> list[tuple[int, int]]:
    """The bounds of the bank statement lines in a text: the whole text when it is
    one, else each of its lines that is ("Bank statement (provided by mbr):
    / 30/11/2022 STO SOCIALIST LAB NETWORK 5.00 / Mbr: 'that's me subs'")."""
    if is_bank_line(text):
        return [(0, len(text))]
    if "\n" not in text:
        return []  # most records: one line, and not a bank line
    found, start = [], 0
    for line in text.split("\n"):
        if is_bank_line(line):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _check_truncated(mention: Mention, text: Normalized) -> Mention:
    """A name cut short counts only in a bank line, which cuts payees' names short. It
    is reported as a fuzzy match (scored against the name cut to its length). So is a
    name with its words shortened (`spans.shortened`), which counts in a bank line
    ("SOC LAB NETWORK") or as a handle or hashtag, one word after @ or # that a group
    names itself by ("@SocLabNetwork", "@LabAgainstWH")."""
    if mention.method == SHORTENED:
        mention = dataclasses.replace(mention, method="fuzzy")
        tag = text.original[mention.start - 1 : mention.start] in ("#", "@")
        if mention.rejected or (tag and not any(c.isspace() for c in mention.text)):
            return mention
        if any(start <= mention.start < end for start, end in bank_lines(text.original)):
            return mention
        return _reject(mention, f"'{mention.text}' is a name cut short, outside a bank line")
    if mention.method != TRUNCATED:
        return mention
    mention = dataclasses.replace(mention, method="fuzzy")
    if mention.rejected or any(
        start <= mention.start < end for start, end in bank_lines(text.original)
    ):
        return mention
    return _reject(mention, f"'{mention.text}' is a name cut short, outside a bank line")


def _reject_corrected(mentions: list[Mention], text: Normalized) -> list[Mention]:
    """Names a later statement says were a look-alike's: "an 'LLA meeting'. She says it
    was a Labour Left Network meeting"."""
    lookalikes = [m for m in mentions if m.organisation == LOOKALIKE]
    if not lookalikes:
        return mentions
    counted = [m for m in mentions if not m.rejected]
    return [
        _reject(m, "the record says the thing named was a look-alike's")
        if not m.rejected and corrected_to_lookalike(m, lookalikes, counted, text)
        else m
        for m in mentions
    ]


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


CONTAINING_MIN = 95.0  # a near-exact name holding a shorter one is the better reading


def _holds_another(mention: Mention, mentions: Sequence[Mention], original: str) -> bool:
    """Whether a near-exact name strictly holds another organisation's shorter name.

    "Labur Left Alliance" scores 97 against Labour Left Alliance and holds the
    look-alike "Left Alliance" exactly; the typo must not hand the words to the
    look-alike. Only near-exact readings, word for word, are promoted: "Finland's Left
    Alliance" (far from any proscribed name) and "Labour's Left Alliance" (a word more
    than the name) stay the look-alike. So is a name that is a whole handle or hashtag
    (`_whole_tag`), the one name the tag's owner goes by.
    """
    return (
        not mention.rejected
        and (mention.score >= CONTAINING_MIN or _whole_tag(mention, original))
        and any(
            other.organisation != mention.organisation
            and mention.first <= other.first
            and other.last <= mention.last
            and other.last - other.first < mention.last - mention.first
            for other in mentions
        )
        and mention.last - mention.first == len(fold_phrase(mention.alias))
    )


def _whole_tag(mention: Mention, original: str) -> bool:
    """Whether a mention is the whole of one handle or hashtag: "@LabLeftAlliance".

    A handle runs its name's words together, shortened as the group chose, so it
    reads as one name: the look-alike "Left Alliance" inside it is only part of it.
    """
    return (
        original[mention.start - 1 : mention.start] in ("@", "#")
        and not any(c.isspace() for c in mention.text)
        and not original[mention.end : mention.end + 1].isalnum()
    )


def _resolve_overlaps(mentions: list[Mention], original: str) -> list[Mention]:
    """Where spans overlap, the best (then longest) wins; a look-alike can win too.

    A near-exact name that holds another name wins over it (see `_holds_another`).

    "Socialist Labour Party" must not become "Socialist Labour Network" with a lower
    score; "Solidarity Federation" is not the paper Solidarity.
    """
    ranked = sorted(
        mentions,
        key=lambda m: (
            bool(m.rejected),
            not _holds_another(m, mentions, original),
            -m.score,
            -(m.last - m.first),
            m.first,
        ),
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
