"""The interface every output format implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, TextIO

from exclcheck.findings import Finding
from exclcheck.ruleset import RuleSet

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a report says about the run itself."""

    rules: RuleSet
    input: str
    extra_columns: tuple[str, ...] = ()
    near_misses: bool = False  # whether near misses were asked for

    def rules_summary(self) -> dict[str, Any]:
        return {
            "sources": list(self.rules.sources),
            "sha256": self.rules.sha256,
            "organisations": [org.id for org in self.rules.organisations],
        }


class Reporter(ABC):
    """Receives findings as they are found; writes them to an injected stream."""

    # Whether the summary is part of this format's own output; when not, the CLI
    # writes it to standard error so that standard output holds only results.
    includes_summary = False

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    @abstractmethod
    def start(self, info: RunInfo) -> None: ...

    @abstractmethod
    def finding(self, finding: Finding) -> None: ...

    @abstractmethod
    def finish(self, summary: dict[str, Any]) -> None: ...
