"""The preamble of the minutes: the key/value lines before the first agenda item
(Omschrijving, Vergaderdatum, Aanwezig, ...), read into the meeting's metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import ReadError
from ..lazyre import lazy
from ..lexicon.dates import find_date, find_time, looks_like_date
from ..lexicon.organisations import OrgTable
from ..lexicon.wordlists import word_set, words
from ..models import Attendee, Span
from .cleaning import CleanText, Line
from .headings import match_heading
from .people import parse_attendee_lines

_KEYS = words("minutes", "header_keys")
_KEY_RE = lazy(rf"^({'|'.join(re.escape(k) for k in _KEYS)})\b:?\s*(.*)$", re.I)
_DOC_TYPES = word_set("minutes", "document_types")


@dataclass
class Preamble:
    """The meeting metadata found before the first agenda item."""

    date: dt.date
    title: str
    doc_type: str
    start_time: str | None
    place: str | None
    attendees: tuple[Attendee, ...]
    absentees: tuple[Attendee, ...]
    span: Span | None
    attendees_text: str = ""  # the attendee list as written (white space collapsed)
    absentees_text: str = ""
    warnings: list[str] = field(default_factory=list)
    lines: tuple[Line, ...] = ()  # title, date/time, place and attendee lines as written


def parse_preamble(
    lines: list[Line], path_name: str, table: OrgTable, fallback_date: dt.date | None
) -> Preamble:
    """Read metadata from the lines before the first agenda item."""
    values: dict[str, list[str]] = {}
    free: list[str] = []
    key: str | None = None
    kept, free_lines = list[Line](), list[Line]()
    for line in lines:
        m = _KEY_RE.match(line.text)
        if m:
            key = m.group(1).lower()
            values.setdefault(key, [])
            if m.group(2):
                values[key].append(m.group(2))
            kept.append(line)
        elif key in ("aanwezig", "afwezig") or (key is not None and not values[key]):
            values[key].append(line.text)
            kept.append(line)
        else:
            free.append(line.text)
            free_lines.append(line)
            key = None
    warnings: list[str] = []
    get = {k: " ".join(v).strip() for k, v in values.items()}
    date_text = (
        get.get("vergaderdatum en -tijd")
        or get.get("vergaderdatum")
        or get.get("datum vergadering")
    )
    date: dt.date | None = None
    place = get.get("vergaderplaats") or None
    start_time = None
    if date_text:
        date = find_date(date_text)
        if date is None:
            raise ReadError(path_name, f"unparseable meeting date {date_text!r} (Vergaderdatum)")
        after = date_text.split(",", 1)[1] if "," in date_text else date_text
        start_time = find_time(after)
    if place and looks_like_date(place):
        place_date = find_date(place)
        if place_date is None:
            raise ReadError(path_name, f"unparseable meeting date {place!r} (Vergaderplaats)")
        date = date or place_date
        place = None
    title_lines = [t for t in free if t.lower() not in _DOC_TYPES]
    doc_type = next((t.lower() for t in free if t.lower() in _DOC_TYPES), "verslag")
    if date is None:
        for text in [get.get("omschrijving", ""), *title_lines]:
            date = find_date(text) if text else None
            if date:
                break
    if date is None:
        if fallback_date is None:
            raise ReadError(
                path_name,
                "no meeting date found (no Vergaderdatum, no dated title, no YYYY-MM-DD file name)",
            )
        date = fallback_date
        warnings.append(f"{path_name}: no meeting date in the text; took {date} from the file name")
    title = get.get("omschrijving") or (title_lines[0] if title_lines else f"LRT {date}")
    span = kept[0].span.merge(kept[-1].span) if kept else None
    if not get.get("omschrijving") and title_lines:  # the title line joins, in source order
        kept.append(next(x for x in free_lines if x.text == title_lines[0]))
        kept.sort(key=lambda x: x.span.line_start)
    return Preamble(
        date=date,
        title=title,
        doc_type=doc_type,
        start_time=start_time,
        place=place,
        attendees=parse_attendee_lines(values.get("aanwezig", []), table),
        absentees=parse_attendee_lines(values.get("afwezig", []), table),
        span=span,
        attendees_text=get.get("aanwezig", ""),
        absentees_text=get.get("afwezig", ""),
        lines=tuple(kept),
        warnings=warnings,
    )


def split_preamble(clean: CleanText) -> tuple[list[Line], list[Line]]:
    """Split cleaned lines at the first agenda heading (``1. ...``) into preamble and body."""
    lines = list(clean.lines)
    for index, line in enumerate(lines):
        m = match_heading(line.text)
        if m and line.bullet is None and m.num == 1 and not m.sub:
            return lines[:index], lines[index:]
    for index, line in enumerate(lines):
        if line.bullet is None and match_heading(line.text) and not _KEY_RE.match(line.text):
            return lines[:index], lines[index:]
    return lines, []
