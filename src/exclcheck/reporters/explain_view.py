"""`exclcheck explain` for people: one panel per record, the evidence highlighted."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from exclcheck.reporters.table_report import printable


def _highlighted(activity: str, spans: list[tuple[int, int, str]]) -> Text:
    text = Text(printable(activity))
    for start, end, style in spans:
        text.stylize(style, start, end)
    return text


def render_explanation(console: Console, item: dict[str, Any]) -> None:
    """Print one record's reasoning; the data's text is never read as markup."""
    spans = [(m["start"], m["end"], "bold reverse") for m in item["mentions"] if m["counts"]]
    spans += [(c["start"], c["end"], "underline") for c in item["support_cues"]]
    spans += [(c["start"], c["end"], "italic") for c in item["exclusion_cues"]]
    lines: list[Text] = [_highlighted(item["activity"], spans), Text("")]
    lines.append(Text("mentions:", style="bold"))
    if not item["mentions"]:
        lines.append(Text("  none"))
    for m in item["mentions"]:
        state = "counts" if m["counts"] else f"does not count: {m['rejected']}"
        lines.append(
            Text(
                f"  '{printable(m['text'])}' -> {m['organisation']} ({m['kind']} '{m['alias']}', "
                f"{m['method']} {m['score']:g}); {state}"
            )
        )
    for title, key, rule in (
        ("support cues", "support_cues", "criterion"),
        ("exclusion cues", "exclusion_cues", "exclusion"),
    ):
        found = ", ".join(f"'{printable(c['text'])}' ({c[rule]})" for c in item[key]) or "none"
        lines.append(Text.assemble((f"{title}: ", "bold"), found))
    for v in item["verdicts"]:
        style = "bold red" if v["flagged"] else "bold green"
        verdict = "FLAGGED" if v["flagged"] else "not flagged"
        lines.append(Text.assemble((f"{v['organisation']}: {verdict}", style), f" - {v['reason']}"))
        lines.append(Text(f"  {v['explanation']}"))
    if not item["verdicts"]:
        lines.append(Text.assemble(("verdict: ", "bold"), item["verdict"]))
    heading = Text(printable(f"row {item['row']} - member {item['member_id']} {item['name']}"))
    subtitle = Text(printable(f"date {item['date'] or '(none)'} - {item['source']}"))
    console.print(Panel(Group(*lines), title=heading, subtitle=subtitle, title_align="left"))
