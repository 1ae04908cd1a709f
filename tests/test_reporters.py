"""The output formats, each fed a hand-made finding, and the atomic report file."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from rich.console import Console

from exclcheck.findings import NEAR_MISS, DateProblem, Finding, Matched
from exclcheck.output import report_stream
from exclcheck.records import RejectedRow
from exclcheck.reporters import REPORTERS, Reporter, RunInfo
from exclcheck.reporters.csv_report import COLUMNS, CsvReporter, neutralise
from exclcheck.reporters.json_report import JsonReporter
from exclcheck.reporters.jsonl_report import JsonLinesReporter
from exclcheck.reporters.table_report import TableReporter
from exclcheck.ruleset import RuleSet
from exclcheck.scan import Tally

from .conftest import ROOT

SCHEMA_DIR = ROOT / "schema"

FINDING = Finding(
    row=3,
    member_id="M1",
    name="Ann Smith",
    date="2022-04-01",
    organisation="alliance-for-workers-liberty",
    organisation_name="Alliance for Workers' Liberty",
    criterion="membership",
    score=100.0,
    matched=Matched(text="AWL", start=11, end=14, alias="AWL", method="exact"),
    activity="Joined the AWL in April",
    source="notes",
    cues=("Joined",),
    explanation="'AWL' (exact) with membership cue 'Joined'; after the ban of 2022-03-29",
    extra=(("branch", "North"),),
)
SECOND = replace(
    FINDING,
    row=7,
    member_id="M2",
    name="Bob",
    date="2021-09-01",
    organisation="labour-against-the-witchhunt",
    organisation_name="Labour Against the Witchhunt",
    criterion="events",
    score=91.5,
    matched=Matched(
        text="Labour Against the Witch hunt",
        start=10,
        end=39,
        alias="Labour Against the Witchhunt",
        method="fuzzy",
    ),
    activity="Spoke at Labour Against the Witch hunt rally",
    cues=("Spoke at",),
    extra=(),
)

NEAR = replace(SECOND, row=8, status=NEAR_MISS, reason="before the ban (2022-03-29)")


def summary(findings: list[Finding]) -> dict[str, Any]:
    """The summary a scan would give: 9 rows scanned, one rejected, one date untestable."""
    tally = Tally(rows_scanned=9)
    problems: list[RejectedRow | DateProblem] = [
        RejectedRow(5, "no member id"),
        DateProblem(row=6, member_id="M9", date="spring", status="unreadable", blocked=()),
    ]
    for _event in tally.count([*findings, *problems]):
        pass
    return tally.summary()


@pytest.fixture
def info(rules: RuleSet) -> RunInfo:
    return RunInfo(rules=rules, input="members.csv", extra_columns=("branch",))


def render(reporter: Reporter, info: RunInfo, findings: list[Finding]) -> None:
    reporter.start(info)
    for finding in findings:
        reporter.finding(finding)
    reporter.finish(summary(findings))


def report_validator() -> Draft202012Validator:
    """The report schema, with its $ref to the finding schema resolved from schema/."""
    schemas = [json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.json")]
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )
    report = json.loads((SCHEMA_DIR / "report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(report)
    return Draft202012Validator(report, registry=registry)


def test_registry_names_every_format() -> None:
    assert dict(REPORTERS) == {
        "table": TableReporter,
        "json": JsonReporter,
        "jsonl": JsonLinesReporter,
        "csv": CsvReporter,
    }


# --- jsonl ------------------------------------------------------------------------


def test_jsonl_writes_one_json_object_per_line(info: RunInfo) -> None:
    stream = io.StringIO()
    render(JsonLinesReporter(stream), info, [FINDING, SECOND])
    out = stream.getvalue()
    assert out.endswith("\n")
    lines = out.split("\n")[:-1]  # JSON Lines: "\n" ends a record, nothing else does
    assert [json.loads(line) for line in lines] == [FINDING.to_dict(), SECOND.to_dict()]


@pytest.mark.parametrize("separator", ["\n", "\r", "\u2028", "\u2029", "\x85", "\x0b"])
def test_jsonl_keeps_a_finding_on_one_line_whatever_its_text(info: RunInfo, separator: str) -> None:
    finding = replace(FINDING, activity=f"Joined the AWL{separator}in April")
    stream = io.StringIO()
    render(JsonLinesReporter(stream), info, [finding, SECOND])
    lines = stream.getvalue().split("\n")[:-1]
    assert [json.loads(line) for line in lines] == [finding.to_dict(), SECOND.to_dict()]


def test_jsonl_without_findings_writes_nothing(info: RunInfo) -> None:
    stream = io.StringIO()
    render(JsonLinesReporter(stream), info, [])
    assert stream.getvalue() == ""
    assert JsonLinesReporter.includes_summary is False


def test_jsonl_lines_validate_against_the_finding_schema(info: RunInfo) -> None:
    schema = json.loads((SCHEMA_DIR / "finding.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    stream = io.StringIO()
    render(JsonLinesReporter(stream), info, [FINDING, SECOND])
    for line in stream.getvalue().split("\n")[:-1]:
        validator.validate(json.loads(line))


# --- json -------------------------------------------------------------------------


@pytest.mark.parametrize("findings", [[], [FINDING], [FINDING, SECOND]], ids=["0", "1", "2"])
def test_json_writes_one_document_valid_against_the_schema(
    info: RunInfo, rules: RuleSet, findings: list[Finding]
) -> None:
    stream = io.StringIO()
    render(JsonReporter(stream), info, findings)
    document = json.loads(stream.getvalue())
    report_validator().validate(document)
    assert list(document) == ["schema_version", "input", "rules", "findings", "summary"]
    assert document["schema_version"] == 1
    assert document["input"] == "members.csv"
    assert document["rules"] == {
        "sources": list(rules.sources),
        "sha256": rules.sha256,
        "organisations": [org.id for org in rules.organisations],
    }
    assert document["findings"] == [f.to_dict() for f in findings]
    assert document["summary"] == summary(findings)
    assert stream.getvalue().endswith("}\n")


@pytest.mark.parametrize("asked", [True, False])
def test_json_near_misses_only_when_asked(rules: RuleSet, asked: bool) -> None:
    info = RunInfo(rules=rules, input="members.csv", near_misses=asked)
    stream = io.StringIO()
    render(JsonReporter(stream), info, [FINDING, NEAR, SECOND])
    document = json.loads(stream.getvalue())
    report_validator().validate(document)
    assert document["findings"] == [FINDING.to_dict(), SECOND.to_dict()]
    assert document["summary"]["findings"] == 2
    if asked:
        assert document["near_misses"] == [NEAR.to_dict()]
    else:
        assert "near_misses" not in document


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_json_stays_valid_with_unicode_line_separators_in_the_text(
    info: RunInfo, separator: str
) -> None:
    finding = replace(FINDING, activity=f"Joined the AWL{separator}in April")
    stream = io.StringIO()
    render(JsonReporter(stream), info, [finding])
    document = json.loads(stream.getvalue())
    assert document["findings"] == [finding.to_dict()]


def test_the_schema_check_can_fail() -> None:
    """The finding schema is reached through the $ref: a bad finding is caught."""
    document: dict[str, Any] = {
        "schema_version": 1,
        "input": "members.csv",
        "rules": {"sources": [], "sha256": "0" * 64, "organisations": []},
        "findings": [{**FINDING.to_dict(), "matched": {**FINDING.to_dict()["matched"]}}],
        "summary": summary([FINDING]),
    }
    validator = report_validator()
    assert validator.is_valid(document)
    document["findings"][0]["matched"]["method"] = "guess"
    assert not validator.is_valid(document)


# --- csv --------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_prefixes_an_apostrophe(start: str) -> None:
    assert neutralise(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"


@pytest.mark.parametrize("cell", ["AWL", " =1", "a=b", "", "'=1", 3, 91.5])
def test_neutralise_leaves_other_cells_alone(cell: object) -> None:
    assert neutralise(cell) == str(cell)


def csv_rows(info: RunInfo, findings: list[Finding]) -> list[list[str]]:
    stream = io.StringIO()
    render(CsvReporter(stream), info, findings)
    return list(csv.reader(io.StringIO(stream.getvalue(), newline="")))


@pytest.mark.parametrize(
    ("activity", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+cmd", "'+1+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        pytest.param("\r=1", "'\r=1"),
        pytest.param("Joined\rthe AWL", "Joined\rthe AWL"),
        ("Joined\r\nthe AWL", "Joined\r\nthe AWL"),
        ("Joined\nthe AWL", "Joined\nthe AWL"),
        ("=1", "'=1"),
        ("Joined the AWL", "Joined the AWL"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
    ],
)
def test_csv_neutralises_formula_cells(info: RunInfo, activity: str, written: str) -> None:
    finding = replace(FINDING, activity=activity, name=activity, member_id=activity or "M1")
    header, row = csv_rows(info, [finding])
    cells = dict(zip(header, row, strict=True))
    assert cells["activity"] == written
    assert cells["name"] == written
    assert cells["member_id"] == written


def test_csv_columns_numbers_and_extra_columns(rules: RuleSet) -> None:
    info = RunInfo(rules=rules, input="members.csv", extra_columns=("branch", "=cmd", "ward"))
    finding = replace(FINDING, extra=(("ward", "@w"), ("branch", "North"), ("=cmd", "x")))
    header, row, second = csv_rows(info, [finding, SECOND])
    assert header == [*COLUMNS, "branch", "'=cmd", "ward"]
    cells = dict(zip(header, row, strict=True))
    assert cells["row"] == "3"
    assert cells["score"] == "100.0"
    assert (cells["matched_start"], cells["matched_end"]) == ("11", "14")
    assert cells["matched_text"] == "AWL"
    assert cells["cues"] == "Joined"
    assert (cells["branch"], cells["'=cmd"], cells["ward"]) == ("North", "x", "'@w")
    assert second[-3:] == ["", "", ""]  # a finding without those columns leaves them empty


def test_csv_without_findings_writes_the_header(info: RunInfo) -> None:
    assert csv_rows(info, []) == [[*COLUMNS, "branch"]]


# --- table ------------------------------------------------------------------------


def table_output(info: RunInfo, findings: list[Finding]) -> str:
    stream = io.StringIO()
    console = Console(file=stream, width=120, color_system=None)
    render(TableReporter(stream, console=console), info, findings)
    return stream.getvalue()


def test_table_shows_findings_and_the_summary(info: RunInfo) -> None:
    out = table_output(info, [FINDING, SECOND])
    assert "exclcheck findings - cases for human review, not verdicts" in out
    assert "Joined the AWL in April" in out
    assert "alliance-for-workers-liberty" in out
    assert "rows read 10: scanned 9, rejected 1" in out
    assert "findings 2 for 2 member(s)" in out
    assert "  labour-against-the-witchhunt: 1" in out
    assert "dates that could not be tested: 1" in out
    assert all(len(line) <= 120 for line in out.splitlines())
    assert "\x1b" not in out  # no colour or style codes into a file


def test_table_without_findings_prints_only_the_summary(info: RunInfo) -> None:
    out = table_output(info, [])
    assert "exclcheck findings" not in out
    assert out.startswith("rows read 10: scanned 9, rejected 1\nfindings 0 for 0 member(s)\n")


def test_table_prints_markup_in_the_data_literally(info: RunInfo) -> None:
    finding = replace(
        FINDING,
        name="[bold red]x",
        activity="[link=http://evil]AWL[/link] joined",
        matched=replace(FINDING.matched, start=20, end=23),
    )
    out = table_output(info, [finding])
    assert "[bold red]x" in out
    assert "[link=http://evil]AWL[/link]" in out


@pytest.mark.parametrize("control", ["\x1b", "\x07", "\x9b", "\r", "\x00"])
def test_table_replaces_control_characters(info: RunInfo, control: str) -> None:
    finding = replace(
        FINDING,
        name=f"Ann{control}]0;title",
        activity=f"Joined the AWL {control}[31mred",
    )
    out = table_output(info, [finding])
    assert control not in out
    assert "\ufffd[31mred" in out
    assert "Ann\ufffd]0;title" in out


# --- the report file --------------------------------------------------------------


def write_then_fail(path: Path, error: BaseException) -> None:
    """Write part of a report, then fail as an interrupted run would."""
    with report_stream(path) as stream:
        stream.write("half a rep")
        stream.flush()
        raise error


def test_report_stream_writes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text("old report\n", encoding="utf-8")
    with report_stream(path) as stream:
        stream.write("new report\n")
        assert path.read_text(encoding="utf-8") == "old report\n"  # not yet replaced
    assert path.read_text(encoding="utf-8") == "new report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_report_stream_keeps_the_old_file_on_failure(tmp_path: Path, error: BaseException) -> None:
    path = tmp_path / "report.json"
    path.write_text("old report\n", encoding="utf-8")
    with pytest.raises(type(error)):
        write_then_fail(path, error)
    assert path.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_report_stream_leaves_no_file_when_there_was_none(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    with pytest.raises(RuntimeError):
        write_then_fail(path, RuntimeError("boom"))
    assert list(tmp_path.iterdir()) == []


def test_report_stream_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with report_stream(Path("report.csv")) as stream:
        stream.write("a,b\r\n")
    assert (tmp_path / "report.csv").read_bytes() == b"a,b\r\n"  # newline="" keeps it


def test_report_stream_without_a_path_is_standard_output() -> None:
    with report_stream(None) as stream:
        assert stream is sys.stdout
