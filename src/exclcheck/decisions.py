"""Reviewers' decisions on findings, kept in a human-readable, git-friendly YAML file.

A decision records only what is needed to recognise its finding again - the
fingerprint, member id, organisation and criterion - and who decided what, when,
why, and under which rules (their hash). No activity text and no names: the file
can be shared and versioned without carrying the personal data of the export.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import yaml

from exclcheck.findings import Finding
from exclcheck.output import report_stream
from exclcheck.yamlfile import Abort, NodeReader, Problem, YamlFileError, compose

VERSION = 1
_KEYS = (
    "fingerprint",
    "member_id",
    "organisation",
    "criterion",
    "decision",
    "reason",
    "reviewer",
    "when",
    "rules_sha256",
)


class Choice(StrEnum):
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class Decision:
    fingerprint: str
    member_id: str
    organisation: str
    criterion: str
    decision: Choice
    reason: str
    reviewer: str
    when: str  # ISO 8601, UTC
    rules_sha256: str

    def to_dict(self) -> dict[str, str]:
        return {key: str(getattr(self, key)) for key in _KEYS}


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class DecisionBook:
    """The decisions of one file, by fingerprint; a later decision replaces an earlier."""

    def __init__(self, decisions: Iterable[Decision] = ()) -> None:
        self._by_fingerprint: dict[str, Decision] = {}
        for decision in decisions:
            self.add(decision)

    def add(self, decision: Decision) -> None:
        self._by_fingerprint.pop(decision.fingerprint, None)
        self._by_fingerprint[decision.fingerprint] = decision

    def get(self, fingerprint: str) -> Decision | None:
        return self._by_fingerprint.get(fingerprint)

    def __iter__(self) -> Iterator[Decision]:
        return iter(self._by_fingerprint.values())

    def __len__(self) -> int:
        return len(self._by_fingerprint)


def load_decisions(path: Path) -> DecisionBook:
    """Read a decisions file; a missing file is an empty book (the first review)."""
    if not path.exists():
        return DecisionBook()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise YamlFileError([Problem(str(path), 1, 1, f"cannot read: {error}")]) from None
    node, loader = compose(str(path), text)
    if node is None:
        return DecisionBook()
    reader = NodeReader(str(path), loader)
    decisions: list[Decision] = []
    try:
        top = reader.mapping(node, "the decisions file", ("version", "decisions"), ("version",))
        if "version" in top and reader.scalar(top["version"], "version") != VERSION:
            reader.fail(top["version"], f"version must be {VERSION}")
        items = reader.sequence(top["decisions"], "decisions") if "decisions" in top else []
        decisions = reader.each(items, lambda item: _decision(reader, item))
    except Abort:
        pass
    if reader.problems:
        raise YamlFileError(reader.problems)
    return DecisionBook(decisions)


def _decision(reader: NodeReader, node: yaml.Node) -> Decision:
    keys = reader.mapping(node, "a decision", _KEYS, ("fingerprint", "decision"))
    if "fingerprint" not in keys or "decision" not in keys:
        raise Abort

    def text(key: str) -> str:
        return reader.string(keys[key], key, empty_ok=True) if key in keys else ""

    choice = text("decision")
    if choice not in {c.value for c in Choice}:
        reader.fail(keys["decision"], f"decision must be confirmed or dismissed, not '{choice}'")
    when = keys.get("when")
    return Decision(
        fingerprint=text("fingerprint"),
        member_id=text("member_id"),
        organisation=text("organisation"),
        criterion=text("criterion"),
        decision=Choice(choice),
        reason=text("reason"),
        reviewer=text("reviewer"),
        when=str(reader.scalar(when, "when")) if when is not None else "",
        rules_sha256=text("rules_sha256"),
    )


def save_decisions(path: Path, book: DecisionBook) -> None:
    """Write the whole book atomically: an interrupted write leaves the old file."""
    document = {"version": VERSION, "decisions": [d.to_dict() for d in book]}
    with report_stream(path) as stream:
        stream.write("# exclcheck decisions: one entry per reviewed finding (no personal data)\n")
        yaml.safe_dump(document, stream, sort_keys=False, allow_unicode=True, width=100)


__all__ = [
    "Choice",
    "Decision",
    "DecisionBook",
    "Review",
    "YamlFileError",
    "load_decisions",
    "now",
    "save_decisions",
]


class Review:
    """Applies a decision book to a stream of findings during a scan.

    Dismissed findings are left out (and counted), confirmed ones are marked, the rest
    are new; decisions whose finding no longer appears are stale.
    """

    def __init__(self, book: DecisionBook) -> None:
        self.book = book
        self.seen: set[str] = set()
        self.counts = {"new": 0, "confirmed": 0, "dismissed": 0}

    def apply(self, finding: Finding) -> Finding | None:
        if not finding.is_finding:
            return finding
        self.seen.add(finding.fingerprint)
        decision = self.book.get(finding.fingerprint)
        if decision is None:
            self.counts["new"] += 1
            return dataclasses.replace(finding, review="new")
        if decision.decision is Choice.DISMISSED:
            self.counts["dismissed"] += 1
            return None
        self.counts["confirmed"] += 1
        return dataclasses.replace(finding, review="confirmed")

    def stale(self) -> list[Decision]:
        return [d for d in self.book if d.fingerprint not in self.seen]

    def summary(self) -> dict[str, object]:
        return {**self.counts, "stale": [d.fingerprint for d in self.stale()]}
