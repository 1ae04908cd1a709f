"""The evidence pack rendered by a real browser (Debian's chromium): PNG and PDF.

CI installs chromium (.ci/run); elsewhere the test skips, saying so, if it is missing.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli import run

EXAMPLE = ROOT / "examples" / "members.csv"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1000,1400",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed here (CI installs it: apt-get install chromium)",
)


def render(page: Path, out_dir: Path, flag: str, name: str) -> Path:
    assert CHROMIUM, "CI must have chromium: .ci/run installs it"
    target = out_dir / name
    profile = out_dir / f"profile-{name}"
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"{flag}={target}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert target.exists()
    assert target.stat().st_size > 0
    return target


def png_pixel_bytes(path: Path) -> bytes:
    """The decompressed image data of a PNG (filter bytes included)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    return zlib.decompress(b"".join(chunks))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pack")
    pack = folder / "pack.html"
    result = run("report", str(EXAMPLE), "--member", "10439", "-o", str(pack))
    assert result.exit_code == 0
    blank = folder / "blank.html"
    blank.write_text("<!DOCTYPE html><html lang='en'><title>x</title></html>", encoding="utf-8")
    return pack, blank


def test_the_pack_renders_to_a_png_that_is_not_blank(
    pages: tuple[Path, Path], tmp_path: Path
) -> None:
    pack, blank = pages
    shown = png_pixel_bytes(render(pack, tmp_path, "--screenshot", "pack.png"))
    empty = png_pixel_bytes(render(blank, tmp_path, "--screenshot", "blank.png"))
    # A blank page is one colour; text, a highlight and table borders are many.
    assert len(set(shown)) > 3 * max(1, len(set(empty)))
    assert len(set(shown)) > 50


def test_the_pack_prints_to_a_pdf_with_content(pages: tuple[Path, Path], tmp_path: Path) -> None:
    pack, blank = pages
    printed = render(pack, tmp_path, "--print-to-pdf", "pack.pdf").read_bytes()
    empty = render(blank, tmp_path, "--print-to-pdf", "blank.pdf").read_bytes()
    assert printed.startswith(b"%PDF")
    assert b"/Type /Page" in printed or b"/Type/Page" in printed
    assert len(printed) > 2 * len(empty)
