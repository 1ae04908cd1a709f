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
