"""Questions, answers and hypotheticals: where a cue is asked rather than done.

"Is she speaking at the AWL meeting?" or "If I went to one LLA meeting, would that
..." is no evidence of an act; "Q: ... involved with Socialist Appeal? / A: Yes, I'm
a member" is, and its act is towards the group the question named. The judge asks
here which clauses answer which question, and whether a cue stands in an "if I" or
"whether" phrase no later clause answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from exclcheck.cues import CueHit
from exclcheck.normalize import Normalized, Token

# A transcript's turns: "Q: ..." and "A: ..." opening a line, or written on in one
# paragraph after a sentence's end ("Interview summary. Q: Are you a member? A: Yes").
_TRANSCRIPT_LINE = re.compile(
    r"^[ \t]*(?P<who>[QA])\d*[ \t]*[:.]|(?<=[.?!\"'\u201d\u2019)] )(?P<inline>[QA]):",
    re.MULTILINE,
)
# An answer that says yes to the question ("Yes.", "That's right, I was.")
_YES = frozenset({"yes", "yeah", "yep", "yup", "aye", "correct", "right", "true"})
_YES_OPENING = 4  # words at an answer's start in which the yes may stand ("A film review, yes")
# An answer that affirms in the question's own verb: "Q: Do you agree you were at that
# LAW rally? A: I do.", "Q: ... were you there? A: I was a delegate". Not "I did not",
# "I wasn't", nor "I was invited and I turned it down" (a different verb's object).
_AFFIRMING = frozenset({"do", "did", "was", "am", "have", "agree", "accept", "admit"})
_NOT_AFTER = frozenset({"not", "never", "t", "no", "invited", "asked", "told"})
# Questions that take the act as done and ask about it: "When did you join?"
_TAKEN_AS_GIVEN = frozenset({"when", "where", "why", "how"})


# An answer that says no ("A: No. I was collecting for a solidarity fund"): what it
# goes on to say is not the act the question asked about.
_NO = frozenset({"no", "none", "never", "nope", "nah"})


Answers = dict[int, tuple[frozenset[int], bool]]


@lru_cache(maxsize=256)
def _answers_of(original: str, tokens: tuple[Token, ...]) -> tuple[Answers, frozenset[int]]:
    """The work of `answered_questions` and `answered_no`, cached: the judge asks it
    once for the ties and again for each organisation's verdict in the same record."""
    lines = list(_TRANSCRIPT_LINE.finditer(original))
    found: Answers = {}
    noes: set[int] = set()
    for k, line in enumerate(lines):
        if _who(line) != "A" or k == 0 or _who(lines[k - 1]) != "Q":
            continue
        question_start, answer_start = lines[k - 1].end(), line.end()
        answer_end = lines[k + 1].start() if k + 1 < len(lines) else len(original)
        question = frozenset(
            t.clause for t in tokens if question_start <= t.start < lines[k - 1 + 1].start()
        )
        answer = [t for t in tokens if answer_start <= t.start < answer_end]
        asked = [t for t in tokens if question_start <= t.start < answer_start]
        # "When did you join the LLA?" takes the act as given; the answer says when.
        given = bool(asked) and asked[0].text in _TAKEN_AS_GIVEN
        yes = given or any(t.text in _YES for t in answer[:_YES_OPENING]) or _affirms(answer)
        for t in answer:
            found[t.clause] = (question, yes)
        if any(t.text in _NO for t in answer[:_YES_OPENING]) and not yes:
            noes |= {t.clause for t in answer}
    return found, frozenset(noes)


def _affirms(answer: Sequence[Token]) -> bool:
    """Whether an answer opens "I do", "I was", "I accept" - and goes on with no "not"."""
    words = [t.text for t in answer[:3]]
    return (
        len(words) >= 2
        and words[0] == "i"
        and words[1] in _AFFIRMING
        and (len(words) == 2 or words[2] not in _NOT_AFTER)
    )


def _who(turn: re.Match[str]) -> str:
    return turn.group("who") or turn.group("inline")


def _answers(text: Normalized) -> tuple[Answers, frozenset[int]]:
    if "Q" not in text.original or ":" not in text.original:
        return {}, frozenset()  # no transcript: most records
    return _answers_of(text.original, tuple(text.tokens))


def answered_questions(text: Normalized) -> Answers:
    """In a "Q: ... / A: ..." transcript, each answer clause → the clauses of the
    question it answers, and whether the answer opens with a yes."""
    return _answers(text)[0]


def answered_no(text: Normalized) -> frozenset[int]:
    """The clauses of answers that open with a no ("A: No. I was collecting for ...",
    "A: Labour Left Alliance, no.")."""
    return _answers(text)[1]


# "If I went to one LLA meeting, would that ...", "If I gave a tenner to the AWL's
# fighting fund": the member's own hypothetical, not an act. (Not "if you're in the
# LLA, do an hour on the stall with me", nor "whether you remain a member" - answered.)
_CONDITION = ("if", "i")
_EMBEDDED_QUESTION = "whether"  # "asked whether I'd ever join", "whether they could ban"


def in_conditional(hit: CueHit, text: Normalized) -> bool:
    """Whether the cue stands in an "if I ..." phrase or in an embedded question that
    no later clause answers with a yes ("asked whether she would join"), up to its
    comma: either is asked, not done."""
    tokens = text.tokens
    clause = tokens[hit.first].clause
    for k in range(hit.first - 1, -1, -1):
        if tokens[k].clause != clause or "," in text.original[tokens[k].end : tokens[k + 1].start]:
            return False
        if (tokens[k].text, tokens[k + 1].text) == _CONDITION:
            return True
        if tokens[k].text == _EMBEDDED_QUESTION:
            return not _yes_after(clause, tokens)
    return False


def _yes_after(clause: int, tokens: Sequence[Token]) -> bool:
    """Whether a later clause opens with a yes: "Please confirm whether you remain a
    member. / Yes, I do." answers the question it follows."""
    opening = [t for k, t in enumerate(tokens) if k == 0 or t.clause != tokens[k - 1].clause]
    return any(t.clause > clause and t.text in _YES for t in opening)
