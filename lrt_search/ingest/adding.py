"""Add minutes files to the corpus folder, each validated (read and parsed) first."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import ReadError
from .corpus import FileRead, load_corpus, read_file
from .ocr import ProgressFactory
from .reading import check_regular_file, skipped_by_corpus_reader


@dataclass(frozen=True)
class Added:
    """One file given to :func:`add_files`: where it went and what was read from it."""

    read: FileRead
    target: Path
    copied: bool  # False when an identical file was already in the corpus
    warnings: tuple[str, ...] = ()  # e.g. a meeting date the corpus already holds


def add_files(
    paths: Sequence[Path | str],
    settings: Settings,
    progress: ProgressFactory | None = None,
    replace: bool = False,
) -> list[Added]:
    """Validate every file in ``paths`` (it must yield at least one meeting), then copy them all
    into ``settings.corpus_dir``. Nothing is copied when any file fails; a file with the name of
    a different corpus file is an error unless ``replace``. Each copy is written to a hidden
    temporary file and renamed into place, so the corpus never holds half a file.

    Raises :class:`~lrt_search.errors.ReadError` naming the first file that fails.
    """
    corpus = Path(settings.corpus_dir)
    if not corpus.is_dir():
        raise ReadError(corpus, "corpus folder does not exist")
    names: dict[str, Path] = {}
    plan: list[tuple[Path, Path, FileRead, bool]] = []
    for given in paths:
        path = Path(given)
        if path.name in names:
            raise ReadError(path, f"same file name as {names[path.name]}; rename one of them")
        names[path.name] = path
        _refuse_unreadable(path, settings)
        read = read_file(path, settings, progress)
        target = corpus / path.name
        copy = True
        if target.exists():
            if target.resolve() == path.resolve() or target.read_bytes() == path.read_bytes():
                copy = False
            elif not replace:
                raise ReadError(
                    path, f"{target} already exists with other content; rename it or use --replace"
                )
        plan.append((path, target, read, copy))
    held = _meeting_sources(corpus, settings, {target.name for _, target, _, _ in plan})
    added = []
    for path, target, read, copy in plan:
        if copy:
            temporary = target.with_name(f".{target.name}.adding")
            shutil.copyfile(path, temporary)
            os.replace(temporary, target)
        warnings = tuple(
            f"{path}: the corpus already holds a meeting of {m.date.isoformat()} "
            f"({', '.join(sorted(held[m.date]))}); both will be searched"
            for m in read.meetings
            if held.get(m.date)
        )
        added.append(Added(read, target, copy, warnings))
    return added


def _refuse_unreadable(path: Path, settings: Settings) -> None:
    """Raise :class:`ReadError` with the reason for a file the corpus would never index (a
    hidden or README file, an unsupported format), one that is not a regular file (a FIFO would
    block the read forever), or one above ``settings.max_add_bytes``. Nothing is opened."""
    if path.is_dir():  # before its name is judged: a folder has no format
        raise ReadError(path, "is a directory, not a file (give the files in it)")
    skipped = skipped_by_corpus_reader(path)
    if skipped:
        raise ReadError(path, f"not added: {skipped}")
    try:
        size = check_regular_file(path)
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as exc:
        raise ReadError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size > settings.max_add_bytes:
        limit = settings.max_add_bytes / 2**20
        raise ReadError(
            path,
            f"not added: {size / 2**20:.1f} MiB is above the limit of {limit:.1f} MiB "
            "(setting max_add_bytes); minutes files are far smaller",
        )


def _meeting_sources(corpus: Path, settings: Settings, skip: set[str]) -> dict[dt.date, set[str]]:
    """The files of the corpus (but ``skip``) that hold each meeting date."""
    held: dict[dt.date, set[str]] = {}
    for meeting in load_corpus(corpus, settings, on_error=lambda exc: None):
        if meeting.source.name not in skip:
            held.setdefault(meeting.date, set()).add(meeting.source.name)
    return held
