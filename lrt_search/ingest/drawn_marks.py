"""List markers that a PDF draws as shapes instead of writing them as text.

Chromium's print to PDF (and other HTML engines) draws the markers of a ``<ul>`` list (a disc,
a circle for a nested list, a square) as small paths, so the text layer holds no bullet and
the bullets of a list read as one paragraph. A small square-ish shape standing left of a line's
first character, at its height, is written back before that line: "• " for a filled shape, "◦ "
for an outline (a sub-bullet), which ``cleaning`` reads as any other bullet.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

from ..lazyre import lazy
from .page_chars import page_chars

#: The size (points) of a drawn marker: a 10-11 pt font's disc is about 3 pt, its circle 5 pt.
MARK_SIZE = (1.5, 8.0)
#: How far (points) left of a line's first character a marker may stand.
MARK_REACH = 18.0
_WRITTEN_BULLET = lazy(r"^(?:[•◦▪●■○*\-–—]|o\s)")


@dataclass(frozen=True)
class Mark:
    """A drawn marker: its box (points, from the page's bottom left) and whether it is filled."""

    left: float
    bottom: float
    right: float
    top: float
    filled: bool


def page_marks(page: Any) -> list[Mark]:
    """The small, square-ish shapes of a PDFium page that may be list markers."""
    import pypdfium2.raw as pdfium_c

    marks = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if not (MARK_SIZE[0] <= width <= MARK_SIZE[1] and abs(width - height) <= 0.75):
            continue
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
        marks.append(Mark(left, bottom, right, top, fill.value != 0))
    return marks


def _marker_of(marks: list[Mark], box: tuple[float, float, float, float]) -> Mark | None:
    left, bottom, _, top = box
    for mark in marks:
        middle = (mark.bottom + mark.top) / 2
        if bottom - 2 <= middle <= top + 2 and 0 <= left - mark.right <= MARK_REACH:
            return mark
    return None


def with_drawn_bullets(text: str, textpage: Any, marks: list[Mark]) -> str:
    """``text`` (a page's text as PDFium reads it from ``textpage``) with a bullet written
    before each line a drawn marker in ``marks`` stands in front of. Unchanged when the page
    draws no marker or its characters cannot be told apart (``textpage``: a text page or its
    :class:`PageChars`)."""
    if not marks:
        return text
    chars = page_chars(textpage)
    if not chars.fits(text):
        return text
    out: list[str] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        first = len(line) - len(line.lstrip())
        if line.strip() and not _WRITTEN_BULLET.match(line.lstrip()):
            mark = _marker_of(marks, chars.box(start + first))
            if mark is not None:
                line = line[:first] + ("• " if mark.filled else "◦ ") + line[first:]
        out.append(line)
        start = end + 1
    return "\n".join(out)
