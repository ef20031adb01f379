"""Rule ``header_line_spans``: a quote from a meeting's header (a "Vergaderdatum en -tijd" or
"Vergaderplaats" line, an attendee list) is cited with the source lines it stands on, not the
whole header's span ("LRT 2023-11-03 · header · line 18", not "lines 17-27").

The header chunk keeps its lines' text, not each line's position, so the lines are found again
in the minutes file as its citations number them (:func:`~lrt_search.ingest.corpus.cited_lines`),
within the header's span: the shortest run of lines that holds the quote (white space, case and
quotes aside). When the file is gone or the quote is not found there (a redaction code written
differently), the citation keeps the header's span.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LrtError
from ..lexicon.textnorm import normalize_for_match
from ..models import Span, cite
from ..results import Citation

if TYPE_CHECKING:
    from ..config import Settings

#: The citation kinds quoted from a header: a header line and an attendee list.
HEADER_KINDS = frozenset(["header", "attendees"])


def line_run(lines: Sequence[str], span: Span, quote: str) -> tuple[int, int] | None:
    """The first and last 1-based line of the shortest run of ``lines`` within ``span`` that
    holds ``quote``, or None."""
    wanted = normalize_for_match(quote)
    first, last = max(span.line_start, 1), min(span.line_end, len(lines))
    for start in range(first, last + 1):
        if not normalize_for_match(lines[start - 1]):
            continue
        # The quote starts on line ``start`` only if it is held once the run is this long.
        limit = len(normalize_for_match(lines[start - 1])) + len(wanted) + 1
        joined = ""
        for end in range(start, last + 1):
            joined = normalize_for_match(joined + " " + lines[end - 1])
            if wanted in joined:
                return _shrunk(lines, start, end, wanted)
            if len(joined) > limit:
                break
    return None


def _shrunk(lines: Sequence[str], start: int, end: int, wanted: str) -> tuple[int, int]:
    """The run ``start..end`` without the leading lines the quote does not need."""
    while start < end and wanted in normalize_for_match(" ".join(lines[start:end])):
        start += 1
    return start, end


def _source(settings: Settings, name: str) -> Path | None:
    path = Path(settings.corpus_dir) / name
    return path if path.is_file() and not path.is_symlink() else None


def narrowed(settings: Settings, citations: list[Citation]) -> list[Citation]:
    """``citations`` with each header quote cited by its own lines (see the module)."""
    # Imported here: reading a minutes file is off the query path of every other answer.
    from ..ingest.corpus import cited_lines

    out = []
    for c in citations:
        path = _source(settings, c.source) if c.kind in HEADER_KINDS and c.source else None
        if path is None:
            out.append(c)
            continue
        try:
            source = cited_lines(path, settings)
        except LrtError:
            out.append(c)
            continue
        run = line_run(source.lines, c.span, c.quote)
        if run is None:
            out.append(c)
            continue
        pages = [p for p in (source.page_of(run[0]), source.page_of(run[1])) if p]
        span = Span(run[0], run[1], min(pages, default=None), max(pages, default=None), c.span.ocr)
        label = c.citation.split(" · ")[1] if c.citation.count(" · ") >= 2 else c.item
        out.append(dataclasses.replace(c, span=span, citation=cite(c.meeting_date, label, span)))
    return out
