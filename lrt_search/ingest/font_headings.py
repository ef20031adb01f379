"""Agenda headings told by their font in a PDF's text layer.

LaTeX numbers its sections "2 Title" (no full stop) and sets them larger than the text; a long
heading wraps onto a second line in the same size. Read as plain text such a heading is a body
line, and its second line a statement. On a page whose text has more than one font size, a line
set larger (or bold where the text is not) than the page's body size that starts with an item
number ("2", "3a", "2.1") is an agenda heading: "2 Title" gets its full stop ("2. Title"), and
the lines after it in the same size, without a number of their own, are joined to it.

The edits keep the text's length (the page's characters are addressed by position): a space
after a number becomes :data:`STOP`, a line break inside a heading becomes " " + :data:`JOIN`;
:func:`finish` writes them out once the page's text is done.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..lazyre import lazy
from .page_chars import page_chars

STOP = "\ufdd0"  # a heading number's missing full stop, until the page's text is done
JOIN = "\ufdd1"  # the second character of a line break inside a wrapped heading
LARGER = 1.15  # a heading's font size, at least this share of the page's body size
BOLD = 600  # a font weight from which a line is bold
SAME = 0.05  # a wrapped heading's next line: its size within this share of the heading's

_NUMBERED = lazy(r"^(\d{1,2}(?:[a-z]|\.\d{1,2})?)(\.?)\s(?=[^\W\d_])")
_DATE = lazy(r"^\d{1,2}\s+[^\W\d_]+\s+\d{4}\W*$")  # "6 December 2023": a date line


def _line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line of ``text`` (PDFium's lines end in "\\r\\n")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\r\n|\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _line_font(
    text: str, sizes: list[float], weights: list[int], span: tuple[int, int]
) -> tuple[float, int] | None:
    """The most common (size, weight) of the letters and digits of a line; None without any."""
    fonts = Counter((sizes[i], weights[i]) for i in range(*span) if text[i].isalnum())
    return fonts.most_common(1)[0][0] if fonts else None


def with_font_headings(text: str, textpage: Any) -> str:
    """``text`` (a page's text as PDFium reads it from ``textpage``, a text page or its
    :class:`PageChars`) with its headings told by their font marked (same length); ``text``
    itself on a page with one font or without a line that starts with an item number (then no
    character's font is read)."""
    chars_of = page_chars(textpage)
    if not chars_of.fits(text):
        return text
    spans = _line_spans(text)
    numbered = [
        (n, m)
        for n, (start, end) in enumerate(spans)
        if (m := _NUMBERED.match(text[start:end])) and not _DATE.match(text[start:end])
    ]
    if not numbered:
        return text
    sizes = [round(size, 1) for size in chars_of.sizes()]
    weights = chars_of.weights()
    letters = Counter((sizes[i], weights[i] >= BOLD) for i, c in enumerate(text) if c.isalpha())
    if len({size for size, _ in letters}) < 2:
        return text
    (body, body_bold), _ = letters.most_common(1)[0]
    chars = list(text)
    fonts = [_line_font(text, sizes, weights, span) for span in spans]
    for n, m in numbered:
        font = fonts[n]
        if font is None:
            continue
        size, weight = font
        if size < LARGER * body and not (weight >= BOLD and not body_bold):
            continue
        if not m.group(2) and "." not in m.group(1):
            chars[spans[n][0] + m.end(1)] = STOP
        _join_wrapped(chars, text, spans, fonts, n)
    return "".join(chars)


def _join_wrapped(
    chars: list[str],
    text: str,
    spans: list[tuple[int, int]],
    fonts: list[tuple[float, int] | None],
    n: int,
) -> None:
    """Join to heading line ``n`` the lines after it in its font without a number of their own
    (their line breaks in ``chars`` become " " + :data:`JOIN`, after a hyphen only
    :data:`JOIN`)."""
    size, weight = fonts[n] or (0.0, 0)
    for k in range(n + 1, len(spans)):
        font = fonts[k]
        if font is None or abs(font[0] - size) > SAME * size or font[1] != weight:
            return
        if _NUMBERED.match(text[spans[k][0] : spans[k][1]]):
            return
        brk = spans[k - 1][1]
        joint = [JOIN, JOIN] if text[brk - 1 : brk] == "-" else [" ", JOIN]  # "2023-" / "II"
        chars[brk : spans[k][0]] = joint[: spans[k][0] - brk]


def finish(text: str) -> str:
    """``text`` with the marks of :func:`with_font_headings` written out."""
    return text.replace(STOP, ". ").replace(JOIN, "")
