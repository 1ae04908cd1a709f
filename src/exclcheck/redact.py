"""Stable pseudonyms for names, for reports that must not carry them.

The same name always gets the same pseudonym (so a reviewer can still see that two
findings concern one person) but the name cannot be read back from it without
guessing it: this is pseudonymisation, not anonymisation, and member ids are kept.
"""

from __future__ import annotations

import dataclasses
import hashlib

from exclcheck.findings import Finding


def pseudonym(name: str) -> str:
    if not name.strip():
        return ""
    digest = hashlib.sha256(" ".join(name.casefold().split()).encode("utf-8")).hexdigest()
    return f"person-{digest[:10]}"


def redacted(finding: Finding) -> Finding:
    return dataclasses.replace(finding, name=pseudonym(finding.name))
