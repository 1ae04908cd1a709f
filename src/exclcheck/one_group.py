"""Ties in a record that names one group only: its heading, and the member's own words.

A record may name the group once and then say what happened without naming it again:
an event listing headed "Resist - People's Assembly for Derbyshire." whose
"Registration desk:" line names the member, or a post that says "Socialist Appeal is
its British section. I'm a member, I pay subs monthly." Where nothing else ties a
cue, the judge asks here whether the heading, or the member's own statement, makes
the one group named its topic - and, as narrowly, when it does not (a name that only
says what the record is, an act with an object of its own, another body's event).
"""

from __future__ import annotations

from collections.abc import Sequence

from exclcheck.actors import OTHER_BODIES
from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized, Token
from exclcheck.ties import Tie

# What ends a record's heading: "Resist - People's Assembly for Derbyshire.", "AWL
# London reading group: ...", "socialist-labour-network.org.uk › Events: ...".
_HEADING_ENDS = (":", " - ", "\u2013", "\u2014", "\u203a", "|", "\n", ". ")
_HEADING_WORDS = 4  # words between the group's name and the end of its heading
_LABEL_WORDS = 1  # a field's label before the name: "Org: SLN; Act: ..."


_PLACES = frozenset({"at", "in", "on"})


def names_another_object(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the cue's phrase, after it and up to a mark that ends it or a place's "at",
    names a body in capitals that is not the member ("chaired the branch meeting of her
    CLP"): the act was for that, not under the heading."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    for k in range(hit.last, len(tokens)):
        gap = text.original[tokens[k - 1].end : tokens[k].start]
        if tokens[k].clause != clause or any(c in gap for c in _PHRASE_ENDS):
            return False
        word = tokens[k]
        if word.text in _PLACES:
            return False  # "Hosted by <the member> at Leicester Secular Hall": where
        if word.shape in ("title", "upper") and word.text != "i" and word.text not in name_words:
            return True
    return False


# What a record calls itself after the group's name when the name is only its topic:
# "Workers' Liberty - investigator note.", "LLA: keyword hit", "Resist - complaint".
_RECORD_KINDS = frozenset(
    {"note", "notes", "summary", "report", "file", "complaint", "complaints",
     "investigation", "monitoring", "keyword", "hit", "flag", "flagged", "alert", "log",
     "triage", "review", "allegation", "allegations", "case", "query", "referral"}
)  # fmt: skip
_RECORD_KIND_WORDS = 3


def heading(
    mentions: Sequence[Mention],
    lookalikes: Sequence[Mention],
    text: Normalized,
    title_words: frozenset[str],
) -> Mention | None:
    """The group's name heading the record, when the record names that group only: the
    name opens it (after a field's label at most: "Org: SLN;") and a heading mark ends
    it within a few words that only say which part or event of the group (a place, a
    date, an event's title: "AWL London reading group:", "SOCIALIST APPEAL North East
    <newline>"). What follows is under that heading: "Registration desk: <the member>",
    "Act: donation £50 via website".
    """
    if not mentions or lookalikes or len({m.organisation for m in mentions}) != 1:
        return None
    tokens = text.tokens
    head = min(mentions, key=lambda m: m.first)
    if head.first > _LABEL_WORDS or (
        head.first and ":" not in text.original[tokens[head.first - 1].end : head.start]
    ):
        return None
    for k in range(head.last, min(len(tokens), head.last + _HEADING_WORDS + 1)):
        gap = text.original[tokens[k - 1].end : tokens[k].start]
        if "?" in gap:
            return None  # a doubt, not a heading: "Org: LIEN?; Act: keyword hit only"
        if any(mark in gap or gap.endswith(mark.strip() or mark) for mark in _HEADING_ENDS):
            if any(t.text in _RECORD_KINDS for t in tokens[k : k + _RECORD_KIND_WORDS]):
                return None  # "Labour Left Alliance - monitoring note.": the record's topic
            return head
        if tokens[k].shape == "lower" and tokens[k].text not in title_words:
            return None
    return None


_OWN_WORDS = frozenset({"i", "im", "ive", "me", "my", "we", "us", "our"})
# A clause that opens with its act, or with these, has no subject of its own: the
# writer's, in a post or a note ("did the welcome speech", "Proud to be a supporter").
_NO_SUBJECT = frozenset({"did", "was", "been", "proud", "honoured", "delighted", "also"})
_TOPIC_CLAUSES = 2  # clauses after the group's name in which a statement is about it
_OPENERS = frozenset({"the", "a", "an", "my", "our", "some", "more", "another"})
# Words after an act that add when or how often, not what it was done to: "I'll be
# chairing again next month", "I pay subs monthly", "renewed it this morning". Read
# past, not as the end of the act: "Canvassed all afternoon for our candidate".
_WHEN = frozenset(
    {"again", "today", "tonight", "yesterday", "tomorrow", "now", "monthly", "weekly",
     "yearly", "annually", "every", "each", "this", "next", "last", "too", "also", "as",
     "since", "still", "all", "myself", "ourselves", "proudly", "happily", "btw", "well",
     "day", "days", "night", "morning", "afternoon", "evening", "week", "weekend",
     "month", "year", "years", "time", "long", "ago", "once", "twice", "same"}
)  # fmt: skip
_DASHES = "-\u2013\u2014"
_OF_WHAT = frozenset({"of", "in", "for", "with"})
_PHRASE_ENDS = ",;:-\u2013\u2014()!?.\"'\u2019\u201d"


def _for_someone_named(k: int, tokens: Sequence[Token]) -> bool:
    """Whether "for" and a capitalised name ("for the Co-op Party", "for Unite") follow
    in the clause from token `k`."""
    clause = tokens[k - 1].clause
    for j in range(k, len(tokens) - 1):
        if tokens[j].clause != clause:
            return False
        if tokens[j].text == "for":
            name = j + 2 if tokens[j + 1].text == "the" else j + 1
            if name < len(tokens) and tokens[name].clause == clause:
                return tokens[name].shape in ("title", "upper")
    return False


# Acts done round a place, whose object is the place: "leafleting the Moor",
# "canvassing Abbey ward".
_ROUNDS = frozenset(
    {"leafleting", "leafleted", "leafletting", "leafletted", "canvassing", "canvassed",
     "flyering", "flyered"}
)  # fmt: skip
# "the paper" in a seller's words is the group's paper, not an object of its own.
_ITS_PAPER = frozenset({"paper", "papers"})


def _has_own_object(hit: CueHit, cue_starts: frozenset[int], text: Normalized) -> bool:
    """Whether the act names its own object or place ("I sold the Morning Star", "I was
    at my sister's", "I'm a Labour member myself", "I gave through my union branch"),
    rather than standing alone or with another cue ("I'm a member, I pay subs
    monthly", "renewed my membership this morning", "I'll do the leaflets"), or is
    done for someone the clause names ("Ran the stall for the Co-op Party")."""
    tokens = text.tokens
    if _for_someone_named(hit.last, tokens):
        return True
    if tokens[hit.last - 1].text in _ROUNDS:
        # "Leafleting the Moor next Saturday": where, not what; "Canvassed all
        # afternoon for our council candidate": for whom, the act's own
        clause = tokens[hit.first].clause
        return any(t.text == "for" and t.clause == clause for t in tokens[hit.last :])
    before = hit.first - 1
    if before >= 0 and tokens[before].shape in ("title", "upper") and tokens[before].text != "i":
        gap = text.original[tokens[before].end : tokens[hit.first].start]
        if not any(c in gap for c in _PHRASE_ENDS):
            return True  # "a Labour member"
    clause = tokens[hit.first].clause
    k = hit.last
    while k < len(tokens) and tokens[k].clause == clause:
        gap = text.original[tokens[k - 1].end : tokens[k].start]
        if any(c in gap for c in _PHRASE_ENDS):
            # the act's phrase ends: "I'm a member, I pay ..." - unless a dash only
            # holds back what it is of: "I'm a member - of Unite and the Labour Party"
            return any(c in gap for c in _DASHES) and tokens[k].text in _OF_WHAT
        word = tokens[k]
        if k in cue_starts:
            return False
        if word.text in _ITS_PAPER and tokens[k - 1].text == "the":
            # "sold the paper (with the comrades)": the group's, as a seller calls it;
            # what follows says where or with whom
            return False
        if word.text in _OPENERS or word.text in _WHEN or word.shape == "other":
            k += 1  # "the", "£20", "again next month": read on for an object
            continue
        return True
    return False


# "I'll do the same when I get paid", "once we've paid the hall": a time or condition
# of the statement, not an act done.
_SUBORDINATORS = frozenset({"when", "once", "if", "until", "till", "unless", "whenever"})


def _post_tag(mention: Mention, text: Normalized) -> bool:
    """Whether a mention is a hashtag in a clause of tags alone that closes the post
    ("... three new comrades joined! #SocialistAppeal #IMT"): it tags the whole post,
    where a tag inside a sentence belongs to that sentence ("Shame to see them trying
    to hijack it again #SocialistAppeal")."""
    if mention.start == 0 or text.original[mention.start - 1] != "#":
        return False
    clause = text.tokens[mention.first].clause
    return all(_in_a_tag(t, text) for t in text.tokens if t.clause >= clause) or all(
        _in_a_tag(t, text) for t in text.tokens[mention.first :]
    )


def _in_a_tag(token: Token, text: Normalized) -> bool:
    """Whether a word is part of a hashtag or handle ("Exile" in #LabourInExile)."""
    k = token.start
    while k > 0 and not text.original[k - 1].isspace():
        k -= 1
    return text.original[k] in "#@"


def _in_subordinate(hit: CueHit, text: Normalized) -> bool:
    """Whether the cue stands in a "when I ..." or "if we ..." phrase, up to its comma."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    for k in range(hit.first - 1, 0, -1):
        if tokens[k].clause != clause or "," in text.original[tokens[k].end : tokens[k + 1].start]:
            return False
        if tokens[k].text in _OWN_WORDS and tokens[k - 1].text in _SUBORDINATORS:
            return True
    return False


_OWN_TITLE_REACH = 3  # words between the group's name and its event's title word
_PLACING = frozenset({"at", "in", "on", "to", "from", "outside", "near", "with"})


def _at_anothers_event(topic: Mention, text: Normalized, event_words: frozenset[str]) -> bool:
    """Whether the group's clause names an event that is not the group's own ("Socialist
    Appeal people were at the demo", "with the LLA at the march"): what the member did
    next was at that event ("I was stewarding"), not for the group. "the Labour in
    Exile conference" is its own."""
    tokens = text.tokens
    clause = tokens[topic.first].clause

    def its_own(k: int) -> bool:
        between = {t.text for t in tokens[topic.last : k]}
        return topic.last <= k <= topic.last + _OWN_TITLE_REACH and not between & _PLACING

    return any(
        t.clause == clause and t.text in event_words and not its_own(k)
        for k, t in enumerate(tokens)
    )


def own_statement_tie(
    hit: CueHit,
    cue_starts: frozenset[int],
    mentions: Sequence[Mention],
    lookalikes: Sequence[Mention],
    text: Normalized,
    event_words: frozenset[str] = frozenset(),
) -> list[Tie]:
    """The tie of the member's own statement in a clause that names no group, in a
    record that names one group only: in the first person or with no subject ("did the
    welcome speech"), with nothing of its own as the act's object, at most two clauses
    after that group's name ("Socialist
    Appeal is its British section. I'm a member, I pay subs monthly."), or just before
    the tags that close the post ("my last as editor - thanks all! #LIEN"). Not after a
    question that names the group ("Did I donate to the LLA? Only if you count ..."),
    nor when the act has an object of its own, which is then what it was about ("I
    was at my sister's", "I sold the Morning Star").
    """
    if lookalikes or len({m.organisation for m in mentions}) != 1:
        return []
    tokens = text.tokens
    clause = tokens[hit.first].clause
    words = [k for k, t in enumerate(tokens) if t.clause == clause]
    if not any(tokens[k].text in _OWN_WORDS for k in words) and not (
        words[0] == hit.first or tokens[words[0]].text in _NO_SUBJECT
    ):
        return []
    before = [
        m
        for m in mentions
        if m.last <= hit.first and 0 < clause - tokens[m.first].clause <= _TOPIC_CLAUSES
    ]
    # the tags that close the post, in its last clause or after it ("Sold the paper
    # this morning, good chats #SocialistAppeal")
    tags = [
        m
        for m in mentions
        if m.first > hit.last
        and tokens[m.first].clause in (clause, clause + 1)
        and _post_tag(m, text)
    ]
    if not before and not (tags and clause not in text.questions):
        return []
    topic = max(before, key=lambda m: m.first) if before else tags[0]
    if tokens[topic.first].clause in text.questions:
        return []
    if _at_anothers_event(topic, text, event_words):
        return []
    if _has_own_object(hit, cue_starts, text) or _in_subordinate(hit, text):
        return []
    return [Tie(hit.first - topic.last, hit, topic)]


# A unit of the group that "our" makes the writer's: "our Glasgow branch".
_UNITS = frozenset({"branch", "branches", "group", "cell"})
_NOT_OURS = OTHER_BODIES | {"labour"}
_OUR_REACH = 3  # words from "our" to its event or unit: "our Marxist day school"


def _ours(k: int, tokens: Sequence[Token], event_words: frozenset[str]) -> bool:
    """Whether "our" at token `k` opens the writer's own event or unit, described by
    capitalised words at most ("our Marxist school", "our Glasgow branch") - not when
    a word there names another body ("our Labour branch", "our CLP meeting")."""
    if tokens[k].text != "our":
        return False
    clause = tokens[k].clause
    for j in range(k + 1, min(len(tokens), k + 1 + _OUR_REACH)):
        word = tokens[j]
        if word.clause != clause or word.text in _NOT_OURS:
            return False
        if word.text in event_words or word.text in _UNITS:
            return True
        if word.shape not in ("title", "upper"):
            return False
    return False


def our_event_before_tags(
    hit: CueHit,
    mentions: Sequence[Mention],
    lookalikes: Sequence[Mention],
    text: Normalized,
    event_words: frozenset[str],
) -> list[Tie]:
    """The tie of "our" event or unit in the last sentence of a post whose closing tags
    name one group only: "Great turnout at our Marxist school today, 120 comrades!
    #SocialistAppeal" - the writer's event is the tagged group's."""
    tokens = text.tokens
    if (
        lookalikes
        or len({m.organisation for m in mentions}) != 1
        or not _ours(hit.first, tokens, event_words)
    ):
        return []
    clause = tokens[hit.first].clause
    if clause in text.questions:
        return []
    # a sentence of tags alone after it: "... three new comrades joined! #SocialistAppeal
    # #IMT'. The photo shows her ..."
    if not all(_in_a_tag(t, text) for t in tokens if t.clause == clause + 1):
        return []
    tags = [m for m in mentions if tokens[m.first].clause == clause + 1]
    return [Tie(tags[0].first - hit.last, hit, tags[0])] if tags else []
