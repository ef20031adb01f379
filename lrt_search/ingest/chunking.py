"""Cut a parsed meeting into retrievable chunks: one header chunk, one or more per agenda item."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from ..models import AgendaItem, Attendee, Chunk, Span, Statement


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "section"


def _words(text: str) -> int:
    return len(text.split())


def item_heading(item: AgendaItem) -> str:
    """The heading line that opens (and gives context to) every chunk of ``item``."""
    return f"{item.number}. {item.title}" if item.number else item.title


def render_statement(statement: Statement) -> str:
    """A statement as a line of chunk text: ``- text`` (indented for sub-bullets)."""
    return ("  " * statement.level) + "- " + statement.text


def header_chunk(
    source_stem: str,
    source: str,
    date: dt.date,
    title: str,
    start_time: str | None,
    place: str | None,
    attendees: Sequence[Attendee],
    absentees: Sequence[Attendee],
    span: Span,
    attendees_text: str = "",
    absentees_text: str = "",
    source_lines: Sequence[str] = (),
) -> Chunk:
    """The chunk that answers "who attended": title, date, time, place, attendees, absentees.

    With ``source_lines`` (the preamble's lines as written) the chunk text is those lines, so
    that every quote from it is source text; without them (a minutes text without a preamble)
    a synthesised description of the meeting.
    """

    def people(group: Sequence[Attendee]) -> str:
        return ", ".join(
            f"{a.name} ({a.organisation}{', ' + a.role if a.role else ''})"
            if a.organisation
            else a.name
            for a in group
        )

    if source_lines:
        lines = list(source_lines)
    else:
        lines = [f"{title} — LRT {date.isoformat()}"]
        when = f"Vergaderdatum: {date.isoformat()}" + (f", {start_time} uur" if start_time else "")
        lines.append(when + (f"; vergaderplaats: {place}" if place else ""))
        if attendees or attendees_text:
            lines.append("Aanwezig: " + (attendees_text or people(attendees)))
        if absentees or absentees_text:
            lines.append("Afwezig: " + (absentees_text or people(absentees)))
    return Chunk(
        chunk_id=f"{source_stem}#header",
        meeting_date=date,
        kind="header",
        item_number=None,
        item_title="header",
        text="\n".join(lines),
        speakers=tuple(dict.fromkeys(a.org_code for a in attendees if a.org_code)),
        source=source,
        span=span,
    )


def _pack(sizes: list[int], capacity: int) -> list[int]:
    """Greedy cut points: start a new part when the next statement would pass ``capacity``."""
    cuts, size = [0], 0
    for index, n in enumerate(sizes):
        if size and size + n > capacity:
            cuts.append(index)
            size = 0
        size += n
    return cuts


def _balanced(statements: list[Statement], context: int, max_words: int) -> list[list[Statement]]:
    """Split ``statements`` into the fewest parts of <= ``max_words`` words, as even as possible.

    The fewest parts come from greedy packing at full capacity; then the smallest capacity that
    still needs no more parts evens them out (a statement longer than the budget stays whole).
    """
    if not statements:
        return [[]]
    sizes = [_words(render_statement(s)) for s in statements]
    capacity = max(max_words - context, 1)
    fewest = len(_pack(sizes, capacity))
    low, high = 1, capacity
    while low < high:
        middle = (low + high) // 2
        if len(_pack(sizes, middle)) <= fewest:
            high = middle
        else:
            low = middle + 1
    cuts = [*_pack(sizes, low), len(statements)]
    return [statements[a:b] for a, b in itertools.pairwise(cuts)]


def item_chunks(
    item: AgendaItem,
    source_stem: str,
    source: str,
    date: dt.date,
    max_words: int,
    key: str,
    parent_heading: str | None = None,
) -> list[Chunk]:
    """Chunks of one agenda item: the whole item, or parts split at statement boundaries.

    An item longer than ``max_words`` is split at its sub-headings and then into even parts of
    at most ``max_words`` words; every part repeats the item heading (and its sub-heading, and
    the heading of the item it is a sub-item of) as context.
    """
    heading = item_heading(item)
    if parent_heading:
        heading = f"{parent_heading}\n{heading}"
    total = _words(heading) + sum(_words(render_statement(s)) for s in item.statements)
    total += sum(_words(s) for s in {st.section for st in item.statements if st.section})
    groups: list[tuple[str | None, list[Statement]]] = []
    if total <= max_words:
        groups = [(None, list(item.statements))]
    else:
        for statement in item.statements:
            if groups and groups[-1][0] == statement.section:
                groups[-1][1].append(statement)
            else:
                groups.append((statement.section, [statement]))
    parts: list[tuple[str | None, list[Statement]]] = []
    for section, statements in groups or [(None, [])]:
        context = _words(heading) + (_words(section) if section else 0)
        parts.extend((section, part) for part in _balanced(statements, context, max_words))
    chunks = []
    for number, (section, statements) in enumerate(parts, start=1):
        lines = [heading] + ([section] if section else [])
        current = section
        for statement in statements:
            if section is None and statement.section and statement.section != current:
                lines.append(statement.section)  # a sub-heading inside a whole-item chunk
                current = statement.section
            lines.append(render_statement(statement))
        span = item.span
        if len(parts) > 1:
            span = statements[0].span
            for s in statements[1:]:
                span = span.merge(s.span)
            if number == 1:
                span = span.merge(
                    Span(
                        item.span.line_start,
                        item.span.line_start,
                        item.span.page_start,
                        item.span.page_start,
                    )
                )
        speakers = tuple(dict.fromkeys(code for s in statements for code in s.speakers))
        chunks.append(
            Chunk(
                chunk_id=f"{source_stem}#{key}.{number}",
                meeting_date=date,
                kind="item",
                item_number=item.number,
                item_title=item.title,
                text="\n".join(lines),
                speakers=speakers,
                source=source,
                span=span,
                statements=tuple(statements),
                part=number,
            )
        )
    return chunks


def item_keys(items: Sequence[AgendaItem]) -> list[str]:
    """A stable, unique key per item: its number, or a slug of its title."""
    keys: list[str] = []
    for item in items:
        key = item.number or _slug(item.title)
        while key in keys:
            key += "-x"
        keys.append(key)
    return keys
