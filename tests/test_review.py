"""Fingerprints, the decisions file, decide, review, rescan, and evidence packs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml

from .conftest import HEADER, ROOT, WriteCsv
from .test_cli import run

EXAMPLE = ROOT / "examples" / "members.csv"
ROWS = [
    ("M1", "Ann Lee", "2023-05-01", "Sold copies of Solidarity for the AWL at the station.", "x"),
    ("M2", "Bo Chan", "2023-06-01", "Joined the Labour Left Alliance and paid her subs.", "x"),
    ("M3", "Cy Day", "2023-07-01", "Stood in solidarity with striking nurses.", "x"),
    ("M4", "Di Eve", "2023-08-01", "Stewarded the Labour Left Alliance conference.", "x"),
]


def findings(path: Path, *args: str) -> list[dict[str, object]]:
    result = run("scan", str(path), "--format", "jsonl", *args)
    return [json.loads(line) for line in result.stdout.splitlines()]


def fingerprints(path: Path) -> dict[tuple[object, object], object]:
    return {(f["member_id"], f["organisation"]): f["fingerprint"] for f in findings(path)}


def test_fingerprints_survive_reordering_renaming_and_added_rows(write_csv: WriteCsv) -> None:
    original = fingerprints(write_csv([HEADER, *ROWS]))
    extra = ("M9", "Ed Fox", "2023-01-01", "Donated to the SLN.", "x")
    shuffled = write_csv([HEADER, ROWS[3], extra, ROWS[1], ROWS[0], ROWS[2]], "renamed.csv")
    assert len(original) == 3
    assert {k: v for k, v in fingerprints(shuffled).items() if k in original} == original
    assert len(set(original.values())) == 3


def test_fingerprint_ignores_case_and_spacing_but_not_the_text(write_csv: WriteCsv) -> None:
    first = fingerprints(write_csv([HEADER, ROWS[0]], "a.csv"))
    respaced = (
        "M1",
        "Ann Lee",
        "2023-05-01",
        "sold  copies of SOLIDARITY for the AWL at the station.",
        "x",
    )
    assert fingerprints(write_csv([HEADER, respaced], "b.csv")) == first
    changed = (
        "M1",
        "Ann Lee",
        "2023-05-01",
        "Sold copies of Solidarity for the AWL at the market.",
        "x",
    )
    assert fingerprints(write_csv([HEADER, changed], "c.csv")) != first


def test_scan_review_rescan_round_trip(write_csv: WriteCsv, tmp_path: Path) -> None:
    data = write_csv([HEADER, *ROWS])
    decisions = tmp_path / "decisions.yaml"
    first = findings(data)
    by_member = {str(f["member_id"]): f for f in first}
    assert sorted(by_member) == ["M1", "M2", "M4"]
    dismissed, confirmed = by_member["M1"], by_member["M2"]
    for finding, flag, reason in (
        (dismissed, "--dismiss", "a debate"),
        (confirmed, "--confirm", "photos"),
    ):
        result = run(
            "decide", str(finding["fingerprint"]), flag, "--reason", reason, "--reviewer", "jb",
            "--decisions", str(decisions), "--member", str(finding["member_id"]),
            "--organisation", str(finding["organisation"]),
            "--criterion", str(finding["criterion"]),
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
    # The decisions file is readable, and holds no names or activity text.
    text = decisions.read_text(encoding="utf-8")
    assert "Ann Lee" not in text
    assert "Solidarity" not in text
    entries = yaml.safe_load(text)["decisions"]
    assert {e["decision"] for e in entries} == {"confirmed", "dismissed"}
    assert all(len(e["rules_sha256"]) == 64 for e in entries)

    rescan = run("scan", str(data), "--format", "json", "--decisions", str(decisions))
    assert rescan.exit_code == 1  # M4 is still undecided
    document = json.loads(rescan.stdout)
    reviews = {f["member_id"]: f["review"] for f in document["findings"]}
    assert reviews == {"M2": "confirmed", "M4": "new"}
    assert document["summary"]["decisions"] == {
        "new": 1,
        "confirmed": 1,
        "dismissed": 1,
        "stale": [],
    }

    # Review the last one interactively: dismiss it, with a reason.
    review = run(
        "review", str(data), "--decisions", str(decisions), "--reviewer", "kb", input="d\nnot her\n"
    )
    assert review.exit_code == 0
    assert "Di Eve" in review.stdout
    assert "1 decided this session; 0 undecided left" in review.stdout
    assert run("scan", str(data), "--decisions", str(decisions)).exit_code == 0

    # A decision whose finding no longer appears is stale.
    without_m2 = write_csv([HEADER, ROWS[0], ROWS[2], ROWS[3]], "later.csv")
    later = run("scan", str(without_m2), "--format", "json", "--decisions", str(decisions))
    assert json.loads(later.stdout)["summary"]["decisions"]["stale"] == [confirmed["fingerprint"]]
    assert "is stale: its finding no longer appears" in later.stderr


def test_review_is_resumable_and_can_quit_or_skip(write_csv: WriteCsv, tmp_path: Path) -> None:
    data = write_csv([HEADER, *ROWS])
    decisions = tmp_path / "d.yaml"
    first = run("review", str(data), "--decisions", str(decisions), input="s\nc\nok\nq\n")
    assert "1 decided this session; 2 undecided left" in first.stdout
    second = run("review", str(data), "--decisions", str(decisions), input="q\n")
    assert "1/2" in second.stdout  # the confirmed one is not shown again
    stats = run("review", "--stats", "--decisions", str(decisions))
    assert stats.exit_code == 0
    assert "labour-left-alliance" in stats.stdout
    assert "1.00" in stats.stdout


def test_decide_rejects_bad_input(tmp_path: Path) -> None:
    decisions = tmp_path / "d.yaml"
    bad = run("decide", "xyz", "--confirm", "--reason", "r", "--decisions", str(decisions))
    assert bad.exit_code == 2
    assert "not a finding's fingerprint" in bad.stderr
    neither = run("decide", "0" * 20, "--reason", "r", "--decisions", str(decisions))
    assert neither.exit_code == 2
    assert not decisions.exists()


def test_a_broken_decisions_file_is_a_located_error(write_csv: WriteCsv, tmp_path: Path) -> None:
    decisions = tmp_path / "d.yaml"
    decisions.write_text("version: 1\ndecisions:\n  - fingerprint: abc\n    decison: confirmed\n")
    result = run("scan", str(write_csv([HEADER, *ROWS])), "--decisions", str(decisions))
    assert result.exit_code == 2
    assert f"{decisions}:4:5: unknown key 'decison'" in result.stderr
    assert "did you mean 'decision'?" in result.stderr


def test_html_evidence_pack_is_self_contained_and_escaped(
    write_csv: WriteCsv, tmp_path: Path
) -> None:
    hostile = (
        "M7",
        "<script>alert(1)</script>",
        "2023-05-01",
        "Sold Solidarity for the AWL <img src=x>.",
        "x",
    )
    data = write_csv([HEADER, hostile, ROWS[0]])
    pack = tmp_path / "pack.html"
    result = run("report", str(data), "--member", "M7", "-o", str(pack))
    assert result.exit_code == 0
    page = pack.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert "<script" not in page
    assert "<img" not in page
    assert "http://" not in page
    assert "https://" not in page
    assert "&lt;script&gt;" in page
    assert "<mark>Solidarity</mark>" in page or "<mark>AWL</mark>" in page
    assert "case for human review, not a verdict" in page
    assert "proscribed on 2022-03-29" in page


def test_markdown_pack_and_a_member_without_findings(tmp_path: Path) -> None:
    pack = tmp_path / "pack.md"
    result = run("report", str(EXAMPLE), "--member", "10439", "--format", "md", "-o", str(pack))
    assert result.exit_code == 0
    text = pack.read_text(encoding="utf-8")
    assert text.startswith("# Evidence pack: Mei Ling Chan (10439)")
    assert "**Workers' Liberty**" in text
    empty = tmp_path / "none.html"
    assert run("report", str(EXAMPLE), "--member", "no-such", "-o", str(empty)).exit_code == 0
    assert "No findings for this member." in empty.read_text(encoding="utf-8")


def test_csv_output_carries_fingerprint_and_review(write_csv: WriteCsv) -> None:
    result = run("scan", str(write_csv([HEADER, *ROWS])), "--format", "csv")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert all(len(r["fingerprint"]) == 20 for r in rows)


@pytest.mark.parametrize("command", [["decide"], ["review"], ["report"]])
def test_review_commands_have_help(command: list[str]) -> None:
    assert run(*command, "--help").exit_code == 0
