"""One JSON document: run metadata, findings and summary.

The findings array is written as findings arrive, so a large result is never held
in memory; that is why "summary" comes after "findings" in the document.
"""

from __future__ import annotations

import json
from typing import Any

from exclcheck.findings import Finding
from exclcheck.reporters.base import SCHEMA_VERSION, Reporter, RunInfo


class JsonReporter(Reporter):
    includes_summary = True

    def start(self, info: RunInfo) -> None:
        self._count = 0
        head = json.dumps(
            {"schema_version": SCHEMA_VERSION, "input": info.input, "rules": info.rules_summary()},
            ensure_ascii=False,
            indent=2,
        )
        self.stream.write(head[: head.rstrip().rfind("}")].rstrip() + ',\n  "findings": [')

    def finding(self, finding: Finding) -> None:
        text = json.dumps(finding.to_dict(), ensure_ascii=False, indent=2)
        indented = "\n".join("    " + line for line in text.splitlines())
        self.stream.write(("," if self._count else "") + "\n" + indented)
        self._count += 1

    def finish(self, summary: dict[str, Any]) -> None:
        text = json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        close = "\n  ]" if self._count else "]"
        self.stream.write(f'{close},\n  "summary": {text}\n}}\n')
        self.stream.flush()
