"""The installed `exclcheck` command, run as a user would, from another directory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def exclcheck() -> str:
    found = shutil.which("exclcheck", path=str(Path(sys.executable).parent))
    assert found, "exclcheck is not installed in this environment"
    return found


def test_installed_command_uses_the_packaged_rules_from_any_directory(tmp_path: Path) -> None:
    example = tmp_path / "members.csv"
    shutil.copy(ROOT / "examples" / "members.csv", example)
    done = subprocess.run(
        [exclcheck(), "scan", example.name, "--format", "jsonl"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    findings = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(findings) >= 20
    assert {f["organisation"] for f in findings} >= {"resist", "socialist-labour-network"}
    assert "Traceback" not in done.stderr


def test_python_dash_m_and_version(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "exclcheck", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert "exclcheck, version" in done.stdout
