"""One finding per line: for `jq`, `grep` and streaming consumers."""

from __future__ import annotations

import json
from typing import Any

from exclcheck.findings import Finding
from exclcheck.reporters.base import Reporter, RunInfo


class JsonLinesReporter(Reporter):
    def start(self, info: RunInfo) -> None:
        pass

    def finding(self, finding: Finding) -> None:
        self.stream.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")

    def finish(self, summary: dict[str, Any]) -> None:
        self.stream.flush()
