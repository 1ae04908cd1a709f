"""One member's evidence pack for a panel: HTML (self-contained, printable) or Markdown.

The pack is read by people who decide about a member, often printed: plain
structure, real headings and tables for screen readers, no scripts, no external
assets (fonts, images, styles all inline), and every piece of data escaped. It
states on its first lines that a finding is a case for review, not a verdict.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from exclcheck.decisions import DecisionBook
from exclcheck.findings import Finding
from exclcheck.ruleset import RuleSet

NOTICE = (
    "Each finding below is a case for human review, not a verdict: the member must be "
    "able to respond, and the panel decides."
)

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; color: #111; background: #fff; line-height: 1.5; }
h1, h2, h3 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; }
.notice { border: 2px solid #111; padding: 0.75rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #555; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; width: 12rem; }
blockquote { margin: 0.5rem 0; padding: 0.5rem 1rem; border-left: 4px solid #555;
             background: #f6f6f6; white-space: pre-wrap; }
mark { background: #ffe066; color: #000; font-weight: bold; }
.meta { color: #333; font-size: 0.9rem; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
"""


@dataclass(frozen=True, slots=True)
class Pack:
    """What goes into one member's pack."""

    member_id: str
    name: str
    findings: tuple[Finding, ...]
    rules: RuleSet
    decisions: DecisionBook
    source_file: str
    generated: str  # ISO time


def _marked(text: str, start: int, end: int) -> str:
    return (
        html.escape(text[:start])
        + "<mark>"
        + html.escape(text[start:end])
        + "</mark>"
        + html.escape(text[end:])
    )


def _finding_rows(pack: Pack, finding: Finding) -> list[tuple[str, str]]:
    """(label, HTML-escaped value) pairs describing one finding."""
    org = pack.rules.organisation(finding.organisation)
    criteria = {c.id: c for c in pack.rules.criteria}
    criterion = criteria.get(finding.criterion)
    rows = [
        ("Date of activity", html.escape(finding.date)),
        ("Source", html.escape(finding.source or "(not given)")),
        ("Record", f"row {finding.row} of {html.escape(pack.source_file)}"),
        (
            "Rule",
            html.escape(
                f"{finding.criterion}: {criterion.description}" if criterion else finding.criterion
            ),
        ),
        (
            "Tested against",
            html.escape(
                f"proscribed on {org.proscribed_on.isoformat()}"
                + (" (retrospective)" if org.retrospective else "")
            ),
        ),
        (
            "Match",
            html.escape(
                f"'{finding.matched.text}' as '{finding.matched.alias}' "
                f"({finding.matched.method}, score {finding.score:g})"
            ),
        ),
        ("Explanation", html.escape(finding.explanation)),
        ("Fingerprint", html.escape(finding.fingerprint)),
    ]
    decision = pack.decisions.get(finding.fingerprint)
    if decision is not None:
        rows.append(
            (
                "Decision",
                html.escape(
                    f"{decision.decision.value} by {decision.reviewer or '(unnamed)'} on "
                    f"{decision.when}: {decision.reason}"
                ),
            )
        )
    else:
        rows.append(("Decision", "none yet"))
    return rows


def _about(pack: Pack) -> list[tuple[str, str]]:
    """What the pack is about and where it came from (plain text, escaped by the caller)."""
    who = f"{pack.name} ({pack.member_id})" if pack.name else pack.member_id
    rules = f"{', '.join(pack.rules.sources)} (sha256 {pack.rules.sha256})"
    return [
        ("Member", who),
        ("Findings", str(len(pack.findings))),
        ("Records scanned", pack.source_file),
        ("Rules", rules),
        ("Generated", pack.generated),
    ]


def _grouped(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.organisation, []).append(finding)
    return groups


def render_html(pack: Pack) -> str:
    who = html.escape(f"{pack.name} ({pack.member_id})" if pack.name else pack.member_id)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Evidence pack: {who}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>Evidence pack: {who}</h1>",
        f'<p class="notice">{html.escape(NOTICE)}</p>',
        '<table><caption class="meta">About this pack</caption><tbody>',
        *(
            f'<tr><th scope="row">{label}</th><td>{html.escape(value)}</td></tr>'
            for label, value in _about(pack)
        ),
        "</tbody></table>",
    ]
    if not pack.findings:
        parts.append("<p>No findings for this member.</p>")
    for org_id, findings in _grouped(pack.findings).items():
        org = pack.rules.organisation(org_id)
        parts.append("<section>")
        parts.append(f"<h2>{html.escape(org.name)}</h2>")
        facts = f"Proscribed on {org.proscribed_on.isoformat()}."
        if org.reason:
            facts += f" {org.reason}"
        if org.source:
            facts += f" Source: {org.source}."
        parts.append(f'<p class="meta">{html.escape(facts)}</p>')
        for number, finding in enumerate(findings, start=1):
            parts.append(f"<h3>Finding {number}: {html.escape(finding.date)}</h3>")
            marked = _marked(finding.activity, finding.matched.start, finding.matched.end)
            parts.append(f"<blockquote>{marked}</blockquote>")
            parts.append("<table><tbody>")
            for label, value in _finding_rows(pack, finding):
                parts.append(f'<tr><th scope="row">{label}</th><td>{value}</td></tr>')
            parts.append("</tbody></table>")
        parts.append("</section>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _md(text: str) -> str:
    """Markdown-escape data so it cannot become links, emphasis, code or HTML; one line."""
    escaped = html.escape(text, quote=False)
    for char in "\\`*_[]|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\r", " ").replace("\n", " ")


def render_markdown(pack: Pack) -> str:
    who = _md(f"{pack.name} ({pack.member_id})" if pack.name else pack.member_id)
    lines = [f"# Evidence pack: {who}", "", f"> {NOTICE}", ""]
    lines += [f"- {label}: {_md(value)}" for label, value in _about(pack)] + [""]
    if not pack.findings:
        lines.append("No findings for this member.")
    for org_id, findings in _grouped(pack.findings).items():
        org = pack.rules.organisation(org_id)
        lines += [f"## {_md(org.name)}", "", f"Proscribed on {org.proscribed_on.isoformat()}.", ""]
        for number, finding in enumerate(findings, start=1):
            m = finding.matched
            text = finding.activity
            quoted = f"{_md(text[: m.start])}**{_md(text[m.start : m.end])}**{_md(text[m.end :])}"
            lines += [f"### Finding {number}: {_md(finding.date)}", "", f"> {quoted}", ""]
            for label, value in _finding_rows(pack, finding):
                plain = html.unescape(value.replace("<br>", " "))
                lines.append(f"- **{label}:** {_md(plain)}")
            lines.append("")
    return "\n".join(lines)
