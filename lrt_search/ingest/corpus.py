"""Read minutes files into :class:`~lrt_search.models.Meeting` objects.

read -> clean -> parse -> chunk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import ReadError
from ..lazyre import lazy
from ..lexicon.organisations import OrgTable
from ..models import AgendaItem, Meeting, Span
from .bundles import Part, classify, numbered_lines, split_document
from .chunking import header_chunk, item_chunks, item_heading, item_keys
from .cleaning import clean
from .headings import parent_number
from .ocr import ProgressFactory
from .parsing import parse_body
from .people import People
from .preamble import parse_preamble, split_preamble
from .reading import SourceText, corpus_files, read_bytes, read_text

#: The problem of a corpus folder without one readable minutes file.
NO_MINUTES = "no readable minutes in the corpus folder"

_FILE_DATE = lazy(r"(\d{4})-(\d{2})-(\d{2})")


def _date_from_name(path: Path) -> dt.date | None:
    m = _FILE_DATE.search(path.name)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


@dataclass(frozen=True)
class FileRead:
    """What a file gave: its meetings, the parts found in it (skipped ones with a reason) and
    warnings about the file as a whole (pages OCR could not read, ...)."""

    path: Path
    meetings: tuple[Meeting, ...]
    parts: tuple[Part, ...]
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()  # pages whose text was read by OCR
    sha256: str = ""  # of the bytes that were parsed (the index records it)

    @property
    def skipped(self) -> tuple[Part, ...]:
        """The parts that were not ingested (letters, inventory lists, unreadable minutes)."""
        return tuple(p for p in self.parts if p.skipped)


def read_file(
    path: Path | str, settings: Settings | None = None, progress: ProgressFactory | None = None
) -> FileRead:
    """Read a file into meetings. A PDF may be a bundle of several documents (a Woo
    publication): each minutes document becomes a meeting, other parts are skipped with a reason.
    Pages without a text layer are read with OCR (``progress`` shows it).

    Raises :class:`~lrt_search.errors.ReadError` naming the file when it yields no meeting.
    """
    settings = settings or Settings()
    path = Path(path)
    data = read_bytes(path)
    read = _read_data(path, data, settings, progress)
    return dataclasses.replace(read, sha256=hashlib.sha256(data).hexdigest())


def _read_data(
    path: Path, data: bytes, settings: Settings, progress: ProgressFactory | None
) -> FileRead:
    if path.suffix.lower() != ".pdf":
        source = read_text(path, data)
        _refuse_non_minutes(source)
        meeting = meeting_from_source(source, settings)
        part = Part(None, None, "minutes", meeting.title)
        # The file's own warnings (not UTF-8, decoded as cp1252) are the file's, as a PDF's
        # are: a build reports them, not only `check`.
        return FileRead(path, (meeting,), (part,), source.warnings)
    documents, warnings = split_document(path, data, settings, progress)
    ocr = tuple(sorted({n for d in documents for n in d.source.ocr_pages}))
    if len(documents) == 1:
        _refuse_non_minutes(documents[0].source)
        meeting = meeting_from_source(documents[0].source, settings)
        return FileRead(path, (meeting,), (documents[0].part,), tuple(warnings), ocr)
    meetings: list[Meeting] = []
    parts: list[Part] = []
    for document in documents:
        part = document.part
        if part.kind != "minutes":
            parts.append(dataclasses.replace(part, skipped=f"not minutes ({part.kind})"))
            continue
        try:
            meeting = meeting_from_source(
                document.source, settings, stem=f"{path.stem}-p{part.first_page}"
            )
        except ReadError as exc:
            parts.append(dataclasses.replace(part, skipped=exc.problem))
            continue
        meetings.append(meeting)
        parts.append(dataclasses.replace(part, title=meeting.title))
    if not meetings:
        found = "; ".join(f"{p.describe()} ({p.skipped})" for p in parts)
        raise ReadError(path, f"no minutes found in its {len(parts)} parts: {found}")
    return FileRead(path, tuple(meetings), tuple(parts), tuple(warnings), ocr)


def cited_lines(
    path: Path | str, settings: Settings | None = None, progress: ProgressFactory | None = None
) -> SourceText:
    """The lines of a minutes file numbered as its citations count them ("line 152"): a text
    file's lines, or a PDF's lines with the OCR text of its scanned pages (not the bare text
    layer, whose numbering would drift after a scanned page).

    Raises :class:`~lrt_search.errors.ReadError` naming the file when it cannot be read.
    """
    settings = settings or Settings()
    path = Path(path)
    data = read_bytes(path)
    if path.suffix.lower() == ".pdf":
        return numbered_lines(path, data, settings, progress)
    return read_text(path, data)


def _refuse_non_minutes(source: SourceText) -> None:
    kind = classify(list(source.lines))
    if kind in ("letter", "inventory list"):
        raise ReadError(source.path, f"not minutes: it reads as a {kind}")


def read_minutes(path: Path | str, settings: Settings | None = None) -> Meeting:
    """Read one minutes file (.txt, .md or .pdf) into a :class:`Meeting`.

    Raises :class:`~lrt_search.errors.ReadError` naming the file for anything it cannot read,
    and for a PDF bundle of several meetings (read it with :func:`read_file`).
    """
    result = read_file(path, settings)
    if len(result.meetings) != 1:
        raise ReadError(
            result.path, f"holds {len(result.meetings)} meetings; read it with read_file()"
        )
    return result.meetings[0]


def meeting_from_source(source: SourceText, settings: Settings, stem: str | None = None) -> Meeting:
    """Clean, parse and chunk ``source`` into a :class:`Meeting`; chunk ids start with ``stem``
    (default: the file name without suffix, whose date is the fallback meeting date)."""
    path = source.path
    table = OrgTable.default(settings.organisations_file)
    cleaned = clean(source)
    preamble_lines, body_lines = split_preamble(cleaned)
    if not body_lines:
        raise ReadError(path, "no agenda items found (no line like '1. Opening')")
    fallback = _date_from_name(path) if stem is None else None
    preamble = parse_preamble(preamble_lines, str(path), table, fallback)
    people = People.from_attendees(preamble.attendees, settings.surname_folding)
    items = parse_body(
        body_lines,
        table,
        people,
        presentation=settings.speaker_presentation_block,
        between=settings.speaker_between_same,
    )
    stem = stem or path.stem
    header_span = preamble.span or Span(1, 1)
    for line in preamble.lines:
        header_span = header_span.merge(line.span)
    chunks = [
        header_chunk(
            stem,
            path.name,
            preamble.date,
            preamble.title,
            preamble.start_time,
            preamble.place,
            preamble.attendees,
            preamble.absentees,
            header_span,
            preamble.attendees_text,
            preamble.absentees_text,
            [line.text for line in preamble.lines],
        )
    ]
    parent: AgendaItem | None = None
    for index, (item, key) in enumerate(zip(items, item_keys(items), strict=True)):
        number = item.number or ""
        is_sub = bool(parent and parent.number and parent_number(number) == parent.number)
        if number.isdigit() or "-" in number:
            parent = item
            nxt = items[index + 1].number if index + 1 < len(items) else None
            if not item.statements and nxt and parent_number(nxt) == number:
                continue  # an empty parent of sub-items: its heading goes into theirs
        with_parent = is_sub and parent is not None and not parent.statements
        chunks.extend(
            item_chunks(
                item,
                stem,
                path.name,
                preamble.date,
                settings.chunk_max_words,
                key,
                item_heading(parent) if with_parent and parent else None,
            )
        )
    return Meeting(
        date=preamble.date,
        title=preamble.title,
        source=path,
        doc_type=preamble.doc_type,
        start_time=preamble.start_time,
        place=preamble.place,
        attendees=preamble.attendees,
        absentees=preamble.absentees,
        items=items,
        chunks=tuple(chunks),
        header_span=header_span if preamble.span or preamble.lines else None,
        warnings=tuple(source.warnings) + tuple(preamble.warnings),
    )


def iter_corpus(
    folder: Path | str,
    settings: Settings | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> Iterator[Meeting]:
    """Yield the meetings of ``folder`` (several from a bundle); a file that fails goes to
    ``on_error`` and is skipped."""
    for path in corpus_files(folder):
        try:
            yield from read_file(path, settings).meetings
        except ReadError as exc:
            if on_error is None:
                warnings.warn(str(exc), stacklevel=2)
            else:
                on_error(exc)


def load_corpus(
    folder: Path | str,
    settings: Settings | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> list[Meeting]:
    """Read every minutes file in ``folder``, sorted by meeting date.

    A file that cannot be read is skipped with a warning (or passed to ``on_error``); it never
    stops the other files from being read.
    """
    meetings = sorted(
        iter_corpus(folder, settings, on_error), key=lambda m: (m.date, m.source.name)
    )
    warn_duplicate_dates(meetings)
    return meetings


def warn_duplicate_dates(meetings: list[Meeting]) -> list[str]:
    """Warn (and return the messages) for meetings that share a date: two files of one meeting,
    or a wrong date in one of them. Both stay in the corpus."""
    by_date: dict[dt.date, list[str]] = {}
    for m in meetings:
        by_date.setdefault(m.date, []).append(m.source.name)
    messages = [
        f"{' and '.join(names)} are both dated {date.isoformat()}: the same meeting twice, "
        "or a wrong date in one of them"
        for date, names in by_date.items()
        if len(names) > 1
    ]
    for message in messages:
        warnings.warn(message, stacklevel=3)
    return messages
