"""The progress bar of ``corpus add``: articles done, rate and time left.

The library never prints: this builds a rich ``Progress`` that the CLI starts on
its own console, and the callback :func:`unspun.corpus.add.add_to_store` calls.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from unspun.corpus.add import ProgressCallback


class RateColumn(ProgressColumn):
    """Articles per second, averaged by rich over the recent updates."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- articles/s" if speed is None else f"{speed:.1f} articles/s", style="progress.data.speed")


def corpus_progress(console: Console) -> tuple[Progress, ProgressCallback]:
    """A progress display on ``console`` and the callback that drives it."""
    progress = Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    task = progress.add_task("analysing", total=None)

    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return progress, update
