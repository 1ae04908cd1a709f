"""The command line: options → build the pieces → run → exit code.

Only this module knows click, the terminal and exit codes. Exit codes are a contract:
0 no findings, 1 findings (0 with --exit-zero), 2 an error in the arguments, the
input or the rules.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console
from rich.table import Table

from exclcheck import __version__
from exclcheck.evaluate import evaluate, parse_expected
from exclcheck.evaluate_report import evaluation_dict, evaluation_text
from exclcheck.findings import DateProblem, Finding
from exclcheck.judge import Judge
from exclcheck.output import report_stream
from exclcheck.records import ColumnMap, InputError, RecordReader, RejectedRow
from exclcheck.reporters import REPORTERS, Reporter, RunInfo
from exclcheck.reporters.table_report import TableReporter
from exclcheck.rules import RULES_ENV, RulesError, load_rules, rules_paths
from exclcheck.ruleset import RuleSet
from exclcheck.scan import Tally, scan

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


class Failure(click.ClickException):
    """An error in the arguments, the input or the rules: reported as is, exit 2.

    The message already names the file (and row or line); rules errors are one
    `path:line:col: message` line per problem.
    """

    exit_code = EXIT_ERROR

    def show(self, file: object = None) -> None:
        _err(self.format_message())


def _err(message: str) -> None:
    click.echo(message, err=True)


def _load(paths: Sequence[str]) -> RuleSet:
    try:
        return load_rules(rules_paths(paths))
    except RulesError as error:
        raise Failure(str(error)) from None


def _format_for(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


@contextmanager
def _input_lines(path: str) -> Iterator[TextIO]:
    """Open the export as text for the csv module (utf-8, BOM or not)."""
    if path == "-":
        yield io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
        return
    try:
        stream = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise Failure(f"{path}: no such file") from None
    except IsADirectoryError:
        raise Failure(f"{path}: is a folder, not a CSV file") from None
    except PermissionError:
        raise Failure(f"{path}: permission denied") from None
    except OSError as error:
        raise Failure(f"{path}: cannot open: {error.strerror}") from None
    with stream:
        yield stream


def _report_problem(path: str, event: RejectedRow | DateProblem) -> None:
    if isinstance(event, RejectedRow):
        _err(f"{path}: row {event.row}: rejected: {event.reason}")
        return
    shown = event.date.strip() or "(empty)"
    message = (
        f"{path}: row {event.row}: date {shown!r} is {event.status}; not tested against any ban"
    )
    if event.blocked:
        message += f" (would otherwise be flagged for {', '.join(event.blocked)})"
    _err(message)


def _summary_line(summary: dict[str, object]) -> str:
    return (
        f"exclcheck: {summary['rows_read']} rows read, {summary['rows_scanned']} scanned, "
        f"{summary['rows_rejected']} rejected; {summary['findings']} findings for "
        f"{summary['members_flagged']} members"
    )


def run_scan(
    path: str,
    rules: RuleSet,
    columns: ColumnMap,
    required: Sequence[str],
    fmt: str,
    output: Path | None,
) -> int:
    """Scan one export into one report; returns the number of findings."""
    tally = Tally()
    with _input_lines(path) as lines:
        try:
            reader = RecordReader(lines, path, columns, required)
        except InputError as error:
            raise Failure(str(error)) from None
        except UnicodeDecodeError as error:
            raise Failure(f"{path}: not UTF-8 text (byte {error.start} of a block)") from None
        judge = Judge(rules)
        with report_stream(output) as stream:
            reporter: Reporter = REPORTERS[fmt](stream)
            reporter.start(
                RunInfo(rules=rules, input=path, extra_columns=tuple(reader.extra_columns))
            )
            try:
                for event in tally.count(scan(tally.scanned(reader), judge)):
                    if isinstance(event, Finding):
                        reporter.finding(event)
                    else:
                        _report_problem(path, event)
            except UnicodeDecodeError as error:
                raise Failure(
                    f"{path}: row {tally.rows_read + 1}: not UTF-8 text ({error.reason})"
                ) from None
            summary = tally.summary()
            reporter.finish(summary)
    if not reporter.includes_summary or output is not None:
        _err(_summary_line(summary))
    return tally.findings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="exclcheck")
def cli() -> None:
    """Screen member activity records for support of proscribed organisations.

    Every finding is a case for human review, with its evidence, never a verdict.
    """


_rules_option = click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(path_type=str),
    envvar=None,
    help=f"Rules file or folder of *.yaml (repeatable, merged). Default: ${RULES_ENV}, "
    "else the shipped rules.",
)


@cli.command("scan")
@click.argument("file", type=click.Path(path_type=str, allow_dash=True))
@_rules_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(REPORTERS)),
    help="Output format. Default: table on a terminal, else jsonl (or from -o's suffix).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file.",
)
@click.option(
    "--id-column", default="member_id", show_default=True, help="Column with the member id."
)
@click.option(
    "--name-column", default="name", show_default=True, help="Column with the member's name."
)
@click.option(
    "--date-column", default="date", show_default=True, help="Column with the activity date."
)
@click.option(
    "--text-column", default="activity", show_default=True, help="Column with the activity text."
)
@click.option(
    "--source-column", default="source", show_default=True, help="Column with the record's source."
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.pass_context
def scan_command(
    ctx: click.Context,
    file: str,
    rules: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    id_column: str,
    name_column: str,
    date_column: str,
    text_column: str,
    source_column: str,
    exit_zero: bool,
) -> None:
    """Scan FILE (CSV; - for standard input) and report findings with their evidence."""
    columns = ColumnMap(id_column, name_column, date_column, text_column, source_column)
    # Name and source may be absent from an export unless the user named the column.
    required = ["member_id", "date", "text"]
    for field, option in (("name", "name_column"), ("source", "source_column")):
        if ctx.get_parameter_source(option) is not click.core.ParameterSource.DEFAULT:
            required.append(field)
    findings = run_scan(file, _load(rules), columns, required, _format_for(fmt, output), output)
    ctx.exit(EXIT_FINDINGS if findings and not exit_zero else EXIT_CLEAN)


@cli.command("eval")
@click.argument("cases", type=click.Path(path_type=str, allow_dash=True))
@_rules_option
@click.option(
    "--expected-column",
    default="expected",
    show_default=True,
    help="Column with the expected organisation ids, ;-separated (empty: none).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--id-column", default="member_id", show_default=True, help="Column with the member id."
)
@click.option(
    "--date-column", default="date", show_default=True, help="Column with the activity date."
)
@click.option(
    "--text-column", default="activity", show_default=True, help="Column with the activity text."
)
def eval_command(
    cases: str,
    rules: tuple[str, ...],
    expected_column: str,
    fmt: str,
    id_column: str,
    date_column: str,
    text_column: str,
) -> None:
    """Measure the rules on labelled CASES: precision, recall and F1, then every error."""
    rule_set = _load(rules)
    columns = ColumnMap(member_id=id_column, date=date_column, text=text_column)
    with _input_lines(cases) as lines:
        try:
            reader = RecordReader(lines, cases, columns)
        except InputError as error:
            raise Failure(str(error)) from None
        if expected_column not in reader.extra_columns:
            raise Failure(
                f"{cases}: no column '{expected_column}'; the other columns are: "
                f"{', '.join(reader.extra_columns)}; map one with --expected-column"
            )
        labelled = []
        for record in reader:
            if isinstance(record, RejectedRow):
                raise Failure(f"{cases}: row {record.row}: {record.reason}")
            labelled.append((record, parse_expected(dict(record.extra)[expected_column])))
    result = evaluate(labelled, Judge(rule_set))
    if fmt == "json":
        click.echo(json.dumps(evaluation_dict(result), indent=2, ensure_ascii=False))
    else:
        click.echo(evaluation_text(result))


@cli.group("rules")
def rules_group() -> None:
    """Check and list rules files."""


@rules_group.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
def rules_validate(paths: tuple[str, ...]) -> None:
    """Check rules files (default: the rules scan would use); errors as path:line:col."""
    rules = _load(paths)
    click.echo(
        f"ok: {len(rules.organisations)} organisations, {len(rules.criteria)} criteria, "
        f"{len(rules.exclusions)} exclusions, {len(rules.lookalikes)} look-alikes "
        f"from {', '.join(rules.sources)}"
    )


@rules_group.command("list")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
def rules_list(paths: tuple[str, ...]) -> None:
    """List the organisations in the rules: dates, names and links."""
    rules = _load(paths)
    table = Table(title=f"{len(rules.organisations)} proscribed organisations")
    table.add_column("id", no_wrap=True)
    table.add_column("name")
    table.add_column("proscribed", no_wrap=True)
    table.add_column("names matched", ratio=1)
    table.add_column("links")
    for org in rules.organisations:
        names = ", ".join(f"{a.text} ({a.kind.value})" for a in org.aliases)
        links = "; ".join(
            [f"successor of {', '.join(org.successor_of)}"] * bool(org.successor_of)
            + [f"merger of {', '.join(org.merged_from)}"] * bool(org.merged_from)
        )
        date = org.proscribed_on.isoformat() + (" (retrospective)" if org.retrospective else "")
        table.add_row(org.id, org.name, date, names, links)
    Console().print(table)


def main() -> None:
    """Entry point: every expected failure becomes one line and an exit code."""
    try:
        code = cli.main(standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
    except (click.exceptions.Abort, KeyboardInterrupt):
        _err("exclcheck: interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more to say, and nowhere to say it.
        _quiet_broken_pipe()
        sys.exit(EXIT_CLEAN)
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)


def _quiet_broken_pipe() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "TableReporter", "cli", "main"]
