"""Stable pseudonyms for names, for reports that must not carry them.

The same name always gets the same pseudonym (so a reviewer can still see that two
findings concern one person) but the name cannot be read back from it without
guessing it: this is pseudonymisation, not anonymisation, and member ids are kept.
The member's name is replaced in the activity text too ("... - by Ann Lee"), with
the match offsets moved to fit, and in the cues and explanation that quote it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from exclcheck.findings import Finding
from exclcheck.normalize import TITLES


def pseudonym(name: str) -> str:
    if not name.strip():
        return ""
    digest = hashlib.sha256(" ".join(name.casefold().split()).encode("utf-8")).hexdigest()
    return f"person-{digest[:10]}"


def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The full name, or any part of it of two letters or more (not a title)."""
    parts = [p for p in re.findall(r"[^\W\d_][\w'’-]*", name) if len(p) > 1]
    parts = [p for p in parts if p.casefold() not in TITLES]
    if not parts:
        return None
    choices = [re.escape(" ".join(parts))] + [
        re.escape(p) for p in sorted(parts, key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(choices) + r")(?!\w)", re.IGNORECASE)


def redacted(finding: Finding) -> Finding:
    """The finding with the member's name replaced, in its field and in the activity."""
    alias = pseudonym(finding.name)
    pattern = _name_pattern(finding.name)
    if pattern is None:
        return dataclasses.replace(finding, name=alias)
    text, matched = finding.activity, finding.matched
    parts: list[str] = []
    shift_start = shift_end = 0
    position = 0
    for found in pattern.finditer(text):
        if found.start() < matched.end and matched.start < found.end():
            continue  # never rewrite the evidence itself
        parts += [text[position : found.start()], alias]
        delta = len(alias) - (found.end() - found.start())
        if found.end() <= matched.start:
            shift_start += delta
        if found.end() <= matched.end:
            shift_end += delta
        position = found.end()
    parts.append(text[position:])
    moved = dataclasses.replace(
        matched, start=matched.start + shift_start, end=matched.end + shift_end
    )
    # Cues quote the text, and a cue may hold the name ("by Ann Lee", a byline).
    keep = (matched.text, matched.alias, finding.organisation_name)
    kept = [re.escape(k) for k in sorted(filter(None, keep), key=len, reverse=True)]
    evidence = re.compile("(" + "|".join(kept) + ")") if kept else None

    def hidden(text: str) -> str:
        """`text` with the name replaced, except inside the evidence it quotes: a member
        called Jo Law keeps "abbreviation 'LAW' matched 'LAW'" as it is."""
        if evidence is None:
            return pattern.sub(alias, text)
        # split with one group: the kept evidence stands at the odd places.
        pieces = evidence.split(text)
        return "".join(
            piece if index % 2 else pattern.sub(alias, piece) for index, piece in enumerate(pieces)
        )

    return dataclasses.replace(
        finding,
        name=alias,
        activity="".join(parts),
        matched=moved,
        cues=tuple(hidden(cue) for cue in finding.cues),
        explanation=hidden(finding.explanation),
        reason=hidden(finding.reason),
    )
