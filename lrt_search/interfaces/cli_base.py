"""What every ``lrt-search`` command shares, without typer and without rich: the output
language, the three consoles (:class:`~.consoles.LazyConsole`: rich is imported only when a
line needs it) and the helpers the commands call."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import QueryError, ReadError
from .consoles import LazyConsole

#: The progress labels of a first-use index build in Dutch.
DUTCH_PROGRESS = {
    "embedding passages": "passages omzetten",
    "OCR of scanned pages": "OCR van gescande pagina's",
}


class OutputLanguage:
    """The language of the running command's output, so that its errors, warnings and
    progress lines speak it too: ``search`` and ``ask`` set it from the query, ``decisions``
    from ``--lang``; the other commands write English."""

    _lang = "en"

    @property
    def lang(self) -> str:
        """``nl`` or ``en``."""
        return self._lang

    @lang.setter
    def lang(self, value: str) -> None:
        from .. import progress

        self._lang = value
        progress.LABELS.clear()
        if value == "nl":
            progress.LABELS.update(DUTCH_PROGRESS)


output = OutputLanguage()
out = LazyConsole(soft_wrap=True)
err = LazyConsole(stderr=True, soft_wrap=True)
#: Prose output: wrapped at word boundaries to the terminal width (80 columns when piped).
wrapped = LazyConsole()


def settings_from(
    config: Path | None,
    corpus: Path | None = None,
    index: Path | None = None,
    need_corpus: bool = True,
    **changes: Any,
) -> Settings:
    """The settings of a command: ``--config``, then ``--corpus``/``--index`` and
    ``changes``; an error when the corpus folder does not exist (unless ``need_corpus`` is
    false: ``check FILE`` reads only its file). The error names the folder as an absolute
    path, so a command run outside the project folder says where it looked."""
    settings = Settings.resolve(config, corpus_dir=corpus, index_dir=index, **changes)
    if need_corpus and not Path(settings.corpus_dir).is_dir():
        # Never fall back silently on an index of another corpus.
        raise ReadError(
            Path(settings.corpus_dir).absolute(),
            "corpus folder does not exist (give --corpus DIR or set LRT_CORPUS)",
        )
    return settings


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def warn_read_error(exc: ReadError) -> None:
    """A file that could not be read: one warning line in the output language."""
    from .error_texts import error_text
    from .messages import TEXTS

    t = TEXTS[output.lang]
    err.print(f"{t['warning']}: {t['skipped']} {error_text(exc, output.lang)}", markup=False)


def date_option(value: str | None, name: str) -> str | None:
    """A date option as an ISO date, read as a question's date is (search/option_dates.py):
    ``--since`` / ``--until`` take a period ("april 2023", "Q2 2023", "1ste mei 2023": the
    period's first / last day), ``--meeting`` one day; a bad value is a one-line error."""
    if value is None:
        return None
    from ..search.option_dates import meeting_day, parse_bound

    day = parse_bound(value, name) if name in ("since", "until") else meeting_day(value, name)
    return day.isoformat()


def check_sep(sep: str) -> str:
    """A CSV separator of one character (``--csv-sep``)."""
    if len(sep) != 1 or sep in '"\r\n':
        raise QueryError(f"--csv-sep: one character such as ',' or ';', not {sep!r}")
    return sep
