"""The extraction progress bar: files and files/s on a terminal, silent elsewhere."""

from __future__ import annotations

import io
import sys

import pytest

from flows.progress import file_progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_files_and_rate_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with file_progress(total=10, enabled=True) as advance:
        for _ in range(5):
            advance(2)
    drawn = terminal.getvalue()
    assert "extracting" in drawn and "10/10" in drawn and "files/s" in drawn


def test_progress_is_silent_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with file_progress(total=10, enabled=True) as advance:
        advance(10)
    assert capsys.readouterr().err == ""
