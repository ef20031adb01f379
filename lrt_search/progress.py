"""Progress bars for long work (indexing, evaluation), shown only on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

#: Labels in the language of the running command's output: the command line fills it for a
#: Dutch search or question (``"embedding passages"`` -> ``"passages omzetten"``); empty, the
#: labels are shown as written.
LABELS: dict[str, str] = {}


class Progress:
    """A rich progress bar on stderr when it is a terminal (or when forced); when stderr is
    not a terminal, a few plain progress lines instead (``enabled=False``: nothing).

    ``with Progress(None, total, "embedding") as advance: advance(n)``; rich is imported only
    when the bar is shown, so library users without a terminal never load it.
    """

    def __init__(self, enabled: bool | None, total: int, label: str) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        #: Not a terminal and not switched off: plain lines on stderr instead of a bar.
        self.lines = enabled is None and not self.enabled
        self.total, self.label = total, LABELS.get(label, label)
        self._cm: Any = nullcontext()

    def _line_advance(self) -> Callable[[int], None]:
        """Every tenth of the work, one line ``embedding passages: 40/220`` on stderr."""
        done, step = 0, max(1, self.total // 10)
        print(f"{self.label}: 0/{self.total}", file=sys.stderr, flush=True)

        def advance(n: int) -> None:
            nonlocal done
            before, done = done, done + n
            if done // step > before // step or done >= self.total > before:
                print(f"{self.label}: {done}/{self.total}", file=sys.stderr, flush=True)

        return advance

    def __enter__(self) -> Callable[[int], None]:
        if self.lines and self.total > 0:
            return self._line_advance()
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._cm = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),  # texts per second over the recent batches
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        bar = self._cm.__enter__()
        task = bar.add_task(self.label, total=self.total, rate="")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[task].speed
            if speed:
                bar.update(task, rate=f"{speed:.1f}/s")

        return advance

    def __exit__(self, *exc: object) -> None:
        self._cm.__exit__(*exc)
