"""What the parser understood of a file, for a person to verify before indexing it.

:func:`check_file` reads a file like the corpus loader does (bundles split, OCR when needed) and
returns a :class:`FileReport`: per meeting the date, time, attendees, items with their statement
counts, speakers, decisions and actions; the parts that were skipped; and warnings about things
that look wrong (no attendees, items without statements, statements nobody is said to make).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..models import Meeting
from .bundles import Part
from .corpus import read_file
from .headings import parent_number
from .ocr import ProgressFactory


@dataclass(frozen=True)
class ItemReport:
    """One agenda item as understood: number, title, statements and who spoke."""

    number: str | None
    title: str
    statements: int
    decisions: int
    actions: int
    speakers: tuple[str, ...]
    where: str  # pages and lines of the item

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        return {
            "number": self.number,
            "title": self.title,
            "statements": self.statements,
            "decisions": self.decisions,
            "actions": self.actions,
            "speakers": list(self.speakers),
            "where": self.where,
        }


@dataclass(frozen=True)
class MeetingReport:
    """One meeting as understood, with the warnings a reader should look at."""

    meeting: Meeting
    items: tuple[ItemReport, ...]
    speakers: dict[str, int]  # organisation code -> statements attributed to it
    decisions: tuple[tuple[str, str], ...]  # (text, citation)
    actions: tuple[tuple[str, str], ...]
    ocr_pages: tuple[int, ...]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        m = self.meeting
        return {
            "date": m.date.isoformat(),
            "title": m.title,
            "doc_type": m.doc_type,
            "start_time": m.start_time,
            "place": m.place,
            **m.attendance(),
            "items": [i.to_dict() for i in self.items],
            "n_statements": len(m.statements),
            "speakers": self.speakers,
            "decisions": [{"text": t, "citation": c} for t, c in self.decisions],
            "actions": [{"text": t, "citation": c} for t, c in self.actions],
            "ocr_pages": list(self.ocr_pages),
            "n_chunks": len(m.chunks),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class FileReport:
    """Everything :func:`check_file` found in one file."""

    path: Path
    meetings: tuple[MeetingReport, ...]
    parts: tuple[Part, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def skipped(self) -> tuple[Part, ...]:
        """Parts that are not ingested, each with its reason."""
        return tuple(p for p in self.parts if p.skipped)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``lrt-search check --json``."""
        return {
            "file": str(self.path),
            "meetings": [m.to_dict() for m in self.meetings],
            "parts": [
                {
                    "first_page": p.first_page,
                    "last_page": p.last_page,
                    "kind": p.kind,
                    "title": p.title,
                    "skipped": p.skipped,
                }
                for p in self.parts
            ],
            "skipped": [f"{p.describe()}: {p.skipped}" for p in self.skipped],
            "warnings": list(self.warnings),
        }


def _cite(meeting: Meeting, span_text: str) -> str:
    return f"LRT {meeting.date.isoformat()} · {span_text}"


def _has_sub_items(number: str | None, meeting: Meeting) -> bool:
    """Whether item ``number`` ("2") has sub-items ("2a", "2b" or "2.1") in ``meeting``."""
    return bool(number) and any(parent_number(i.number) == number for i in meeting.items)


def meeting_report(meeting: Meeting, ocr_pages: tuple[int, ...] = ()) -> MeetingReport:
    """The report of one parsed meeting; ``ocr_pages`` are the file's pages read by OCR."""
    items = []
    speakers: Counter[str] = Counter()
    decisions: list[tuple[str, str]] = []
    actions: list[tuple[str, str]] = []
    warnings = list(meeting.warnings)
    unattributed = 0
    for item in meeting.items:
        who: Counter[str] = Counter()
        for s in item.statements:
            who.update(s.speakers)
            if s.kind == "decision":
                decisions.append((s.text, _cite(meeting, f"{item.label} · {s.span.describe()}")))
            elif s.kind == "action":
                actions.append((s.text, _cite(meeting, f"{item.label} · {s.span.describe()}")))
            elif s.kind == "statement" and not s.speakers:
                unattributed += 1
        speakers.update(who)
        items.append(
            ItemReport(
                item.number,
                item.title,
                len(item.statements),
                sum(1 for s in item.statements if s.kind == "decision"),
                sum(1 for s in item.statements if s.kind == "action"),
                tuple(code for code, _ in who.most_common()),
                item.span.describe(),
            )
        )
        if not item.statements and not _has_sub_items(item.number, meeting):
            warnings.append(f"{item.label} ({item.title}) has no statements")
    if not meeting.attendees:
        warnings.append("no attendees found (no 'Aanwezig' list)")
    if meeting.start_time is None:
        warnings.append("no start time found")
    statements = [s for s in meeting.statements if s.kind == "statement"]
    if statements and unattributed / len(statements) > 0.5:
        warnings.append(
            f"{unattributed} of {len(statements)} statements (decisions and actions not "
            "counted) have no speaker organisation (unknown organisations? extend "
            "organisations_file)"
        )
    pages = [p for c in meeting.chunks for p in (c.span.page_start, c.span.page_end) if p]
    ocr_pages = tuple(n for n in ocr_pages if pages and min(pages) <= n <= max(pages))
    if ocr_pages:
        listed = ", ".join(map(str, ocr_pages))
        warnings.append(f"text of page(s) {listed} was read by OCR; check its quotes")
    return MeetingReport(
        meeting,
        tuple(items),
        dict(speakers.most_common()),
        tuple(decisions),
        tuple(actions),
        ocr_pages,
        tuple(warnings),
    )


def check_file(
    path: Path | str, settings: Settings | None = None, progress: ProgressFactory | None = None
) -> FileReport:
    """Read ``path`` without indexing it and report what was understood.

    Raises :class:`~lrt_search.errors.ReadError` when the file yields no meeting at all.
    """
    read = read_file(path, settings, progress)
    return FileReport(
        read.path,
        tuple(meeting_report(m, read.ocr_pages) for m in read.meetings),
        read.parts,
        read.warnings,
    )
