"""How the words of a normalized text stand, as several parts of the judge read them.

The judge's parts (who holds a part, who is acting, when an exclusion applies, what a
text's own date covers) all ask the same few questions of the tokens: what the
original text has between two words, whether a cue is a field's label, and whether a
word is one of a few small closed classes. They are answered once, here, so that the
parts agree.
"""

from __future__ import annotations

from exclcheck.cues import CueHit
from exclcheck.normalize import Normalized

# Words that join names into one list: "the LAW and LIEN fundraiser", "Dan and Sue".
CONJUNCTIONS = frozenset({"and", "or", "the", "plus", "both"})
# Pronouns that stand as a clause's subject: "..., I just went", "she had resigned".
SUBJECT_PRONOUNS = frozenset({"i", "she", "he", "we", "they"})


def is_label(hit: CueHit, text: Normalized) -> bool:
    """Whether a cue is a field's label ("Host: ...", "Going: ...")."""
    tokens = text.tokens
    if hit.last >= len(tokens):
        return False
    return ":" in text.original[tokens[hit.last - 1].end : tokens[hit.last].start]


def text_between(left: int, right: int, text: Normalized) -> str:
    """The original characters between two tokens."""
    return text.original[text.tokens[left].end : text.tokens[right].start]
