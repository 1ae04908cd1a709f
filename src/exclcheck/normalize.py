"""Text → folded tokens that still know where they came from.

Matching happens on a folded form (lower case, no accents, look-alike letters mapped
to Latin, one kind of apostrophe and dash, soft hyphens and zero-width characters
gone), but a finding must quote the member's own words, so every token keeps the
character offsets of its span in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Letters from other scripts that look like Latin ones. A Cyrillic "а" inside
# "Sociаlist" is either an evasion or a keyboard accident; both should still match.
# (Kept small and explicit: only letters that are visually identical in common fonts.)
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѡ": "w", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip

_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Invisible characters that can sit inside a word without changing how it reads.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"

# Honorifics: not part of what identifies a person by name.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "prof", "rev", "sir"})

_TOKEN = re.compile(r"[^\W_]+")
_FIELD = re.compile(r"\b[a-z_]+=")
# A clause ending in "?" is a question if it opens like one ("Is it true ...",
# "hamza: would I join ..."), not "I'm stewarding, who wants a lift?".
_QUESTION_WORDS = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could",
     "would", "will", "should", "shall", "may", "might", "who", "what", "where", "when",
     "why", "how", "which", "whose", "any", "anyone", "anybody"}
)  # fmt: skip
_QUESTION_OPENING = 3  # words at a clause's start in which a question word may stand
# "Anyone else selling Socialist Appeal at the demo?": the writer is, and asks who else.
_ELSE = "else"
_DENIALS = frozenset({"no", "nope", "negative"})  # an answer that makes "...?" a question
_ALTERNATIVES = frozenset({"or"})  # a second guess after a "?": the first is a doubt
_AFFIRMATIONS = frozenset({"yes", "yeah", "yep", "yup", "aye", "correct", "confirmed"})
_THAT_IS_ME = frozenset({("that", "s", "me"), ("that", "is", "me"), ("thats", "me")})
# A tag question after an assertion: "..., who wants a lift?", "..., so?"
_TAG_OPENINGS = _QUESTION_WORDS | frozenset({"so", "right", "ok", "okay", "yeah", "eh"})
_PART_MARKS = (",", "-", "\u2013", "\u2014", ";")
_QUOTED_TITLE_END = re.compile(r"""['"\u2019\u201d]\s*,""")
# A quotation that ends in "?" and closes its sentence ("sold the LLA's pamphlet 'Which
# way for the left?'.", "speakers: Ruth Abrahams - 'Antisemitism and the left: what
# next?'") is a title when it opens mid-sentence with a capital - not after a colon, nor
# in a sentence of asking or saying ("She asked at the branch 'Are you in the LLA?'")
_CLOSING_QUOTE = re.compile(r"""\s*['"\u2019\u201d]""")
_OPENING_QUOTE = re.compile(r"""(?:^|(?<=[\s(\[]))['"\u2018\u201c](?=\w)""")
_SAYING = frozenset(
    {"asked", "asks", "ask", "asking", "said", "says", "say", "saying", "wrote", "writes",
     "posted", "posts", "tweeted", "tweets", "replied", "replies", "added", "wondered",
     "wonders", "messaged", "texted", "emailed", "commented", "queried", "question", "read",
     "reads", "reading"}
)  # fmt: skip
# What opens a sentence that asks, whatever it quotes: "Did he sell the paper '...?'"
_ASKING_OPENERS = frozenset(
    {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could",
     "will", "would", "should", "why", "who", "what", "when", "where", "how"}
)  # fmt: skip
# Split "LabourAgainstTheWitchhunt" (a hashtag) at its capitals.
_CAMEL = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# Where one clause ends: sentence punctuation (not the dot inside "workersliberty.org"),
# or "but", "whereas" and "while" (not the noun), which usually turn to a different
# act. Dashes are not breaks: notes write "Steward - Festival of Resistance". Nor is
# the dot after an initial ("T. Moody chaired"): a lone capital letter before it is a
# name, not a sentence's end. A quotation or bracket may close after the dot: 'aw."
# Screenshot 4 shows'. Nor is the dot of a note's shorthand verb or preposition, which
# goes on to its object: "Mbr adm. att. LLA AMM", "re. the LLA".
_SHORTHAND = ("att", "attd", "adm", "re", "approx", "incl", "esp")
# A role written short ("branch sec. of the LLA", "treas. for Resist") goes on when a
# word in small letters follows; before a capital it may end a sentence ("30 sec. The").
_ROLE_SHORTHAND = ("sec", "treas")
_CLAUSE_BREAK = re.compile(
    r"[;!?\n]|(?<!(?-i:[\s(.'\"\u2018\u201c][A-Z]))(?<!^(?-i:[A-Z]))"
    + "".join(rf"(?<!\b{word})" for word in _SHORTHAND)
    # nor the last dot of "i.e." or "e.g.", which go on to what they gloss
    + r"(?<!\bi\.e)(?<!\be\.g)"
    + r"\.(?=[\"'’”)\]]*(?:\s|$))"
    + "".join(rf"(?<!\b{word}\.(?=\s(?-i:[a-z])))" for word in _ROLE_SHORTHAND)
    + r"|\bbut\b|\bwhereas\b"
    # "..., handing out papers while Maureen was at her sister's": another's act; not
    # the noun ("for a short while", "once in a while")
    + r"|(?<!\ba )(?<!short )(?<!long )(?<!little )\bwhile\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: its folded form and where it stands in the original."""

    text: str  # folded: lower case, no accents, Latin letters
    cased: str  # folded the same way but with its case kept ("LAW" vs "law")
    start: int  # offset of the first character in the original text
    end: int  # offset after the last character in the original text
    shape: str  # "upper" (AWL), "title" (Resist), "lower", or "other" (digits, mixed)
    clause: int  # index of the clause (sentence or ;-part) the token stands in


@dataclass(frozen=True, slots=True)
class Normalized:
    """An activity text ready for matching."""

    original: str
    tokens: tuple[Token, ...]
    all_caps: bool  # no lower-case letter anywhere: case carries no information
    all_lower: bool = False  # no capital anywhere (casual typing): case says little
    questions: frozenset[int] = frozenset()  # clauses that end with "?"
    # No word capitalised, only acronyms in capitals ("ravi helping on the lla stall at
    # the TUC demo"): the writer does not mark names, so case says little of them.
    untitled: bool = False

    @property
    def case_blind(self) -> bool:
        """Whether the writer's use of case can tell "LAW" from "law"."""
        return self.all_caps or self.all_lower


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One original character → its folded, case-preserving replacement (maybe '')."""
    if char in _INVISIBLE:
        return ""
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isspace():
        # a line break stays one, as in an ASCII text: it ends a clause
        return "\n" if char == "\n" else " "
    char = _CONFUSABLES.get(char, char)
    folded = unicodedata.normalize("NFKC", char)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_CONFUSABLES.get(c, c) for c in stripped)


class _FoldTable(dict[int, str]):
    """A str.translate table that fills itself: each character folded once, ever."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The folded text (case kept) without offsets: `fold_with_offsets(text)[0]`, faster."""
    return text if text.isascii() else text.translate(_FOLD_TABLE)


# A word of letters with a 0 or 1 among them ("LAB0UR", "Soc1alist Appea1"): an OCR
# scan or a typist's swap of look-alike characters. The digits are read as the letters
# they stand for, so the name is matched (fuzzily where 1 stood for "i"). Only in words
# made of letters and these two digits, with three letters at least and no more than a
# third of digits: "10am", "M1", "1st" and "2021" stay as written.
_OCR_WORD = re.compile(r"\b[A-Za-z01]*(?:[A-Za-z][01]|[01][A-Za-z])[A-Za-z01]*\b")
# A 0 or 1 beside a letter: the cheap test that most texts have none (a regular
# expression that starts from the digits, which few texts hold beside a letter)
_OCR_HINT = re.compile(r"[01](?:(?<=[A-Za-z][01])|(?=[A-Za-z]))")
_OCR_LETTERS = {"0": "o", "1": "l"}
_OCR_LEAST_LETTERS = 3


def _read_ocr_word(match: re.Match[str]) -> str:
    word = match.group()
    digits = sum(c in "01" for c in word)
    if len(word) - digits < _OCR_LEAST_LETTERS or 3 * digits > len(word):
        return word
    upper = word.isupper()
    return "".join(
        (_OCR_LETTERS[c].upper() if upper else _OCR_LETTERS[c]) if c in "01" else c for c in word
    )


def read_digits_as_letters(folded: str) -> str:
    """`folded` with the 0s and 1s inside words read as the letters "o" and "l"; the
    same length, so offsets still hold."""
    if ("0" not in folded and "1" not in folded) or not _OCR_HINT.search(folded):
        return folded
    return _OCR_WORD.sub(_read_ocr_word, folded)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text`, keeping for each folded character the index it came from.

    The returned list has one extra entry, len(text), so that an end offset can be
    looked up as `offsets[end]`.
    """
    if text.isascii():
        return text, list(range(len(text) + 1))
    parts: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        replacement = _fold_char(char)
        parts.append(replacement)
        offsets.extend([index] * len(replacement))
    offsets.append(len(text))
    return "".join(parts), offsets


@lru_cache(maxsize=1 << 14)
def _shape(word: str) -> str:
    if not any(c.isalpha() for c in word):
        return "other"
    if word.isupper():
        return "upper"
    if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
        return "title"
    if word.islower():
        return "lower"
    return "other"


def _split_word(word: str, start: int, after_hash: bool) -> list[tuple[str, int]]:
    """Hashtags and handles run words together; split them where capitals show it."""
    if not after_hash or word.isupper() or word.islower():
        return [(word, start)]
    return [(m.group(), start + m.start()) for m in _CAMEL.finditer(word)]


def cased_words(folded: str) -> list[str]:
    """The words `normalize` makes of a folded text, case kept, without offsets or tokens.

    For the prefilter, which must see exactly the matcher's words but cannot afford
    a Token per word on every row.
    """
    folded = read_digits_as_letters(folded)
    if "#" not in folded and "@" not in folded:
        return _TOKEN.findall(folded)
    return [word for word, _start in _words(folded)]


def _words(folded: str) -> Iterator[tuple[str, int]]:
    """Each word of a folded text and where it starts, hashtags split at capitals."""
    for match in _TOKEN.finditer(folded):
        after_hash = match.start() > 0 and folded[match.start() - 1] in "#@"
        yield from _split_word(match.group(), match.start(), after_hash)


def case_blind(folded: str) -> bool:
    """`Normalized.case_blind` of a folded text: all capitals, or no capital at all."""
    return not any(c.islower() for c in folded) or not any(c.isupper() for c in folded)


def untitled(cased: Sequence[str]) -> bool:
    """Whether no word is capitalised (words in capitals aside), in a text that has
    words in lower case."""
    return not any(_shape(w) == "title" for w in cased) and any(_shape(w) == "lower" for w in cased)


def normalize(text: str) -> Normalized:
    """Tokenise `text` for matching; offsets point into `text` itself."""
    folded, offsets = fold_with_offsets(text)
    folded = read_digits_as_letters(folded)
    # An export of fields ("org=LLA; role=sec; since=2022-05") is one statement: its
    # separators are not clause breaks.
    fielded = len(_FIELD.findall(folded)) >= 2
    breaks = [] if fielded else list(_CLAUSE_BREAK.finditer(folded))
    clause_starts = [m.start() for m in breaks]
    tokens: list[Token] = []
    clause = 0
    for word, word_start in _words(folded):
        while clause < len(clause_starts) and clause_starts[clause] < word_start:
            clause += 1
        word_end = word_start + len(word)
        tokens.append(
            Token(
                text=word.lower(),
                cased=word,
                start=offsets[word_start],
                # Up to the next kept character, so that an accent or a soft
                # hyphen that folding dropped stays inside the quoted span.
                end=max(offsets[word_end - 1] + 1, offsets[word_end]),
                shape=_shape(word),
                clause=clause,
            )
        )
    questions = _questions(breaks, tokens, folded)
    all_caps = not any(c.islower() for c in folded)
    all_lower = not any(c.isupper() for c in folded)
    return Normalized(
        original=text,
        tokens=tuple(tokens),
        all_caps=all_caps,
        all_lower=all_lower,
        questions=questions,
        untitled=untitled([t.cased for t in tokens]),
    )


def _questions(breaks: list[re.Match[str]], tokens: list[Token], folded: str) -> frozenset[int]:
    """Clauses ending in "?" that open like a question - at the clause's start, or after
    a colon in it ("Hi all, quick one: is anyone going to ...?") - or that the next
    clause answers "No" ("Mbr = LLA? No - Labour Left Network") or doubts with "or"
    ("on the lla stall at pride? or was it the LRC stall"). A statement put as a
    question is asked too ("Mbr at Festival of Resistance? ID not confirmed"), unless
    only its tag asks ("I'm stewarding, who wants a lift?") or the next clause says
    yes ("...? That's me")."""
    # "an article, 'Hong Kong: what next?', by ...": a quoted title that asks, inside a
    # sentence that does not
    ended = {
        i
        for i, m in enumerate(breaks)
        if m.group() == "?"
        and not _QUOTED_TITLE_END.match(folded, m.end())
        and not _closes_a_title(folded, m.start(), breaks[i - 1].end() if i else 0)
    }
    questions = set()
    for clause in ended:
        following = next((t for t in tokens if t.clause == clause + 1), None)
        if following is not None and following.text in _DENIALS | _ALTERNATIVES:
            # "Mbr = LLA? No", "on the lla stall at pride? or was it the LRC stall"
            questions.add(clause)
            continue
        words = [t for t in tokens if t.clause == clause]
        if not words or any(t.text == _ELSE for t in words[:_QUESTION_OPENING]):
            continue
        openings = [0] + [
            k for k in range(1, len(words)) if ":" in folded[words[k - 1].end : words[k].start]
        ]
        opens_as_question = any(
            t.text in _QUESTION_WORDS for k in openings for t in words[k : k + _QUESTION_OPENING]
        )
        # A note's statement put as a question ("Mbr at Festival of Resistance? Photo
        # shows a woman in the crowd"), unless only a tag asks or the next clause says yes
        put_as_question = not _tag_question(words, folded) and not _affirmed(clause + 1, tokens)
        if opens_as_question or put_as_question:
            questions.add(clause)
    return frozenset(questions)


def _closes_a_title(folded: str, mark: int, clause_start: int) -> bool:
    """Whether the "?" at `mark` closes a quoted title that opened mid-sentence after a
    noun or a dash (see `_CLOSING_QUOTE`)."""
    if not _CLOSING_QUOTE.match(folded, mark + 1):
        return False
    openings = list(_OPENING_QUOTE.finditer(folded, clause_start, mark))
    if not openings:
        return False
    opening = openings[-1]
    before = folded[clause_start : opening.start()].rstrip()
    if not before or before.endswith(":") or not folded[opening.end()].isupper():
        return False  # a title opens with a capital: not 'asked at branch "is LAW going?"'
    words = [w.lower() for w in re.findall(r"\w+", before)]
    if words and words[0] in _ASKING_OPENERS:
        return False  # "Did he sell the pamphlet 'Is Capitalism Finished?' ...": it asks
    return bool(words) and not set(words) & _SAYING


def _affirmed(clause: int, tokens: list[Token]) -> bool:
    """Whether the clause opens by saying yes to the question before it."""
    opening = tuple(t.text for t in tokens if t.clause == clause)[:3]
    return bool(opening) and (
        opening[0] in _AFFIRMATIONS or opening in _THAT_IS_ME or opening[:2] in _THAT_IS_ME
    )


def _tag_question(words: list[Token], folded: str) -> bool:
    """Whether only the clause's last part asks ("I'm stewarding, who wants a lift?",
    "yes I pay LLA, so?"): a part after a comma or dash that opens with a question
    word. Else the whole clause is asked ("Mbr in LLA? Mbr says no")."""
    return any(
        any(mark in folded[words[k - 1].end : words[k].start] for mark in _PART_MARKS)
        and words[k].text in _TAG_OPENINGS
        for k in range(1, len(words))
    )


@lru_cache(maxsize=4096)
def fold_phrase(phrase: str) -> tuple[str, ...]:
    """The folded words of a rule phrase (an alias or a cue), as the matcher sees them.

    Cached: the judge folds the same aliases and member names row after row (bounded,
    as names are data)."""
    return tuple(token.text for token in normalize(phrase).tokens)


def fold_phrase_cased(phrase: str) -> tuple[str, ...]:
    """The same words with their case kept, for names such as "LAW"."""
    return tuple(token.cased for token in normalize(phrase).tokens)
