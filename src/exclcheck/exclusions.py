"""When an exclusion cue undoes a support cue: negations, frames, and their reach.

The rules list the words ("never joined", "an AWL member spoke", "a debate", "writes
critically about"); whether such words reach a given mention or tie depends on where
they stand: in the cue's clause, between the cue and the name, around the mention,
or anywhere in the record, and whether other words undo them ("after the
proscription"). The judge asks here, for each exclusion cue it found, whether it
counts and which organisation it is about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from exclcheck.cues import CueHit
from exclcheck.dates import MONTHS
from exclcheck.matcher import Mention
from exclcheck.normalize import Normalized, Token, fold_phrase
from exclcheck.ruleset import Direction, Exclusion, Scope
from exclcheck.ties import Tie, words_apart
from exclcheck.wording import (
    PEOPLE_NOUNS,
    SUBJECT_PRONOUNS,
    in_brackets,
    in_quotation,
    quotation_end,
    refers_back,
)


def _side(first: int, mention: Mention) -> Direction:
    """Which side of the mention a cue starting at `first` stands on, for an exclusion
    that reaches one way only."""
    return Direction.BEFORE if first < mention.first else Direction.AFTER


# A negation before the name, for a cue after it, reaches only this far: "did NOT
# help on the LAW stall", but not "banned or not, I'm staying in the LLA ... subs".
_NEGATION_BEFORE_NAME = 3


def organisation_about(hit: CueHit, mentions: Sequence[Mention], text: Normalized) -> str | None:
    """The one organisation a cue is about when the record names several, else None.

    The nearest named after the cue in its clause ("argued against Socialist Appeal",
    "AWL-hosted debate with Socialist Appeal"), else the nearest before it ("AWL
    leaflets pushed through his door"). None - every organisation - when the record
    names only one, or the cue's clause names none.
    """
    if len({m.organisation for m in mentions}) < 2:
        return None
    clause = text.tokens[hit.first].clause
    in_clause = [m for m in mentions if text.tokens[m.first].clause == clause]
    after = [m for m in in_clause if m.first >= hit.last]
    if after:
        return min(after, key=lambda m: m.first).organisation
    before = [m for m in in_clause if m.last <= hit.first]
    if before:
        return max(before, key=lambda m: m.last).organisation
    return None


_UNLESS_BEFORE = 2  # words before an exclusion cue searched for its `unless_before`
Phrase = tuple[str, ...]  # folded words


def is_cancelled(
    exclusion: Exclusion,
    hit: CueHit,
    text: Normalized,
    findings: Sequence[Phrase] = (),
    later_end: int | None = None,
    names: Sequence[Mention] = (),
) -> bool:
    """ "after the proscription", "do not dispute": words that undo an exclusion cue.

    An `unless_before` word counts anywhere in the few words before the cue; a phrase
    of several words ("she and" before "her husband") only straight before it; an
    `unless_after` word or phrase straight after it ("from the member"). An
    `unless_later` phrase counts anywhere after the cue ("asked me to ... I said yes"),
    and so does one of the rules' `findings` when the writer says it, not a quotation
    ("says she was helping a friend ... staffing the stall is support"); either only
    when not denied ("none of this is support", "not upheld"), and only before token
    `later_end` if given (the end of the cue's item in a list of allegations: "(1) ...
    Not upheld. (2) ... Upheld.").

    The words before a cue are read before the group's name that modifies it
    (`names`): "taking names for | the LLA | mailing list".
    """
    tokens = text.tokens
    start = _before_name(hit.first, tokens, names)
    if start == hit.first:
        start = _before_possessive(hit.first, tokens)
    before = {t.text for t in tokens[max(0, start - _UNLESS_BEFORE) : hit.first]}
    for phrase in exclusion.unless_before:
        words = fold_phrase(phrase)
        if len(words) == 1 and words[0] in before:
            return True
        if len(words) > 1 and any(
            tuple(t.text for t in tokens[max(0, k - len(words)) : k]) == words
            for k in {hit.first, start}
        ):
            return True
    for phrase in exclusion.unless_after:
        words = fold_phrase(phrase)
        if tuple(t.text for t in tokens[hit.last : hit.last + len(words)]) == words:
            return True
    if exclusion.unless_object and _object_ends_in(exclusion.unless_object, hit, text):
        return True
    if exclusion.unless_its_own and _topic_of_its_own(exclusion.unless_its_own, hit, text, names):
        return True
    later = [(fold_phrase(p), True) for p in exclusion.unless_later]
    later += [(p, False) for p in findings]
    if not later:
        return False
    words = tuple(t.text for t in tokens)  # once per cue, not once per phrase
    return any(
        _said_later(words, hit.last, phrase, text, quoted=quoted, end=later_end)
        for phrase, quoted in later
    )


_TOPIC_WORDS = frozenset({"on", "about", "against"})  # "<the group> meeting on the ..."
_TOPIC_DETERMINERS = frozenset({"the", "its", "their"})


def _topic_of_its_own(
    nouns: Sequence[str], hit: CueHit, text: Normalized, names: Sequence[Mention]
) -> bool:
    """Whether the cue is the topic of the group's own statement or event, its name
    straight before the noun: "the #LabourAgainstTheWitchhunt meeting on the
    proscriptions", "LAW statement on its proscription" (not "a ward meeting on the
    proscription of LAW", which names another body's meeting)."""
    tokens = text.tokens
    wanted = {word for noun in nouns for word in fold_phrase(noun)}
    k = hit.first - 1
    if k >= 0 and tokens[k].text in _TOPIC_DETERMINERS:
        k -= 1
    if k < 1 or tokens[k].text not in _TOPIC_WORDS or tokens[k - 1].text not in wanted:
        return False
    noun = k - 1
    return any(m.last == noun and tokens[m.first].clause == tokens[noun].clause for m in names)


# The words an object may run to after its verb: "took on the Labour Against the
# Witch Hunt mailout rota" (a name of five words, a modifier and the noun).
_OBJECT_WORDS = 8


def _object_ends_in(nouns: Sequence[str], hit: CueHit, text: Normalized) -> bool:
    """Whether one of `nouns` ends the object after a cue: within a few words of it,
    in its clause and before any comma ("took on the creche rota", not "took on the
    AWL speaker, then did the rota")."""
    tokens = text.tokens
    wanted = {word for noun in nouns for word in fold_phrase(noun)}
    clause = tokens[hit.first].clause
    for k in range(hit.last, min(len(tokens), hit.last + _OBJECT_WORDS)):
        if tokens[k].clause != clause or (
            k > hit.last and "," in text.original[tokens[k - 1].end : tokens[k].start]
        ):
            return False
        if tokens[k].text in wanted:
            return True
    return False


def _before_name(first: int, tokens: Sequence[Token], names: Sequence[Mention]) -> int:
    """Where the group's name that ends straight before a cue starts, with its "the"
    ("the LLA mailing list", "Workers' Liberty's mailing list"), else the cue's own
    start."""
    end = first - 1 if first > 0 and tokens[first - 1].text == "s" else first
    for name in names:
        if name.last in (first, end) and name.first < first:
            start = name.first
            return start - 1 if start > 0 and tokens[start - 1].text == "the" else start
    return first


def heads_the_record(hit: CueHit, text: Normalized, names: Sequence[Mention]) -> bool:
    """Whether a cue opens the record's heading, which names only the group before its
    colon ("Report on resistmovement.org.uk: 'Our summer school ...'"): the kind of
    record and where it comes from, as a field's label is, not the member reporting."""
    tokens = text.tokens
    if hit.first != 0 or hit.last >= len(tokens):
        return False
    start = hit.last + 1 if tokens[hit.last].text == "the" else hit.last
    name = next((m for m in names if m.first == start), None)
    return (
        name is not None
        and name.last < len(tokens)
        and ":" in text.original[tokens[name.last - 1].end : tokens[name.last].start]
    )


_POSSESSORS = frozenset({"its", "their", "his", "her"})
_POSSESSOR_WORDS = 5  # words of a possessor: "the Labour in Exile Network's"


def _before_possessive(first: int, tokens: Sequence[Token]) -> int:
    """Where the possessor or date in front of a cue starts ("after LIEN's proscription",
    "after the network's proscription", "before its proscription", "after the March
    2022 proscription"), so that the words before it count as the words before the cue."""
    dated = first
    while dated > 0 and (tokens[dated - 1].text.isdigit() or tokens[dated - 1].text in MONTHS):
        dated -= 1
    if dated < first:
        return dated - 1 if dated > 0 and tokens[dated - 1].text == "the" else dated
    if first > 0 and tokens[first - 1].text in _POSSESSORS:
        return first - 1
    if first < 2 or tokens[first - 1].text != "s":
        return first
    owner = first - 2  # the word before the "'s"
    for k in range(owner, max(-1, owner - _POSSESSOR_WORDS), -1):
        if tokens[k].text == "the":
            return k
    return owner


# Words that deny a conclusion a few words on: "None of the allegations is upheld",
# "Neither is support", "The complaint is not upheld" - but not "no doubt this is
# support".
_DENIALS = frozenset({"none", "neither", "nor", "not", "no", "nothing", "never"})
_NOT_DENYING = frozenset({"doubt", "question"})  # "no doubt", "no question"
_DENIAL_REACH = 5


def _denied(words: tuple[str, ...], k: int) -> bool:
    """Whether a denial stands in the few words before word `k`."""
    low = max(0, k - _DENIAL_REACH)
    return any(
        words[i] in _DENIALS and not (i + 1 < k and words[i + 1] in _NOT_DENYING)
        for i in range(low, k)
    )


def _said_later(
    words: Phrase, after: int, phrase: Phrase, text: Normalized, quoted: bool, end: int | None
) -> bool:
    """Whether `phrase` stands from token `after` on, not denied just before it ("None
    of these is support"). A finding (`quoted` False) must be the writer's own, not
    words quoted from someone else ("... 'That is support.' Complainant: Mr Kemp");
    an answer may be quoted ("Zainab to the secretary: 'They asked me ... I said yes'").
    `words` are the text's folded words."""
    size = len(phrase)
    return any(
        words[k : k + size] == phrase
        and not _denied(words, k)
        and (quoted or not in_quotation(text.tokens[k].start, text))
        for k in range(after, (len(words) if end is None else end) - size + 1)
    )


# A cue inside a phrase that names someone ("their chair tried to recruit her", "the
# speaker, Mike Lowe, is in the AWL") is that person's role - unless the phrase is
# said of the member ("I was the speaker", "is a member of").
_NAMING = frozenset({"the", "their"})
_PREDICATE = frozenset({"is", "was", "am", "are", "were", "be", "been", "being", "as", "s", "m"})


def _names_another(negation: CueHit, hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a cue-scope exclusion such as "their chair" holds the support cue."""
    if not (negation.first <= hit.first and hit.last <= negation.last):
        return False
    if tokens[negation.first].text not in _NAMING:
        return False
    return negation.first == 0 or tokens[negation.first - 1].text not in _PREDICATE


def _new_subject(first: int, last: int, tokens: Sequence[Token], original: str) -> bool:
    """Whether a comma and a new subject ("..., I just went") stand in tokens [first, last)."""
    return any(
        tokens[k].text in SUBJECT_PRONOUNS and "," in original[tokens[k - 1].end : tokens[k].start]
        for k in range(max(first, 1), last)
    )


def negates_tie(
    exclusion: Exclusion, negation: CueHit, tie: Tie, tokens: Sequence[Token], original: str
) -> bool:
    """ "never joined", "did not sell", "has never been a member of LIEN".

    A negation counts just before the support cue, anywhere between a cue and the
    mention it is tied to ("Member states she has never been a member of LIEN"), or
    just before the mention when the cue follows it.
    """
    hit, mention = tie.hit, tie.mention
    if tokens[negation.first].clause != tokens[hit.first].clause:
        return False
    if negation.first <= hit.first and hit.last < negation.last:
        # the exclusion's phrase holds the cue: "was going to" (a plan), "going on
        # about" (talk)
        return True
    if _names_another(negation, hit, tokens):
        return True
    if negation.last <= hit.first and _new_subject(negation.last, hit.first, tokens, original):
        return False  # "I'm NOT a member of it, never have been, I just went to ..."
    if negation.last <= hit.first and hit.first - negation.last <= exclusion.reach:
        return True
    if tie.via_anaphor:
        # "I'm NOT a member of Socialist Appeal, I just went to their summer school":
        # the cue reaches the group through "their", so "their" stands for the name.
        first, last = tie.anaphor, tie.anaphor + 1
    else:
        first, last = mention.first, mention.last
    if last <= hit.first:
        # "did NOT help on the LAW stall": before the name, when the cue follows it.
        gap = first - negation.last
        return negation.last <= first and gap <= min(exclusion.reach, _NEGATION_BEFORE_NAME)
    return hit.last <= negation.first and negation.last <= first


_ONE = frozenset({"a", "an", "another", "one"})  # a frame's words that take one person
# Nouns that make "member" or "supporter" a modifier: "a LAtW supporter card"
_COMPOUND_HEADS = frozenset(
    {"card", "cards", "form", "forms", "badge", "badges", "pack", "list", "fee", "rate",
     "scheme", "number", "subscription"}
)  # fmt: skip


def framed_as_another(
    exclusion: Exclusion,
    mentions: Sequence[Mention],
    text: Normalized,
    name_words: frozenset[str] = frozenset(),
) -> CueHit | None:
    """The words around a mention that make it someone else ("an AWL member spoke") -
    unless they stand beside the member's name: "Tom Cheung, a Socialist Appeal
    supporter" is the member."""
    frame = exclusion.frame
    if frame is None:
        return None
    tokens = text.tokens
    for mention in mentions:
        before = _frame_start(mention, frame.before, frame.after, tokens, text.original)
        if before < 0:
            continue
        noun_first = tokens[mention.first - 1].text == "of"  # "a member of Resist"
        if not noun_first:
            if mention.last >= len(tokens) or tokens[mention.last].text not in frame.after:
                continue
            if tokens[before].text in _ONE and tokens[mention.last].text.endswith("s"):
                continue  # "hosted a LIEN members' call": "a" is the call's, not a member's
            following = mention.last + 1
            if following < len(tokens) and tokens[following].text in _COMPOUND_HEADS:
                continue  # "signed a LAtW supporter card": the card's, not a supporter's
        if (
            before > 0
            and tokens[before - 1].clause == tokens[before].clause
            and (tokens[before - 1].text in frame.unless or tokens[before - 1].text in name_words)
            and not _said_of_a_role(before - 1, tokens)
            and not _raised_be(before - 1, tokens)
        ):
            continue  # "Tom Cheung, a Socialist Appeal supporter", not "Tom Cheung. A ..."
        last = mention.last if noun_first else mention.last + 1
        start, end = tokens[before].start, tokens[last - 1].end
        return CueHit(
            rule=exclusion.id,
            cue=f"{tokens[before].text} ... {tokens[last - 1].text}",
            first=before,
            last=last,
            start=start,
            end=end,
            text=text.original[start:end],
        )
    return None


# People named by their part at an event, not by name: "the chair was a well-known
# LAW member" says it of the chair, not of the member.
_ROLE_SUBJECTS = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "speaker", "speakers", "organiser",
     "organizer", "organisers", "organizers", "host", "hosts", "guest", "guests", "steward",
     "stewards", "compere", "facilitator", "moderator", "convenor", "seller", "stallholder"}
)  # fmt: skip
_COPULA_WORDS = frozenset({"is", "was", "are", "were"})
_ROLE_OWNERS = frozenset({"the", "their", "its", "our", "other", "another", "one", "s"})
_ROLE_WORDS = _ROLE_SUBJECTS | {"main", "keynote", "visiting"}  # "the main guest speaker"


def _said_of_a_role(copula: int, tokens: Sequence[Token]) -> bool:
    """Whether "is"/"was" before a frame has an event's role as its subject ("the chair
    was", "our guest speaker is"): someone else, whom the frame describes."""
    if tokens[copula].text not in _COPULA_WORDS or copula < 2:
        return False
    if tokens[copula - 1].text not in _ROLE_SUBJECTS:
        return False
    k = copula - 1
    while k > 0 and tokens[k - 1].text in _ROLE_WORDS:
        k -= 1
    return (
        k >= 1
        and tokens[k - 1].clause == tokens[copula].clause
        and tokens[k - 1].text in _ROLE_OWNERS
    )


# Words before "to be" that say the frame of the writer or subject: "proud to be a LAW
# member". Any other ("happened to be", "wants to be", "never going to be", "refuse to
# be") says it of someone else, or of what is not so.
_OWNING = frozenset(
    {"proud", "happy", "glad", "pleased", "honoured", "honored", "delighted", "chose",
     "choose", "chosen"}
)  # fmt: skip


def _raised_be(be: int, tokens: Sequence[Token]) -> bool:
    """Whether "be" before a frame is no sign that the frame is said of the member: only
    "proud to be" and its like are ("the chair happened to be an AWL member", "I'm never
    going to be a Socialist Appeal supporter" are not)."""
    if tokens[be].text != "be":
        return False
    return not (be >= 2 and tokens[be - 1].text == "to" and tokens[be - 2].text in _OWNING)


# Words that may stand between a frame's "a" and the name: "a known Socialist Appeal
# supporter", "a well-known LAW member".
_QUALIFIERS = frozenset(
    {"known", "well", "well-known", "prominent", "local", "leading", "senior", "veteran",
     "notorious", "longtime", "long-standing", "self-declared", "self-described", "active"}
)  # fmt: skip
_QUALIFIER_WORDS = 2
# Words before "a member of <group>" that make that member someone beside the writer:
# "including a member of the AWL who opposed", "sat next to a member of LAW".
_BESIDE_SOMEONE = frozenset(
    {"including", "incl", "with", "by", "beside", "alongside", "to", "from"}
)


def _frame_start(
    mention: Mention,
    before: Sequence[str],
    after: Sequence[str],
    tokens: Sequence[Token],
    original: str,
) -> int:
    """Where a frame's first word stands before a mention, or -1: "an AWL ...", "a known
    AWL ...", and "a member of Socialist Appeal" (the frame's words before the name,
    joined by "of")."""
    k = mention.first - 1
    if k >= 1 and tokens[k].text == "of" and tokens[k - 1].text in after:
        k -= 2  # "a member of": the frame's first word before its noun
        if k < 0 or tokens[k].text not in before:
            return -1
        # as a new subject or someone met, not said of anyone ("proud to be a member
        # of"), nor set before the subject it describes ("A member of Socialist Appeal
        # since 2019, she sells the paper")
        opens = k == 0 or tokens[k - 1].clause != tokens[k].clause
        if opens:
            # a subject with its verb straight after ("A member of Socialist Appeal
            # asked a question"), not a fronted description ("A member of LAW, <the
            # member> admitted ...") nor an answer's fragment ("A: Yes. A member of
            # LAW since it started.")
            return k if _verb_next(mention.last, tokens, original) else -1
        return k if tokens[k - 1].text in _BESIDE_SOMEONE else -1
    skipped = 0
    while k >= 0 and tokens[k].text in _QUALIFIERS and skipped < _QUALIFIER_WORDS:
        k, skipped = k - 1, skipped + 1
    if skipped and k > 0 and "," in original[tokens[k - 1].end : tokens[k].start]:
        return -1  # "The respondent, a longtime Socialist Appeal supporter, sells ..."
    if skipped and _comma_after_noun(mention.last, tokens, original):
        return -1  # "A known LLA activist, <the member> chaired ..."
    return k if k >= 0 and tokens[k].text in before else -1


_SUBJECT_VERBS = frozenset(
    {"was", "is", "said", "says", "spoke", "told", "took", "gave", "made", "came", "went",
     "stood", "sat", "ran", "sold", "got", "has", "had"}
)  # fmt: skip


def _verb_next(after: int, tokens: Sequence[Token], original: str) -> bool:
    """Whether a verb follows word `after` straight on, in its clause."""
    if after >= len(tokens) or tokens[after].clause != tokens[after - 1].clause:
        return False
    if original[tokens[after - 1].end : tokens[after].start].strip():
        return False
    word = tokens[after].text
    return word in _SUBJECT_VERBS or (word.endswith("ed") and len(word) > 3)


def _comma_after_noun(after: int, tokens: Sequence[Token], original: str) -> bool:
    """Whether a comma follows the frame's noun after the name ("activist, ")."""
    noun = after + 1
    return noun < len(tokens) and "," in original[tokens[after].end : tokens[noun].start]


def exclusion_applies(
    exclusion: Exclusion,
    hit: CueHit,
    mentions: Sequence[Mention],
    ties: Sequence[Tie],
    clauses: set[int],
    text: Normalized,
    lists: Mapping[int, int] | None = None,
) -> bool:
    """Whether an exclusion cue reaches the organisation's mentions (or their cues).

    A name in a list ("Groups present included Socialist Appeal, the Socialist Party
    and Workers' Liberty") is as near as the list's first name (`lists`: every name's
    first word -> its list's first word), when no other name stands before the list.
    """
    if exclusion.scope is Scope.RECORD:
        return True
    tokens = text.tokens
    clause = tokens[hit.first].clause
    if exclusion.scope is Scope.CLAUSE:
        return clause in clauses or (clause - 1 in clauses and refers_back(clause, text))
    # Where a cue reached the group through "their", the cue stands in for the name:
    # an exclusion just before it reaches it ("she writes critically about them").
    for tie in ties:
        if tie.via_anaphor and tokens[tie.hit.first].clause == clause:
            # The pointer stands for the name: "about their paper", but not "selling
            # their paper ... I watched her" for an exclusion that governs what follows.
            pointer = tokens[tie.anaphor]
            side = Direction.BEFORE if hit.first < tie.anaphor else Direction.AFTER
            if exclusion.direction not in (Direction.EITHER, side) or pointer.clause != clause:
                continue
            gap = words_apart(hit.first, hit.last, tie.hit)
            if gap is not None and gap <= exclusion.reach:
                return True
    for mention in mentions:
        if exclusion.direction not in (Direction.EITHER, _side(hit.first, mention)):
            continue
        if _same_group_in_brackets(mention, mentions, text):
            continue  # "Resist (formerly The Resistance Movement)": its old name, not it
        if _quoted_before(hit, mention, text):
            continue  # "'Against the purge', organised by LAW": a title's word
        if _done_for(hit, mention, tokens):
            continue  # "wrote a review of the rail strikes for Socialist Appeal's website"
        gap = words_apart(hit.first, hit.last, mention)
        same_clause = tokens[hit.first].clause == tokens[mention.first].clause
        if same_clause and gap is not None and gap <= exclusion.reach:
            return True
        start = (lists or {}).get(mention.first, mention.first)
        listed = start < mention.first and hit.last <= start <= hit.last + exclusion.reach
        # ... the first name after the cue being the list's: "Spoke against the SWP,
        # then joined the LLA and Socialist Appeal" is against the SWP only
        nearer = any(hit.last <= first < start for first in lists or {})
        if listed and not nearer and tokens[hit.first].clause == tokens[start].clause:
            return True
    return exclusion.direction is not Direction.AFTER and _pointer_after(hit, mentions, tokens)


_STANDING = frozenset({"standing", "running", "stood", "ran"})
_OURS = frozenset({"our", "my", "labour", "labours"})


def _done_for(hit: CueHit, mention: Mention, tokens: Sequence[Token]) -> bool:
    """Whether the name after a cue is whom the act is for, not its object: "a review
    of the rail strikes for Socialist Appeal's website", "stood against our candidate
    for Resist" - "for" (and its "the") straight before the name, after the cue's
    object."""
    if mention.first <= hit.last:
        return False
    k = mention.first - 1
    if k > hit.last and tokens[k].text == "the":
        k -= 1
    if not (k > hit.last and tokens[k].text == "for"):
        return False
    # "campaigned against the candidate (standing) for Resist": the group's own person,
    # so the group is what the cue is about - unless the person is ours ("our candidate")
    k -= 1
    if k > hit.last and tokens[k].text in _STANDING:
        k -= 1
    if k > hit.last and tokens[k].text in PEOPLE_NOUNS:
        return tokens[k - 1].text in _OURS
    return True


def _quoted_before(hit: CueHit, mention: Mention, text: Normalized) -> bool:
    """Whether an exclusion cue stands in a quotation that closes before the name after
    it: a title or someone's words, not said of the group ("'Against the purge',
    organised by LAW")."""
    if mention.first < hit.last:
        return False
    end = quotation_end(hit.start, text)
    if end is None or end >= mention.start:
        return False
    # scare quotes round the cue alone ("'liked' a post by Resist"), or round a
    # paraphrase in small letters ("she 'shared a link' to the LLA crowdfunder"), still
    # say it; a title opens with a capital
    return hit.text[:1].isupper() and any(c.isalnum() for c in text.original[hit.end : end])


def _same_group_in_brackets(
    mention: Mention, mentions: Sequence[Mention], text: Normalized
) -> bool:
    """Whether a name stands in brackets straight after another name of its group,
    as a gloss on it ("Resist (formerly The Resistance Movement)")."""
    if not in_brackets(mention.start, mention.end, text):
        return False
    return any(
        other.organisation == mention.organisation
        and other.last <= mention.first
        and text.original[other.end : mention.start].lstrip().startswith("(")
        and mention.first - other.last <= _GLOSS_WORDS
        for other in mentions
    )


_GLOSS_WORDS = 2  # words before the name in a gloss's brackets: "(formerly ...", "(aka ..."


_GROUP_NOUNS = frozenset({"group", "network", "organisation", "organization"})
# Words that may follow "the network" when it stands for the group ("... with the
# network since 2021", "... with the network or its members")
_AFTER_A_POINTER = frozenset({"and", "or", "but", "since", "in", "at", "for", "after"})


def _pointer_after(hit: CueHit, mentions: Sequence[Mention], tokens: Sequence[Token]) -> bool:
    """ "stood outside the Socialist Appeal meeting handing out leaflets against them":
    "them" straight after the cue stands for the group named before it in the clause
    (or the one before), as the name itself would; so does "the network" ("Yusuf is
    listed on labour-in-exile.org ... she has no involvement with the network"), but
    not a noun that heads another ("the group chat", "the network's pub quiz")."""
    after = hit.last
    if after >= len(tokens):
        return False
    pointer = tokens[after].text == "them" or (
        tokens[after].text == "the"
        and after + 1 < len(tokens)
        and tokens[after + 1].text in _GROUP_NOUNS
        and (
            after + 2 == len(tokens)
            or tokens[after + 2].clause != tokens[after + 1].clause
            or tokens[after + 2].text in _AFTER_A_POINTER
        )
    )
    if not pointer:
        return False
    clause = tokens[hit.first].clause
    return any(
        m.last <= hit.first and tokens[m.first].clause in (clause, clause - 1) for m in mentions
    )
