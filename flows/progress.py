"""A terminal progress bar for extraction (files and files/s), shown only on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Advance(Protocol):
    def __call__(self, files: int) -> None: ...


@contextmanager
def file_progress(total: int, enabled: bool) -> Iterator[Advance]:
    """Yield a function that advances the bar by a number of files; a no-op off a terminal."""
    if not enabled or total == 0 or not sys.stderr.isatty():
        yield lambda files: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} files/s"),
        TimeRemainingColumn(),
    )
    from rich.console import Console

    with Progress(*columns, transient=True, console=Console(file=sys.stderr)) as progress:
        task = progress.add_task("extract", total=total, rate="-")

        def advance(files: int) -> None:
            progress.advance(task, files)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:,.0f}" if speed else "-")

        yield advance
