"""Who is acting: the member, or someone the record names beside them.

A cue counts only as the member's own act. Records are full of other actors: the
note's subject "Mbr" (a person, not a membership), "Chris Williamson, who runs
Resist", "the Chair said", the group itself ("the AWL had a stall", "their
articles"), its members ("LLA members handed out leaflets"), a visitor at a stall, a
speaker whose words name the group, the reader a call is made to ("Subscribe at").
And an exclusion cue may be the member's ("Zara Ahmed complains") or spare an act
that is plainly theirs ("I joined the LLA in 2021"). The judge asks these questions
here, of support cues, of ties, and of exclusion cues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise, takewhile

from rapidfuzz import fuzz

from exclcheck.cues import CueHit
from exclcheck.dates import MONTHS
from exclcheck.holders import NOT_A_PERSON
from exclcheck.matcher import Mention
from exclcheck.names import given_name_forms
from exclcheck.normalize import TITLES, Normalized, Token, fold_phrase
from exclcheck.ruleset import AliasKind
from exclcheck.spans import LOOKALIKE, matches_any
from exclcheck.ties import Tie
from exclcheck.wording import MEMBER_PRONOUNS, SUBJECT_PRONOUNS, text_between

# Notes call the member "Mbr" or "Member" as the subject of a sentence ("Mbr phoned",
# "Mbr seen at LLA stall"): a person, not a membership - unless "of" or a name follows.
_SUBJECT_NOUNS = frozenset({"mbr", "member"})
_MEMBERSHIP_OF = frozenset({"of", "in", "since"})
_POINTING = frozenset({"the", "by", "from", "our", "this"})
_AGENT = frozenset({"by", "from"})  # "by member", "from mbr": the sender, not a membership
# "Complaint says member 'is in SLN'", "alleges mbr sold ...": the note's subject
_REPORTING = frozenset({"says", "said", "alleges", "alleged", "claims", "claimed", "states"})


def names_the_member(hit: CueHit, text: Normalized, mentions: Sequence[Mention]) -> bool:
    """Whether a cue word opens its clause as the note's subject ("Mbr says ...")."""
    tokens = text.tokens
    if hit.last - hit.first != 1 or tokens[hit.first].text not in _SUBJECT_NOUNS:
        return False
    opens = (
        hit.first == 0
        or tokens[hit.first - 1].clause != tokens[hit.first].clause
        or _after_a_label(hit.first, text)
    )
    if _possessive(hit.first, text):
        return True  # "Member's note: ...", "the member's listed employer": the person
    # "Blog post by member:", "Email forwarded by the member", "our member Beatrice",
    # "Complaint from a member:", "Complaint says member ...": the person the note is
    # about, whatever their place in the clause.
    pointed = not opens and (
        tokens[hit.first - 1].text in _POINTING | _REPORTING
        or (
            hit.first > 1
            and tokens[hit.first - 1].text == "a"
            and tokens[hit.first - 2].text in _AGENT
        )
    )
    if not (opens or pointed) or hit.last >= len(tokens):
        return not opens and pointed
    agent = hit.first - (2 if tokens[hit.first - 1].text == "the" else 1)
    if agent >= 0 and tokens[agent].text in _AGENT:
        return True  # "Article by (the) member in Tribune": whose article, not membership "in"
    following = tokens[hit.last]
    named = any(m.first == hit.last for m in mentions)
    return following.text not in _MEMBERSHIP_OF and not named


# Marks after which a note's next field or statement opens: "Cmplt from Norma: mbr
# 'advertised' ...", "Re: Resist - member wrote to GLU", "ref 41 | mbr paid".
_LABEL_MARKS = re.compile(r"[:|]|\s[-\u2013\u2014]\s|\s{2,}")


def _after_a_label(k: int, text: Normalized) -> bool:
    """Whether word k stands straight after a label's colon, a dash set off by spaces,
    a bar or a gap of spaces: the start of a note's statement, as a clause's start is."""
    return k > 0 and _LABEL_MARKS.search(text_between(k - 1, k, text)) is not None


def _possessive(k: int, text: Normalized) -> bool:
    """Whether word k is followed by "'s" ("member's note"): the person's, not a
    membership (a plural's "members'" is no such word)."""
    tokens = text.tokens
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].text == "s"
        and text_between(k, k + 1, text) in ("'", "\u2019")
    )


# "Des reported he had sold eleven copies": the act told is the teller's own. Not
# "says" nor "told", with which a complaint tells of the member ("Tully says he sold
# it at the station").
_TELLING = frozenset(
    {"reported", "reports", "announced", "explained", "confirmed", "admitted", "mentioned"}
)
_HE_OR_SHE = frozenset({"he", "she"})
_MINUTES = re.compile(
    r"\b(?:present|apologies|attendees)\s*:|\bitem\s+\d|\baob\b|any other business"
    r"|matters arising|\bminutes\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _is_minutes(original: str) -> bool:
    """Whether a text reads as minutes; asked once per text, not once per cue."""
    return _MINUTES.search(original) is not None


def told_by_another(
    hit: CueHit, text: Normalized, name_words: frozenset[str], mentions: Sequence[Mention]
) -> bool:
    """Whether a cue tells another person's own act, in their report: "Des reported he
    had sold eleven copies of Socialist Appeal"; "Cde Osei reported back from the SLN
    conference, which he attended" (in the record of another member at the meeting).
    The teller is one capitalised word before the telling verb, not the member's. Only
    in minutes, where members report their own doings: in a complaint, "Sarah Tully
    reported he had sold it" tells of the member."""
    if not name_words or not _is_minutes(text.original):
        return False
    tokens = text.tokens
    clause = tokens[hit.first].clause
    k = hit.first - 1
    while k >= 0 and tokens[k].clause == clause and tokens[k].text not in _HE_OR_SHE:
        if tokens[k].text in name_words:
            return False
        k -= 1
    if k < 0 or tokens[k].clause != clause:
        return False
    in_group = {i for m in mentions for i in range(m.first, m.last)}
    for verb in range(k - 1, 0, -1):
        word = tokens[verb]
        if word.clause != clause or (word.text in name_words and verb not in in_group):
            return False
        if word.text in _TELLING:
            teller = tokens[verb - 1]
            return (
                teller.clause == clause
                and teller.shape == "title"
                and len(teller.text) > 1
                and teller.text not in name_words | TITLES | NOT_A_PERSON
                and verb - 1 not in in_group
                # "Ms Tully reported he had been selling it": a complainant's report
                and (verb < 2 or tokens[verb - 2].text not in TITLES)
                and not text_between(verb - 1, verb, text).strip()  # not "Brent, confirmed"
            )
    return False


# "Chris Williamson, who runs Resist": a relative clause says what that person does.
_RELATIVE = "who"
_RELATIVE_REACH = 1  # words between "who" and the cue ("who also runs")


def in_anothers_relative_clause(
    hit: CueHit, tokens: Sequence[Token], name_words: frozenset[str]
) -> bool:
    """Whether the cue opens a "who" clause after another person's full name ("Chris
    Williamson who runs Resist"): that person's act, not the member's."""
    clause = tokens[hit.first].clause
    for k in range(hit.first - 1, max(-1, hit.first - 2 - _RELATIVE_REACH), -1):
        if tokens[k].clause != clause:
            return False
        if tokens[k].text == _RELATIVE:
            # A full name, two capitalised words, neither the member's nor a title:
            # "Mo, who attended ..." may well be the member.
            if k < 2 or tokens[k - 2].clause != clause:
                return False
            return all(
                t.shape == "title" and t.text not in name_words and t.text not in TITLES
                for t in tokens[k - 2 : k]
            )
    return False


def in_members_name(hit: CueHit, tokens: Sequence[Token], name_words: frozenset[str]) -> bool:
    """Whether a cue is a word of the member's own name ("Joanne Bloggs" is no blog,
    "Sam Writer" no writing)."""
    return any(
        tokens[k].text in name_words and tokens[k].shape != "lower"
        for k in range(hit.first, hit.last)
    )


_SPEAKING = frozenset(
    {"said", "says", "ruled", "replied", "told", "asked", "explained", "stated", "added",
     "noted", "reported", "confirmed", "recorded", "minuted", "reminded", "warned",
     "thanked", "welcomed", "announced", "closed", "opened"}
)  # fmt: skip


def role_is_speaking(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a role is the subject of a speech verb ("The Chair said this was a matter
    for the NEC"): someone in that role speaks; the role is not the member's part."""
    return (
        hit.first > 0
        and hit.last < len(tokens)
        and tokens[hit.first - 1].text == "the"
        and tokens[hit.last].text in _SPEAKING
        and tokens[hit.first - 1].clause == tokens[hit.last].clause
    )


_STALLS = frozenset({"stall", "stalls", "bookstall", "table", "stand"})
# Words that place one thing beside another: "opposite the LLA stall".
_BESIDE = frozenset({"beside", "opposite", "alongside", "near"})
# "two pitches down from the Socialist Appeal stall", "opposite the LLA stall": a place
# beside it, as much as a visit to it
_VISITS = _BESIDE | {"at", "past", "visited", "passed", "approached", "to", "by", "from"}
_AWAY = frozenset({"down", "up", "along", "across", "away"})  # "... from"
_NEXT = ("next", "to")
_DETERMINERS = frozenset({"the", "a", "an", "their", "its"})


def visits_stall(hit: CueHit, tokens: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """Whether a stall cue is a place the member went to ("seen at the LLA stall",
    "stopped by a Resist stall"), not one they staffed ("on the LLA stall", "ran the
    LLA stall"): a visitor is not a stallholder. Other cues in the record still count
    ("at the LLA stall handing out leaflets")."""
    if hit.last - hit.first != 1 or tokens[hit.first].text not in _STALLS:
        return False
    # "standing beside their table": the group's stall, named by "their", beside which
    # the member stood
    if hit.first >= 2 and tokens[hit.first - 1].text in {"their", "its"}:
        before = tokens[hit.first - 2]
        if before.text in _BESIDE and before.clause == tokens[hit.first].clause:
            return True
    for mention in mentions:
        if mention.last != hit.first:
            continue
        k = mention.first - 1
        if k >= 0 and tokens[k].text in _DETERMINERS:
            k -= 1
        if k >= 0 and tokens[k].text in _VISITS and tokens[k].clause == tokens[hit.first].clause:
            return True
    return False


# "Article by member in Tribune", "a column for the Morning Star": the piece names the
# paper it is in, and a paper that is not the group's makes the group its topic.
_OUTLET_REACH = 4  # words between the writing cue and "in" or "for"
_WRITES = frozenset({"write", "writes", "wrote", "writing", "written"})
_IN_OUTLET = frozenset({"in", "for", "to"})  # "wrote to the Brighton Argus": a letter
_CALENDAR = frozenset(MONTHS) | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "spring", "summer", "autumn", "winter"}
)  # fmt: skip


# What a writer writes: "I wrote that explainer" points at a piece, where "he wrote
# that he ..." reports what was said.
_PIECES = frozenset(
    {"article", "piece", "explainer", "review", "column", "blog", "post", "editorial",
     "essay", "report", "pamphlet", "leaflet", "feature", "obituary", "thread"}
)  # fmt: skip


def _groups_site(k: int, named: Sequence[Mention]) -> bool:
    """Whether token `k` opens the group's own website ("on labourleft.org"): "on" a
    site is where the piece appeared, where "an article on Resist" is its topic."""
    return any(
        m.first == k and m.kind is AliasKind.WEBSITE and m.organisation != LOOKALIKE for m in named
    )


def _on_groups_site(hit: CueHit, tokens: Sequence[Token], named: Sequence[Mention]) -> bool:
    """Whether the cue's clause says the piece is "on" the group's own website."""
    clause = tokens[hit.first].clause
    return any(
        tokens[k].text == "on" and _groups_site(k + 1, named)
        for k in range(hit.last, len(tokens) - 1)
        if tokens[k].clause == clause
    )


def written_elsewhere(hit: CueHit, tokens: Sequence[Token], named: Sequence[Mention]) -> bool:
    """Whether a writing cue names another paper as where the piece appeared: "in"
    or "for" and a capitalised name that is no proscribed group's ("Article by member
    in Tribune: 'Neither LAW nor Resist ...'"). "Wrote for Socialist Appeal", "an
    article in June", "writes for Socialist Worker and also for the AWL's paper" still
    count. "He writes that ..." says, and writes for no one."""
    after = tokens[hit.last].text if hit.last < len(tokens) else ""
    piece = tokens[hit.last + 1].text if hit.last + 1 < len(tokens) else ""
    if after == "that" and not (piece in _PIECES and _on_groups_site(hit, tokens, named)):
        # "he writes that he was not allowed in": says, not writes for; "wrote that
        # explainer on why Socialist Appeal is wrong" says where it ran only if it is
        # the group's own site ("that explainer on labourleft.org")
        return True
    if after == "to" and tokens[hit.first].text in _WRITES:
        return True  # "wrote to the CLP", "write to branch": a letter, to whomever
    clause = tokens[hit.first].clause
    elsewhere = False
    for k in range(hit.last, len(tokens)):
        if tokens[k].clause != clause:
            break
        n = k + 1
        if tokens[k].text == "on" and _groups_site(n, named):
            return False  # "an article on labourleft.org": on the group's own site
        if tokens[k].text not in _IN_OUTLET or (tokens[k].text == "to" and k != hit.last):
            continue  # "to" only straight after the cue: "wrote to the Brighton Argus"
        if n < len(tokens) and tokens[n].text in _DETERMINERS:
            n += 1
        if n >= len(tokens) or tokens[n].clause != clause:
            break
        if any(m.first <= n < m.last and m.organisation != LOOKALIKE for m in named):
            return False  # the group's own paper, even where its name wants context
        # "wrote up the SLN conference for the Morning Star": "for" reaches further
        # than "in", which also names places ("the LLA meeting in Leeds")
        near = k <= hit.last + _OUTLET_REACH * (2 if tokens[k].text == "for" else 1)
        named_thing = tokens[n].shape in ("title", "upper")  # "the Morning Star", "the CLP"
        if near and named_thing and tokens[n].text not in _CALENDAR:
            elsewhere = elsewhere or not any(m.first <= n < m.last for m in named)
    return elsewhere


def placed_beside(hit: CueHit, mention: Mention, tokens: Sequence[Token]) -> bool:
    """Whether the group only marks where the cue's thing stood: "ran the CLP bookstall,
    two pitches down from the Socialist Appeal stall", "our stall was next to the LLA's"."""
    between = [t.text for t in tokens[hit.last : mention.first]]
    return any(word in _BESIDE or word == "nearby" for word in between) or any(
        (first in _AWAY and second == "from") or (first, second) == _NEXT
        for first, second in pairwise(between)
    )


# "LLA were leafleting outside", "the AWL had a stall": the group is the one acting.
_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have", "did"})


def groups_own_act(tie: Tie, tokens: Sequence[Token], original: str) -> bool:
    """Whether the group named just before the cue is the cue's subject: "the LLA was
    leafleting", "the SLN stood a candidate against her", "the LLA also had a stall".
    An event's name only as the subject of a passive ("Ideas for Freedom was hosted at
    Student Central"): "Ideas for Freedom was brilliant, spoke to a packed room" is the
    writer speaking at it."""
    hit = tie.hit
    output = hit.rule == "contributing" and tokens[hit.first].text in _OUTPUT_NOUNS
    if output and _writer_named_after(hit, tokens):
        return False  # "Socialist Appeal ran a piece by <the member>"
    after = tie.mention.last
    if after < len(tokens) and tokens[after].text == "also":
        after += 1
    if after >= len(tokens) or tokens[after].clause != tokens[tie.mention.first].clause:
        return False
    if tie.mention.kind is AliasKind.EVENT:
        # "was hosted", "was held at": a passive, not "was brilliant, spoke to ..."
        gap = tie.hit.first - (after + 1)
        return tokens[after].text in _AUXILIARIES and (
            gap == 0 or (gap == 1 and tokens[after + 1].text.endswith("ed"))
        )
    if (
        tie.hit.first == after
        and tokens[after].text in _GROUP_CUE_VERBS
        and not original[tokens[after - 1].end : tokens[after].start].strip()
        and not _not_sole_subject(tie, tokens)
    ):
        # "The AWL ran a stall at the fair": the cue is the group's verb (not "Joan
        # Whittaker, of Socialist Appeal, sold copies", "Tom Cheung of Socialist
        # Appeal sold their paper")
        return True
    if tokens[after].text in _AUXILIARIES:
        return 0 <= tie.hit.first - (after + 1) <= 1
    return tokens[after].text in _GROUP_VERBS and 0 <= tie.hit.first - (after + 1) <= _VERB_OBJECT


_PREPOSITIONS = frozenset({"of", "from", "with", "for", "at", "in", "by", "to", "on"})


def _not_sole_subject(tie: Tie, tokens: Sequence[Token]) -> bool:
    """Whether the name before a verb is not that verb's only subject: after a
    preposition ("Tom Cheung of Socialist Appeal sold ..."), joined to another ("Me and
    the LLA ran a stall"), or before a passive ("Socialist Appeal sold by <the member>")."""
    k = tie.mention.first - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    if k >= 0 and tokens[k].text in _PREPOSITIONS | {"and", "plus"}:
        return True
    return tie.hit.last < len(tokens) and tokens[tie.hit.last].text == "by"


# Verbs of which a group is the subject, with the cue as their object: the group's act.
_GROUP_VERBS = frozenset(
    {"stood", "stands", "fielded", "fields", "had", "has", "held", "holds", "ran", "runs",
     "gave", "gives", "sells", "sold", "hosted", "hosts", "put", "puts", "launched", "set"}
)  # fmt: skip
_VERB_OBJECT = 2  # words between the verb and the cue ("stood a candidate")
# A cue that opens with the group's verb straight after its name: "the SU let Socialist
# Appeal book a room" (not a noun: "the Socialist Appeal book stall").
_GROUP_CUE_VERBS = _GROUP_VERBS | {"book", "books", "booked"}


# "Socialist Appeal's articles", "their piece on trans rights": what the group puts
# out, not something the member wrote - unless a writing verb says the member did.
_OUTPUT_NOUNS = frozenset(
    {"article", "articles", "piece", "pieces", "column", "columns", "blog", "blogs", "op", "byline"}
)
# "your article" in a post to the group ("@SocialistAppeal your article on ...") is
# the addressee's, never the member's own.
_GROUP_POSSESSIVES = frozenset({"their", "its", "your"})
_OUTPUT_BEFORE = 2  # words between the owner and the noun ("their latest piece")
# The group as the subject that puts the piece out: "Workers' Liberty had a good piece".
_PUTS_OUT = frozenset(
    {"had", "has", "have", "ran", "runs", "run", "published", "publishes", "publish",
     "carried", "carries", "carry", "printed", "prints", "posted", "posts", "put", "puts"}
)  # fmt: skip
_PUTS_OUT_GAP = 4  # the verb and the words up to the noun ("ran a long piece")
_WRITERS = frozenset({"my", "our", "her", "his"})  # "has put my article up"
_NAMES_THE_WRITER = _WRITES | _WRITERS | {"name"}  # words before a site's articles


def groups_output(tie: Tie, tokens: Sequence[Token]) -> bool:
    """Whether a writing noun is owned by the group: "<group>'s articles", "their piece",
    "<group> had a good piece on this" (unless a "by" after the noun names a writer)."""
    hit = tie.hit
    if hit.rule != "contributing" or tokens[hit.first].text not in _OUTPUT_NOUNS:
        return False
    before = tokens[max(0, hit.first - _OUTPUT_BEFORE) : hit.first]
    if any(t.text in _GROUP_POSSESSIVES and t.clause == tokens[hit.first].clause for t in before):
        return True
    owner = tie.mention.last
    if owner == hit.first and tie.mention.kind in (AliasKind.WEBSITE, AliasKind.PUBLICATION):
        # "keeps posting socialist.net articles": the site's, unless written by the member
        clause = tokens[hit.first].clause
        words_before = {t.text for t in tokens[: tie.mention.first] if t.clause == clause}
        return (
            # "writes a weekly Solidarity column", "Her name appears on three socialist.net
            # articles"
            words_before.isdisjoint(_NAMES_THE_WRITER)
            and tokens[hit.first].text != "byline"
            # "socialist.net article 'Why we won't go quietly' by Jenny Cheung", "by-line"
            and not _writer_named_after(hit, tokens)
        )
    if owner == hit.first and _says_of_someone(tie, tokens):
        return True
    if not owner < hit.first:
        return False
    if tokens[owner].text == "s" and hit.first - owner <= _OUTPUT_BEFORE:
        return True
    between = tokens[owner : hit.first]
    return (
        between[0].text in _PUTS_OUT
        and len(between) <= _PUTS_OUT_GAP
        and all(t.clause == tokens[hit.first].clause and t.text not in _WRITERS for t in between)
        and not _writer_named_after(hit, tokens)
    )


# What a group's article does to the people it names: "A Socialist Appeal article
# named Elizabeth Tan", "... quotes 'Bridget Connolly, a local tenant campaigner'".
_SAYS_OF = frozenset(
    {"named", "names", "naming", "quoted", "quotes", "quoting", "attacked", "attacks",
     "accused", "accuses", "described", "describes", "mentioned", "mentions", "criticised",
     "criticises", "singled", "profiled", "interviewed", "featured", "features"}
)  # fmt: skip
_WRITER_SUBJECTS = frozenset({"by", "i", "she", "he"})  # "an SLN article by her", "she wrote"
_SAYS_OF_REACH = 6  # words from the noun to its verb ("article on a tenants' protest quotes")
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "one"})


def _says_of_someone(tie: Tie, tokens: Sequence[Token]) -> bool:
    """Whether "a <group> article" opens its clause as the subject of a verb that
    names or quotes someone: the group's article about a person, not one the member
    wrote (unless a "by" or a writer's word comes first: "an SLN article by her")."""
    hit, mention = tie.hit, tie.mention
    k = mention.first - 1
    clause = tokens[hit.first].clause
    if k < 0 or tokens[k].text not in _ARTICLES or (k > 0 and tokens[k - 1].clause == clause):
        return False
    for token in tokens[hit.last : hit.last + _SAYS_OF_REACH]:
        if token.clause != clause or token.text in _WRITERS | _WRITER_SUBJECTS:
            return False
        if token.text in _SAYS_OF:
            return True
    return False


# Words before a writing cue's colon that name its outlet: "writes for: Solidarity".
_OUTLET_WORDS = frozenset({"for", "in", "on", "at", "to", "into"})
_COLON_REACH = 4  # words from the writing cue to its colon ("Blog post by member:")


def named_in_the_words(tie: Tie, text: Normalized) -> bool:
    """Whether a writing cue introduces words, after a colon, in which the group is
    named: "Nathan Greenberg writes: Labour Against the Witchhunt has made a career of
    ...", "Blog post by member: 'The Socialist Labour Network is a dead end'". The
    group is what was written about, not where - unless the words before the colon
    name an outlet ("writes for: Solidarity").
    """
    hit, mention = tie.hit, tie.mention
    tokens = text.tokens
    if hit.rule != "contributing" or mention.first < hit.last:
        return False
    if tokens[hit.first].text in _WRITER_AFTER_WORDS:
        return False  # "Byline: 'A. Gallagher' - '...', Socialist Appeal issue 388": a label
    clause = tokens[hit.first].clause
    # up to the name itself: the colon may stand straight before it ("writes: LAW ...")
    for k in range(hit.last, min(mention.first + 1, hit.last + _COLON_REACH + 1)):
        if tokens[k - 1].clause != clause or tokens[k - 1].text in _OUTLET_WORDS:
            return False
        if ":" in text_between(k - 1, k, text):
            return True
    return False


_WRITER_AFTER_WORDS = frozenset({"byline", "name"})
_WRITER_AFTER_PAIRS = frozenset({("of", "hers"), ("of", "his"), ("of", "mine"), ("by", "line")})
_OBJECT_PRONOUNS = frozenset({"her", "him", "me", "us"})


def _writer_named_after(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether words after a writing noun name its writer: "by her", "by Aisha Rahman"
    (not "by Leeds bin workers"), "by-line ...", "an article of hers", "under Liam
    Doherty's name"."""
    clause = tokens[hit.first].clause
    after = [t for t in tokens[hit.last :] if t.clause == clause]
    words = [t.text for t in after]
    if _WRITER_AFTER_WORDS.intersection(words):
        return True
    if any(pair in _WRITER_AFTER_PAIRS for pair in pairwise(words)):
        return True
    return any(
        t.text == "by"
        and (
            (k + 1 < len(after) and after[k + 1].text in _OBJECT_PRONOUNS)
            or (
                all(n.shape in ("title", "upper") for n in after[k + 1 : k + 3])
                and len(after[k + 1 : k + 3]) == 2
            )
        )
        for k, t in enumerate(after)
    )


# "the LAW stall at the rally was provocative", "a Socialist Appeal seller was
# recruiting", "called the LLA leaflet nonsense": a thing or person of the group's,
# named by the group's name before it; the member's act only when a word before the
# name puts the member there ("on the LLA stall", "handing out SLN leaflets").
_THINGS = frozenset(
    {"stall", "stalls", "bookstall", "seller", "sellers", "leaflet", "leaflets",
     "flyer", "flyers", "pamphlet", "pamphlets", "banner", "banners"}
)  # fmt: skip
_MEMBERS_OPENERS = frozenset(
    {"on", "ran", "run", "runs", "running", "staff", "staffed", "staffing", "staffs", "manned",
     "manning", "mans", "helped", "helping", "help", "behind", "with", "selling", "sells",
     "sold", "sell", "handing", "handed", "hands", "hand", "distributing", "distributed",
     "distribute", "delivering", "delivered", "deliver", "dropping", "dropped", "out",
     "was", "is", "as", "were", "am", "m", "s", "my", "our", "organised", "organising",
     "organises", "set", "setting", "put", "took", "taking", "takes", "printed",
     "printing", "posted", "posting", "leafleting", "for", "of", "and", "at", "in",
     "doing", "did", "do", "does", "done", "carried", "carrying", "carries", "carry",
     "held", "holding", "holds", "hold"}
)  # fmt: skip
_COPULAS = frozenset({"was", "were", "is", "are"})
# Words after "she"/"I" that put someone on a stall (with _MEMBERS_VERBS, below).
_ON_IT_WORDS = frozenset({"on", "behind", "staffing", "staffed", "helping", "helped"})


def _member_on_it(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether the words after a pictured stall put someone on it: "a photo of the LLA
    stall she ran", "... that she staffed", "..., I was on it from 9 till 2"."""
    clause = tokens[hit.first].clause
    after = [t.text for t in tokens[hit.last :] if t.clause == clause]
    return any(
        word in SUBJECT_PRONOUNS and _ON_IT.intersection(after[k + 1 : k + 4])
        for k, word in enumerate(after)
    )


_PICTURES = frozenset(
    {"photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics",
     "image", "images", "video", "videos", "footage", "clip", "screenshot", "screenshots"}
)  # fmt: skip
# Verbs of the member's own handling of a thing: "carried its banner".
_MEMBERS_VERBS = frozenset(
    {"carried", "carrying", "carries", "carry", "held", "holding", "holds", "hold",
     "staffed", "staffing", "ran", "running", "sold", "selling", "handed", "handing",
     "distributed", "distributing", "delivered", "delivering", "made", "painted"}
)  # fmt: skip
_ON_IT = _ON_IT_WORDS | _MEMBERS_VERBS
_THING_GAP = frozenset({"s", "paper", "book", "street", "campaign", "recruitment"})


_PARTING = frozenset(":;,.")  # marks that part a determiner from the name after it
# "Kieran has had a Socialist Appeal stall": the stall the member had is theirs.
_HAVING = frozenset({"had", "has", "have"})


def _had_by_the_member(k: int, tokens: Sequence[Token], name_words: frozenset[str]) -> bool:
    """Whether the words up to token `k` say the member, by name or as "I", "she",
    has the thing: "<the member> had a LAW stall", "I've had an AWL stall"."""
    j = k
    while j >= 0 and tokens[j].text in _HAVING | {"ve", "d", "s"}:
        j -= 1
    return (
        j < k
        and j >= 0
        and tokens[j].clause == tokens[k].clause
        and (tokens[j].text in name_words or tokens[j].text in MEMBER_PRONOUNS)
    )


# Verbs of having a thing, not handing it out: "has AWL leaflets in her house".
_HOLDS = frozenset({"has", "had", "have", "keeps", "kept"})
# Words that only place a thing: "Resist banner nearby".
_NEARBY = frozenset({"nearby", "opposite", "close", "too"})


def groups_thing(tie: Tie, text: Normalized, name_words: frozenset[str] = frozenset()) -> bool:
    """Whether the cue is a thing or person of the group's that the member only meets:
    "<group> stall" or "<group>'s sellers" with no word of the member's part before
    the name ("said the LAW stall was provocative", "a Socialist Appeal seller was
    recruiting")."""
    hit, mention = tie.hit, tie.mention
    tokens = text.tokens
    if hit.last - hit.first != 1 or tokens[hit.first].text not in _THINGS:
        return False
    if hit.first >= 2 and tokens[hit.first - 1].text == "its":
        # "A Socialist Labour Network contingent with its banner": the group's own,
        # unless the member carries it ("carried its banner").
        return tokens[hit.first - 2].text not in _MEMBERS_VERBS
    between = [t.text for t in tokens[mention.last : hit.first]]
    if mention.last > hit.first or len(between) > 1 or not set(between) <= _THING_GAP:
        return False
    k = mention.first - 1
    clause = tokens[hit.first].clause
    if k < 0 or tokens[k].text not in _DETERMINERS:
        # "she has AWL leaflets in her house": kept, not handed out; "; Resist banner
        # nearby": only placed near the member
        return (k >= 0 and tokens[k].text in _HOLDS and tokens[k].clause == clause) or (
            (k < 0 or tokens[k].clause != clause)
            and hit.last < len(tokens)
            and tokens[hit.last].text in _NEARBY
            and tokens[hit.last].clause == clause
        )  # not "LAW stall at the fringe today, me and Rita did three hours"
    if set(text_between(k, mention.first, text)) & _PARTING:
        return False  # "Ruth A: Resist stall at Tolpuddle, I'm on 12-3": an initial, not "a"
    k -= 1
    if _had_by_the_member(k, tokens, name_words):
        return False  # "Kieran has had a Socialist Appeal stall": the member's
    if hit.last < len(tokens) and tokens[hit.last].text == "rota":
        return False  # "on the AWL sellers' rota": the member's part
    if k < 0 or tokens[k].clause != clause:
        # Opening its clause, the thing is the group's as the subject of what follows
        # ("The Socialist Appeal stall at our open day was uninvited").
        return any(t.text in _COPULAS for t in tokens[hit.last :] if t.clause == clause)
    if tokens[k].text == "of" and k > 0 and tokens[k - 1].text in _PICTURES:
        # "posted a photograph of the SLN stall": pictured, not staffed - unless the
        # words after say who ran it ("a photo of the LLA stall she ran")
        return not _member_on_it(hit, tokens)
    return tokens[k].text not in _MEMBERS_OPENERS


def _one_word_after(
    hit: CueHit, tokens: Sequence[Token], word: str, before: frozenset[str]
) -> bool:
    """Whether the cue is the one word `word` with one of `before` straight before it,
    in its clause: a word that makes the cue a kind of thing, not the member's act."""
    k = hit.first
    return (
        hit.last - k == 1
        and tokens[k].text == word
        and k > 0
        and tokens[k - 1].text in before
        and tokens[k - 1].clause == tokens[k].clause
    )


# "well written", "badly written": a reader's word on a piece, not writing it.
_QUALITY = frozenset({"well", "badly", "poorly", "nicely", "beautifully", "brilliantly"})


def judged_writing(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether "written" is a reader's judgement of a piece ("called it 'well written
    but wrong'"), not the member's writing."""
    return _one_word_after(hit, tokens, "written", _QUALITY)


# "hate speech", "free speech": a kind of talk, not a speech given at an event.
_SPEECH_KINDS = frozenset({"hate", "free"})


def speech_kind(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a "speech" cue names a kind of talk ("reported an LLA post for hate
    speech", "a free speech row"), not a speech the member made."""
    return _one_word_after(hit, tokens, "speech", _SPEECH_KINDS)


# "a Socialist Appeal recruitment graphic", "LIEN campaign leaflets": the group's own
# material, which the member may share, report or receive - not recruiting or
# campaigning by the member.
_CAMPAIGN_NOUNS = frozenset({"recruitment", "campaign"})
_MATERIAL = frozenset(
    {"graphic", "graphics", "link", "links", "post", "posts", "video", "videos", "poster",
     "posters", "image", "images", "meme", "memes", "tweet", "tweets", "message", "messages",
     "material", "materials", "email", "emails", "advert", "adverts", "ad", "ads"}
)  # fmt: skip


def names_material(hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a campaigning noun only names a thing of the group's: "posting Socialist
    Appeal recruitment links", "quote-posted a LIEN recruitment graphic" (what is done
    with the thing is another cue's to say)."""
    k = hit.first
    return (
        hit.last - k == 1
        and tokens[k].text in _CAMPAIGN_NOUNS
        and hit.last < len(tokens)
        and tokens[hit.last].text in _MATERIAL
        and tokens[hit.last].clause == tokens[k].clause
    )


# "Labour Left Alliance members handed out leaflets": other people, acting.
_THEIR_PEOPLE = frozenset(
    {"members", "supporters", "activists", "comrades", "people", "sellers", "canvassers",
     "campaigners", "volunteers", "seller", "activist", "campaigner", "canvasser", "ppl",
     "team", "delegation", "contingent", "crowd", "bunch", "stall", "stalls"}
)  # fmt: skip
_PEOPLE_GAP = frozenset({"paper"})  # a word between the name and its people
# "a Socialist Appeal seller can be seen in the same photo"
_VERB_OPENERS = _AUXILIARIES | frozenset(
    {"have", "been", "will", "would", "could", "do", "can", "may", "might"}
)
_FIRST_PERSONS = frozenset({"i", "we", "me", "us", "my", "our"})
_PLACES_AFTER = frozenset({"there", "here", "outside", "inside"})
# -ing words that open no clause of the people's acts: "LLA members meeting".
_NOT_VERBS = frozenset({"meeting", "bring", "thing", "evening", "morning", "during", "something"})


def their_members(
    mentions: Sequence[Mention], text: Normalized, name_words: frozenset[str] = frozenset()
) -> list[int]:
    """Where a clause's subject is the group's members ("LLA members handed out
    leaflets", "Socialist Appeal members have been selling"): the index of the people
    word, after which the clause's acts are theirs, not the member's, unless an "I" or
    "we" in the clause puts the member among them."""
    tokens = text.tokens
    found = []
    for mention in mentions:
        k = mention.last
        people = _people_from(mention, tokens)  # "campaigners from the LLA handed out"
        if k + 1 < len(tokens) and tokens[k].text in _PEOPLE_GAP:
            k += 1  # "AWL paper sellers were working the crowd"
        if people is not None:
            k, verb = people, mention.last
        elif k + 1 >= len(tokens) or tokens[k].text not in _THEIR_PEOPLE:
            continue
        else:
            verb = k + 1
        if verb >= len(tokens) or "'" in text.original[tokens[verb - 1].end : tokens[verb].start]:
            continue  # "LLA members' meeting": an event's name
        clause = tokens[k].clause
        following = tokens[verb]
        if following.text in _PLACES_AFTER and verb + 1 < len(tokens):
            # "there were AWL people there handing out leaflets"
            following = tokens[verb + 1]
            if not following.text.endswith("ing"):
                continue
        if following.clause != clause or not (
            following.text in _VERB_OPENERS
            or (following.text.endswith(("ed", "ing")) and following.text not in _NOT_VERBS)
        ):
            continue
        if any(t.text in _FIRST_PERSONS for t in tokens if t.clause == clause):
            continue
        if _by_the_member(verb, tokens, name_words):
            continue  # "AWL stall staffed by <the member>"
        if tokens[k].text in _STALLS and _stall_is_members(mention, k, text):
            continue  # "Nadia staffed the Resist stall, selling badges"
        before = [t.text for t in tokens[max(0, mention.first - 3) : mention.first]]
        if "among" in before or ("of" in before[-2:] and "one" in before):
            continue  # "she was one of the SLN people leafleting": the member among them
        found.append(k)
    return found


def _by_the_member(verb: int, tokens: Sequence[Token], name_words: frozenset[str]) -> bool:
    """Whether a passive verb's agent is the member: "staffed by <the member's name>",
    or by the member's initials as a note writes them ("staffed by JP")."""
    return (
        verb + 2 < len(tokens)
        and tokens[verb + 1].text == "by"
        and (tokens[verb + 2].text in name_words or members_initials(tokens[verb + 2], name_words))
    )


def members_initials(token: Token, name_words: frozenset[str]) -> bool:
    """Whether a word in capitals may be the member's initials: two or three different
    letters, each opening one of the member's names ("JP" for Jonathan Price; not "BBC"
    for Ben Clarke)."""
    letters = token.text
    openers = {word[0] for word in name_words}
    return (
        token.shape == "upper"
        and 2 <= len(letters) <= 3
        and letters.isalpha()
        and len(set(letters)) == len(letters)
        and set(letters) <= openers
    )


def _stall_is_members(mention: Mention, stall: int, text: Normalized) -> bool:
    """Whether a stall's act is the member's: a word before the group's name puts the
    member at it ("staffed the Resist stall"), or a comma parts the stall from the
    verb ("the stall, selling badges" may be what the member did there)."""
    tokens = text.tokens
    k = mention.first - 1
    if k >= 0 and tokens[k].text in _DETERMINERS:
        k -= 1
    if k >= 0 and tokens[k].text in _MEMBERS_OPENERS:
        return True
    return stall + 1 < len(tokens) and bool(text_between(stall, stall + 1, text).strip())


def of_another_person(mention: Mention, tokens: Sequence[Token], name_end: int) -> bool:
    """Whether the group is another person's, written after their full name: "Speakers
    include <the member> on the Forde report and Tony Greer of the Labour Left
    Alliance" (not the member's own name, which ends at `name_end`)."""
    k = mention.first - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    if k < 2 or tokens[k].text != "of" or k == name_end:
        return False
    # "Tony Greer of ...", "Cllr J. Brown of ...": a given name or an initial, a surname
    given, surname = tokens[k - 2], tokens[k - 1]
    initial = len(given.text) == 1 and given.shape == "upper"
    return (
        (initial or (given.shape == "title" and len(given.text) > 1))
        and surname.shape == "title"
        and len(surname.text) > 1
    )


def _people_from(mention: Mention, tokens: Sequence[Token]) -> int | None:
    """ "campaigners from Labour Left Alliance", "volunteers from the SLN": its people
    (the index of the people word)."""
    k = mention.first - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    if k >= 1 and tokens[k].text == "from" and tokens[k - 1].text in _THEIR_PEOPLE:
        return k - 1
    return None


def someone_elses_group(
    mentions: Sequence[Mention],
    text: Normalized,
    support: Sequence[CueHit],
    name_words: frozenset[str],
    group_words: Sequence[str],
) -> list[CueHit]:
    """Mentions framed as another person's group: "Dan Morley of the LLA".

    Two capitalised words straight before "of (the)", neither the member's name nor
    a cue or one of `group_words`, the words of the group's own roles, bodies and
    events ("National Secretary of", "Annual Conference of").
    """
    tokens = text.tokens
    found = []
    for mention in mentions:
        k = mention.first - 1
        if k >= 0 and tokens[k].text == "the":
            k -= 1
        if k < 2 or tokens[k].text != "of":
            continue
        words = tokens[k - 2 : k]
        if any(
            t.shape != "title"
            or t.text in name_words
            or t.text in TITLES
            or matches_any(t.text, group_words)
            or any(h.first <= i < h.last for h in support)
            for i, t in zip(range(k - 2, k), words, strict=True)
        ):
            continue
        start, end = words[0].start, tokens[mention.last - 1].end
        found.append(
            CueHit(
                rule="another-person",
                cue="<Name> of",
                first=k - 2,
                last=mention.last,
                start=start,
                end=end,
                text=text.original[start:end],
            )
        )
    return found


# "Donnelly, who has written a book on Labour's wars, said LAW was 'a symptom'": what
# follows a speech verb is what was said, a proposition of its own.
_SPEECH = frozenset({"said", "says", "added", "argued", "claimed", "insisted"})


def across_speech(tie: Tie, tokens: Sequence[Token]) -> bool:
    """Whether a speech verb stands between a cue and the later mention it is tied to:
    the cue is the speaker's own act, the mention part of what they said."""
    if tie.via_anaphor or tie.hit.last > tie.mention.first:
        return False
    return any(t.text in _SPEECH for t in tokens[tie.hit.last : tie.mention.first])


# "went to a rally where some bloke from LAW was speaking": what follows "where"
# describes the place the cue went to, not the group the member acted for.
_PLACE_RELATIVES = frozenset({("where",), ("at", "which"), ("in", "which")})


def across_relative(tie: Tie, tokens: Sequence[Token]) -> bool:
    """Whether "where" or "at which" stands between a cue and the later mention it is
    tied to: the mention is in a clause about the place, not the object of the act."""
    if tie.via_anaphor or tie.hit.last > tie.mention.first:
        return False
    words = [t.text for t in tokens[tie.hit.last : tie.mention.first]]
    return any(
        tuple(words[k : k + len(r)]) == r for r in _PLACE_RELATIVES for k in range(len(words))
    )


@lru_cache(maxsize=4096)
def member_name_order(name: str) -> tuple[str, ...]:
    """The member's name as folded words in order, without titles: its first is the
    given name, its last the surname (cached: members recur)."""
    return tuple(w for w in fold_phrase(name) if w not in TITLES)


@lru_cache(maxsize=4096)
def member_name_words(name: str) -> frozenset[str]:
    """The member's name as folded words, without titles or initials, and the forms
    the given name is also written in ("Seun" for Oluwaseun) when there is a surname."""
    words = member_name_order(name)
    forms = given_name_forms(words[0]) if len(words) > 1 else frozenset()
    return frozenset(w for w in (*words, *forms) if len(w) > 1)


def first_name_next(hit: CueHit, text: Normalized, name: str) -> bool:
    """Whether the member's first name stands straight after the cue, in its clause."""
    words = member_name_order(name)
    tokens = text.tokens
    following = tokens[hit.last] if hit.last < len(tokens) else None
    return (
        bool(words)
        and len(words[0]) > 1
        and following is not None
        and following.text in given_name_forms(words[0])
        and following.clause == tokens[hit.last - 1].clause
    )


# Words after a relative that make the member and the relative one subject: "Zara and
# her flatmate both sell", "mbr, his wife Ama & comrade Jules all listed as organisers"
_JOINT_WORDS = frozenset({"both", "all", "together"})
_JOINT_REACH = 4  # words between the cue and "both", and between the member and the cue


def joint_with_member(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the cue names someone the member acts together with: the member's name
    (or "mbr") joined to it by "and", "&" or a comma, and "both", "all" or "together"
    after it in its clause ("Zara and her flatmate both sell Solidarity"). A lone "and"
    is not enough: "Graeme and his wife went to the rally. Graeme only drove her" is
    hers."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    if hit.first == 0:
        return False
    gap = text.original[tokens[hit.first - 1].end : tokens[hit.first].start]
    member = hit.first - 1
    if tokens[member].text == "and":
        member -= 1
    elif "&" not in gap and "," not in gap:
        return False
    if member < 0 or tokens[member].clause != clause:
        return False
    if not (tokens[member].text in name_words or tokens[member].text in _SUBJECT_NOUNS):
        return False
    return any(
        tokens[k].text in _JOINT_WORDS and tokens[k].clause == clause
        for k in range(hit.last, min(len(tokens), hit.last + _JOINT_REACH))
    )


def after_name(hit: CueHit, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the cue follows the member's name ("Zara Ahmed complains", "Ms Ahmed's")."""
    tokens = text.tokens
    before = hit.first - 1
    if before >= 0 and tokens[before].text == "s":
        before -= 1  # "Ms Dunn's response"
    return (
        before >= 0
        and tokens[before].text in name_words
        and tokens[before].clause == tokens[hit.first].clause  # not "... Ben Smith. Wasn't there"
    )


_NAME_FOLLOWS = 6  # words after a cue in which the member's name makes them its subject
# Words that open a clause of its own within a sentence: "..., which I raised with"
_CLAUSE_OPENERS = frozenset({"which", "who", "whom", "whose", "i", "we"})


def name_follows(
    hit: CueHit,
    text: Normalized,
    name_words: frozenset[str],
    reach: int = _NAME_FOLLOWS,
    *,
    in_sentence: bool = False,
) -> bool:
    """Whether the member's name comes just after the cue ("complain about Sarah ..."),
    or, `in_sentence`, further on in the sentence that tells what the complaint is
    about ("complain about Desmond Okafor and his mate Kieran Byrne", "complain that at
    last night's ward meeting Councillor Benjamin Hart ...") - not in a clause of the
    writer's own after it ("a stall, which I raised with Ben Smith")."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    k = hit.last
    while k < len(tokens):
        token = tokens[k]
        if k >= hit.last + reach and not (
            in_sentence and token.clause == clause and token.text not in _CLAUSE_OPENERS
        ):
            return False
        if token.text in name_words:
            return True
        k += 1
    return False


# "Subscribe at labourleft.org", "Follow us": a call to the reader opening its clause,
# not something the member did.
_CALLS = frozenset({"subscribe", "follow", "like", "share", "buy", "read"})
# A quoted post opening "Read Solidarity this week, decent piece" is the poster's own
# past act with "I" left out: "read" is its past as well as its call.
_PAST_ALIKE = frozenset({"read"})
# "doing the session at 2, come heckle": the reader is asked to come and do it (an
# imperative opening its clause or part, not "I'll come and heckle")
_INVITATIONS = (("come",), ("come", "and"))
_PART_OPENINGS = frozenset(",:;!-\u2013\u2014")


def calls_on_reader(hit: CueHit, tokens: Sequence[Token], original: str = "") -> bool:
    """Whether an exclusion cue is an imperative opening its clause ("Subscribe at"),
    or the words someone is quoted saying ("Anil tweeted: 'Buy Solidarity!'"), or the
    reader is invited to come and do it ("come heckle")."""
    first = tokens[hit.first]
    for words in _INVITATIONS:
        come = hit.first - len(words)
        if come < 0 or tuple(t.text for t in tokens[come : hit.first]) != words:
            continue
        if come == 0 or tokens[come - 1].clause != tokens[come].clause:
            return True
        if original and _PART_OPENINGS & set(original[tokens[come - 1].end : tokens[come].start]):
            return True
    opens = hit.first == 0 or tokens[hit.first - 1].clause != first.clause
    if not opens and original and first.text not in _PAST_ALIKE:
        gap = original[tokens[hit.first - 1].end : first.start]
        opens = ":" in gap and any(mark in gap for mark in "'\"\u2018\u201c")
    return opens and hit.last - hit.first == 1 and first.text in _CALLS


_FIRST_PERSON = frozenset({"i"})
_OWN_ACT_SUBJECT = 3  # words before a support cue in which "I" makes it the member's act


def own_act(
    tie: Tie, hit: CueHit, text: Normalized, name_words: frozenset[str] = frozenset()
) -> bool:
    """Whether a support cue before an exclusion cue is the member's own act.

    Its subject is "I" or the member's name: in "Chloe tried to recruit my daughter
    into Socialist Appeal" the daughter is recruited; the act is Chloe's. A name that
    labels a post ("Ifeoma: 'Brilliant piece by my sister ...'") is who speaks, not the
    subject of the act.
    """
    cue = tie.hit
    if cue.last > hit.first:
        return False
    tokens = text.tokens
    clause = tokens[cue.first].clause
    start = max(0, cue.first - _OWN_ACT_SUBJECT)
    return any(
        tokens[k].clause == clause
        and (
            tokens[k].text in _FIRST_PERSON
            or (tokens[k].text in name_words and not _labels_a_post(k, text, name_words))
        )
        for k in range(start, cue.first)
    )


def _labels_a_post(k: int, text: Normalized, name_words: frozenset[str]) -> bool:
    """Whether the name the k-th word is part of ends in a colon ("Ifeoma Nwosu: ...")."""
    tokens = text.tokens
    while k + 1 < len(tokens) and tokens[k + 1].text in name_words:
        k += 1
    return k + 1 < len(tokens) and ":" in text_between(k, k + 1, text)


def later_statement(tie: Tie, hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a support cue is the member's own "I" statement in a sentence after the
    exclusion cue, naming the group itself: "They added me without asking. I'll be
    honest though, I joined the LLA in 2021." (Not an answer that names no group: "Q:
    Did you stand for the LLA? A: I stood as an independent.") Or in the comment the
    member adds to what the cue names: "shared the LLA conference flyer with the
    comment: 'See you there - I'm doing the registration desk'"."""
    cue = tie.hit
    clause = tokens[cue.first].clause
    if _in_own_comment(cue, hit, tokens):
        return True
    if clause <= tokens[hit.first].clause or tokens[tie.mention.first].clause != clause:
        return False
    before = tokens[max(0, cue.first - _OWN_ACT_SUBJECT) : cue.first]
    return any(t.text in _FIRST_PERSON and t.clause == clause for t in before)


# Words that open the member's own comment on what they share: "with the comment:",
# "commenting", "adding"; not the shared post's own words ("reposted Resist: 'I'm
# speaking tonight'"), which are someone else's.
_COMMENT_WORDS = frozenset({"comment", "commented", "commenting", "caption", "captioned", "adding"})
_COMMENT_REACH = 10  # words from the exclusion cue to the comment's opening word
_AGAINST = frozenset({"against", "out"})  # "speaking against", "speaking out"
_AGAINST_REACH = 2


def _in_own_comment(cue: CueHit, hit: CueHit, tokens: Sequence[Token]) -> bool:
    """Whether a support cue stands, after an "I", in the comment the member adds to
    the thing an exclusion cue names, in the cue's clause."""
    clause = tokens[hit.first].clause
    if cue.first <= hit.last or tokens[cue.first].clause != clause:
        return False
    opening = next(
        (
            k
            for k in range(hit.last, min(cue.first, hit.last + _COMMENT_REACH))
            if tokens[k].text in _COMMENT_WORDS
        ),
        None,
    )
    if opening is None:
        return False
    if any(t.text in _AGAINST for t in tokens[cue.last : cue.last + _AGAINST_REACH]):
        return False  # "adding: I'm speaking against their line": no part in it
    before = tokens[max(opening + 1, cue.first - _OWN_ACT_SUBJECT) : cue.first]
    return any(t.text in _FIRST_PERSON for t in before)


# People other than the member, as a clause's subject: "members were attending LLA
# events", "two members in the ward had been seen selling", "the others were posting",
# "a CLP officer has been recruiting", "several students signed up".
_OTHER_PEOPLE = frozenset(
    {"members", "others", "people", "students", "activists", "supporters", "comrades",
     "campaigners", "volunteers", "officer", "officers", "man", "men", "woman", "women",
     "someone", "somebody", "teenagers", "lads", "kids", "youngsters", "folk"}
)  # fmt: skip
# Words between such a subject and its verb: auxiliaries, "seen", adverbs.
_TO_THE_VERB = _AUXILIARIES | frozenset(
    {"have", "been", "being", "be", "seen", "spotted", "caught", "also", "still", "all",
     "both", "reportedly", "allegedly", "apparently", "again", "regularly", "often",
     "openly", "later", "then", "now", "busy", "out"}
)  # fmt: skip
_PLACE_WORDS = frozenset({"in", "from", "of", "at", "on", "with"})  # "members in the ward"
# Words before the subject that put the member among its people: "she and two members",
# "members, including Sarah", "we", "both".
_AMONG = _FIRST_PERSONS | frozenset(
    {"she", "he", "her", "him", "and", "including", "incl", "with", "both", "like", "fellow",
     "one", "among"}
)  # fmt: skip
_PUNCTUATION = re.compile(r"[^\w\s']")
# words of the subject before its people word: "she and two members", "one of the SLN
# people"
_PHRASE_BEFORE = 4
_WITH_THE_MEMBER = frozenset({"me", "us", "i", "we"})
_SUBJECT_REACH = 4  # words of a place phrase after the people word ("in the ward")


def others_subject(
    hit: CueHit, tokens: Sequence[Token], original: str, name_words: frozenset[str]
) -> int | None:
    """Where other people stand as the subject of a cue, if they do: "members were
    attending LLA events", "a man in a red beanie was handing out copies". A note on
    one member that tells what unnamed others did says nothing of the member's own
    acts; a subject that takes the member in ("she and two members", "members
    including Sarah") is not others.
    """
    clause = tokens[hit.first].clause
    k = hit.first - 1
    while k >= 0 and tokens[k].clause == clause and tokens[k].text in _TO_THE_VERB:
        k -= 1
    people = next(
        (
            j
            for j in range(k, max(-1, k - _SUBJECT_REACH - 1), -1)
            if tokens[j].clause == clause
            and tokens[j].text in _OTHER_PEOPLE
            and (j == k or tokens[j + 1].text in _PLACE_WORDS)
        ),
        None,
    )
    if people is None or _PUNCTUATION.search(original, tokens[people].end, tokens[hit.first].start):
        return None  # "officers: Treasurer K. Gill" is a list's label, not a subject
    if original.startswith("'", tokens[people].end):
        return None  # "members' working group": a possessive, no subject
    if any(t.clause == clause and t.text in _WITH_THE_MEMBER for t in tokens[hit.last :]):
        return None  # "members signed up via me", "members joined us": the member acts too
    if k == hit.first - 1 and not _reads_as_verb(tokens[hit.first].text):
        return None  # "talking to people at the stall": no verb, no subject
    if people > 0 and tokens[people - 1].text in _OBJECT_TAKERS | _PLACE_WORDS | _CAUSERS:
        return None  # "told people", "talking to people", "had students signing up"
    phrase = tokens[max(0, people - _PHRASE_BEFORE) : hit.first]
    if any(t.clause == clause and (t.text in _AMONG or t.text in name_words) for t in phrase):
        return None
    if _agent_is_the_member(hit, tokens, name_words):
        return None  # "Several students were recruited to the AWL by the respondent"
    if _member_named_after(people, tokens, name_words):
        return None  # "... and so was Dan Price", "Someone was ... It was Helen Ward."
    if _member_is_main_subject(people, tokens, name_words):
        return None  # "Tom Ellis spent all afternoon getting students signing up"
    return people


# Words that stand for the member in a note: "by the respondent", "by her".
_THE_MEMBER = MEMBER_PRONOUNS | frozenset(
    {"her", "him", "me", "us", "respondent", "member", "mbr", "complainee"}
)


def _agent_is_the_member(hit: CueHit, tokens: Sequence[Token], name_words: frozenset[str]) -> bool:
    """Whether a "by" after the cue, in its clause, names the member as the agent: the
    people were acted on ("were signed up to the AWL by her")."""
    clause = tokens[hit.first].clause
    for k in range(hit.last, len(tokens) - 1):
        if tokens[k].clause != clause:
            return False
        if tokens[k].text == "by":
            after = tokens[k + 1].text if tokens[k + 1].text != "the" else tokens[k + 2].text
            return after in _THE_MEMBER or after in name_words
    return False


def _member_named_after(people: int, tokens: Sequence[Token], name_words: frozenset[str]) -> bool:
    """Whether the member's name stands after the people word in its sentence, or the
    next sentence names the member as one of them ("It was Helen Ward", "she was one of
    them", "recognised him as Dan Price")."""
    clause = tokens[people].clause
    following = list(takewhile(lambda t: t.clause <= clause + 1, tokens[people + 1 :]))
    if any(t.text in name_words and t.shape == "title" and t.clause == clause for t in following):
        return True
    nxt = [t.text for t in following if t.clause == clause + 1]
    answered = any(
        tuple(nxt[k : k + len(answer)]) == answer for answer in _ANSWERS for k in range(len(nxt))
    ) or not _IDENTIFIED.isdisjoint(nxt)
    return answered and any(
        w in MEMBER_PRONOUNS or w in name_words for w in nxt
    )  # "One of them was Dan Price", "she was one of them"


# Verbs whose object the people are, doing what the subject has them do: "Dan Price had
# students signing up", "got volunteers selling".
# Words after which a clause has a subject of its own: "members attended the meeting at
# which the respondent handed out leaflets".
_NEW_SUBJECT = frozenset({"which", "where", "who", "whom", "whose"})
_CAUSERS = frozenset(
    {"had", "has", "have", "got", "get", "gets", "getting", "sent", "brought", "helped",
     "helping", "recruited", "recruiting"}
)  # fmt: skip
# The next sentence's opening that names who they were: "It was Helen Ward", "One of them
# was Dan Price", "she was one of them".
_ANSWERS = (("it", "was"), ("that", "was"), ("one", "of", "them"), ("among", "them"))
# "Ward members recognised him as Dan Price"
_IDENTIFIED = frozenset({"recognised", "recognized", "identified", "named", "as"})


# Words after the member's name that make what follows another's report: "he reports
# that a CLP officer ...", "Adebola reported that two members ...".
_REPORTED = frozenset(
    {"that", "reports", "reported", "says", "said", "saw", "claims", "claimed", "alleges",
     "alleged", "told", "tells", "noticed", "spotted", "concern", "complained"}
)  # fmt: skip


def _member_is_main_subject(
    people: int, tokens: Sequence[Token], name_words: frozenset[str]
) -> bool:
    """Whether the member is named earlier in the clause as its subject, with no report
    between: then the people are what the member acts on, not who acts."""
    clause = tokens[people].clause
    start = people
    while start > 0 and tokens[start - 1].clause == clause:
        start -= 1
    named = [
        j
        for j in range(start, people)
        if tokens[j].text in MEMBER_PRONOUNS
        or (tokens[j].text in name_words and tokens[j].shape == "title")
    ]
    return bool(named) and not any(t.text in _REPORTED for t in tokens[named[-1] + 1 : people])


# Capitalised words that open a clause but name no one: "On Saturday", "Last week".
_NOT_A_GIVEN_NAME = frozenset(
    {"on", "in", "at", "last", "next", "this", "that", "the", "a", "an", "our", "their",
     "his", "her", "my", "every", "since", "after", "before", "during", "by", "for", "from",
     "with", "and", "but", "then", "when", "if", "as", "so", "also", "both", "all"}
)  # fmt: skip


def _full_name_at(k: int, tokens: Sequence[Token], original: str, names: Sequence[Mention]) -> bool:
    """Whether tokens `k` and `k + 1` may be a person's given name and surname: two
    capitalised words of one clause with nothing but a space between ("Tweet: 'Just"
    is not), the first no word that opens a clause ("On Saturday"), neither in a
    group's name (`names`)."""
    first, last = tokens[k], tokens[k + 1]
    return (
        first.shape == "title"
        and last.shape == "title"
        and first.clause == last.clause
        and first.text not in _NOT_A_GIVEN_NAME
        and not original[first.end : last.start].strip()
        and not any(m.first <= k + 1 and k < m.last for m in names)
    )


# A surname within this rapidfuzz ratio of the member's is the member's, misspelt or in
# another form ("Despande" for Deshpande, "Kowalski" for Kowalska).
_SAME_SURNAME = 80


def _could_be_the_member(word: str, name_words: frozenset[str]) -> bool:
    """Whether a surname may be the member's own, written as the record's writer had it."""
    return word in name_words or any(
        len(own) >= 4 and fuzz.ratio(word, own) >= _SAME_SURNAME for own in name_words
    )


_NAME_TITLES = TITLES | frozenset({"professor", "councillor"})


def _opens_clause(a: int, tokens: Sequence[Token]) -> bool:
    """Whether token `a` opens its clause, a title before it aside ("Prof Anne Walsh")."""
    if a > 0 and tokens[a - 1].text in _NAME_TITLES:
        a -= 1
    return a == 0 or tokens[a - 1].clause != tokens[a].clause


def named_others(
    tokens: Sequence[Token],
    original: str,
    name_words: frozenset[str],
    names: Sequence[Mention] = (),
) -> set[int]:
    """Where another person, named in full, opens a clause as the subject of its verb
    (the index of their surname): "Pete Holloway took on the LAW mailout rota" in
    Dominic Reeves's record. A surname that is not the member's makes even a namesake
    another ("Kevin Dobson ran the stall" is not Kevin Marsh); the words of a group's
    name (`names`) are no person. Without the member's name, anyone may be the member."""
    found: set[int] = set()
    if not name_words:
        return found
    for b in range(1, len(tokens) - 1):
        a, first, last = b - 1, tokens[b - 1], tokens[b]
        if (
            not _full_name_at(a, tokens, original, names)
            or not _opens_clause(a, tokens)
            or len(last.text) < 2
            or _could_be_the_member(last.text, name_words)
            or first.text in _CALENDAR
            or last.text in _CALENDAR
            or original.startswith("'", last.end)
        ):
            continue
        verb = b + 1
        while verb < len(tokens) and tokens[verb].text in _TO_THE_VERB:
            verb += 1
        if (
            verb < len(tokens)
            and tokens[verb].clause == first.clause
            and tokens[verb].shape == "lower"  # not "Paisley Daily Express: ..."
            and _reads_as_verb(tokens[verb].text)
        ):
            found.add(b)
    return found


# Words that join the names of a listing: "Dan Whitfield, Sam Ortiz and Jo Lee".
_LIST_JOINS = frozenset({"and", "&"})


def _listed_person_is_member(given: str, surname: str, name_words: frozenset[str]) -> bool:
    """Whether a listed "Given Surname" may be the member: the surname may be the
    member's, and the given name is an initial or may be the member's (its first three
    letters are one of the member's words' too: "Sam" for Samantha). "Dan Whitfield"
    in Hannah Whitfield's record is a relative, not her."""
    return _could_be_the_member(surname, name_words) and _given_may_be_the_members(
        given, name_words
    )


def _given_may_be_the_members(given: str, name_words: frozenset[str]) -> bool:
    """Whether a given name may be the member's: an initial, one of the member's words,
    its first three letters ("Sam" for Samantha, "Ola" for Olawale), or near it
    ("Allison" for Alison)."""
    return (
        len(given) == 1
        or _could_be_the_member(given, name_words)
        or any(len(w) >= 3 and given[:3] == w[:3] for w in name_words)
    )


def listed_others(
    support: Sequence[CueHit],
    tokens: Sequence[Token],
    original: str,
    name_words: frozenset[str],
    names: Sequence[Mention] = (),
) -> set[CueHit]:
    """The cues in a listing's label whose names, after the colon, are all other
    people: "Ideas for Freedom creche volunteers: Dan Whitfield, Sam Ortiz." in
    another member's record. The names must fill the rest of the clause, each a given
    name and a surname, joined by commas or "and"; one that may be the member (see
    `_listed_person_is_member`) keeps the label's cues, as does a label that names the
    member or has "she", "I" ... ("chaired by Mary Smith, also there: ..."), or a record
    without the member's name; the words of a group's name (`names`) are no person."""
    found: set[CueHit] = set()
    if not name_words:
        return found
    for c in range(1, len(tokens)):
        if ":" not in original[tokens[c - 1].end : tokens[c].start]:
            continue
        clause = tokens[c].clause
        if tokens[c - 1].clause != clause:
            continue
        end = c
        while end < len(tokens) and tokens[end].clause == clause:
            end += 1
        people: list[tuple[str, str]] = []
        k, ok = c, True
        while k < end:
            if tokens[k].text in _LIST_JOINS and people:
                k += 1
                continue
            if k + 1 < end and _full_name_at(k, tokens, original, names):
                people.append((tokens[k].text, tokens[k + 1].text))
                k += 2
                continue
            ok = False
            break
        if not ok or not people:
            continue
        if any(_listed_person_is_member(g, s, name_words) for g, s in people):
            continue
        start = c - 1
        while start > 0 and tokens[start - 1].clause == clause:
            start -= 1
        label = original[tokens[start].start : tokens[c - 1].end]
        if ":" in label:
            start = c - 1
            while start > 0 and ":" not in original[tokens[start - 1].end : tokens[start].start]:
                start -= 1
        if any(t.text in name_words or t.text in MEMBER_PRONOUNS for t in tokens[start:c]):
            continue  # "LLA meeting chaired by Mary Smith, also there: Dan Price"
        found |= {h for h in support if start <= h.first and h.last <= c}
    return found


# "'We are proud members of the SLN,' said Jamal Ibrahim": a quote, its closing mark,
# then the telling verb and the speaker's name (one to three capitalised words).
_QUOTE_THEN_SPEAKER = re.compile(
    r"(?:['\u2018\"\u201c])([^'\u2018\u2019\"\u201c\u201d]+?)[,.!?]?['\u2019\"\u201d]\s*,?\s*"
    r"(?:said|says|added|adds)\s+((?:[A-Z][\w'-]*\s?){1,3})"
)
_QUOTE_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "im"})
_QUOTE_THIRD_PERSON = frozenset({"she", "he", "her", "him", "his", "hers", "they", "them"})


def quoted_speakers_acts(
    support: Sequence[CueHit], tokens: Sequence[Token], original: str, name_words: frozenset[str]
) -> set[CueHit]:
    """The cues inside a quote that another named person is then said to have said,
    when the quote speaks in the first person: "'We are proud members of the Socialist
    Labour Network,' said Jamal Ibrahim" in Anne Rudd's record. Not when the speaker may
    be the member (a name within reach of the member's: "said Cllr Rudd", "said Ola"
    of Olawale), nor a quote that tells of someone in the third person or by the
    member's name ("'She chaired the LLA meeting,' said Dan Price"), nor without the
    member's name."""
    found: set[CueHit] = set()
    if not name_words:
        return found
    for match in _QUOTE_THEN_SPEAKER.finditer(original):
        speaker = [w for w in fold_phrase(match.group(2)) if w not in _NAME_TITLES]
        if not speaker or any(_given_may_be_the_members(w, name_words) for w in speaker):
            continue
        if re.match(r"\s*(?:and|&)\s", original[match.end(2) :]):
            continue  # "said Dan Price and Kevin Marsh": the member may be a speaker too
        lo, hi = match.span(1)
        inside = [t for t in tokens if lo <= t.start and t.end <= hi]
        words = {t.text for t in inside}
        if not words & _QUOTE_FIRST_PERSON or words & (_QUOTE_THIRD_PERSON | name_words):
            continue
        found |= {
            h for h in support if lo <= tokens[h.first].start and tokens[h.last - 1].end <= hi
        }
    return found


def acts_of_others(
    support: Sequence[CueHit],
    tokens: Sequence[Token],
    original: str,
    name_words: frozenset[str],
    names: Sequence[Mention] = (),
) -> set[CueHit]:
    """The cues that tell what other people did: a verb whose subject they are (see
    `others_subject`, `named_others`), the people word itself ("members"), and the rest
    of their clause ("handing out copies") - until a word of the member's takes it back
    ("..., and she sold some too")."""
    if not support:
        return set()
    subjects = {
        p for hit in support if (p := others_subject(hit, tokens, original, name_words)) is not None
    }
    subjects |= named_others(tokens, original, name_words, names)
    listed = listed_others(support, tokens, original, name_words, names)
    listed |= quoted_speakers_acts(support, tokens, original, name_words)
    if not subjects:
        return listed

    def theirs(hit: CueHit) -> bool:
        for p in subjects:
            if tokens[p].clause != tokens[hit.first].clause or hit.last <= p:
                continue
            between = tokens[p + 1 : hit.first]
            if not any(
                t.text in _AMONG
                or t.text in _THE_MEMBER
                or t.text in name_words
                or t.text in _NEW_SUBJECT
                for t in between
            ):
                return True
        return False

    return listed | {hit for hit in support if theirs(hit)}


_IRREGULAR_PASTS = frozenset(
    {"sold", "ran", "gave", "spoke", "went", "paid", "wrote", "stood", "led", "held",
     "took", "put", "set", "came", "made", "did", "sent", "got"}
)  # fmt: skip


def _reads_as_verb(word: str) -> bool:
    """A rough test that a cue's first word is a verb: "signed", "handing", "sells"."""
    return word.endswith(("ed", "ing", "s")) or word in _IRREGULAR_PASTS


# Words after which a person is acted on, not acting: "asked the secretary", "to people".
_OBJECT_TAKERS = frozenset(
    {"asked", "told", "contacted", "emailed", "phoned", "rang", "to", "by", "thanked",
     "called", "met", "urged", "informed", "copied", "saw", "among", "against"}
)  # fmt: skip
_ROLE_NOUNS = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "secretary", "treasurer", "speaker",
     "organiser", "organizer", "steward", "officer", "rep", "spokesperson", "convenor",
     "convener", "editor", "founder", "president", "coordinator", "host", "candidate"}
)  # fmt: skip
_ONE_OF = frozenset({"the", "their", "its", "a", "an"})


_ROLE_RANKS = frozenset({"general", "national", "regional", "deputy", "assistant", "branch"})


def anothers_role(hit: CueHit, tokens: Sequence[Token], name_words: frozenset[str]) -> bool:
    """Whether a role cue names someone the member deals with: "asked the secretary to
    report it", "wrote to the chair of the LLA" - not the member's own part, nor one the
    member's name follows ("speak to the organiser, Dan Price")."""
    k = hit.first
    if k >= 3 and tokens[k - 1].text in _ROLE_RANKS:
        k -= 1  # "complained to the general secretary"
    return (
        k >= 2
        and tokens[hit.first].text in _ROLE_NOUNS
        and tokens[k - 1].text in _ONE_OF
        and tokens[k - 2].text in _OBJECT_TAKERS
        and tokens[k - 2].clause == tokens[k].clause
        and not (hit.last < len(tokens) and tokens[hit.last].text in name_words)
    )


# Bodies whose word before a role makes the role theirs (and, in one_group, whose
# meeting "our" may name: "our CLP meeting"): "CLP sec", "women's officer",
# "political editor". Not "branch", "student", "Labour" or "general": "branch organiser,
# RESIST", "the AWL's student organiser", "stood for Resist against the Labour
# candidate", "General Secretary, Labour Left Alliance" are the group's.
OTHER_BODIES = frozenset(
    {"clp", "constituency", "council", "political", "trades", "tuc", "nec", "plp",
     "unison", "unite", "gmb", "ucu", "neu", "rmt", "cwu", "momentum", "su", "nus", "parish",
     "jvl", "psc", "women", "womens", "youth"}
)  # fmt: skip
_BODY_ROLES = _ROLE_NOUNS | frozenset(
    {"sec", "executive", "rep", "reps", "delegate", "committee", "minutes", "admin"}
)
_ROLE_OF_REACH = 6  # words after a role within which the group may be named as its body
_ROLE_OF = frozenset({"of", "for", "in", "at", "on"})
# Words that may stand between the group and another body's word before a role: "'s",
# "national", "North West" ("Socialist Appeal's North West regional youth organiser").
_BODY_AFTER_GROUP = 4
_LINKS = frozenset({"the", "and"})


def anothers_body_role(
    hit: CueHit, tokens: Sequence[Token], original: str, mentions: Sequence[Mention]
) -> bool:
    """Whether a role is another body's, named just before it ("T. Ashby (CLP sec)",
    "the Unison steward", "invited by the CLP executive") - unless the
    group itself stands before that body ("LLA branch secretary") or after the role
    ("branch secretary of the LLA")."""
    k = hit.first
    if k == 0 or tokens[k].text not in _BODY_ROLES or tokens[k - 1].clause != tokens[k].clause:
        return False
    body = tokens[k - 1]
    if body.text not in OTHER_BODIES or any(m.first <= k - 1 < m.last for m in mentions):
        return False
    if any(0 <= (k - 1) - m.last <= _BODY_AFTER_GROUP for m in mentions):
        return False  # "LLA youth secretary", "the AWL's national youth organiser"
    return not any(_body_named_after(hit, m, tokens, original) for m in mentions)


def _body_named_after(
    hit: CueHit, mention: Mention, tokens: Sequence[Token], original: str
) -> bool:
    """Whether the group is named after the role as the role's body: "youth secretary
    of the Sheffield and District LLA", "General Secretary, Labour Left Alliance" - over
    "of|for|in|at", "the", "and" and capitalised words only, with no bracket or colon
    between ("CLP sec) reported: LLA ...")."""
    if not hit.last <= mention.first <= hit.last + _ROLE_OF_REACH:
        return False
    if tokens[mention.first].clause != tokens[hit.first].clause:
        return False
    if set(original[tokens[hit.last - 1].end : mention.start]) & set("():;"):
        return False
    between = tokens[hit.last : mention.first]
    return all(t.text in _ROLE_OF or t.text in _LINKS or t.shape == "title" for t in between)
