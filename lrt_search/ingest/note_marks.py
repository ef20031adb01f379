"""Footnote marks in a PDF's text layer: a word processor prints a footnote's reference as a
small raised number glued to the word before it ("vervangen door DGSZI.¹"), which the text layer
gives as a plain digit ("DGSZI.1"), so the statement no longer reads as written and its last word
or number changes ("2023" + "1"). The raised numbers are found by their layout: digits in a font
less than :data:`SMALLER` times the size of the character before them, standing above its
baseline, with no space between."""

from __future__ import annotations

from typing import Any

SMALLER = 0.8  # a note mark's font size, at most this share of the text's before it
MASK = "\x00"  # what a note mark's digits are replaced with until the page's text is done


def note_mark_positions(text: str, textpage: Any) -> list[int]:
    """The positions in ``text`` (a page's text as PDFium reads it from ``textpage``) of the
    digits of footnote reference marks. None when the characters cannot be told apart."""
    import pypdfium2.raw as pdfium_c

    if len(text) != textpage.count_chars():
        return []
    out: list[int] = []
    i = 1
    while i < len(text):
        if not text[i].isdigit() or text[i - 1].isspace() or text[i - 1].isdigit():
            i += 1
            continue
        end = i
        while end < len(text) and text[end].isdigit() and end - i < 3:
            end += 1
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
        before = pdfium_c.FPDFText_GetFontSize(textpage.raw, i - 1)
        raised = textpage.get_charbox(i)[1] > textpage.get_charbox(i - 1)[1] + 0.5
        if 0 < size < SMALLER * before and raised and (end == len(text) or not text[end].isalnum()):
            out.extend(range(i, end))
        i = end
    return out


def masked(text: str, positions: list[int]) -> str:
    """``text`` with the characters at ``positions`` replaced by :data:`MASK` (same length, so
    other readers of the page's characters still index it)."""
    if not positions:
        return text
    chars = list(text)
    for position in positions:
        chars[position] = MASK
    return "".join(chars)
