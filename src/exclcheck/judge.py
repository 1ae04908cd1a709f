"""Decide, for one activity text, which organisations it shows the member supporting.

A flag needs all of: a mention of the organisation that counts (see matcher), a
support cue tied to it (same clause, within the criterion's reach, not negated), no
exclusion (a debate anywhere in the record; a like, a criticism near the mention), a
readable date on or after the proscription, and no date in the words around the
mention that puts the act before it. Each of these is recorded in the
verdict, flagged or not, so that a reviewer can see why.

This module holds the order of those tests and the verdict; the tests themselves
live beside it: who holds a part a cue names (holders), who is acting (actors),
questions and transcripts (questions), who speaks a chat's line (turns), the cues
the judge makes itself (implied_cues), event organisers (organisers), ties through
"their" (anaphora), exclusions (exclusions) and the date tests (datetest).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from exclcheck.actors import (
    across_relative,
    across_speech,
    acts_of_others,
    after_name,
    anothers_body_role,
    anothers_role,
    calls_on_reader,
    first_name_next,
    groups_output,
    groups_own_act,
    groups_thing,
    in_anothers_relative_clause,
    in_members_name,
    joint_with_member,
    judged_writing,
    later_statement,
    member_name_words,
    name_follows,
    named_in_the_words,
    names_material,
    names_the_member,
    of_another_person,
    own_act,
    placed_beside,
    role_is_speaking,
    someone_elses_group,
    speech_kind,
    their_members,
    told_by_another,
    visits_stall,
    written_elsewhere,
)
from exclcheck.allegations import item_of, item_starts
from exclcheck.anaphora import anaphor_ties
from exclcheck.attendance import in_unheaded_list
from exclcheck.cues import CueHit, CuePattern, joined_words
from exclcheck.dates import DateStatus, ParsedDate
from exclcheck.datetest import DateTest, date_test_for, text_date_before_ban
from exclcheck.exclusions import (
    Phrase,
    exclusion_applies,
    framed_as_another,
    heads_the_record,
    is_cancelled,
    negates_tie,
    organisation_about,
)
from exclcheck.holders import (
    another_is_subject,
    filled_by_group,
    held_by_another,
    in_another_body,
    label_on_a_later_line,
    member_is_subject,
    members_part,
    named_in_apposition,
)
from exclcheck.implied_cues import (
    BANK_CRITERION,
    BANK_CUE,
    BRACKETED_CUE,
    BYLINE_CRITERION,
    BYLINE_CUE,
    CANDIDACY_CRITERION,
    MONEY_CUE,
    POSSESSIVE_CRITERION,
    WRITTEN_FOR,
    bank_payment_cues,
    bracketed_cues,
    byline_cues,
    candidacy_cues,
    money_cues,
    possessive_cues,
)
from exclcheck.matcher import Matcher, Mention, list_starts
from exclcheck.normalize import Normalized, fold_phrase, normalize
from exclcheck.one_group import (
    heading,
    names_another_object,
    our_event_before_tags,
    own_statement_tie,
)
from exclcheck.organisers import organiser_mentions
from exclcheck.questions import answered_no, answered_questions, in_conditional
from exclcheck.ruleset import AliasKind, Direction, Exclusion, Organisation, RuleSet, Scope
from exclcheck.sides import speaks_for
from exclcheck.spans import LOOKALIKE
from exclcheck.textdates import TextDate, text_dates
from exclcheck.ties import Tie, on_its_side, words_apart
from exclcheck.turns import in_anothers_turn, members_turn_topic
from exclcheck.wording import (
    CONJUNCTIONS,
    LIST_JOINS,
    glosses_one_item,
    in_brackets,
    is_label,
    refers_back,
    relative_part,
    text_between,
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Everything decided about one organisation in one record."""

    organisation: str
    flagged: bool
    reason: str  # why flagged, or why not
    mention: Mention  # the best mention that counts
    support: tuple[CueHit, ...]  # support cues tied to a mention, nearest first
    exclusions: tuple[CueHit, ...]  # exclusion cues that apply
    date_test: DateTest

    @property
    def criterion(self) -> str:
        return self.support[0].rule if self.support else ""

    @property
    def score(self) -> float:
        return self.mention.score

    def explanation(self) -> str:
        """One line: the score's components and the cues that decided."""
        m = self.mention
        parts = [f"{m.kind.value} '{m.alias}' matched '{m.text}' ({m.method}, {m.score:g})"]
        if self.support:
            cues = ", ".join(f"'{c.text}' ({c.rule})" for c in self.support[:3])
            parts.append(f"support {cues}")
        else:
            parts.append("no support cue tied to the mention")
        if self.exclusions:
            cues = ", ".join(f"'{c.text}' ({c.rule})" for c in self.exclusions[:3])
            parts.append(f"excluded by {cues}")
        parts.append(self.date_test.describe())
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Assessment:
    """All that was considered in one text: candidate mentions and verdicts."""

    mentions: tuple[Mention, ...]  # including those rejected, with their reasons
    verdicts: tuple[Verdict, ...]
    support: tuple[CueHit, ...] = ()  # every support cue found (outside names)
    exclusions: tuple[CueHit, ...] = ()  # every exclusion cue found (outside names)

    @property
    def flagged(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.flagged)


# Parts of a group, which "<Word> <Word> of the LLA" may name instead of a person.
# Cues of money paid: paid for a paper, the money bought it.
_PAID_CUES = frozenset({BANK_CUE, MONEY_CUE})
_BOX_ENDS = frozenset(".!?\n")  # a form box's entries end with their sentence or line
_PREPOSITIONS = frozenset({"to", "for", "in", "with", "at", "from"})  # repeated in a list
_BODIES = frozenset(
    {"branch", "branches", "committee", "council", "group", "section", "region", "wing",
     "office", "board", "executive", "secretariat", "members", "member", "supporters",
     "founder", "founders", "chair", "secretary", "officer", "officers"}
)  # fmt: skip


class Judge:
    """A rule set compiled for judging texts; safe to reuse across records."""

    def __init__(self, rules: RuleSet, matcher: Matcher | None = None) -> None:
        self.rules = rules
        self.matcher = matcher or Matcher(rules)
        self._organisations = {org.id: org for org in rules.organisations}
        # Names that are also the group's paper ("Socialist Appeal"): a byline there is
        # writing for it; under another group's name it is writing about it.
        self._outlets = {
            org.id: frozenset(
                a.text for a in org.aliases if a.kind in (AliasKind.PUBLICATION, AliasKind.WEBSITE)
            )
            for org in rules.organisations
        }
        self._criteria = {c.id: c for c in rules.criteria}
        self._support = [CuePattern(c.id, c.cues) for c in rules.criteria]
        self._markers = {
            c.id: (CuePattern(c.id, c.organised_by), CuePattern(c.id, c.markers))
            for c in rules.criteria
            if c.markers or c.organised_by
        }
        self._exclusions = [(e, CuePattern(e.id, e.cues)) for e in rules.exclusions]
        self._findings = tuple(fold_phrase(phrase) for phrase in rules.findings)
        self._frames = [e for e in rules.exclusions if e.frame is not None]
        # The words of event titles: initials among them name an event, not another
        # body ("a steward at the AGM").
        self._title_words = frozenset(
            w for c in rules.criteria for m in c.markers for w in fold_phrase(m)
        )
        # Events named in one word ("demo", "march", "conference"), in the markers of
        # the criteria of events: a group only present at one is not the statement's
        # topic (see `own_statement_tie`).
        self._event_words = frozenset(
            words[0]
            for c in rules.criteria
            if not c.kinds or AliasKind.EVENT in c.kinds
            for m in c.markers
            if len(words := fold_phrase(m)) == 1
        )
        # Words that make "<Word> <Word> of the LLA" a role or a body of the group
        # ("Steering Committee of", "Annual Conference of"), not a person's name.
        self._group_words = tuple(sorted(_BODIES | self._title_words))

    def screen(self, text: str, date: ParsedDate, name: str = "") -> tuple[Verdict, ...]:
        """The verdicts of `assess`, with a prefilter that skips most texts at once.

        For the scan: explain and eval call `assess`, which also reports the mentions
        that do not count, so a reviewer sees them.
        """
        if not self.matcher.could_count(text):
            return ()
        return self.assess(text, date, name).verdicts

    def assess(self, text: str, date: ParsedDate, name: str = "") -> Assessment:
        """Judge one activity text of the member called `name` (used by `after_name`)."""
        normalized = normalize(text)
        mentions = self.matcher.mentions(normalized)
        counted = [m for m in mentions if not m.rejected]
        if not counted:
            return Assessment(mentions=tuple(mentions), verdicts=())
        joined = joined_words(normalized)

        named = [m for m in mentions if not m.rejected or m.organisation == LOOKALIKE]

        def outside(hit: CueHit, names: Sequence[Mention]) -> bool:
            return all(words_apart(hit.first, hit.last, m) is not None for m in names)

        def outside_names(hit: CueHit) -> bool:
            # A cue inside a name is part of it: "Against" in Labour Against the Witchhunt,
            # "Campaign" in the Palestine Solidarity Campaign.
            return outside(hit, named)

        name_words = member_name_words(name)
        support = [
            hit
            for pattern in self._support
            for hit in pattern.find(normalized, joined)
            if outside_names(hit)
            and not names_the_member(hit, normalized, counted)
            and not in_anothers_relative_clause(hit, normalized.tokens, name_words)
            and not told_by_another(hit, normalized, name_words, mentions)
            and not in_unheaded_list(hit, normalized, counted)
            and not role_is_speaking(hit, normalized.tokens)
            and not in_members_name(hit, normalized.tokens, name_words)
            and not visits_stall(hit, normalized.tokens, counted)
            and not names_material(hit, normalized.tokens)
            and not speech_kind(hit, normalized.tokens)
            and not judged_writing(hit, normalized.tokens)
            and not anothers_role(hit, normalized.tokens, name_words)
            and not anothers_body_role(hit, normalized.tokens, normalized.original, named)
            and (not self._criteria[hit.rule].label or is_label(hit, normalized))
            and not (
                hit.rule == BYLINE_CRITERION and written_elsewhere(hit, normalized.tokens, mentions)
            )
        ]
        others = acts_of_others(
            support, normalized.tokens, normalized.original, name_words, mentions
        )
        support = [hit for hit in support if hit not in others]
        if BANK_CRITERION in self._criteria:
            support += bank_payment_cues(normalized) or money_cues(normalized)
        if BYLINE_CRITERION in self._criteria:
            support += byline_cues(normalized, name)
        if CANDIDACY_CRITERION in self._criteria:
            support += candidacy_cues(normalized, name, counted)
        if POSSESSIVE_CRITERION in self._criteria:
            support += possessive_cues(normalized, name, counted)
            support += bracketed_cues(normalized, name, counted)
        # "[21:10] Fatima: set up a standing order to LAW, £5 a month": the money of
        # another speaker's turn is hers, as her words are
        support = [h for h in support if not in_anothers_turn(h, normalized, name_words)]
        items = item_starts(normalized)
        one_group = len({m.organisation for m in counted}) == 1
        excluded = [
            (exclusion, hit)
            for exclusion, pattern in self._exclusions
            for hit in pattern.find(normalized, joined)
            # a correction names what the thing was: "a Jewish Voice for Labour event"
            if (outside_names(hit) or (exclusion.corrects_before and outside(hit, counted)))
            and not in_anothers_turn(hit, normalized, name_words, own_words_only=True)
            and (
                not exclusion.after_name
                or after_name(hit, normalized, name_words)
                or member_is_subject(hit, normalized, name_words)
            )
            and not (
                exclusion.unless_name_follows
                # a record-wide complaint is about everyone its sentence names
                and name_follows(
                    hit, normalized, name_words, in_sentence=exclusion.scope is Scope.RECORD
                )
            )
            and not (exclusion.unless_member_named and first_name_next(hit, normalized, name))
            and not (exclusion.unless_joint and joint_with_member(hit, normalized, name_words))
            and not (exclusion.corrects_before and not _corrects_whose(hit, counted, normalized))
            and not (
                exclusion.unless_another_subject
                and another_is_subject(hit, normalized, name_words, mentions)
            )
            and not (
                exclusion.not_as_label
                and (is_label(hit, normalized) or heads_the_record(hit, normalized, counted))
            )
            and not is_cancelled(
                exclusion,
                hit,
                normalized,
                *self._findings_for(hit, items, one_group, normalized),
                names=counted,
            )
        ]
        lookalikes = [m for m in mentions if m.organisation == LOOKALIKE]
        # every name's first word -> its list's first word (itself when in no list)
        lists = {m.first: m.first for m in (*counted, *lookalikes)}
        lists |= list_starts([*counted, *lookalikes], normalized, commas=True)
        organisers, titles, elsewhere = organiser_mentions(
            self._markers, counted, normalized, joined, name_words, lookalikes
        )
        # "all-members meeting" is an event's title, not a member's membership.
        support = [
            h for h in support if all(words_apart(h.first, h.last, t) is not None for t in titles)
        ]
        parts = {h: end for h in support if (end := members_part(h, normalized, name_words))}
        anothers = [
            h
            for h in support
            if h not in parts
            and self._criteria[h.rule].scope is Scope.RECORD
            and held_by_another(h, normalized, name_words, mentions)
        ]
        # A cue inside another person's part is theirs too ("door" in "<Name> was on
        # the door"); a role set off by another's full name is theirs ("A LAW
        # spokesperson, Ray Dunford, denied it").
        support = [
            h
            for h in support
            if not any(
                o.rule == h.rule and o.first <= h.first and h.last <= o.last for o in anothers
            )
            and not (h not in parts and named_in_apposition(h, normalized, name_words, mentions))
        ]
        ties = self._ties(counted, lookalikes, support, organisers, normalized, parts, name_words)
        if elsewhere:
            # "public meeting organised by Leicester Stop the War Coalition. Speakers:
            # <the member> (Socialist Labour Network)": a part in someone else's event
            ties = [t for t in ties if not self._criteria[t.hit.rule].own_event_only]
        dated = text_dates(normalized, date.value if date.status is DateStatus.OK else None)
        verdicts = []
        for org_id in dict.fromkeys(m.organisation for m in counted):
            org_mentions = [m for m in counted if m.organisation == org_id]
            org_ties = [t for t in ties if t.mention.organisation == org_id]
            org_excluded = [
                (e, h)
                for e, h in excluded
                if (
                    not e.nearest_only
                    or organisation_about(h, counted, normalized) in (None, org_id)
                )
                and not (
                    items
                    and e.scope is not Scope.CUE
                    and _about_another_item(h, org_ties, items, normalized)
                )
            ]
            verdicts.append(
                self._verdict(
                    self._organisations[org_id],
                    org_mentions,
                    org_ties,
                    normalized,
                    org_excluded,
                    dated,
                    date,
                    someone_elses_group(
                        org_mentions, normalized, support, name_words, self._group_words
                    ),
                    name_words,
                    lists,
                    items,
                )
            )
        return Assessment(
            mentions=tuple(mentions),
            verdicts=tuple(verdicts),
            support=tuple(support),
            exclusions=tuple(h for _e, h in excluded),
        )

    def _findings_for(
        self, hit: CueHit, items: tuple[int, ...], one_group: bool, text: Normalized
    ) -> tuple[tuple[Phrase, ...], int | None]:
        """The findings that may undo an exclusion cue, and the token they must stand
        before. In a list of allegations, a finding in the cue's own item, whatever
        groups the record names ("Finding 2: ... says he went to argue ... Upheld.");
        else one anywhere after it, in a record that names one group only: with
        several, it may be about another allegation ("... no connection with the AWL.
        Dismissed. ... sold Socialist Appeal ... Upheld.")."""
        tokens = text.tokens
        item = item_of(tokens[hit.first].start, items)  # 0 when there is no list
        if item == 0:
            return (self._findings if one_group else ()), None
        ends = items[item] if item < len(items) else len(text.original)
        return self._findings, next(
            (k for k in range(hit.last, len(tokens)) if tokens[k].start >= ends), len(tokens)
        )

    def _ties(
        self,
        mentions: Sequence[Mention],
        lookalikes: Sequence[Mention],
        support: Sequence[CueHit],
        organisers: dict[str, set[Mention]],
        text: Normalized,
        parts: dict[CueHit, int] | None = None,  # cues the member holds → where the name ends
        name_words: frozenset[str] = frozenset(),
    ) -> list[Tie]:
        """Attach each support cue to the mention(s) it is about.

        A cue belongs to the nearest mention in its clause (in "an SLN member with no
        time for Socialist Appeal", "member" is about the SLN), to mentions joined to
        that one by "and"; in a clause that names no organisation but points back
        ("their paper"), to the first mention of the latest clause before it that names
        one; for a record-wide criterion, to the mentions marked as the organiser of
        the event. Look-alike names take part in "nearest" but are never tied to.
        """
        tokens = text.tokens
        ties: list[Tie] = []
        # "Host: LLA" makes the group the host; a form's box is filled with groups.
        support = [
            h
            for h in support
            if self._criteria[h.rule].label
            or not filled_by_group(h, (*mentions, *lookalikes), text)
        ]
        answered = answered_questions(text)
        noes = answered_no(text)
        parts = parts or {}
        deferred: list[tuple[CueHit, list[Tie]]] = []
        cue_starts = frozenset(h.first for h in support)
        own: list[Tie] = []
        head = heading(mentions, lookalikes, text, self._title_words)
        for hit in support:
            if hit in parts:
                # A part the member holds is in the group after the name or in the
                # organiser's event, not in the group nearest the cue.
                held = self._part_ties(hit, parts[hit], mentions, lookalikes, organisers, text)
                if held is not None:
                    if (
                        not held  # the name's own group is a look-alike: no part here
                        or self._criteria[hit.rule].scope is Scope.RECORD
                        or any(t.hit.rule == hit.rule for t in held)
                    ):
                        ties += held
                        continue
                    # Only the organiser's event would take it: first see whether its
                    # own clause names a group ("J Quansah sells Socialist Appeal ...
                    # and chaired an LLA meeting": the selling is Socialist Appeal's).
                    deferred.append((hit, held))
            criterion = self._criteria[hit.rule]
            eligible = [m for m in mentions if not criterion.kinds or m.kind in criterion.kinds]
            if criterion.label:
                # "Other organisations: Unite; Socialist Labour Network": the box's entries
                ties += [
                    Tie(m.first - hit.last, hit, m)
                    for m in eligible
                    if m.first >= hit.last
                    and not set(text_between(hit.last - 1, m.first, text)) & _BOX_ENDS
                ]
                continue
            if hit.cue == BYLINE_CUE:
                # A byline credits the whole piece: it is written for the paper or site
                # the record names, wherever the name stands.
                ties += [
                    Tie(words_apart(hit.first, hit.last, m) or 0, hit, m)
                    for m in eligible
                    if m.kind in WRITTEN_FOR or m.alias in self._outlets.get(m.organisation, ())
                ]
                continue
            if hit.cue == BRACKETED_CUE:
                # The group in the brackets after the name, not its neighbours in a list
                after = hit.last + (tokens[hit.last].text == "the")
                ties += [Tie(0, hit, m) for m in eligible if m.first == after]
                continue
            if criterion.id in organisers:
                # Only for a mention named as the event's organiser ("at the LLA social").
                eligible = [m for m in eligible if m in organisers[criterion.id]]
            clause = tokens[hit.first].clause
            in_clause = [m for m in (*mentions, *lookalikes) if tokens[m.first].clause == clause]
            if criterion.scope is Scope.RECORD:
                # A record-wide cue in a clause that names other groups only is theirs:
                # "... a debate the SLN held with Momentum, and I was the Momentum
                # speaker" is no part in the LAW meeting named earlier.
                named_here = {
                    m.organisation for m in in_clause if not of_another_person(m, tokens, -1)
                }
                if in_another_body(hit, text, (*mentions, *lookalikes), self._title_words):
                    continue
                ties += [
                    Tie(words_apart(hit.first, hit.last, m) or 0, hit, m)
                    for m in eligible
                    if not named_here or m.organisation in named_here
                ]
                continue
            if not in_clause:
                # "A: No. I was collecting for a solidarity fund": not the act asked of.
                asked = None if clause in noes else answered.get(clause)
                topic = [m for m in eligible if asked and tokens[m.first].clause in asked[0]]
                if not topic:
                    # "Q7. List the organisations of which you are a member. / A: ...
                    # Socialist Labour Network": the question's act is towards the
                    # groups its answer names.
                    answer = {c for c, (q, _yes) in answered.items() if clause in q}
                    topic = [m for m in eligible if tokens[m.first].clause in answer]
                if topic:
                    # "Q: ... involved with Socialist Appeal? / A: ... I'm a member": the
                    # answer's act is towards the group the question named.
                    first = min(topic, key=lambda m: m.first)
                    ties.append(Tie(abs(hit.first - first.last), hit, first))
                    continue
                spoken = members_turn_topic(hit, eligible, text, name_words)
                if spoken is not None:
                    ties.append(Tie(hit.first - spoken.last, hit, spoken))
                    continue
                pointed = anaphor_ties(hit, eligible, lookalikes, text)
                # "Resist - People's Assembly for Derbyshire. Registration desk: <the
                # member>": under a heading that names one group, a later clause is its,
                # unless the part there is another person's ("Speaker: J. Hart")
                if (
                    not pointed
                    and head is not None
                    and head in eligible
                    and tokens[hit.first].clause != tokens[head.first].clause
                    and not criterion.label
                    and criterion.direction is Direction.EITHER
                    and not held_by_another(hit, text, name_words, (*mentions, *lookalikes))
                    and not names_another_object(hit, text, name_words)
                ):
                    pointed = [Tie(hit.first - head.last, hit, head)]
                if not pointed:
                    # "Great turnout at our Marxist school today! #SocialistAppeal"
                    own += our_event_before_tags(hit, eligible, lookalikes, text, self._event_words)
                if (
                    not pointed
                    and not criterion.label
                    and criterion.direction is Direction.EITHER
                    and not is_label(hit, text)
                ):
                    # the member's own words, kept for a record with no other tie
                    own += own_statement_tie(
                        hit, cue_starts, eligible, lookalikes, text, self._event_words
                    )
                ties += pointed
                continue
            # A criterion of some kinds of mention reads past the others: "write-up of
            # the Festival of Resistance is on resistmovement.org.uk" is for the site.
            readable = (
                [m for m in in_clause if m in eligible or m in lookalikes]
                if criterion.kinds
                else in_clause
            )
            nearest = _nearest(hit, readable, text)
            # A list of names is as near as its nearest: "I'm in Momentum and the LLA".
            gaps = {m: g for m in nearest if (g := words_apart(hit.first, hit.last, m)) is not None}
            gap = min(gaps.values(), default=0)
            for mention in gaps:
                if (
                    mention in eligible
                    and gap <= criterion.reach
                    and on_its_side(hit, mention, criterion.direction)
                    and not placed_beside(hit, mention, tokens)
                ):
                    ties.append(Tie(gap, hit, mention))
            if (
                gap > criterion.reach
                and not criterion.label
                and criterion.direction is Direction.EITHER
            ):
                # a long post whose closing tags name the group: "Sold the paper with
                # the comrades this morning, good chats with shoppers #SocialistAppeal"
                own += own_statement_tie(
                    hit, cue_starts, eligible, lookalikes, text, self._event_words
                )
        for hit, held in deferred:
            if not any(t.hit is hit for t in ties):
                ties += held
        theirs = their_members(mentions, text, name_words)
        ties = [
            t
            for t in (ties or own)
            if not groups_own_act(t, tokens, text.original)
            and not groups_output(t, tokens)
            and not named_in_the_words(t, text)
            and not (t.hit not in parts and groups_thing(t, text, name_words))
            and not across_speech(t, tokens)
            and not across_relative(t, tokens)
            and not any(
                t.hit.first >= k and tokens[t.hit.first].clause == tokens[k].clause for k in theirs
            )
            # Paying for a paper ("£1 for Solidarity") is buying it, which is reading it.
            and not (t.hit.cue in _PAID_CUES and t.mention.kind is AliasKind.PUBLICATION)
            and not (
                self._criteria[t.hit.rule].scope is not Scope.RECORD
                and label_on_a_later_line(t, text)
            )
        ]
        ties.sort(key=lambda t: (t.gap, t.hit.first))
        return ties

    def _part_ties(
        self,
        hit: CueHit,
        name_end: int,
        mentions: Sequence[Mention],
        lookalikes: Sequence[Mention],
        organisers: dict[str, set[Mention]],
        text: Normalized,
    ) -> list[Tie] | None:
        """Ties for a cue that names the member as its holder ("Minute-taker: <the
        member>", "<the member> was on the door"); None when the record places the
        part nowhere, so that the cue is tied as any other.

        The part is in the group written straight after the name ("Organisers: <the
        member> (LLA)") - and in no other group of its clause, even the nearest to the
        cue ("Stewards: Sam Okafor (LLA), <the member> (Momentum)") - and in the event
        the record names the group as organising, wherever in the record the cue
        stands: a listing's roles are its event's. As for any record-wide cue, a clause
        that names other groups only keeps the part theirs.
        """
        tokens = text.tokens
        affiliated = any(m.first == name_end for m in (*mentions, *lookalikes))
        ties = [Tie(0, hit, m, named=True) for m in mentions if m.first == name_end]
        clause = tokens[hit.first].clause
        named_here = {
            m.organisation
            for m in (*mentions, *lookalikes)
            if tokens[m.first].clause == clause and not of_another_person(m, tokens, name_end)
        }
        if in_another_body(hit, text, (*mentions, *lookalikes), self._title_words):
            organisers = {}  # "<the member> was elected treasurer of the CLP"
        kinds = self._criteria[hit.rule].kinds
        if kinds and AliasKind.EVENT not in kinds:
            organisers = {}  # "report from the Festival of Resistance, byline <the member>"
        for criterion_id, marked in organisers.items():
            if self._criteria[criterion_id].scope is not Scope.RECORD:
                continue
            part = dataclasses.replace(hit, rule=criterion_id)
            ties += [
                Tie(words_apart(hit.first, hit.last, m) or 0, part, m, named=True)
                for m in sorted(marked, key=lambda m: m.first)
                if not named_here or m.organisation in named_here
            ]
        return ties if ties or affiliated else None

    def _verdict(
        self,
        org: Organisation,
        mentions: Sequence[Mention],
        ties: Sequence[Tie],
        text: Normalized,
        excluded: Sequence[tuple[Exclusion, CueHit]],
        dated: Sequence[TextDate],
        date: ParsedDate,
        someones: Sequence[CueHit] = (),
        name_words: frozenset[str] = frozenset(),
        lists: Mapping[int, int] | None = None,
        items: tuple[int, ...] = (),
    ) -> Verdict:
        tokens = text.tokens
        # "Chris Williamson of Resist gave a speech": what is said there is that
        # person's, not the member's.
        framed = {h.last for h in someones}
        theirs = [t for t in ties if t.mention.last in framed]
        ties = [t for t in ties if t not in theirs]
        negations = [(e, h) for e, h in excluded if e.scope is Scope.CUE]
        # A cue in a question ("Is she speaking at the AWL meeting?") is not evidence.
        # So is an interviewer's turn, even put as a statement ("Q: The complaint says
        # you were selling Solidarity. A: No."), until the answer says yes.
        # An answer that names the group answers it ("Q7. List the organisations of
        # which you are a member. A: Unite; Socialist Labour Network").
        answers = answered_questions(text)
        noes = answered_no(text)
        affirmed = {c for clauses, yes in answers.values() if yes for c in clauses}
        put = text.questions | {c for clauses, _yes in answers.values() for c in clauses}
        asked = [
            t
            for t in ties
            if (
                tokens[t.hit.first].clause in put
                and tokens[t.hit.first].clause not in affirmed
                and (
                    tokens[t.mention.first].clause not in answers
                    or tokens[t.mention.first].clause in noes
                )
            )
            or in_conditional(t.hit, text)
        ]
        live = [
            t
            for t in ties
            if t not in asked
            and not any(negates_tie(e, h, t, tokens, text.original) for e, h in negations)
        ]
        applying: list[CueHit] = []
        if theirs and not live:
            applying += list(someones[:1])
        if ties and not live:
            applying += [
                h
                for e, h in negations
                if any(negates_tie(e, h, t, tokens, text.original) for t in ties)
            ][:1]
            if not applying and asked:
                applying.append(dataclasses.replace(asked[0].hit, rule="question"))
        clauses = {tokens[m.first].clause for m in mentions} | {
            tokens[t.hit.first].clause for t in live
        }
        for exclusion, hit in excluded:
            if exclusion.scope is Scope.CUE:
                continue
            if exclusion.spares_own_act and any(
                t.named or own_act(t, hit, text, name_words) for t in live
            ):
                continue
            if exclusion.spares_later_statement and any(
                later_statement(t, hit, tokens) for t in live
            ):
                continue
            if exclusion.spares_other_clauses and (
                any(_in_another_clause(t, hit, text) for t in live)
                or (live and glosses_one_item(hit, text))
            ):
                continue
            if exclusion.spares_its_side and speaks_for(mentions, text, name_words):
                continue
            if exclusion_applies(
                exclusion, hit, mentions, live, clauses, text, lists
            ) and not calls_on_reader(hit, tokens, text.original):
                applying.append(hit)
        # "Speakers: <the member>; an AWL speaker": the frame is someone else, and the
        # member's own named part stands.
        named_part = any(t.named for t in live)
        for exclusion in self._frames:
            frame_hit = framed_as_another(exclusion, mentions, text, name_words)
            if frame_hit is None or (named_part and exclusion.spares_own_act):
                continue
            if exclusion.spares_own_act and any(
                _companions(frame_hit, t, text, name_words) for t in live
            ):
                continue
            # "(1) LIEN: admin of its Facebook group ... (3) His wife is alleged to be a
            # LIEN member": the other person belongs to an item of their own, as any
            # exclusion cue there does (the frame's own name and noun aside)
            outside = [t for t in ties if not frame_hit.first <= t.mention.first < frame_hit.last]
            if items and outside and _about_another_item(frame_hit, outside, items, text):
                continue
            applying.append(frame_hit)
        best = live[0].mention if live else max(mentions, key=lambda m: m.score)
        date_test = date_test_for(org, date)
        text_date = text_date_before_ban(dated, clauses, org, text, [t.hit for t in live], mentions)
        support_hits = tuple(dict.fromkeys(t.hit for t in live))
        if applying:
            flagged, reason = False, f"excluded: {applying[0].rule} ('{applying[0].text}')"
        elif not live:
            flagged, reason = False, "mention without a support cue tied to it"
        elif not date_test.passed:
            flagged, reason = False, date_test.describe()
        elif text_date is not None:
            flagged = False
            reason = f"the text dates it to {text_date.text}, before {org.proscribed_on}"
        else:
            flagged, reason = True, f"support: {live[0].hit.rule} ('{live[0].hit.text}')"
        return Verdict(
            organisation=org.id,
            flagged=flagged,
            reason=reason,
            mention=best,
            support=support_hits,
            exclusions=tuple(applying),
            date_test=date_test,
        )


_BESIDE_WORDS = frozenset({"alongside", "beside"})


def _companions(frame: CueHit, tie: Tie, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the others a frame names are the member's companions in the member's own
    act before it: "photo shows Nicola selling Solidarity outside the station alongside
    two AWL members" - they sell with her; her selling stands. The act must name the
    group before the frame, in its clause, with the member (by name or "I") as its
    subject; not "Nicola was at the Momentum stall alongside two AWL members"."""
    tokens = text.tokens
    before = frame.first - 1
    if before < 0 or tokens[before].text not in _BESIDE_WORDS:
        return False
    clause = tokens[frame.first].clause
    return (
        tie.mention.last <= before
        and tie.hit.last <= before
        and tokens[tie.mention.first].clause == clause
        and tokens[tie.hit.first].clause == clause
        and own_act(tie, frame, text, name_words)
    )


def _about_another_item(
    hit: CueHit, ties: Sequence[Tie], items: tuple[int, ...], text: Normalized
) -> bool:
    """Whether an exclusion cue stands in one item of a list of allegations that holds
    no cue tied to the group ("(3) Membership of Socialist Appeal ... Liking is not
    support. Dismissed." is not about the Resist donation of item (1)). A group the
    item only names is not enough: "Items 1-3: retweets of Solidarity, the AWL paper"
    does not reach "Item 4: 'Proud to have spoken at Ideas for Freedom today'"."""
    tokens = text.tokens
    item = item_of(tokens[hit.first].start, items)
    return item > 0 and all(item_of(tokens[t.hit.first].start, items) != item for t in ties)


_CORRECTION_OPENING = 3  # "was in fact a", "turned out to be": the words before the thing


def _corrects_whose(hit: CueHit, mentions: Sequence[Mention], text: Normalized) -> bool:
    """Whether a correction says whose the thing was: it names a body in capitals ("was
    in fact a Jewish Voice for Labour event", "a JVL meeting"; not "an online event")
    and names no proscribed group after it in its clause ("was in fact a member of the
    LLA" affirms)."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    if any(m.first >= hit.last and tokens[m.first].clause == clause for m in mentions):
        return False
    # the capitalised words straight before the thing: its owner
    k = hit.last - 1
    owner = []
    while k > hit.first + _CORRECTION_OPENING and tokens[k - 1].shape in ("title", "upper"):
        k -= 1
        owner.append(tokens[k])
    return any(
        (t.shape == "upper" and len(t.text) > 1) or t.text in _BODY_NAME_WORDS for t in owner
    )


# Words that make a capitalised name a body's ("Labour Women's Network", "Jewish Voice
# for Labour"), not a place, a day or an app ("a Sheffield branch meeting", "a Zoom
# meeting", "a Saturday event").
_BODY_NAME_WORDS = frozenset(
    {"labour", "network", "party", "union", "society", "voice", "campaign", "coalition",
     "alliance", "association", "group", "council", "movement", "forum", "club", "trust",
     "committee", "league", "front", "federation", "congress"}
)  # fmt: skip


def _in_another_clause(tie: Tie, hit: CueHit, text: Normalized) -> bool:
    """Whether a tie stands in a clause of its own that names the group, apart from an
    exclusion cue's clause - and that clause does not refer back to it ("I chaired the
    LAW meeting in July. That was before the NEC ban.")."""
    tokens = text.tokens
    own, cue = tokens[tie.hit.first].clause, tokens[hit.first].clause
    if own == cue:
        # "Cllr Adeyemi, who chaired the LLA conference, called the proscription a
        # purge" - unless the cue is who the relative clause is about ("Her brother
        # Eamon, who still convenes LIEN meetings")
        part = relative_part(tie.hit.first, text)
        return (
            part is not None
            and part[0] <= tie.mention.first < part[1]
            and not part[0] <= hit.first < part[1]
            and not 0 <= part[0] - hit.last <= _ANTECEDENT_WORDS
        )
    if tokens[tie.mention.first].clause != own:
        return False
    return not (cue == own + 1 and refers_back(cue, text))


# words from a cue to the "who" that describes it: "her brother Eamon Gallagher, who"
_ANTECEDENT_WORDS = 3


_JOINING_SIGNS = frozenset({"/", "&"})


def _parallel(left: Mention, right: Mention, text: Normalized) -> bool:
    """Whether two names stand in a list that repeats their preposition: "gave money to
    the SLN and to the LLA", "writes for Solidarity and for socialist.net"."""
    tokens = text.tokens
    words = [t.text for t in tokens[left.last : right.first]]
    if len(words) < 2 or words[0] not in LIST_JOINS or words[1] not in _PREPOSITIONS:
        return False
    if any(w not in CONJUNCTIONS for w in words[2:]):
        return False
    k = left.first - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    return k >= 0 and tokens[k].text == words[1] and tokens[k].clause == tokens[left.first].clause


# Words between a paper and the group that puts it out, naming the same group twice:
# "sells Solidarity for the AWL", "Solidarity, the AWL's paper".
_SAME_GROUP_LINKS = frozenset({"for", "of", "the", "by"})


def _same_group(left: Mention, right: Mention, between: set[str]) -> bool:
    """Whether two mentions name one group, joined only by a word that says whose the
    first is ("Solidarity for the AWL"): the second stands where the first does, so a
    list that goes on from it is in the act too ("sells Solidarity for the AWL and
    Socialist Appeal as well")."""
    return (
        left.organisation == right.organisation and bool(between) and between <= _SAME_GROUP_LINKS
    )


def _nearest(hit: CueHit, in_clause: Sequence[Mention], text: Normalized) -> list[Mention]:
    """The mentions closest to a cue, with those joined to them by "and"/"or".

    In text order: which of two equally near mentions a finding quotes must not
    depend on the order of a set, which changes from run to run.
    """
    gaps = [(gap, m) for m in in_clause if (gap := words_apart(hit.first, hit.last, m)) is not None]
    if not gaps:
        return []
    least = min(g for g, _ in gaps)
    chosen = {m for g, m in gaps if g == least}
    tokens = text.tokens
    ordered = sorted(in_clause, key=lambda m: m.first)
    # Words in brackets describe the name before them ("both Solidarity (the AWL
    # paper) and Socialist Appeal"): the list goes on past them.
    listed = [m for m in ordered if m in chosen or not in_brackets(m.start, m.end, text)]
    for left, right in pairwise(listed):
        between = {
            t.text for t in tokens[left.last : right.first] if not in_brackets(t.start, t.end, text)
        }
        # "the joint LLA/SLN meeting", "LAW & LIEN": joined by a sign, with no word between
        sign = text_between(left.last - 1, right.first, text).strip() if not between else ""
        signed = sign in _JOINING_SIGNS and left.last <= right.first
        joined = (
            (between and between <= CONJUNCTIONS)
            or signed
            or _parallel(left, right, text)
            or _same_group(left, right, between)
        )
        if joined and (left in chosen or right in chosen):
            chosen |= {left, right}
    return [m for m in ordered if m in chosen]
