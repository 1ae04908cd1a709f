"""Ties through a word that points back: "their paper", "the group", "its website".

A clause that names no organisation may still be about one named a sentence or two
before: "The AWL had a stall. Sarah was behind it selling their paper." The judge
ties such a clause's cue here, to the group the pointing word stands for, and keeps
where that word stands so that a negation or an exclusion can reach it as it would
the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from exclcheck.cues import CueHit
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized, Token
from exclcheck.ties import Tie

# Words that point back to an organisation named in an earlier sentence: "The AWL had
# a stall. Sarah was behind it selling their paper."
# ("they" and "them" are left out: in complaints they are mostly people.)
_ANAPHORS = frozenset({"their", "its", "group", "groups", "network", "paper"})
_GROUP_NOUNS = frozenset({"group", "groups", "network"})
# The group's thing named again with "the": "'... at the Socalist Appeal stall.' At
# interview he confirmed he ran the stall all afternoon."
_DEFINITE_THINGS = frozenset({"stall", "bookstall"})
_BESIDE = frozenset({"next", "beside", "opposite", "alongside", "near", "nearby"})
_BESIDE_REACH = 2  # "the stall (just) next to it"
_FOR_REACH = 3  # "the stall (all day) for the CLP"
_ANAPHOR_CLAUSES = 2  # how many clauses back an anaphor may reach
# "never been to any of their events and ... she was at the Unison conference": the
# pointer must stand by the cue, as its object or owner, to make the cue about the group.
_ANAPHOR_REACH = 6


def _names_the_thing(k: int, hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether "the stall" at `k` is the object straight after the cue ("ran the stall",
    "staffed the stall"): elsewhere it may be only a place, where a passer-by stands
    too ("him at the stall for about two minutes")."""
    return (
        tokens[k].text in _DEFINITE_THINGS
        and tokens[k - 1].text == "the"
        and k - 1 <= hit.last <= k
        # "I ran the stall next to it": another stall, placed by the group's
        and not any(t.text in _BESIDE for t in tokens[k + 1 : k + 1 + _BESIDE_REACH])
        and not _for_another(k + 1, tokens)
    )


def _for_another(k: int, tokens: Sequence[Token]) -> bool:
    """Whether the thing is said to be for someone a few words on: "ran the stall for
    the Co-op Party", "running the bookstall again for the CLP" - another's stall."""
    clause = tokens[k - 1].clause
    return any(t.text == "for" and t.clause == clause for t in tokens[k : k + _FOR_REACH])


def anaphor_ties(
    hit: CueHit,
    mentions: Sequence[Mention],
    lookalikes: Sequence[Mention],
    text: Normalized,
) -> list[Tie]:
    """The tie of a cue in a clause that names no group but points back to one ("their
    paper"): to the first group named in the latest clause, at most two clauses back,
    that names one; for "the network" or "the group", to the latest name with that
    word in it. Empty when nothing points back, or when it points to a look-alike.
    """
    tokens = text.tokens
    clause = tokens[hit.first].clause
    pointers = [
        i
        for i, t in enumerate(tokens)
        if t.clause == clause
        and (t.text in _ANAPHORS or _names_the_thing(i, hit, tokens))
        and abs(i - hit.first) <= _ANAPHOR_REACH
    ]
    if not pointers:
        return []
    earlier = [
        m
        for m in mentions
        if m.last <= hit.first and clause - tokens[m.first].clause <= _ANAPHOR_CLAUSES
    ]
    if not earlier:
        return []
    # "the Network" points back to a name with that word in it, which may be a
    # look-alike's: "is the LLA the same as the Labour Left Network? I've been a
    # member of the Network for years" is not about the LLA.
    nouns = {tokens[i].text for i in pointers} & _GROUP_NOUNS
    named = [
        m
        for m in (*earlier, *lookalikes)
        if m.last <= hit.first
        and clause - tokens[m.first].clause <= _ANAPHOR_CLAUSES
        and nouns & {t.text for t in tokens[m.first : m.last]}
    ]
    if named:
        referent = max(named, key=lambda m: m.first)
        if referent not in earlier:
            return []
        earlier = [referent]
    # The topic of the latest clause that names a group is its first name: "It is
    # the SLN, which is LAW and LIEN merged. ... on their website" means the SLN.
    latest_clause = max(tokens[m.first].clause for m in earlier)
    topic = min(
        (m for m in earlier if tokens[m.first].clause == latest_clause), key=lambda m: m.first
    )
    pointer = min(pointers, key=lambda i: abs(i - hit.first))
    return [Tie(hit.first - topic.last, hit, topic, anaphor=pointer)]
