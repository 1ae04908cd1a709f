"""A post's closing hashtag: what the whole post is about.

"Sold the paper with the comrades this morning, good chats with shoppers
#SocialistAppeal": a tag at the end of a post names the group the post is about, so
the writer's acts in it are towards that group wherever they stand - not only within
the few words a cue may otherwise reach. Only a tag with nothing after it but other
tags, handles, punctuation or emoji counts; a tag inside a sentence is a name as any
other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exclcheck.cues import CueHit
from exclcheck.dates import MONTHS
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized

# What may follow the closing tag: more tags or handles, and anything not a word.
_TAIL = re.compile(r"(?:[#@][\w-]+|[^\w#@])*", re.UNICODE)


def closing_tag(mentions: Sequence[Mention], text: Normalized) -> Mention | None:
    """The counted mention written as a hashtag among the tags that close the post."""
    original = text.original
    for mention in mentions:
        if mention.rejected or original[mention.start - 1 : mention.start] != "#":
            continue
        tail = _TAIL.match(original, mention.end)
        if tail is not None and tail.end() == len(original):
            return mention
    return None


_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "im", "ive", "id"})


def writers_own_act(
    hit: CueHit, text: Normalized, mentions: Sequence[Mention], name_words: frozenset[str]
) -> bool:
    """Whether a cue is the writer's own act with nothing else for its object: in a
    clause the writer speaks in ("I", "our") or that opens with the cue ("Sold the paper
    ..."), naming no other body by a capitalised word ("Stewarded the Pride march",
    "Donated to the Unison strike fund" are about Pride and Unison, not the tag)."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    words = [(k, t) for k, t in enumerate(tokens) if t.clause == clause]
    opens = bool(words) and words[0][0] == hit.first
    if not opens and not any(t.text in _FIRST_PERSON for _k, t in words):
        return False
    named = {k for m in mentions for k in range(m.first, m.last)}
    return not any(
        t.shape in ("title", "upper")
        and k != words[0][0]
        and k not in named
        and t.text not in name_words
        and t.text not in _FIRST_PERSON
        and t.text not in _CALENDAR
        # a word opening a quotation or following a colon opens a sentence
        and text.original[: t.start].rstrip()[-1:] not in _OPENERS
        for k, t in words
    )


_CALENDAR = frozenset(MONTHS) | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_OPENERS = frozenset({"#", "@", ":", "'", '"', "\u2018", "\u201c"})
