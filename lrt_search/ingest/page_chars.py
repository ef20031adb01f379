"""A PDF page's characters as PDFium gives them, each read once.

Several page readers look at a page's characters: the headings told by their font
(:mod:`.font_headings`: every character's size and weight), the footnote marks
(:mod:`.note_marks`: the sizes and boxes of digits and the characters before them), the drawn
and dashed bullets (:mod:`.drawn_marks`, :mod:`.dash_bullets`: the boxes of line starts). Each
used to ask PDFium again (``count_chars`` three times, every size twice). :class:`PageChars`
asks once per character and property, on first use, and keeps the answer for the others.
"""

from __future__ import annotations

from typing import Any


class PageChars:
    """The characters of one PDFium ``textpage``: their count, and the font size, weight and
    box of each, read from PDFium on first use and kept."""

    def __init__(self, textpage: Any) -> None:
        self.textpage = textpage
        self.count = textpage.count_chars()
        self._sizes: dict[int, float] = {}
        self._weights: dict[int, int] = {}
        self._boxes: dict[int, tuple[float, float, float, float]] = {}

    def fits(self, text: str) -> bool:
        """Whether ``text`` (the page's text, or one of the same length) addresses these
        characters by position."""
        return len(text) == self.count

    def sizes(self) -> list[float]:
        """The font size of every character, in one pass (kept for :meth:`size`)."""
        import pypdfium2.raw as pdfium_c

        if len(self._sizes) < self.count:
            get, raw = pdfium_c.FPDFText_GetFontSize, self.textpage.raw
            self._sizes = dict(enumerate([get(raw, i) for i in range(self.count)]))
        return list(self._sizes.values())

    def weights(self) -> list[int]:
        """The font weight of every character, in one pass (kept for :meth:`weight`)."""
        import pypdfium2.raw as pdfium_c

        if len(self._weights) < self.count:
            get, raw = pdfium_c.FPDFText_GetFontWeight, self.textpage.raw
            self._weights = dict(enumerate([get(raw, i) for i in range(self.count)]))
        return list(self._weights.values())

    def size(self, i: int) -> float:
        """The font size (points) of character ``i``."""
        if i not in self._sizes:
            import pypdfium2.raw as pdfium_c

            self._sizes[i] = pdfium_c.FPDFText_GetFontSize(self.textpage.raw, i)
        return self._sizes[i]

    def weight(self, i: int) -> int:
        """The font weight (400 regular, 700 bold) of character ``i``."""
        if i not in self._weights:
            import pypdfium2.raw as pdfium_c

            self._weights[i] = pdfium_c.FPDFText_GetFontWeight(self.textpage.raw, i)
        return self._weights[i]

    def generated(self, i: int) -> bool:
        """Whether character ``i`` is one PDFium put in (a space for a gap between glyphs, a
        line break), not one the page draws."""
        import pypdfium2.raw as pdfium_c

        return bool(pdfium_c.FPDFText_IsGenerated(self.textpage.raw, i) == 1)

    def box(self, i: int) -> tuple[float, float, float, float]:
        """The box (left, bottom, right, top; points) of character ``i``."""
        if i not in self._boxes:
            self._boxes[i] = tuple(self.textpage.get_charbox(i))  # type: ignore[assignment]
        return self._boxes[i]


def page_chars(page: Any) -> PageChars:
    """``page`` itself when it is a :class:`PageChars`, else one of the PDFium text page
    ``page``."""
    return page if isinstance(page, PageChars) else PageChars(page)


#: A gap before a line-end hyphen narrower than this share of the font size is no word space.
HYPHEN_GAP = 0.25


def hyphen_gap_positions(text: str, textpage: Any) -> list[int]:
    """The positions in ``text`` (a page's text as PDFium reads it) of the spaces PDFium put
    between a word and the hyphen that breaks it at a line end ("taak -" / "stelling": a word
    processor drew the hyphen a little apart), where no space is drawn and the gap is narrower
    than a word space. None when the characters cannot be told apart."""
    chars = page_chars(textpage)
    if not chars.fits(text):
        return []
    out = []
    start = text.find(" -\r", 1)
    while start > 0:
        if text[start - 1].isalpha() and chars.generated(start):
            left, right = chars.box(start - 1)[2], chars.box(start + 1)[0]
            if right - left < HYPHEN_GAP * max(chars.size(start - 1), 1.0):
                out.append(start)
        start = text.find(" -\r", start + 1)
    return out
