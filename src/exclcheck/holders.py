"""Who holds a part a cue names: the member, another person, the group, or another body.

A role cue is the member's support only when the part is theirs. Listings and notes
say who holds it in a few shapes: a label's value ("Chair: Dan Morley"), a by-phrase
("raffle run by <the member>"), an apposition ("Kerry-Ann Whyte, treasurer"), the
name as the cue's subject ("<the member> was on the door"). The judge asks here
whether that holder is the member (and where the name ends, for the group written
after it), someone else by full name, the group itself ("Host: Labour Left
Alliance"), or a body named by its initials ("elected treasurer of the CLP"); and
whether a label's value, which is what follows it on its line, names the group the
cue was tied to.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.normalize import TITLES, Normalized, Token
from exclcheck.ties import Tie
from exclcheck.wording import CONJUNCTIONS, is_label, text_between

# Where a listing names who holds a part: "Chair: Dan Morley", "moved by Cat MacLeod",
# "Kerry-Ann Whyte, treasurer", "Bola Adebayo was on the door".
_LABEL_VALUE = 10  # words of a label's value ("Tellers: M Clegg, R Dunn, ...")
_BY_PHRASE = frozenset({"by", "from"})  # "chaired by", "tickets from"
_HOLDER_WORDS = 4  # capitalised words (and initials) of a name after "by"
_APPOSITION = 8  # words of ", a dinner lady from Ilkeston," between a name and its act
_SUBJECT_VERBS = frozenset({"was", "were", "is", "are", "has", "had", "been", "also", "then"})
_SUBJECT_REACH = 2  # such words between a name and its act ("was also on the door")
_INCLUDE = frozenset({"include", "includes", "included", "including"})


def _holder(hit: CueHit, text: Normalized) -> tuple[int, int] | None:
    """The token range [first, last) a cue names as the holder of its part.

    A label's value on its line ("Chair: Dan Morley", up to the next label), the
    capitalised words of a by-phrase ("moved by Cat MacLeod", "Tickets from Kerry-Ann
    Whyte"), or the capitalised words the cue stands in apposition to, after a comma or
    a bracket ("Kerry-Ann Whyte, treasurer", "Miriam Cohen (ticket #4471)").
    """
    if is_label(hit, text):
        return _label_value(hit, text)
    if hit.last < len(text.tokens) and text.tokens[hit.last].text in _INCLUDE:
        # "Speakers include Chris Williamson and <the member>": a list, as a label's
        included = _label_value(dataclasses.replace(hit, last=hit.last + 1), text)
        return included
    start = _by_phrase(hit, text.tokens)
    if start is not None:
        end = start
        while end < len(text.tokens) and end - start < _HOLDER_WORDS:
            if (
                not _name_like(text.tokens[end])
                or text.tokens[end].clause != text.tokens[start].clause
            ):
                break
            end += 1
        return (start, end) if end > start else None
    following = _name_after(hit, text)
    if following is not None:
        return following
    if hit.first == 0 or not any(c in text_between(hit.first - 1, hit.first, text) for c in ",("):
        return None
    first = hit.first
    while first > 0 and hit.first - first < _HOLDER_WORDS and _name_like(text.tokens[first - 1]):
        first -= 1
        if first > 0 and not _within_a_name(text_between(first - 1, first, text)):
            break  # a comma or bracket opens the name
    return (first, hit.first) if first < hit.first else None


def _name_after(hit: CueHit, text: Normalized) -> tuple[int, int] | None:
    """The capitalised words straight after a role, or in a bracket after it: "our
    Midlands organiser Samuel Osei will speak", "Steering committee report (Tessa
    Holloway)"."""
    tokens = text.tokens
    start = hit.last
    if start >= len(tokens) or tokens[start].clause != tokens[hit.first].clause:
        return None
    if text_between(hit.last - 1, start, text).strip(" (") or not _name_like(tokens[start]):
        return None
    end = start
    while (
        end < len(tokens)
        and end - start < _HOLDER_WORDS
        and _name_like(tokens[end])
        and tokens[end].clause == tokens[start].clause
        and (end == start or _within_a_name(text_between(end - 1, end, text)))
    ):
        end += 1
    return (start, end)


def _label_value(hit: CueHit, text: Normalized) -> tuple[int, int] | None:
    """The words after a label on its line, up to the next label: "Tellers: M Clegg,
    R Dunn" (not "Chief" of "..., Chief steward: ...", which is harmless)."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    end = hit.last
    while (
        end < len(tokens)
        and end - hit.last < _LABEL_VALUE
        and tokens[end].clause == clause
        and "\n" not in text_between(end - 1, end, text)
        and not (end + 1 < len(tokens) and ":" in text_between(end, end + 1, text))
    ):
        end += 1
    return (hit.last, end) if end > hit.last else None


def _by_phrase(hit: CueHit, tokens: Sequence[Token]) -> int | None:
    """Where the name of a by-phrase starts: after "run by" (a cue ending in "by") or
    after "by" straight after the cue ("chaired by")."""
    if tokens[hit.last - 1].text in _BY_PHRASE:
        return hit.last if hit.last < len(tokens) else None
    if hit.last + 1 < len(tokens) and tokens[hit.last].text in _BY_PHRASE:
        return hit.last + 1
    return None


def _within_a_name(gap: str) -> bool:
    """Whether the characters between two words may stand inside a name: a space, an
    initial's dot, a hyphen ("Sarah-Jane") - not a spaced dash ("Welcome - Rebecca
    Stein (convenor)")."""
    return not gap.strip(" .-") and not ("-" in gap and " " in gap)


def _name_like(token: Token) -> bool:
    """A word that may be part of a person's name: capitalised, or an initial."""
    return token.shape in ("title", "upper") and token.text not in CONJUNCTIONS


def _is_members(token: Token, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the token is a word of the member's name, written as a name."""
    return token.text in name_words and (token.shape != "lower" or text.case_blind)


def members_part(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> int:
    """Where the member's name ends, when the cue names the member as the holder of its
    part (0 when it does not).

    The holder of `_holder` ("Minute-taker: <the member>", "raffle run by <the
    member>"), or the member as the cue's subject (`_subject_before`,
    `_subject_after`).
    """
    if not name_words:
        return 0
    end = 0
    holder = _holder(hit, text)
    if holder is not None:
        named = [k for k in range(*holder) if _is_members(text.tokens[k], text, name_words)]
        if named:
            end = named[-1] + 1
    end = end or _subject_before(hit, text, name_words) or _subject_after(hit, text, name_words)
    return 0 if end and _anothers_given_name(end, text, name_words) else end


def _anothers_given_name(end: int, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the name ending at `end` has a given name that is not the member's: in
    Sara Khan's record, "Chair: Imran Khan" is a namesake, not her ("S. Khan" and
    "Ms Khan" may be her)."""
    tokens = text.tokens
    k = end - 1
    while k > 0 and _name_like(tokens[k - 1]) and _within_a_name(text_between(k - 1, k, text)):
        k -= 1
    return any(
        tokens[i].shape == "title"
        and len(tokens[i].text) > 1
        and tokens[i].text not in name_words
        and tokens[i].text not in TITLES
        for i in range(k, end)
    )


def _before_verbs(hit: CueHit, tokens: Sequence[Token]) -> int:
    """The word before the cue and the "was also" that may stand between it and its
    subject ("<Name> was also on the door"): where the subject would end; -1 if none."""
    k = hit.first - 1
    while k >= 0 and hit.first - k <= _SUBJECT_REACH and tokens[k].text in _SUBJECT_VERBS:
        k -= 1
    return k


def _subject_before(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> int:
    """Where the member's name ends, when it is the subject straight before the cue
    ("<the member> was on the door") or before an apposition ("<the member>, a dinner
    lady from Ilkeston, ran the children's tent"); else 0."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    k = _before_verbs(hit, tokens)
    if k >= 0 and tokens[k].clause == clause and _is_members(tokens[k], text, name_words):
        return k + 1
    if hit.first == 0 or "," not in text_between(hit.first - 1, hit.first, text):
        return 0
    for k in range(hit.first - 2, max(-1, hit.first - 2 - _APPOSITION), -1):
        if tokens[k].clause != clause:
            return 0
        if "," in text_between(k, k + 1, text):  # where the apposition opens
            return k + 1 if _is_members(tokens[k], text, name_words) else 0
    return 0


def _subject_after(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> int:
    """Where the member's name ends, when "was" and the name follow the cue ("chairing
    sessions was <the member>"); else 0."""
    tokens = text.tokens
    k = hit.last
    while (
        k < len(tokens) and k - hit.last < _SUBJECT_REACH and tokens[k].text not in _SUBJECT_VERBS
    ):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].text not in _SUBJECT_VERBS:
        return 0
    if tokens[k + 1].clause != tokens[hit.first].clause:
        return 0
    end = k + 1
    while end < len(tokens) and _is_members(tokens[end], text, name_words):
        end += 1
    return end if end > k + 1 else 0


def member_is_subject(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the member's name is the subject just before a cue, over "was" or
    "had" and an apposition or relative clause set off by commas: "Shabnam Chowdhury,
    who had been billed, did not turn up"; "Member Bridget Cole, named in the
    complaint, was not present". For exclusions said of the member by name."""
    tokens = text.tokens
    k = _before_verbs(hit, tokens)
    if k < 0 or tokens[k].clause != tokens[hit.first].clause:
        return False  # "... chaired by Ben Smith. Wasn't there myself"
    if _is_members(tokens[k], text, name_words):
        return True
    if "," not in text_between(k, k + 1, text):
        return False
    for j in range(k - 1, max(-1, k - 1 - _APPOSITION), -1):
        if tokens[j].clause != tokens[k].clause:
            return False
        if "," in text_between(j, j + 1, text):  # where the apposition opens
            return _is_members(tokens[j], text, name_words)
    return False


# Capitalised words that open a sentence as its subject without naming a person
NOT_A_PERSON = frozenset({
    "i", "he", "she", "we", "they", "you", "it", "this", "that", "there", "these", "those",
    "who", "which", "nobody", "none", "nothing", "everyone", "everybody", "someone", "somebody",
    "one", "member", "members", "name", "photo", "photograph", "speaker", "complainant",
    "complaint", "allegation", "claim", "post", "evidence", "programme", "list", "event",
    "meeting", "panel", "investigator", "officer", "staff", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mbr",
})  # fmt: skip


def another_is_subject(
    hit: CueHit, text: Normalized, name_words: frozenset[str], mentions: Sequence[Mention]
) -> bool:
    """Whether a cue is said of another person by name, in a record that also names
    the member: "The photographs show Matthews and Ng in the audience. Hale does not
    appear", in Ruth Matthews' record, clears Hale, not her. The subject must read as
    a name: after a title, an initial or a given name ("Mr Hale", "J. Hale"), or
    written with a capital inside a sentence elsewhere - not any capitalised word
    that opens one ("Photographs do not appear to show her")."""
    if not name_words:
        return False
    tokens = text.tokens
    k = _before_verbs(hit, tokens)
    if k < 0 or tokens[k].clause != tokens[hit.first].clause:
        return False
    subject = tokens[k]
    if (
        subject.shape != "title"
        or len(subject.text) < 2
        or subject.text in name_words
        or subject.text in NOT_A_PERSON
        or subject.text in TITLES
        or any(m.first <= k < m.last for m in mentions)
        # "Findings: no evidence"; "the Resist organiser in Derby, not me"
        or any(mark in text_between(k, hit.first, text) for mark in ":,;")
    ):
        return False
    named = (k > 0 and tokens[k - 1].clause == subject.clause and _name_like(tokens[k - 1])) or any(
        t.text == subject.text and t.shape == "title" and j > 0 and tokens[j - 1].clause == t.clause
        for j, t in enumerate(tokens)
        if j != k
    )
    return named and any(_is_members(t, text, name_words) for t in tokens)


def held_by_another(
    hit: CueHit,
    text: Normalized,
    name_words: frozenset[str],
    mentions: Sequence[Mention],
) -> bool:
    """Whether a cue names another person as its holder: "Chair: Dan Morley" in Sam
    Patel's record is Dan Morley's part in the event, not hers. (The judge asks it of
    record-wide cues, whose part is in the event, whoever holds it.)

    Only a full name (two capitalised words whose first is not the member's), or an
    initial and a surname not the member's ("Speaker: J. Hart"), counts as someone
    else: "chaired by Lucy" may be the member under a short name, but "Chair: Imran
    Khan" in Sara Khan's record is a namesake.
    """
    if not name_words:
        return False
    holder = _holder(hit, text) or _subject_name(hit, text)
    if holder is None or any(m.first < holder[1] and holder[0] < m.last for m in mentions):
        return False  # "Hosted by the Labour Left Alliance": a group, not a person
    words = [t for t in text.tokens[holder[0] : holder[1]] if t.text not in TITLES][:2]
    if len(words) != 2 or not all(t.shape in ("title", "upper") for t in words):
        return False
    given, surname = words
    if len(given.text) == 1:
        # "Speaker: J. Hart" in Julian Harcourt's record: an initial and another surname
        return surname.shape == "title" and len(surname.text) > 1 and surname.text not in name_words
    return given.shape == surname.shape == "title" and given.text not in name_words


_APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "their", "s", "local", "national"})


def named_in_apposition(
    hit: CueHit, text: Normalized, name_words: frozenset[str], mentions: Sequence[Mention]
) -> bool:
    """Whether a cue is set off by another person's full name between commas ("A LAW
    spokesperson, Ray Dunford, denied any involvement"; "Resist's local spokesperson,
    Phil Booth, replied"): the part is that person's. Only after "a", "the" or the
    group's name, so that a list ("Chair, Jo Bloggs; secretary, ...") is not read so."""
    tokens = text.tokens
    after = hit.last
    if after + 2 >= len(tokens) or hit.first == 0:
        return False
    before = tokens[hit.first - 1]
    opened = before.text in _APPOSITION_OPENERS or any(m.last == hit.first for m in mentions)
    if not opened or "," not in text_between(after - 1, after, text):
        return False
    if tokens[after].text in TITLES:
        after += 1  # "Its chair, Mr Colin Ashby, insisted"
    name = tokens[after : after + 2]
    return (
        len(name) == 2
        and after + 2 < len(tokens)
        and all(t.shape == "title" and len(t.text) > 1 and t.text not in name_words for t in name)
        and "," in text_between(after + 1, after + 2, text)
        and not any(m.first < after + 2 and after < m.last for m in mentions)
    )


def _subject_name(hit: CueHit, text: Normalized) -> tuple[int, int] | None:
    """The capitalised words straight before the cue, as its subject ("Imran Khan was
    on the door"), in the cue's clause."""
    tokens = text.tokens
    k = _before_verbs(hit, tokens)
    end = k + 1
    while (
        k >= 0
        and end - k <= _HOLDER_WORDS
        and _name_like(tokens[k])
        and tokens[k].clause == tokens[hit.first].clause
    ):
        k -= 1
    return (k + 1, end) if end - (k + 1) >= 2 else None


# "treasurer of the CLP", "chaired the TUC rally": the part is in a body the words
# after the cue name, by its initials, not in the group's event named elsewhere.
_BODY_LEAD = frozenset({"of", "at", "for", "in", "with", "the", "a", "an"})
_BODY_REACH = 5  # words after the cue in which the initials may stand


def in_another_body(
    hit: CueHit, text: Normalized, mentions: Sequence[Mention], titles: frozenset[str]
) -> bool:
    """Whether, within a few words after the cue, a preposition or an article leads to
    initials that name no group of the record nor an event ("elected treasurer of the
    CLP", "chaired the TUC rally"; not "a steward at the AGM")."""
    if text.case_blind:
        return False
    tokens = text.tokens
    clause = tokens[hit.first].clause
    for k in range(hit.last, min(len(tokens), hit.last + _BODY_REACH)):
        token = tokens[k]
        if token.clause != clause or any(m.first <= k < m.last for m in mentions):
            return False
        led = k > hit.last and tokens[k - 1].text in _BODY_LEAD
        if led and token.shape == "upper" and len(token.text) > 1 and token.text not in titles:
            return True
    return False


def filled_by_group(hit: CueHit, mentions: Sequence[Mention], text: Normalized) -> bool:
    """Whether a label's value is a group's name alone ("Host: Labour Left Alliance").

    The value fills the role: on an event page "Host: <the group>" makes the group the
    host, not the member ("Host: <the member>", "Speaker: LLA meeting in Leeds" still
    count).
    """
    tokens = text.tokens
    if not is_label(hit, text):
        return False
    for mention in mentions:
        if mention.first != hit.last:
            continue
        if mention.last == len(tokens) or tokens[mention.last].clause != tokens[hit.last].clause:
            return True
        if "\n" in text.original[tokens[mention.last - 1].end : tokens[mention.last].start]:
            return True
    return False


def label_on_a_later_line(tie: Tie, text: Normalized) -> bool:
    """ "Host: LAW / Going: Eileen Murphy": a label's value is what follows it on its line,
    not a name on an earlier line of the listing."""
    tokens, hit, mention = text.tokens, tie.hit, tie.mention
    if mention.last > hit.first or not is_label(hit, text):
        return False
    return "\n" in text.original[tokens[mention.last - 1].end : tokens[hit.first].start]
