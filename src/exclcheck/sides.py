"""Which side of a debate the member takes.

Debating a group's members is not support, but a debate has two sides: the member
who speaks *for* the group in it ("Speaking for the Labour Left Alliance, Gwen
Hopkins went head to head with Momentum's Aaron Levy"), or stands under its name at
a hustings ("Candidates: Owen Parry (Resist)"), takes its part in public. The debate
exclusion spares that side; it still covers arguing against the group.
"""

from __future__ import annotations

from collections.abc import Sequence

from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized
from exclcheck.wording import MEMBER_PRONOUNS, PEOPLE_NOUNS

# "speaking for the LLA", "stood for Resist" (not "the candidate for Resist": a person)
_SPEAKS = frozenset(
    {"speaking", "spoke", "speaks", "speak", "spoken", "argued", "arguing", "argues", "argue",
     "standing", "stood", "stands"}
)  # fmt: skip
_REPRESENTS = frozenset({"representing", "represented", "represents"})
_BEHALF = ("on", "behalf", "of")
# "for Resist members to be expelled": an end, the group's people before the "to"
_ITS_PEOPLE = frozenset({"members", "supporters", "activists", "people", "candidates"})


def speaks_for(mentions: Sequence[Mention], text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the record puts the member on the group's side: speaking, standing or
    acting for it, or named with it in brackets ("Ruth Abrahams (Workers' Liberty)")."""
    return any(_for_the_group(m, text, name_words) for m in mentions)


def _for_the_group(mention: Mention, text: Normalized, name_words: frozenset[str]) -> bool:
    tokens = text.tokens
    k = mention.first
    if k and tokens[k - 1].text == "the":
        k -= 1
    before = [t.text for t in tokens[max(0, k - 3) : k]]
    verb = None
    if len(before) >= 2 and before[-2] in _SPEAKS and before[-1] == "for":
        verb = k - 2
    elif before[-1:] and before[-1] in _REPRESENTS:
        verb = k - 1
    elif tuple(before) == _BEHALF:
        verb = k - 3
    if verb is not None:
        return (
            not _for_its_end(mention, text)
            and not _anothers_verb(verb, text, name_words)
            and _not_anothers(mention, text, name_words)
        )
    # "Owen Parry (Resist)": the group in brackets after the member's name
    opening = text.original[tokens[k - 1].end : mention.start] if k else ""
    return bool(k) and opening.strip() == "(" and tokens[k - 1].text in name_words


# Words between a subject and its verb: "Dan Price then spoke for", "she had stood for"
_BETWEEN = frozenset({"also", "then", "had", "has", "have", "was", "is", "later", "first", "once"})


def _anothers_verb(verb: int, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the subject before the speaking verb is someone else: "Ali Khan spoke
    for the LLA", "the candidate representing Resist". A verb that opens its clause or
    follows punctuation ("At the debate, spoke for ...") is the note's subject's: the
    member's."""
    tokens = text.tokens
    k = verb
    while k > 0 and tokens[k - 1].text in _BETWEEN and tokens[k - 1].clause == tokens[verb].clause:
        k -= 1
    if k == 0 or tokens[k - 1].clause != tokens[verb].clause:
        return False
    if text.original[tokens[k - 1].end : tokens[k].start].strip():
        return False  # punctuation before the verb: "..., spoke for Socialist Appeal"
    subject = tokens[k - 1]
    if subject.text in MEMBER_PRONOUNS or subject.text in name_words:
        return False
    return subject.shape in ("title", "upper") or subject.text in PEOPLE_NOUNS


def _for_its_end(mention: Mention, text: Normalized) -> bool:
    """ "spoke for the LLA to wind itself up", "spoke for Resist members to be
    expelled", "spoke for the LLA's expulsion": an end spoken for, not the group's
    side."""
    tokens, last = text.tokens, mention.last
    after = [t.text for t in tokens[last : last + 2]]
    ends = after[:1] == ["to"] or (after[:1] and after[0] in _ITS_PEOPLE and after[1:] == ["to"])
    return bool(ends) or text.original.startswith(("'s", "’s"), tokens[last - 1].end)


def _not_anothers(mention: Mention, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the speaker the words after the name give, if any, is the member:
    "Speaking for Resist: Owen Jenkins. Speaking for Labour Students: Meg Rowlands"
    gives Resist's speaker after the colon."""
    tokens = text.tokens
    last = mention.last
    if last >= len(tokens) or tokens[last].clause != tokens[mention.first].clause:
        return True
    gap = text.original[tokens[last - 1].end : tokens[last].start]
    named = tokens[last].shape == "title" and (":" in gap or "," in gap)
    return not named or tokens[last].text in name_words
