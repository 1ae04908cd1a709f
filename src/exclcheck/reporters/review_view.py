"""What `exclcheck review` shows: one finding's evidence, and the reviewers' tally."""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from exclcheck.decisions import Choice, DecisionBook
from exclcheck.findings import Finding
from exclcheck.reporters.table_report import highlighted, printable


def review_panel(finding: Finding, number: int, total: int) -> Panel:
    """The evidence with the matched words highlighted, the rule and why it decided."""
    lines = [
        highlighted(finding.activity, finding.matched.start, finding.matched.end),
        Text(""),
        Text.assemble(
            ("organisation: ", "bold"), f"{finding.organisation_name} ({finding.organisation})"
        ),
        Text.assemble(
            ("criterion: ", "bold"), finding.criterion, ("   score: ", "bold"), f"{finding.score:g}"
        ),
        Text.assemble(("why: ", "bold"), printable(finding.explanation)),
        Text.assemble(("fingerprint: ", "bold"), finding.fingerprint),
    ]
    title = Text(
        printable(
            f"{number}/{total}  row {finding.row} - member {finding.member_id} {finding.name}"
        )
    )
    subtitle = Text(printable(f"{finding.date} - {finding.source}"))
    return Panel(Group(*lines), title=title, subtitle=subtitle, title_align="left")


def review_stats(book: DecisionBook) -> dict[str, dict[str, tuple[int, int]]]:
    """(confirmed, dismissed) per organisation and per criterion."""
    result: dict[str, dict[str, tuple[int, int]]] = {}
    for field in ("organisation", "criterion"):
        confirmed: Counter[str] = Counter()
        dismissed: Counter[str] = Counter()
        for decision in book:
            key = getattr(decision, field) or "(unknown)"
            (confirmed if decision.decision is Choice.CONFIRMED else dismissed)[key] += 1
        keys = sorted(set(confirmed) | set(dismissed))
        result[field] = {k: (confirmed[k], dismissed[k]) for k in keys}
    return result


def review_stats_table(book: DecisionBook) -> Table:
    """Precision of the rules as the reviewers' decisions measure it."""
    table = Table(title=f"precision by reviewers' decisions ({len(book)} decisions)")
    for column in ("by", "id", "confirmed", "dismissed", "precision"):
        table.add_column(
            column, justify="right" if column in ("confirmed", "dismissed", "precision") else "left"
        )
    for field, rows in review_stats(book).items():
        for key, (confirmed, dismissed) in rows.items():
            precision = confirmed / (confirmed + dismissed)
            table.add_row(field, key, str(confirmed), str(dismissed), f"{precision:.2f}")
    return table
