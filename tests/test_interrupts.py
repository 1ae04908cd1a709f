"""Ctrl-C during a scan is a request answered between chunks, never lost."""

from __future__ import annotations

import builtins
import os
import signal
import sys
from typing import Any

import pytest

from exclcheck import interrupts, launch


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def _scan_with(requests: int, *, checked: bool) -> list[str]:
    """What a scan block did: the steps it reached before an interrupt stopped it."""
    steps: list[str] = []
    try:
        with interrupts.deferred() as interrupted:
            interrupted()  # nothing requested yet
            for _ in range(requests):
                _ctrl_c()
            steps.append("went on after the signal")
            if checked:
                interrupted()
            steps.append("went on after the check")
    except KeyboardInterrupt:
        steps.append("interrupted")
    return steps


def test_ctrl_c_waits_for_the_check_then_raises() -> None:
    before = signal.getsignal(signal.SIGINT)
    assert _scan_with(1, checked=True) == ["went on after the signal", "interrupted"]
    assert signal.getsignal(signal.SIGINT) is before


def test_a_second_ctrl_c_raises_at_once() -> None:
    assert _scan_with(2, checked=True) == ["interrupted"]


def test_a_ctrl_c_after_the_last_chunk_still_stops_the_scan() -> None:
    assert _scan_with(1, checked=False) == [
        "went on after the signal",
        "went on after the check",
        "interrupted",
    ]


def test_without_ctrl_c_nothing_is_raised() -> None:
    assert _scan_with(0, checked=True) == ["went on after the signal", "went on after the check"]


def test_ctrl_c_while_the_cli_loads_is_one_line_and_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first tenths of a second go on loading modules: a Ctrl-C then is answered as
    any other, not with a traceback."""
    real_import = builtins.__import__

    def interrupted_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "exclcheck.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "exclcheck.cli", raising=False)
    monkeypatch.setattr(builtins, "__import__", interrupted_import)
    with pytest.raises(SystemExit) as stop:
        launch.main()
    assert stop.value.code == 130
    assert capsys.readouterr().err.strip() == "exclcheck: interrupted"
