"""Chat turns: who says a line of a group chat.

"[14:01] Sam: anyone going to the SLN meeting tonight? [14:03] Ade: yeah I'm chairing
it": the chairing is Ade's, told in Ade's own turn, not the member's. A support cue in
another speaker's turn is that speaker's act when the turn does not name the member and
speaks in the first person, or of no one at all ("selling SA at the uni today"). In the
member's own turn, a first-person act after a clause that names a group is towards
that group ("who's on the LAW call tonight? I'm chairing").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized, fold_phrase
from exclcheck.wording import text_between

# A turn opens with a bracketed time or date and the speaker's name: "[14:03] Ade: ",
# "[11/06/2022, 08:55] Farhan: ". Not "Complaint:" nor "Q:", which have no time.
_TURN = re.compile(r"\[[^\]\n]{0,40}\d[^\]\n]{0,40}\]\s*(?P<who>[^\W\d][^:\n\[\]]{0,38}?):\s")
# A chat copied without times puts the speaker in the brackets at a line's start:
# "[Leanne] who's coming?\n[Ravi] me probably", "[Aisha, Sunday] ended up not going".
# Such a line may be a note ("[Transcribed]", "[Update]"), so a chat needs two
# speakers, neither of them a note's word.
_NAMED_TURN = re.compile(
    r"(?:^|\n)\[(?P<who>[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,2})"  # "[Leanne", "[Priya R"
    r"(?:, [^\]\n]{1,20})?\] "  # ", Sunday] "
)
_NOTE_WORDS = frozenset(
    {"update", "edit", "edited", "photo", "image", "picture", "link", "redacted", "transcribed",
     "translated", "screenshot", "video", "audio", "deleted", "sic", "attachment", "note"}
)  # fmt: skip
_FIRST_PERSON = frozenset({"i", "im", "me", "my", "we", "us", "our"})
_THIRD_PERSON = frozenset({"she", "he", "her", "him", "his", "they", "them"})
# The speaker as the subject: "I stuck a tenner in", not "my brother put a fiver in".
_I_DID = frozenset({"i", "im", "ive", "ill", "id", "we", "weve"})
_ALIKE = frozenset({"too", "also", "same"})  # "I put a tenner in too"
_APOLOGIES = frozenset({"sorry", "apologies", "soz"})  # "so sorry Ben, bailed on ..."
_SECOND_PERSON = frozenset({"you", "your", "u", "ur", "ya", "yours"})
_YOU_OR_THEM = _SECOND_PERSON | _THIRD_PERSON  # either may be the member
_SHARED_OPENING = 2  # letters a nickname shares with the name: "Daz" for Darren


def _is_member(speaker: tuple[str, ...], name_words: frozenset[str]) -> bool:
    """Whether a turn's speaker may be the member: a chat names people by nicknames
    ("Daz", "Becca", "Wale"), so any likeness counts - the member's own turn must
    never be taken for another's."""
    return any(
        word[:_SHARED_OPENING] == name[:_SHARED_OPENING] or (len(word) > 2 and word in name)
        for word in speaker
        for name in name_words
    )


class _Turn(NamedTuple):
    said_from: int  # where the turn's words start, after "[14:03] Ade: "
    end: int  # where the next turn starts, or the text ends
    speaker: tuple[str, ...]  # the speaker's folded words


@lru_cache(maxsize=256)
def _turns(original: str) -> tuple[_Turn, ...]:
    """A chat's turns, found once per text: the judge asks for each support cue (a
    few recent texts are kept, so memory stays bounded)."""
    found = list(_TURN.finditer(original))
    if not found:
        found = [
            turn
            for turn in _NAMED_TURN.finditer(original)
            if turn.group("who")[0].isupper()
            and not set(fold_phrase(turn.group("who"))) & _NOTE_WORDS
        ]
        if len({turn.group("who") for turn in found}) < 2:
            return ()
    return tuple(
        _Turn(turn.end(), found[k + 1].start() if k + 1 < len(found) else len(original),
              fold_phrase(turn.group("who")))
        for k, turn in enumerate(found)
    )  # fmt: skip


def _turn_at(text: Normalized, start: int) -> _Turn | None:
    """The chat turn a character stands in, if the text is a chat."""
    if "[" not in text.original:
        return None  # most records: no chat
    return next((t for t in _turns(text.original) if t.said_from <= start < t.end), None)


def members_turn_topic(
    hit: CueHit, mentions: Sequence[Mention], text: Normalized, name_words: frozenset[str]
) -> Mention | None:
    """In the member's own chat turn, the group a first-person act in a clause that
    names none is towards: the first named in the clause just before, in that turn.
    "[08:02] Declan: who's on the LAW steering committee call tonight? I'm chairing so
    be on time" - the chairing is of the LAW call. Failing that, an act done "too"
    is towards the first group named in the turn before."""
    tokens = text.tokens
    turn = _turn_at(text, tokens[hit.first].start) if name_words else None
    if turn is None or not _is_member(turn.speaker, name_words):
        return None
    clause = tokens[hit.first].clause
    said = {t.text for t in tokens if t.clause == clause}
    if not said & _FIRST_PERSON:
        return None
    before = [
        m
        for m in mentions
        if m.start >= turn.said_from
        and m.last <= hit.first
        and tokens[m.first].clause == clause - 1
    ]
    if before:
        return min(before, key=lambda m: m.first)
    # "[22:15] amir_f: dropped another £20 into the LAW crowdfunder [22:16] tash_c:
    # legend. I put a tenner in too": the same act, towards the group of the turn before
    turns = _turns(text.original)
    k = turns.index(turn)
    if k == 0:
        return None
    previous = [m for m in mentions if turns[k - 1].said_from <= m.start < turns[k - 1].end]
    if not previous:
        return None
    if said & _ALIKE or (
        _answers_with_own_part(turn, turns[k - 1], mentions, previous, text.original)
        and said & _I_DID
        and not _names_someone(clause, text, name_words)
    ):
        return min(previous, key=lambda m: m.first)
    return None


def _names_someone(clause: int, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether a clause names a body or person in capitals, past its first word, that is
    not the member: "I gave a fiver to Unite's strike fund", whose act is for that."""
    words = [t for t in text.tokens if t.clause == clause]
    return any(
        t.shape in ("title", "upper") and t.text != "i" and t.text not in name_words
        for t in words[1:]
    )


def _answers_with_own_part(
    turn: _Turn,
    before: _Turn,
    mentions: Sequence[Mention],
    previous: Sequence[Mention],
    original: str,
) -> bool:
    """Whether the member's turn, naming no group, answers another speaker's report of
    one group's event with the member's own part in it: "[Seun] we took £140 for Resist
    on the door [Nadia] I stuck a tenner in the bucket on my way out". Not an answer to
    a question, which may be a no ("anyone going to the LLA meeting? / not this time,
    I've said my piece to the panel")."""
    return (
        "?" not in original[before.said_from : before.end]
        and not any(turn.said_from <= m.start < turn.end for m in mentions)
        and len({m.organisation for m in previous}) == 1
        and before.speaker != turn.speaker
    )


def in_anothers_turn(
    hit: CueHit, text: Normalized, name_words: frozenset[str], *, own_words_only: bool = False
) -> bool:
    """Whether a cue stands in a chat turn of someone who is not the member, naming no
    one of the member's name: told in the first person, or of no one at all ("selling
    SA at the uni today if anyone wants to help") - not to "you" nor of "she", either
    of whom may be the member ("you sold loads of SA today!", "she chaired the LAW
    meeting last night").

    With `own_words_only` (for exclusions), only the speaker's own words count: an
    "I" nearest before the cue, or no subject at all: "[Fatima] didn't chair it, pulled
    out" is Fatima's withdrawal, not the member's, but "[Ben] it was only a debate" and
    "[Sue] I heard it got called off" speak of the event, whoever went.
    """
    turn = _turn_at(text, text.tokens[hit.first].start) if name_words else None
    if turn is None or _is_member(turn.speaker, name_words):
        return False
    said = {t.text for t in text.tokens if turn.said_from <= t.start < turn.end}
    if said & name_words:
        # A turn naming the member: the act is the speaker's when an "I" stands nearer
        # before it than the name ("ok Ravi I'll save you a seat, I'm on the door"),
        # the member's too when the name is nearer ("me and Kwame sold all 30 copies")
        # - unless the name is only called out before a comma, and nothing after it
        # speaks of "you" or "he" ("so sorry Ben, bailed on stewarding the SLN event")
        # (for a support cue only after an apology: "thanks Ben, brilliant chairing" is
        # praise of the member's act)
        tokens = text.tokens
        for k in range(hit.first - 1, -1, -1):
            if tokens[k].start < turn.said_from:
                return False
            if tokens[k].text in name_words:
                return (
                    (own_words_only or (k > 0 and tokens[k - 1].text in _APOLOGIES))
                    and "," in text_between(k, k + 1, text)
                    and not any(t.text in _YOU_OR_THEM for t in tokens[k + 1 : hit.first])
                )
            if tokens[k].text in _FIRST_PERSON:
                # "Ben and I ran the stall": the member's act too
                return not (
                    k >= 2 and tokens[k - 1].text == "and" and tokens[k - 2].text in name_words
                )
        return False
    if own_words_only:
        return _speakers_own(hit, text, turn)
    return bool(said & _FIRST_PERSON) or not said & _YOU_OR_THEM


# Words that make a clause's subject someone or something other than the speaker.
_OTHER_SUBJECTS = _YOU_OR_THEM | frozenset({"it", "that", "this", "there"})


def _speakers_own(hit: CueHit, text: Normalized, turn: _Turn) -> bool:
    """Whether an exclusion cue in another's turn is the speaker's own: an "I" is the
    nearest subject before it, or none is ("didn't chair it in the end, pulled out")."""
    for token in reversed(text.tokens[: hit.first]):
        if token.start < turn.said_from:
            return True
        if token.text in _FIRST_PERSON:
            return True
        if token.text in _OTHER_SUBJECTS:
            return False
    return True
