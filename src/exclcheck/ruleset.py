"""The rules as typed, frozen data: what the YAML file means once it has been checked.

Everything the matcher and the judge need is here, so that neither has to know the
file format, and a rule set built in Python (in a test, say) behaves like one loaded
from YAML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class AliasKind(StrEnum):
    """What a name of an organisation is; decides the default matching care."""

    NAME = "name"
    ALIAS = "alias"
    ABBREVIATION = "abbreviation"
    PUBLICATION = "publication"
    WEBSITE = "website"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class Alias:
    """One way of referring to an organisation, with how carefully to match it."""

    text: str
    kind: AliasKind
    threshold: float  # least fuzzy score (0-100) that counts; 100 means exact only
    case_sensitive: bool  # "LAW" is the group, "law" is not
    needs_context: bool  # "Solidarity" is the paper only when the text says so
    context: tuple[str, ...] = ()  # words near the mention that make it the group
    # A one-word name that is also a word ("Resist"), in brackets after a person's name,
    # is their party without a context word ("Leanne Pritchard (Resist) 212")
    party_label: bool = False
    line: int = 0


@dataclass(frozen=True, slots=True)
class Organisation:
    """A proscribed organisation and every fact the rules hold about it."""

    id: str
    name: str
    aliases: tuple[Alias, ...]
    proscribed_on: dt.date
    retrospective: bool = False
    reason: str = ""
    source: str = ""
    successor_of: tuple[str, ...] = ()
    merged_from: tuple[str, ...] = ()
    notes: str = ""
    examples: Examples = field(default_factory=lambda: Examples())
    line: int = 0


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence a rule author expects to be flagged, or not, by this rule."""

    text: str
    date: dt.date | None
    line: int
    path: str = ""


@dataclass(frozen=True, slots=True)
class Examples:
    flag: tuple[Example, ...] = ()
    ignore: tuple[Example, ...] = ()


class Scope(StrEnum):
    """How far an exclusion's cue reaches."""

    RECORD = "record"  # anywhere in the record (a debate)
    CLAUSE = "clause"  # the mention's own clause (a like, a criticism)
    NEAR = "near"  # within `reach` words of the mention ("critical of the AWL")
    CUE = "cue"  # within `reach` words before a support cue ("never joined", "did not sell")


class Direction(StrEnum):
    """Which side of the mention an exclusion's cue must stand on.

    "campaigned against the AWL" excludes; "an AWL rally against the cuts" does not:
    verbs of opposing, reporting and denying govern what follows them.
    """

    BEFORE = "before"
    AFTER = "after"
    EITHER = "either"


@dataclass(frozen=True, slots=True)
class Criterion:
    """A kind of support (membership, selling the paper…) and the words that show it."""

    id: str
    description: str
    cues: tuple[str, ...]
    reach: int  # how many words may stand between the cue and the mention
    kinds: tuple[AliasKind, ...] = ()  # only mentions of these kinds; () for all
    # Scope.RECORD: a cue anywhere in the record counts, but only for a mention named
    # as the event's organiser: right after an `organised_by` phrase ("hosted by the
    # LLA") or right before a title `marker` ("LLA all-members meeting"). When an
    # organised-by phrase names someone else, the event is theirs, not the group's.
    scope: Scope = Scope.CLAUSE
    markers: tuple[str, ...] = ()
    organised_by: tuple[str, ...] = ()
    # BEFORE: the cue stands before the mention ("at the LLA social"), so that "the SA
    # meeting at the Irish Centre" is no "at the" of the member's.
    direction: Direction = Direction.EITHER
    # A part in an event: none when the record names someone else as its organiser.
    own_event_only: bool = False
    # A form's field: the cue counts only as a label ("Other organisations: Unite;
    # SLN"), and then for every group named after it on its line - a box the member
    # filled in, whatever the separators between its entries.
    label: bool = False
    examples: Examples = field(default_factory=Examples)
    line: int = 0


@dataclass(frozen=True, slots=True)
class Frame:
    """Words either side of a mention that make it someone else: "an AWL member spoke".

    Applies when a `before` word stands right before the mention and an `after` word
    right after it - unless an `unless` word precedes (she "is an AWL member").
    """

    before: tuple[str, ...]
    after: tuple[str, ...]
    unless: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Exclusion:
    """Something that is not support, even beside a support cue."""

    id: str
    description: str
    cues: tuple[str, ...]
    scope: Scope
    reach: int
    direction: Direction = Direction.EITHER
    frame: Frame | None = None
    # The cue counts only after the member's own name, straight or over an aside set
    # off by commas ("Zara Ahmed complains that ...": the member is reporting someone
    # else, not confessing; "Ruth Adeyemi, who was billed, did not turn up").
    after_name: bool = False
    # The cue does not count when the member's name follows it within a few words
    # ("I want to complain about Sarah Whitfield": the member is the subject).
    unless_name_follows: bool = False
    # The cue does not count when the member's first name stands straight after it
    # ("My neighbour Miriam said she'd donated", of the member Miriam): the person
    # named is the member. The first name only, as relatives share surnames.
    unless_member_named: bool = False
    # The cue does not count when it names someone the member acts with: the member's
    # name joined to it by "and" and "both" or "all" after it ("Zara and her flatmate
    # both sell Solidarity").
    unless_joint: bool = False
    # The cue does not count when another person's name is its subject, in a record
    # that names the member ("Hale does not appear in any photograph").
    unless_another_subject: bool = False
    # The cue corrects whose a thing named before it was ("the LAW meeting ... was in
    # fact a Jewish Voice for Labour event"): it counts only when it names a body in
    # capitals and no proscribed group after it in its clause ("was in fact a member of
    # the LLA", "was in fact an online event" correct nothing).
    corrects_before: bool = False
    # The cue does not count as a field's label ("Anonymous complaint: member seen
    # selling ..."): it names the kind of record, not what the member did.
    not_as_label: bool = False
    # Words that cancel the cue: just before it ("after the proscription" is a time, not
    # a discussion) or just after it ("I do not dispute that I chaired ...").
    unless_before: tuple[str, ...] = ()
    unless_after: tuple[str, ...] = ()
    # Nouns that cancel the cue when they end the object it takes, a few words on in
    # its clause ("took on the creche rota", "took on the LAW mailout rota"): a task
    # taken on, not an opponent.
    unless_object: tuple[str, ...] = ()
    # Nouns for the group's own statement or event: the cue does not count as its topic
    # straight after "<the group> <noun> on|about|against (the|its)" ("the LAW meeting
    # on the proscriptions" is its own campaign, not a discussion of its ban).
    unless_its_own: tuple[str, ...] = ()
    # Phrases anywhere later in the record that undo the cue: an invitation ("asked me
    # to write the bulletin") that the member took up ("and I said yes").
    unless_later: tuple[str, ...] = ()
    # When the record names several organisations, the cue is about one of them: the
    # nearest named after it in its clause, else before it ("member of the SLN; argued
    # against Socialist Appeal" is a debate with Socialist Appeal, not with the SLN).
    nearest_only: bool = False
    # The cue does not reach back to an act the member states in the first person
    # before it ("I was speaking about housing, my friend invited me"): the member did
    # it, whoever else the clause then names.
    spares_own_act: bool = False
    # The cue does not reach an "I" statement in a later sentence that names the group
    # ("They added me without asking. I joined the LLA in 2021 anyway.").
    spares_later_statement: bool = False
    # The cue dates or frames only its own clause's act: an act tied in another clause
    # that names the group stands ("joined Resist in June 2021, before its
    # proscription. After 20 July 2021 he stewarded a Resist meeting").
    spares_other_clauses: bool = False
    # The cue does not count against the group the member speaks or stands for in it
    # ("Speaking for the LLA, she went head to head with Momentum"): a debate's side.
    spares_its_side: bool = False
    examples: Examples = field(default_factory=Examples)
    line: int = 0


@dataclass(frozen=True, slots=True)
class Lookalike:
    """An organisation that is NOT proscribed but reads like one that is."""

    name: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Settings:
    """Matching defaults; organisations and aliases may override the threshold."""

    fuzzy_threshold: float = 88.0
    exact_below: int = 7  # names shorter than this many letters match exactly only
    support_reach: int = 10
    exclusion_reach: int = 4


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A validated rule set, possibly merged from several files."""

    organisations: tuple[Organisation, ...]
    criteria: tuple[Criterion, ...]
    exclusions: tuple[Exclusion, ...]
    lookalikes: tuple[Lookalike, ...]
    settings: Settings
    sources: tuple[str, ...]  # the files it was read from
    sha256: str  # of the files' bytes, in order: which rules produced a finding
    # Phrases by which a record's writer finds support ("... is support", "Membership
    # terminated"): one of them, in the writer's own words after an exclusion cue,
    # undoes the cue ("says she was helping a friend ... staffing the stall is support").
    findings: tuple[str, ...] = ()

    def organisation(self, org_id: str) -> Organisation:
        for org in self.organisations:
            if org.id == org_id:
                return org
        raise KeyError(org_id)
