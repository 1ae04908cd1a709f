"""The command line: options → build the pieces → run → exit code.

Only this module knows click, the terminal and exit codes. Exit codes are a contract:
0 no findings, 1 findings (0 with --exit-zero), 2 an error in the arguments, the
input or the rules.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from exclcheck import __version__, interrupts
from exclcheck.decisions import (
    Choice,
    Decision,
    DecisionBook,
    Review,
    load_decisions,
    now,
    save_decisions,
)
from exclcheck.evaluate import evaluate, parse_expected
from exclcheck.evaluate_report import evaluation_dict, evaluation_text
from exclcheck.evidence import Pack, render_html, render_markdown
from exclcheck.explain import explain
from exclcheck.findings import DateProblem, Finding
from exclcheck.inputs import open_export
from exclcheck.judge import Judge
from exclcheck.output import report_stream
from exclcheck.parallel import default_jobs, scan_parallel
from exclcheck.records import COLUMN_OPTIONS, ColumnMap, InputError, RecordReader, RejectedRow
from exclcheck.redact import redacted
from exclcheck.reporters import REPORTERS, Reporter, RunInfo
from exclcheck.reporters.explain_view import render_explanation
from exclcheck.reporters.review_view import review_panel, review_stats_table
from exclcheck.rule_examples import run_examples
from exclcheck.rules import RULES_ENV, RulesError, load_rules, rules_paths
from exclcheck.ruleset import RuleSet
from exclcheck.scan import ScanEvent, Tally
from exclcheck.yamlfile import YamlFileError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


class PipeClosed(Exception):
    """The reader of our output went away (`| head -1`). Not an OSError on purpose:
    click turns a broken pipe into exit status 1, which here means "findings"."""


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


def _load_decisions(path: Path) -> DecisionBook:
    try:
        return load_decisions(path)
    except YamlFileError as error:
        raise Failure(str(error)) from None


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


def _reviewed(events: Iterable[ScanEvent], review: Review | None) -> Iterator[ScanEvent]:
    """Findings with their decisions applied (dismissed ones left out)."""
    for event in events:
        if review is not None and isinstance(event, Finding):
            reviewed = review.apply(event)
            if reviewed is not None:
                yield reviewed
        else:
            yield event


def run_scan(
    path: str,
    rules: RuleSet,
    columns: ColumnMap,
    required: Sequence[str],
    fmt: str,
    output: Path | None,
    near_misses: bool = False,
    encoding: str | None = None,
    redact: bool = False,
    jobs: int = 1,
    review: Review | None = None,
) -> Tally:
    """Scan one export into one report; returns the tally of what was read and found."""
    tally = Tally()
    with _records(path, columns, required, encoding) as reader, report_stream(output) as stream:
        reporter: Reporter = REPORTERS[fmt](stream)
        reporter.start(
            RunInfo(
                rules=rules,
                input=path,
                extra_columns=tuple(reader.extra_columns),
                near_misses=near_misses,
            )
        )
        with interrupts.deferred() as interrupted:

            def scanned(rows: int) -> None:
                tally.add_scanned(rows)
                interrupted()  # Ctrl-C is answered here, between chunks

            events = scan_parallel(reader, rules, jobs, near_misses=near_misses, scanned=scanned)
            # closing(): on Ctrl-C or a closed pipe the worker pool is stopped at once,
            # not when the interpreter shuts down (where stopping it can hang).
            with contextlib.closing(events):
                try:
                    for event in tally.count(_reviewed(events, review)):
                        if isinstance(event, Finding):
                            reporter.finding(redacted(event) if redact else event)
                        else:
                            _report_problem(path, event)
                except BrokenPipeError:
                    raise PipeClosed from None
        summary = tally.summary()
        if review is not None:
            summary["decisions"] = review.summary()
            for decision in review.stale():
                _err(
                    f"decision {decision.fingerprint} ({decision.member_id}, "
                    f"{decision.organisation}, {decision.decision.value}) is stale: "
                    "its finding no longer appears"
                )
        reporter.finish(summary)
    if not reporter.includes_summary or output is not None:
        _err(_summary_line(summary))
    return tally


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="exclcheck")
def cli() -> None:
    """Screen member activity records for support of proscribed organisations.

    Every finding is a case for human review, with its evidence, never a verdict.
    """


def _input_options(command: Callable[..., None]) -> Callable[..., None]:
    """How to read an export (columns, encoding), shared by every command that reads one."""
    command = click.option(
        "--encoding",
        help="The export's text encoding (default: UTF-8, else Windows-1252, with a warning).",
    )(command)
    for field, option in reversed(COLUMN_OPTIONS.items()):
        default = getattr(ColumnMap(), field)
        command = click.option(
            option,
            f"{field}_column",
            default=default,
            show_default=True,
            help=f"Column with the {_COLUMN_HELP[field]}.",
        )(command)
    return command


_COLUMN_HELP = {
    "member_id": "member id",
    "name": "member's name",
    "date": "activity date",
    "text": "activity text",
    "source": "record's source",
}


def _columns(params: dict[str, str | None]) -> ColumnMap:
    return ColumnMap(**{field: str(params[f"{field}_column"]) for field in COLUMN_OPTIONS})


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
@_input_options
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--strict", is_flag=True, help="Exit 2 if any row was rejected.")
@click.option(
    "--decisions",
    "decisions_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Reviewers' decisions: dismissed findings are left out, confirmed ones marked; "
    "the exit status counts only undecided findings.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=default_jobs,
    show_default="all cores",
    help="Worker processes; the output is the same for every number.",
)
@click.option(
    "--redact", is_flag=True, help="Replace names with stable pseudonyms in every format."
)
@click.option(
    "--show",
    type=click.Choice(["near-misses"]),
    multiple=True,
    help="Also report near misses: mentions that were excluded, predate the ban or lack a "
    "support cue. They never count as findings or change the exit status.",
)
@click.pass_context
def scan_command(
    ctx: click.Context,
    /,
    file: str,
    rules: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    exit_zero: bool,
    strict: bool,
    decisions_path: Path | None,
    redact: bool,
    jobs: int,
    show: tuple[str, ...],
    **column_params: str | None,
) -> None:
    """Scan FILE (CSV; - for standard input) and report findings with their evidence."""
    columns = _columns(column_params)
    # Name and source may be absent from an export unless the user named the column.
    required = ["member_id", "date", "text"]
    for field in ("name", "source"):
        source = ctx.get_parameter_source(f"{field}_column")
        if source is not click.core.ParameterSource.DEFAULT:
            required.append(field)
    tally = run_scan(
        file,
        _load(rules),
        columns,
        required,
        _format_for(fmt, output),
        output,
        near_misses="near-misses" in show,
        encoding=column_params["encoding"],
        redact=redact,
        jobs=jobs,
        review=Review(_load_decisions(decisions_path)) if decisions_path else None,
    )
    if strict and tally.rejected:
        raise Failure(f"{file}: {len(tally.rejected)} row(s) rejected (--strict)")
    # Without a decisions file every finding is undecided.
    ctx.exit(EXIT_FINDINGS if tally.undecided and not exit_zero else EXIT_CLEAN)


@contextmanager
def _records(
    path: str, columns: ColumnMap, required: Sequence[str], encoding: str | None
) -> Iterator[RecordReader]:
    """The export's records, with every input failure as one line naming the file.

    What was cleaned on the way in (an encoding chosen, NUL bytes removed) is said on
    standard error.
    """
    reader: RecordReader | None = None
    try:
        with open_export(path, encoding) as (lines, cleaning):
            for note in cleaning.summary(path):
                _err(note)
            reader = RecordReader(lines, path, columns, required)
            yield reader
            if cleaning.nul_bytes:
                _err(f"{path}: removed {cleaning.nul_bytes} NUL byte(s)")
    except InputError as error:
        raise Failure(str(error)) from None
    except UnicodeDecodeError as error:
        where = f"after row {reader.rows_read}: " if reader else ""
        raise Failure(
            f"{path}: {where}cannot be read as {error.encoding} ({error.reason})"
        ) from None


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
@_input_options
def eval_command(
    cases: str,
    rules: tuple[str, ...],
    expected_column: str,
    fmt: str,
    **column_params: str | None,
) -> None:
    """Measure the rules on labelled CASES: precision, recall and F1, then every error."""
    rule_set = _load(rules)
    required = ("member_id", "date", "text")
    encoding = column_params["encoding"]
    with _records(cases, _columns(column_params), required, encoding) as reader:
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


@cli.command("explain")
@click.argument("file", type=click.Path(path_type=str, allow_dash=True))
@click.option(
    "--row", "rows", type=click.IntRange(min=1), multiple=True, help="Data row (1-based)."
)
@click.option("--member", "members", multiple=True, help="Every record of this member id.")
@_rules_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    help="Default: text on a terminal, else json.",
)
@_input_options
def explain_command(
    file: str,
    rows: tuple[int, ...],
    members: tuple[str, ...],
    rules: tuple[str, ...],
    fmt: str | None,
    **column_params: str | None,
) -> None:
    """Show what was considered for records of FILE and why they were flagged or not."""
    if not rows and not members:
        raise click.UsageError("say which records: --row N and/or --member ID")
    judge = Judge(_load(rules))
    wanted_rows, wanted_members = set(rows), set(members)
    explained = []
    required = ("member_id", "date", "text")
    encoding = column_params["encoding"]
    with _records(file, _columns(column_params), required, encoding) as reader:
        for record in reader:
            if isinstance(record, RejectedRow):
                if record.row in wanted_rows:
                    raise Failure(f"{file}: row {record.row}: rejected: {record.reason}")
                continue
            if record.row in wanted_rows or record.member_id in wanted_members:
                explained.append(explain(record, judge))
            if not wanted_members and record.row >= max(wanted_rows):
                break
    found_rows = {item["row"] for item in explained}
    found_members = {item["member_id"] for item in explained}
    missing = [f"row {r}" for r in sorted(wanted_rows - found_rows)]
    missing += [f"member {m}" for m in sorted(wanted_members - found_members)]
    if missing:
        raise Failure(f"{file}: no such record: {', '.join(missing)}")
    if (fmt or ("text" if sys.stdout.isatty() else "json")) == "json":
        click.echo(json.dumps(explained, indent=2, ensure_ascii=False))
        return
    console = Console()
    for item in explained:
        render_explanation(console, item)


_FINGERPRINT = re.compile(r"[0-9a-f]{20}")


def _reviewer(given: str | None) -> str:
    return given if given is not None else os.environ.get("USER", "")


@cli.command("decide")
@click.argument("fingerprint")
@click.option("--confirm", "choice", flag_value=Choice.CONFIRMED.value, help="The finding stands.")
@click.option("--dismiss", "choice", flag_value=Choice.DISMISSED.value, help="It does not.")
@click.option("--reason", required=True, help="Why (kept in the decisions file).")
@click.option("--reviewer", help="Who decided (default: $USER).")
@click.option(
    "--decisions",
    "decisions_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The decisions file (created if missing).",
)
@click.option("--member", default="", help="The finding's member id, to keep with the decision.")
@click.option("--organisation", default="", help="The finding's organisation id.")
@click.option("--criterion", default="", help="The finding's criterion id.")
@_rules_option
def decide_command(
    fingerprint: str,
    choice: str | None,
    reason: str,
    reviewer: str | None,
    decisions_path: Path,
    member: str,
    organisation: str,
    criterion: str,
    rules: tuple[str, ...],
) -> None:
    """Record a decision on the finding FINGERPRINT (for scripts; see also review)."""
    if choice is None:
        raise click.UsageError("say --confirm or --dismiss")
    if not _FINGERPRINT.fullmatch(fingerprint):
        raise Failure(f"'{fingerprint}' is not a finding's fingerprint (20 hex digits)")
    if not reason.strip():
        raise click.UsageError("--reason must not be empty")
    book = _load_decisions(decisions_path)
    book.add(
        Decision(
            fingerprint=fingerprint,
            member_id=member,
            organisation=organisation,
            criterion=criterion,
            decision=Choice(choice),
            reason=reason.strip(),
            reviewer=_reviewer(reviewer),
            when=now(),
            rules_sha256=_load(rules).sha256,
        )
    )
    save_decisions(decisions_path, book)
    click.echo(f"{choice}: {fingerprint} ({len(book)} decisions in {decisions_path})")


def _findings(path: str, rules: RuleSet, columns: ColumnMap, encoding: str | None) -> list[Finding]:
    """All findings of an export, in order (for review and reports, which need them all)."""
    found: list[Finding] = []
    with _records(path, columns, ("member_id", "date", "text"), encoding) as reader:
        events = scan_parallel(reader, rules, default_jobs())
        with contextlib.closing(events):
            found = [e for e in events if isinstance(e, Finding) and e.is_finding]
    return found


def _read_key() -> str:
    """One key at a terminal; one line when the keys come from a pipe (scripts, tests)."""
    if sys.stdin.isatty():
        return click.getchar().lower()
    line = sys.stdin.readline()
    return line.strip().lower()[:1] if line else "q"


@cli.command("review")
@click.argument("file", required=False, type=click.Path(path_type=str, allow_dash=True))
@click.option(
    "--decisions",
    "decisions_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The decisions file, written after every decision (created if missing).",
)
@click.option("--stats", is_flag=True, help="Show the rules' precision as reviewers judged it.")
@click.option("--reviewer", help="Who is reviewing (default: $USER).")
@_rules_option
@_input_options
def review_command(
    file: str | None,
    decisions_path: Path,
    stats: bool,
    reviewer: str | None,
    rules: tuple[str, ...],
    **column_params: str | None,
) -> None:
    """Triage the undecided findings of FILE one by one: confirm, dismiss, skip or quit.

    Resumable: decisions are saved as they are made, and decided findings are not
    shown again.
    """
    book = _load_decisions(decisions_path)
    if stats:
        Console().print(review_stats_table(book))
        return
    if file is None:
        raise click.UsageError("give the export to review (or --stats)")
    rule_set = _load(rules)
    pending = [
        f
        for f in _findings(file, rule_set, _columns(column_params), column_params["encoding"])
        if book.get(f.fingerprint) is None
    ]
    console = Console()
    decided = 0
    for number, finding in enumerate(pending, start=1):
        console.print(review_panel(finding, number, len(pending)))
        click.echo("[c]onfirm  [d]ismiss  [s]kip  [q]uit: ", nl=False)
        key = _read_key()
        click.echo(key)
        if key == "q":
            break
        if key not in ("c", "d"):
            continue
        reason = click.prompt("reason", default="" if key == "c" else None, show_default=False)
        book.add(
            Decision(
                fingerprint=finding.fingerprint,
                member_id=finding.member_id,
                organisation=finding.organisation,
                criterion=finding.criterion,
                decision=Choice.CONFIRMED if key == "c" else Choice.DISMISSED,
                reason=reason.strip(),
                reviewer=_reviewer(reviewer),
                when=now(),
                rules_sha256=rule_set.sha256,
            )
        )
        save_decisions(decisions_path, book)
        decided += 1
    left = len(pending) - decided
    click.echo(f"{decided} decided this session; {left} undecided left; saved to {decisions_path}")


@cli.command("report")
@click.argument("file", type=click.Path(path_type=str, allow_dash=True))
@click.option("--member", "member_id", required=True, help="The member's id.")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the pack (atomically).",
)
@click.option(
    "--decisions",
    "decisions_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Show the reviewers' decisions on each finding.",
)
@_rules_option
@_input_options
def report_command(
    file: str,
    member_id: str,
    fmt: str,
    output: Path,
    decisions_path: Path | None,
    rules: tuple[str, ...],
    **column_params: str | None,
) -> None:
    """Write one member's evidence pack for a panel: every finding with its evidence."""
    rule_set = _load(rules)
    book = _load_decisions(decisions_path) if decisions_path else DecisionBook()
    columns = _columns(column_params)
    findings = [
        f
        for f in _findings(file, rule_set, columns, column_params["encoding"])
        if f.member_id == member_id
    ]
    pack = Pack(
        member_id=member_id,
        name=findings[0].name if findings else "",
        findings=tuple(findings),
        rules=rule_set,
        decisions=book,
        source_file=file,
        generated=now(),
    )
    with report_stream(output) as stream:
        stream.write(render_html(pack) if fmt == "html" else render_markdown(pack))
    click.echo(f"{output}: evidence pack for member {member_id}, {len(findings)} finding(s)")


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


@rules_group.command("test")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
def rules_test(paths: tuple[str, ...]) -> None:
    """Run the flag/ignore examples written in the rules; exit 1 if any fails."""
    results = list(run_examples(_load(paths)))
    failures = [r for r in results if not r.passed]
    for failure in failures:
        click.echo(str(failure))
    click.echo(f"{len(results) - len(failures)} of {len(results)} rule examples passed", err=True)
    if failures:
        raise click.exceptions.Exit(EXIT_FINDINGS)


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
    except (BrokenPipeError, PipeClosed):
        # The reader went away (`| head`): nothing more to say, and nowhere to say it.
        _quiet_broken_pipe()
        sys.exit(EXIT_CLEAN)
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)


def _quiet_broken_pipe() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "cli", "main"]
