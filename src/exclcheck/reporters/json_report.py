"""One JSON document: run metadata, findings and summary.

The findings array is written as findings arrive, so a large result is never held
in memory; that is why "summary" comes after "findings" in the document. Near
misses, when asked for, are kept until the end and written as their own array.
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
        self._near_misses: list[Finding] | None = [] if info.near_misses else None
        head = json.dumps(
            {"schema_version": SCHEMA_VERSION, "input": info.input, "rules": info.rules_summary()},
            ensure_ascii=False,
            indent=2,
        )
        self.stream.write(head[: head.rstrip().rfind("}")].rstrip() + ',\n  "findings": [')

    def finding(self, finding: Finding) -> None:
        if not finding.is_finding:
            if self._near_misses is not None:
                self._near_misses.append(finding)
            return
        self.stream.write(("," if self._count else "") + "\n" + _item(finding))
        self._count += 1

    def finish(self, summary: dict[str, Any]) -> None:
        self.stream.write("\n  ]," if self._count else "],")
        if self._near_misses is not None:
            items = ",\n".join(_item(f) for f in self._near_misses)
            self.stream.write(
                f'\n  "near_misses": [\n{items}\n  ],' if items else '\n  "near_misses": [],'
            )
        text = json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.stream.write(f'\n  "summary": {text}\n}}\n')
        self.stream.flush()


def _item(finding: Finding) -> str:
    text = json.dumps(finding.to_dict(), ensure_ascii=False, indent=2)
    # split("\n"), not splitlines(): U+2028 inside a string is not a line break in JSON.
    return "\n".join("    " + line for line in text.split("\n"))
