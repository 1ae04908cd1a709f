"""Which groups a record names as the organiser of its event.

A role in a listing ("Chair: ...", "Stewards: ...") is a part in the event the
listing is for, wherever in the record the role stands; so for record-wide criteria
the judge ties such cues to the groups named as that event's organiser: "Organised
by the LLA", "Labour Left Alliance all-members meeting", "Resist held its first
national conference", "the LAW and LIEN fundraiser". This module finds those groups,
and the cases that make the event someone else's ("not organised by LAW",
"Organised by Cornwall People's Assembly").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from exclcheck.actors import name_follows
from exclcheck.cues import CueHit, CuePattern, Joined
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized, Token
from exclcheck.ruleset import AliasKind
from exclcheck.wording import CONJUNCTIONS, in_brackets, text_between

_MARKER_BEFORE, _MARKER_AFTER = 1, 3  # words between an organiser marker and the mention


_DENIALS = frozenset({"not", "never", "t"})  # "t": "wasn't", "isn't"


def _denied(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a negation stands straight before an organised-by phrase ("not
    organised by LAW", "wasn't run by the LLA")."""
    return hit.first > 0 and tokens[hit.first - 1].text in _DENIALS


# "it wasn't an LLA meeting", "I deny it was a Labour Left Alliance meeting": the
# title is denied, so the event is not the group's.
_TITLE_DENIALS = _DENIALS | {"deny", "denies", "denied"}
_DENIAL_FILLER = frozenset({"it", "this", "that", "was", "is", "a", "an", "the"})
_TITLE_DENIAL_REACH = 4  # words before the name searched for the denial


def _title_denied(mention: Mention, tokens: Sequence[Token]) -> bool:
    """Whether a denial stands before the group's name in an event's title, with only
    "it was a" between."""
    for k in range(mention.first - 1, max(-1, mention.first - 1 - _TITLE_DENIAL_REACH), -1):
        if tokens[k].text in _TITLE_DENIALS:
            return True
        if tokens[k].text not in _DENIAL_FILLER:
            return False
    return False


# Words that make a name a body's, not a person's ("Hosted by Lewisham Trades Council").
_BODY_WORDS = frozenset(
    {"council", "union", "party", "branch", "clp", "group", "coalition", "assembly",
     "campaign", "network", "alliance", "society", "association", "trust", "committee",
     "federation", "movement", "forum", "collective", "centre", "center", "unite",
     "unison", "gmb", "tuc", "club", "college", "university", "school", "church", "mosque",
     "cafe", "pub", "ltd", "books", "bookshop", "press", "media", "friends", "students"}
)  # fmt: skip
_PERSON_WORDS = 2  # a person's name after "hosted by": a given name and a surname


def _names_a_person(by_hit: CueHit, text: Normalized, lookalikes: Sequence[Mention]) -> bool:
    """Whether an organised-by phrase names a person, not a body: "Hosted by Chris
    Williamson" says who hosts the event, not that another organisation put it on."""
    tokens = text.tokens
    after = by_hit.last
    name = tokens[after : after + _PERSON_WORDS]
    if len(name) < _PERSON_WORDS or any(t.shape != "title" or t.text in _BODY_WORDS for t in name):
        return False
    end = after + _PERSON_WORDS
    if end < len(tokens):
        gap = text_between(end - 1, end, text)
        if not any(c in gap for c in "\n,.;(|"):
            return False  # the name goes on: "Hosted by Lewisham Trades Council"
    return not any(m.first < end and after < m.last for m in lookalikes)


def _words_to(mention: Mention, marker: CueHit, text: Normalized) -> int:
    """Words from a name to a title's marker after it, not counting words in brackets:
    "Resist (formerly The Resistance Movement) - Midlands launch" is Resist's launch."""
    if marker.first < mention.last:
        return -1
    between = text.tokens[mention.last : marker.first]
    return sum(1 for t in between if not in_brackets(t.start, t.end, text))


def _broken(hit: CueHit, text: Normalized) -> bool:
    """Whether punctuation stands between a phrase's words ("organised, with")."""
    return any(c in text.original[hit.start : hit.end] for c in ",;:.")


# "Resist, the movement launched by Chris Williamson, held its first national
# conference": the group as the subject that holds the event.
_HOLDING = frozenset(
    {"held", "holds", "holding", "hosted", "hosts", "hosting", "organised", "organized",
     "ran", "runs", "staged", "stages", "had", "has"}
)  # fmt: skip
_OWN = frozenset({"its", "their"})
_HOLDING_REACH = 3  # words between "its" and the title ("its first national conference")


def _held_by(marker: CueHit, mentions: Sequence[Mention], text: Normalized) -> Mention | None:
    """The group that holds the titled event as its own: the mention nearest before
    "held its" in the title's clause (which may be a look-alike's: "Momentum held its
    rally")."""
    tokens = text.tokens
    clause = tokens[marker.first].clause
    for k in range(marker.first - 1, max(0, marker.first - 2 - _HOLDING_REACH), -1):
        if tokens[k].clause != clause:
            return None
        if tokens[k].text in _OWN:
            if tokens[k - 1].text not in _HOLDING:
                return None
            before = [m for m in mentions if m.last < k and tokens[m.first].clause == clause]
            return max(before, key=lambda m: m.last) if before else None
    return None


# "LAW is hosting 'Defend the expelled'", "Workers' Liberty Nottingham presents ...":
# the group as the subject that puts the event on.
_PUTS_ON = frozenset(
    {"presents", "present", "hosts", "organises", "organizes", "invites", "hosting",
     "organising", "organizing", "holding", "running"}
)  # fmt: skip
_PROGRESSIVE = frozenset({"is", "are", "will", "s", "re"})
_PUTS_ON_REACH = 2  # words between the name and the verb ("is hosting", "Nottingham presents")


def _puts_on(mention: Mention, text: Normalized) -> bool:
    """Whether the group is the subject of putting an event on, straight after its name."""
    tokens = text.tokens
    clause = tokens[mention.first].clause
    for k in range(mention.last, min(len(tokens), mention.last + _PUTS_ON_REACH + 1)):
        word = tokens[k]
        if word.clause != clause:
            return False
        if word.text in _PUTS_ON:
            if word.text.endswith("ing"):
                return k > mention.last and tokens[k - 1].text in _PROGRESSIVE
            return True
        if word.text not in _PROGRESSIVE and word.shape != "title":
            return False  # only "is", "will" or a place's name between
    return False


_HEADING_REACH = 3  # words between a title opening the record and the group's name
_OF = frozenset({"of", "the"})
_DASH_CHARS = "-\u2012\u2013\u2014\u2015"


def _title_of(marker: CueHit, mention: Mention, text: Normalized) -> bool:
    """Whether an event's title word stands just before the mention, with "of", a dash
    or a colon between: "joint rally of LAW", "Day of action - SLN", "Joint online
    social: LAW and LIEN"."""
    if not 0 <= mention.first - marker.last <= len(_OF):
        return False
    between = text.original[text.tokens[marker.last - 1].end : text.tokens[mention.first].start]
    words = {t.text for t in text.tokens[marker.last : mention.first]}
    if "," in between or "." in between:
        return False
    if not words and between.strip() == ":":
        return True  # "Joint online social: Labour Against the Witch Hunt and ..."
    return words <= _OF and ("of" in words or any(c in between for c in _DASH_CHARS))


def _heading(
    mentions: Sequence[Mention],
    lookalikes: Sequence[Mention],
    titles: Sequence[CueHit],
    text: Normalized,
) -> set[Mention]:
    """A listing headed by the group's name, its event's title later in the sentence
    ("Socialist Labour Network, Lambeth: 'Ukraine and the left' forum."), with no
    other name between."""
    tokens = text.tokens
    if not mentions:
        return set()
    head = min(mentions, key=lambda m: m.first)
    others = [
        m
        for m in (*mentions, *lookalikes)
        if m is not head and not in_brackets(m.start, m.end, text)
    ]
    if head.first == 0:
        for title in titles:
            if title.first < head.last:
                continue
            # in the heading's sentence, or opening the poster's next line ("Socialist
            # Labour Network\nSummer all-members meeting\n...\nChair: ...")
            gap = text_between(head.last - 1, title.first, text)
            next_line = tokens[title.first].clause == tokens[0].clause + 1 and gap.count("\n") == 1
            if tokens[title.first].clause != tokens[0].clause and not next_line:
                continue
            if not any(head.last <= m.first < title.first for m in others):
                return {head}
    # "Meeting notes, LIEN Brighton & Hove: 1. Welcome - ...": the title opens the record
    # and the group is the first name after it, in its sentence.
    opened = any(t.first == 0 for t in titles)
    if (
        opened
        and tokens[head.first].clause == tokens[0].clause
        and head.first <= _HEADING_REACH
        and not any(m.first < head.first for m in others)
    ):
        return {head}
    return set()


def _joined_to(chosen: set[Mention], mentions: Sequence[Mention], text: Normalized) -> set[Mention]:
    """Mentions joined by "and", "&" or "+" to a chosen one: "the LAW and LIEN
    fundraiser", "LAW + LIEN - joint rally" are both groups' event."""
    tokens = text.tokens
    ordered = sorted(mentions, key=lambda m: m.first)
    joined: set[Mention] = set()
    for left, right in pairwise(ordered):
        if not ({left, right} & chosen) or left.last > right.first:
            continue
        between = {t.text for t in tokens[left.last : right.first]}
        gap = text.original[tokens[left.last - 1].end : tokens[right.first].start]
        if (between and between <= CONJUNCTIONS) or (not between and gap.strip() in ("&", "+")):
            joined |= {left, right}
    return joined


_ORGANISER_REACH = 8  # words after an organised-by phrase in which its organiser is named
# A dash or semicolon ends the organiser's name: what follows is another statement.
_ASIDE_BREAK = re.compile(r"\s[-\u2013\u2014]\s|;")


def _names_only_others(
    by_hit: CueHit, mentions: Sequence[Mention], text: Normalized, name_words: frozenset[str]
) -> bool:
    """Whether an organised-by phrase names neither a proscribed group nor the member in
    the words after it ("organised by Leicester Stop the War Coalition"; not "organised
    by former MP Chris Williamson's Resist movement")."""
    tokens = text.tokens
    clause = tokens[by_hit.first].clause
    reach = range(by_hit.last, min(len(tokens), by_hit.last + _ORGANISER_REACH))
    words = []
    for k in reach:
        if tokens[k].clause != clause or (
            k > by_hit.last and _ASIDE_BREAK.search(text_between(k - 1, k, text))
        ):
            break  # "organised by the trades council - Socialist Appeal had a stall"
        words.append(k)
    if not words or any(tokens[k].text in name_words for k in words):
        return False
    return not any(m.first in words for m in mentions)


def organiser_mentions(
    markers: Mapping[str, tuple[CuePattern, CuePattern]],
    mentions: Sequence[Mention],
    text: Normalized,
    joined: Joined,
    name_words: frozenset[str] = frozenset(),
    lookalikes: Sequence[Mention] = (),
) -> tuple[dict[str, set[Mention]], list[CueHit], bool]:
    """Per record-wide criterion (its organised-by and title patterns in `markers`): the
    mentions named as an event's organiser.

    "Organised by the LLA", "Labour Left Alliance all-members meeting": the group's
    own event, so a role anywhere in the listing ("Chair: ...") is a role at it -
    unless an organised-by phrase names someone else ("Organised by Cornwall
    People's Assembly"), other than the member ("Hosted by <the member>"). A named
    event of the group's own (Festival of Resistance) is its own event too. Also
    returns the title markers found, whose words are part of an event's name
    rather than cues ("all-members meeting"), and whether an organised-by phrase names
    only someone else as the event's organiser ("organised by Leicester Stop the War
    Coalition").
    """
    events = {m for m in mentions if m.kind is AliasKind.EVENT}
    marked: dict[str, set[Mention]] = {}
    titles: list[CueHit] = []
    elsewhere = False
    for criterion_id, (by_pattern, title_pattern) in markers.items():
        # "the launch she organised, with Chris Williamson": a comma parts the verb from
        # its company; only the unbroken phrase names who put the event on.
        by_hits = [h for h in by_pattern.find(text, joined) if not _broken(h, text)]
        title_hits = title_pattern.find(text, joined)
        titles += title_hits
        # "not organised by LAW": someone else's event, whoever it names.
        denied = [h for h in by_hits if _denied(h, text.tokens)]
        by_hits = [h for h in by_hits if h not in denied]
        organisers = {
            m for m in mentions for h in by_hits if 0 <= m.first - h.last <= _MARKER_BEFORE
        } | {m for m in mentions if _puts_on(m, text)}
        # "called by Labour Against the Witchhunt and Labour in Exile Network": both
        organisers |= _joined_to(organisers, mentions, text)
        someone_else = bool(denied) or any(
            not any(0 <= m.first - h.last <= _MARKER_BEFORE for m in mentions)
            and not name_follows(h, text, name_words, _MARKER_BEFORE + 1)
            and not _names_a_person(h, text, lookalikes)
            for h in by_hits
        )
        titled = {
            m
            for m in mentions
            for h in title_hits
            if (0 <= _words_to(m, h, text) <= _MARKER_AFTER or _title_of(h, m, text))
            and not in_brackets(m.start, m.end, text)
            and not _title_denied(m, text.tokens)
        }
        titled |= _heading(mentions, lookalikes, title_hits, text)
        holders = {_held_by(h, (*mentions, *lookalikes), text) for h in title_hits}
        titled |= {m for m in mentions if m in holders}
        titled |= _joined_to(titled, mentions, text)
        marked[criterion_id] = organisers | events | (set() if someone_else else titled)
        elsewhere = elsewhere or (
            not organisers
            and not events
            and any(_names_only_others(h, mentions, text, name_words) for h in by_hits)
        )
    return marked, titles, elsewhere
