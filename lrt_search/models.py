"""The data model: meetings, agenda items, statements and chunks. Plain frozen dataclasses.

What search and ask return (hits, citations, answers) is in :mod:`lrt_search.results`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

StatementKind = Literal["statement", "decision", "action", "note"]
ChunkKind = Literal["header", "item"]
#: What an entry of the decisions register is (:mod:`lrt_search.ingest.statement_kinds`).
RegisterKind = Literal["afspraak", "besluit", "actie"]
#: The register kinds, in the order the CLI lists them.
REGISTER_KINDS: tuple[RegisterKind, ...] = ("afspraak", "besluit", "actie")


@dataclass(frozen=True)
class Span:
    """Where a piece of text stands in its source file: 1-based, inclusive lines, and PDF pages.

    ``ocr`` is True when some of the text was read from a page image by OCR (not verbatim).
    """

    line_start: int
    line_end: int
    page_start: int | None = None
    page_end: int | None = None
    ocr: bool = False

    def merge(self, other: Span) -> Span:
        """The smallest span covering both."""
        pages = [p for p in (self.page_start, self.page_end, other.page_start, other.page_end) if p]
        return Span(
            min(self.line_start, other.line_start),
            max(self.line_end, other.line_end),
            min(pages) if pages else None,
            max(pages) if pages else None,
            self.ocr or other.ocr,
        )

    def describe(self) -> str:
        """``p. 2 · lines 80-86`` (pages only for PDFs; ``p. 7 (OCR)`` for OCR text)."""
        lines = (
            f"line {self.line_start}"
            if self.line_start == self.line_end
            else f"lines {self.line_start}-{self.line_end}"
        )
        if self.page_start is None:
            return lines
        pages = (
            f"p. {self.page_start}"
            if self.page_start == self.page_end
            else f"pp. {self.page_start}-{self.page_end}"
        )
        return f"{pages}{' (OCR)' if self.ocr else ''} · {lines}"

    def to_dict(self) -> dict[str, int | None]:
        """``line_start``, ``line_end``, ``page_start``, ``page_end``: the JSON of every cited
        thing (chunks, hits, quotes, decisions) spreads these four fields."""
        return {
            "line_start": self.line_start,
            "line_end": self.line_end,
            "page_start": self.page_start,
            "page_end": self.page_end,
        }


def cite(meeting_date: dt.date, item: str, span: Span) -> str:
    """The one citation format: ``LRT 2023-11-03 · item 2-4 · lines 161-172`` (with the page
    for PDFs). Chunks, quotes and attendee lists are all cited through it."""
    return f"LRT {meeting_date.isoformat()} · {item} · {span.describe()}"


@dataclass(frozen=True)
class Attendee:
    """A person at (or absent from) a meeting, with the organisation as written and its code."""

    name: str
    organisation: str | None
    org_code: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """JSON-able form: name, organisation and its code (the role is not listed)."""
        return {"name": self.name, "organisation": self.organisation, "org_code": self.org_code}


@dataclass(frozen=True)
class Statement:
    """One bullet (or paragraph) of an agenda item, with its speakers and source span."""

    text: str
    span: Span
    speakers: tuple[str, ...] = ()
    kind: StatementKind = "statement"
    level: int = 0
    section: str | None = None

    @property
    def is_decision(self) -> bool:
        """True for an agreement ("Afspraak:") or a decision."""
        return self.kind == "decision"

    @property
    def is_action(self) -> bool:
        """True for an action point ("Actie:")."""
        return self.kind == "action"


@dataclass(frozen=True)
class AgendaItem:
    """An agenda item: number (``"2a"``, ``"2-4"``, or ``None`` when unnumbered) and title(s)."""

    number: str | None
    titles: tuple[str, ...]
    span: Span
    statements: tuple[Statement, ...] = ()

    @property
    def title(self) -> str:
        """All titles joined; a merged heading has several."""
        return " / ".join(self.titles)

    @property
    def label(self) -> str:
        """How a citation names the item: ``item 2-4`` or the title of an unnumbered section."""
        return f"item {self.number}" if self.number else self.title


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: one agenda item (or part of one), or the meeting header."""

    chunk_id: str
    meeting_date: dt.date
    kind: ChunkKind
    item_number: str | None
    item_title: str
    text: str
    speakers: tuple[str, ...]
    source: str
    span: Span
    statements: tuple[Statement, ...] = ()
    part: int = 1

    @property
    def item(self) -> str:
        """The item label used in citations (``item 2-4``, ``Spreidingswet``, ``header``)."""
        if self.kind == "header":
            return "header"
        return f"item {self.item_number}" if self.item_number else self.item_title

    @property
    def citation(self) -> str:
        """``LRT 2023-11-03 · item 2-4 · lines 80-86`` (with the page for PDFs)."""
        return cite(self.meeting_date, self.item, self.span)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of the chunk (without its statements)."""
        return {
            "chunk_id": self.chunk_id,
            "meeting_date": self.meeting_date.isoformat(),
            "kind": self.kind,
            "item_number": self.item_number,
            "item_title": self.item_title,
            "item": self.item,
            "part": self.part,
            "text": self.text,
            "speakers": list(self.speakers),
            "source": self.source,
            **self.span.to_dict(),
            "citation": self.citation,
        }


@dataclass(frozen=True)
class Meeting:
    """One LRT meeting as read from a minutes file."""

    date: dt.date
    title: str
    source: Path
    doc_type: str = "verslag"
    start_time: str | None = None
    place: str | None = None
    attendees: tuple[Attendee, ...] = ()
    absentees: tuple[Attendee, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    chunks: tuple[Chunk, ...] = ()
    header_span: Span | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Every statement of every item, in document order."""
        return tuple(s for item in self.items for s in item.statements)

    def attendance(self) -> dict[str, list[dict[str, str | None]]]:
        """The JSON form of who was present and absent (``attendees``, ``absentees``), as
        ``meetings --json`` and the ingest report give it."""
        return {
            "attendees": [a.to_dict() for a in self.attendees],
            "absentees": [a.to_dict() for a in self.absentees],
        }

    def summary(self) -> dict[str, Any]:
        """The JSON form used by ``lrt-search meetings --json``."""
        return {
            "date": self.date.isoformat(),
            "title": self.title,
            "doc_type": self.doc_type,
            "start_time": self.start_time,
            "place": self.place,
            "source": str(self.source),
            "items": [{"number": i.number, "title": i.title} for i in self.items],
            "n_items": len(self.items),
            "n_chunks": len(self.chunks),
            **self.attendance(),
            "warnings": list(self.warnings),
        }
