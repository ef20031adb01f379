"""Second-level dash bullets in a PDF's text layer, told by where they stand.

LaTeX's ``itemize`` marks its second level with an en dash ("–") set further right than the
first level's "•"; read as text, "– VNG steunt het voorstel ..." is a bullet of its own and the
statement above it loses its sub-bullet (which inherits its speaker). A line that starts with a
dash is a sub-bullet when an earlier bullet of the same page (or, above the page's first
bullet, of the page before: a list that goes on at the top of a page) stands left of it and
the dash stands right of where that bullet's text starts (a deeper indent, not a dash wrapped
to the start of a bullet's next line), at most :data:`REACH` points from the bullet. The dash is
written as "◦" (same length: the page's characters stay addressed by position), which
``cleaning`` reads as a sub-bullet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..lazyre import lazy
from .page_chars import page_chars

REACH = 40.0  # points: how far right of its bullet's glyph a sub-bullet's dash may stand
STEP = 2.0  # points: how far right of its bullet's text start a sub-bullet's dash stands
SUB = "◦"

_DASH = lazy(r"^\s*([-–—])\s+\S")
# a bullet glyph a line may start with (as ``cleaning`` reads them; not a list number), and
# the space after it
_MARK = lazy(r"^\s*(?:[-•▪●■◆►➢*–—◦○\uf000-\uf0ff\x80-\x9f]|o(?=\s))\s*")


def with_dash_sub_bullets(text: str, textpage: Any, before: tuple[str, Any] | None = None) -> str:
    """``text`` (a page's text as PDFium reads it from ``textpage``, a text page or its
    :class:`PageChars`) with each second-level dash bullet's dash written as :data:`SUB`.
    ``before``: the previous page's text and characters, whose bullets count for dashes that
    stand above every bullet of this page (a list that goes on at the top of a new page)."""
    if "–" not in text and "-" not in text and "—" not in text:
        return text
    chars = page_chars(textpage)
    if not chars.fits(text):
        return text
    marks: list[tuple[float, float]] = []  # (glyph x, text x) of the bullets met so far
    out = list(text)
    for start, line, x, text_x in _bullets(text, chars):
        dash = _DASH.match(line)
        if dash and not marks and before is not None:
            marks, before = _page_marks(*before), None
        if dash and _deeper(x, marks):
            out[start + dash.start(1)] = SUB
        marks.append((x, text_x))
    return "".join(out)


def _bullets(text: str, chars: Any) -> Iterator[tuple[int, str, float, float]]:
    """Each line of ``text`` that starts with a bullet: where it starts, the line, the x of its
    glyph and of its text."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip("\r")
        m = _MARK.match(line)
        if m and m.end() < len(line) and line.strip():
            glyph = start + len(line) - len(line.lstrip())
            yield start, line, chars.box(glyph)[0], chars.box(start + m.end())[0]
        start = end + 1


def _page_marks(text: str, textpage: Any) -> list[tuple[float, float]]:
    """(glyph x, text x) of every bullet of a page (none when its characters do not fit)."""
    chars = page_chars(textpage)
    return [(x, tx) for _, _, x, tx in _bullets(text, chars)] if chars.fits(text) else []


def _deeper(x: float, marks: list[tuple[float, float]]) -> bool:
    """Whether a dash at ``x`` stands deeper than the nearest earlier bullet left of it."""
    for glyph, text_x in reversed(marks):
        if glyph < x - STEP:
            return x >= text_x + STEP and x - glyph <= REACH
    return False
