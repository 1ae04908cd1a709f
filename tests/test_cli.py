"""The command line through click's CliRunner: outputs, exit codes, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result
from referencing import Registry, Resource

from exclcheck.cli import cli

from .conftest import HEADER, ROOT, WriteCsv

EXAMPLE = ROOT / "examples" / "members.csv"
FLAGGED = (
    "M1",
    "Ann Lee",
    "2023-05-01",
    "Sold copies of Solidarity for the AWL at the station.",
    "complaint",
)
CLEAN = ("M2", "Bo Chan", "2023-05-01", "Stood in solidarity with striking nurses.", "social media")


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def schema_validator() -> jsonschema.Draft202012Validator:
    schemas = {p.name: json.loads(p.read_text()) for p in (ROOT / "schema").glob("*.json")}
    registry: Registry = Registry().with_resources(
        (f"exclcheck/{name}", Resource.from_contents(body)) for name, body in schemas.items()
    )
    return jsonschema.Draft202012Validator(schemas["report.schema.json"], registry=registry)


def test_jsonl_is_the_default_off_a_terminal(write_csv: WriteCsv) -> None:
    result = run("scan", str(write_csv([HEADER, FLAGGED, CLEAN])))
    assert result.exit_code == 1
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert [f["organisation"] for f in findings] == ["alliance-for-workers-liberty"]
    finding = findings[0]
    assert finding["row"] == 1
    assert finding["member_id"] == "M1"
    assert finding["criterion"] == "selling-paper"
    assert (
        finding["activity"][finding["matched"]["start"] : finding["matched"]["end"]]
        == (finding["matched"]["text"])
    )
    assert "2023-05-01 ≥ proscribed 2022-03-29" in finding["explanation"]
    assert "1 findings for 1 members" in result.stderr


def test_exit_codes(write_csv: WriteCsv) -> None:
    assert run("scan", str(write_csv([HEADER, CLEAN]))).exit_code == 0
    assert run("scan", str(write_csv([HEADER, FLAGGED]))).exit_code == 1
    assert run("scan", "--exit-zero", str(write_csv([HEADER, FLAGGED]))).exit_code == 0
    assert run("scan", "no-such-file.csv").exit_code == 2


def test_json_document_validates_against_the_published_schema() -> None:
    result = run("scan", "--format", "json", str(EXAMPLE))
    document = json.loads(result.stdout)
    schema_validator().validate(document)
    assert document["summary"]["rows_read"] == 55
    assert document["summary"]["findings"] == len(document["findings"]) > 10
    assert len(document["rules"]["sha256"]) == 64


def test_csv_output_passes_extra_columns_through() -> None:
    result = run("scan", "--format", "csv", str(EXAMPLE))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert rows[0]["branch"].endswith("CLP")
    assert {"matched_text", "criterion", "explanation"} <= set(rows[0])


def test_output_file_format_follows_its_suffix(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = run("scan", str(EXAMPLE), "-o", str(target))
    assert result.stdout == ""
    assert json.loads(target.read_text())["schema_version"] == 1
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_table_highlights_and_summarises() -> None:
    result = run("scan", "--format", "table", str(EXAMPLE))
    assert "exclcheck findings" in result.stdout
    assert "rows read 55: scanned 55, rejected 0" in result.stdout


def test_standard_input(write_csv: WriteCsv) -> None:
    text = write_csv([HEADER, FLAGGED]).read_text()
    result = run("scan", "-", input=text)
    assert json.loads(result.stdout)["member_id"] == "M1"


def test_other_column_names_are_mapped(write_csv: WriteCsv) -> None:
    path = write_csv([("id", "when", "note"), ("X9", "2023-01-01", FLAGGED[3])])
    result = run(
        "scan", str(path), "--id-column", "id", "--date-column", "when", "--text-column", "note"
    )
    assert json.loads(result.stdout)["member_id"] == "X9"


def test_missing_column_is_one_line_naming_file_columns_and_option(write_csv: WriteCsv) -> None:
    path = write_csv([("member_id", "date", "text"), ("M1", "2023-01-01", "x")])
    result = run("scan", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert str(path) in result.stderr
    assert "member_id, date, text" in result.stderr
    assert "--text-column" in result.stderr


def test_rejected_rows_and_untestable_dates_are_reported(write_csv: WriteCsv) -> None:
    path = write_csv(
        [
            HEADER,
            ("M1", "A", "31/02/2023", FLAGGED[3], "x"),
            ("", "B", "2023-01-01", "text", "x"),
            FLAGGED,
        ]
    )
    result = run("scan", str(path))
    assert result.exit_code == 1
    assert "row 1: date '31/02/2023' is unreadable" in result.stderr
    assert "would otherwise be flagged for alliance-for-workers-liberty" in result.stderr
    assert "row 2: rejected: no member id" in result.stderr
    assert "3 rows read, 2 scanned, 1 rejected" in result.stderr


def test_broken_rules_give_path_line_col_and_exit_2(tmp_path: Path, write_csv: WriteCsv) -> None:
    rules = tmp_path / "bad.yaml"
    rules.write_text("version: 1\norganisations:\n  - id: x\n    name: X\n    aliass: [Y]\n")
    result = run("scan", "--rules", str(rules), str(write_csv([HEADER, CLEAN])))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{rules}:5:5: unknown key 'aliass'")
    assert "did you mean 'aliases'?" in result.stderr
    validate = run("rules", "validate", str(rules))
    assert validate.exit_code == 2
    assert validate.stderr == result.stderr


def test_rules_from_the_environment(tmp_path: Path, write_csv: WriteCsv) -> None:
    rules = tmp_path / "empty.yaml"
    rules.write_text("version: 1\n")
    result = run("scan", str(write_csv([HEADER, CLEAN])), env={"EXCLCHECK_RULES": str(rules)})
    assert result.exit_code == 2
    assert "no organisations" in result.stderr


def test_rules_validate_and_list_the_shipped_rules() -> None:
    validate = run("rules", "validate")
    assert validate.exit_code == 0
    assert validate.stdout.startswith("ok: 7 organisations")
    listing = run("rules", "list")
    assert listing.exit_code == 0
    for org_id in ("socialist-appeal", "resist", "alliance-for-workers-liberty"):
        assert org_id in listing.stdout


def test_eval_reports_precision_and_recall(write_csv: WriteCsv) -> None:
    path = write_csv(
        [
            (*HEADER, "expected"),
            (*FLAGGED, "alliance-for-workers-liberty"),
            (*CLEAN, ""),
            ("M3", "C", "2023-05-01", "Joined the Labour Left Alliance.", "x", ""),
        ]
    )
    result = run("eval", str(path), "--format", "json")
    report = json.loads(result.stdout)
    assert report["records"]["true_positives"] == 1
    assert report["records"]["false_positives"] == 1
    assert report["records"]["precision"] == pytest.approx(0.5)
    assert report["false_flags"][0]["member_id"] == "M3"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["scan"],
        ["rules"],
        ["rules", "validate"],
        ["rules", "list"],
        ["rules", "test"],
        ["eval"],
        ["explain"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_near_misses_are_shown_apart_and_do_not_count(write_csv: WriteCsv) -> None:
    before_ban = ("M3", "C", "2020-01-01", FLAGGED[3], "x")
    path = write_csv([HEADER, before_ban, CLEAN])
    plain = run("scan", str(path))
    assert plain.exit_code == 0
    assert plain.stdout == ""
    shown = run("scan", str(path), "--show", "near-misses")
    assert shown.exit_code == 0
    (item,) = [json.loads(line) for line in shown.stdout.splitlines()]
    assert item["status"] == "near-miss"
    assert item["reason"] == "date 2020-01-01 < proscribed 2022-03-29"
    document = json.loads(
        run("scan", str(path), "--show", "near-misses", "--format", "json").stdout
    )
    schema_validator().validate(document)
    assert document["findings"] == []
    assert document["summary"]["near_misses"] == 1


def test_explain_a_flagged_and_an_unflagged_record() -> None:
    result = run("explain", str(EXAMPLE), "--row", "29", "--row", "5", "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert [item["row"] for item in items] == [5, 29]  # file order
    by_row = {item["row"]: item for item in items}
    assert by_row[29]["verdicts"][0]["flagged"] is True
    assert by_row[5]["verdicts"][0]["flagged"] is False
    assert by_row[5]["verdicts"][0]["reason"].startswith("excluded: debate")
    assert any(c["exclusion"] == "debate" for c in by_row[5]["exclusion_cues"])
    text = run("explain", str(EXAMPLE), "--member", "10267", "--format", "text")
    assert "not flagged - excluded: debate" in text.stdout


def test_explain_names_a_missing_record() -> None:
    result = run("explain", str(EXAMPLE), "--row", "999")
    assert result.exit_code == 2
    assert "no such record: row 999" in result.stderr


def test_rules_test_passes_on_the_shipped_rules() -> None:
    result = run("rules", "test")
    assert result.exit_code == 0
    assert "rule examples passed" in result.stderr


def test_rules_test_reports_a_failing_example_with_its_line(tmp_path: Path) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text(
        "version: 1\n"
        "organisations:\n"
        "  - id: lla\n"
        "    name: Labour Left Alliance\n"
        "    proscribed_on: 2022-03-29\n"
        "    examples:\n"
        "      flag:\n"
        "        - Wrote about the weather.\n"
        "criteria:\n"
        "  - id: membership\n"
        "    cues: [member]\n"
    )
    result = run("rules", "test", str(rules))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{rules}:8: expected flag, got none")
    assert "no organisation mentioned" in result.stdout


def test_output_is_identical_with_one_or_two_jobs() -> None:
    one = run("scan", str(EXAMPLE), "--format", "json", "--jobs", "1").stdout
    two = run("scan", str(EXAMPLE), "--format", "json", "--jobs", "2").stdout
    assert one == two
    assert json.loads(one)["summary"]["findings"] > 10
