"""Page structure from Tesseract's word boxes (``image_to_data``), not from its plain text.

Tesseract reads a printed "•" as "e", "«", "*" or nothing, and reads letterheads and page stamps
as text. From the word boxes this module recovers:

- **bullets**: a lone small glyph before a line's first word, or a line whose first word starts
  at the indent where the text after recovered bullets starts (the glyph was lost), becomes a
  line starting with "• " (with the page image, after a full line that ends a sentence where
  it hangs, only with ink left of it: a justified paragraph wrapped at a full stop goes on);
- **lost numbers**: a list or heading number Tesseract's page segmentation dropped ("1." at a
  hanging indent; the "2" of "2.", the stop read alone as "‚") is read on its own from the
  ink left of the line's first word;
- **page furniture**: lines in the top or bottom band of the page that repeat (digits aside) on
  two or more of the pages read together, such as a running letterhead, are dropped;
- **doubtful characters**: a line whose confidence is low and that mixes digits with letters OCR
  confuses with them ("2025-1I") is reported.

The glyph lists are data (``lexicon/data/ocr.toml``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from statistics import median
from typing import Any

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_text, parse_toml
from .ocr_ink import Word, _ink_before, _ink_left, _is_blob, _lost_mark, _reread
from .ocr_sub_bullets import sub_bullets

__all__ = [
    "LAYOUT_VERSION",
    "OcrLine",
    "Word",
    "_lost_mark",
    "doubtful",
    "drop_furniture",
    "layout_lines",
]

#: Bumped whenever the way lines are built from boxes changes (part of the OCR cache key).
LAYOUT_VERSION = 14
_TOP_BAND = 0.10  # share of the page height where a letterhead or running header stands
_BOTTOM_BAND = 0.90
_SMALL_GLYPH = 0.65  # a bullet glyph is at most this share of the line's median word height
_NEIGHBOURS = 4  # lines on either side that give a line's local margin
_OFFSET_SLACK = 0.6  # share of the bullet offset a lost bullet's indent may be off by
_DOUBTFUL_CONFIDENCE = 80.0
_STRAY_CHARS = 3  # a token of at most this many characters in a block of its own may be a stray
_STRAY_GAP = 4.0  # how far (in word heights) a stray may stand left of its line's first word
_REREAD_BELOW = 60.0  # a stray read with less confidence than this is read again on its own
_NOISE_TOKEN = lazy(r"^[_—\-~|]+$")


@dataclass(frozen=True)
class OcrLine:
    """One line read from a page: its text, whether it lies in the page's top or bottom band,
    and its mean word confidence."""

    text: str
    band: bool
    confidence: float

    def as_list(self) -> list[Any]:
        """The line as JSON-ready data (for the OCR cache)."""
        return [self.text, self.band, self.confidence]

    @classmethod
    def from_list(cls, data: list[Any]) -> OcrLine:
        """The inverse of :meth:`as_list`."""
        return cls(str(data[0]), bool(data[1]), float(data[2]))


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    data = parse_toml("ocr.toml", bundled_text("ocr.toml"))
    return frozenset(data["bullet_glyphs"]), frozenset(data["digit_lookalikes"])


def words_by_line(data: dict[str, list[Any]]) -> list[list[Word]]:
    """The words of ``pytesseract.image_to_data(..., output_type=DICT)`` grouped by line, in
    reading order; tokens of underscores or dashes only (underlines, rules) are left out."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        if not text or set(text) <= {"_"} or (_NOISE_TOKEN.match(text) and len(text) > 1):
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        word = Word(
            text,
            int(data["left"][i]),
            int(data["top"][i]),
            int(data["width"][i]),
            int(data["height"][i]),
            float(data["conf"][i]),
        )
        lines.setdefault(key, []).append(word)
    return [words for _, words in sorted(lines.items()) if words]


def attach_strays(lines: list[list[Word]]) -> list[list[Word]]:
    """Lines with their strays back: Tesseract puts a glyph or a number that stands far left of
    its line's text (a bullet at a hanging indent, "2." before a justified heading) in a block of
    its own, read as a line after or before the text it belongs to. A one-word line of at most
    three characters joins the line whose height holds its centre and whose first word starts
    less than four word heights to its right."""
    out = [list(words) for words in lines]
    strays = {i for i, words in enumerate(out) if len(words) == 1}
    strays = {i for i in strays if len(out[i][0].text) <= _STRAY_CHARS}
    for i in sorted(strays):
        word = out[i][0]
        centre = word.top + word.height / 2
        for j, words in enumerate(out):
            if j == i or j in strays or not words:
                continue
            first = words[0]
            top = min(w.top for w in words)
            bottom = max(w.top + w.height for w in words)
            gap = first.left - (word.left + word.width)
            if top <= centre <= bottom and 0 < gap <= _STRAY_GAP * max(word.height, first.height):
                out[j] = [dataclasses.replace(word, stray=True), *words]
                out[i] = []
                break
    return [words for words in out if words]


def _is_glyph(words: list[Word]) -> bool:
    """Whether the first word of a line is a bullet glyph read as a character."""
    if len(words) < 2:
        return False
    first = words[0]
    glyphs, _ = _lexicon()
    if first.text not in glyphs:
        return False
    tall = median(w.height for w in words[1:])
    return not first.text.isalnum() or first.height <= _SMALL_GLYPH * tall


@dataclass(frozen=True)
class _Indents:
    """Where the lines of a page start and end (pixels): the bullet offset (glyph to text, the
    median over the glyph lines), each line's first word, its text after a glyph or a marker
    read as a word, and its right end."""

    offset: float
    starts: list[int]
    texts: list[int]
    rights: list[int]
    marked: list[bool]

    def near(self, i: int) -> slice:
        """The lines around line ``i`` that give its local margin."""
        return slice(max(0, i - _NEIGHBOURS), i + _NEIGHBOURS + 1)

    def hangs(self, i: int) -> bool:
        """Whether line ``i`` starts where the text of the line before it starts."""
        return bool(i) and abs(self.texts[i - 1] - self.starts[i]) <= _OFFSET_SLACK * self.offset

    def wrapped(self, i: int) -> bool:
        """Whether the line before line ``i`` runs to the right margin (a justified line)."""
        return bool(i) and self.rights[i - 1] >= max(self.rights[self.near(i)]) - 2 * self.offset


def _indents(lines: list[list[Word]], glyph: list[bool]) -> _Indents | None:
    """The page's :class:`_Indents`; None when no line has a glyph read."""
    offsets = [words[1].left - words[0].left for words, g in zip(lines, glyph, strict=True) if g]
    if not offsets:
        return None
    glyphs, _ = _lexicon()
    # where a line's text starts: after its glyph, or after a marker read as a word ("o")
    marked = [g or (len(w) > 1 and w[0].text in glyphs) for w, g in zip(lines, glyph, strict=True)]
    return _Indents(
        median(offsets),
        [words[0].left for words in lines],
        [words[1].left if m else words[0].left for words, m in zip(lines, marked, strict=True)],
        [max(w.left + w.width for w in words) for words in lines],
        marked,
    )


def _lost_glyphs(lines: list[list[Word]], glyph: list[bool]) -> list[bool]:
    """Which lines start where the text after a bullet starts, with no glyph read: a line whose
    first word stands the bullet's offset (glyph to text, measured on the glyph lines) to the
    right of the local margin (the leftmost start among its neighbours; local, as a scan may be
    rotated), unless it goes on with the text of the line before it: that line's text starts
    where this line starts, runs to the right margin and ends no sentence (a hanging indent),
    or it starts with a lower-case word."""
    at = _indents(lines, glyph)
    if at is None:
        return [False] * len(lines)
    lost = []
    for i in range(len(lines)):
        margin = min(at.starts[at.near(i)])
        indented = abs(at.starts[i] - margin - at.offset) <= _OFFSET_SLACK * at.offset
        # A hanging indent: the line goes on with the text of the line before, which is full.
        after_break = (
            not at.hangs(i) or lines[i - 1][-1].text.endswith((".", ":", ";", ")"))
        ) or not at.wrapped(i)
        # A bullet's text starts a sentence: a lower-case word at the indent goes on with the
        # text of a bullet whose text hangs where its glyph's text starts (Word's arrows).
        sentence = lines[i][0].text[:1].isupper() or lines[i][0].text[:1].isdigit()
        lost.append(not at.marked[i] and indented and after_break and sentence)
    return lost


def _sentence_wraps(lines: list[list[Word]], glyph: list[bool]) -> list[bool]:
    """Which lines follow a full line that hangs where they start and ends a sentence with a
    full stop: a justified paragraph wrapped there, or a bullet whose glyph was lost after a
    bullet whose last line happens to be full (the indent alone cannot tell them apart)."""
    at = _indents(lines, glyph)
    if at is None:
        return [False] * len(lines)
    return [
        at.hangs(i) and at.wrapped(i) and lines[i - 1][-1].text.endswith(".")
        for i in range(len(lines))
    ]


def layout_lines(
    data: dict[str, list[Any]], page_height: int, image: Any | None = None
) -> list[OcrLine]:
    """The lines of one page with bullets recovered (see the module docstring); with the page's
    grey ``image``, also the bullets Tesseract read as a stray token or not at all."""
    lines = attach_strays(words_by_line(data))
    if image is not None:
        lines = [_with_image(image, words) for words in lines]
    glyph = [_is_glyph(words) for words in lines]
    lost = _lost_glyphs(lines, glyph)
    if image is not None:
        wraps = _sentence_wraps(lines, glyph)
        lost = _lost_with_image(image, lines, glyph, lost, wraps, page_height)
    sub = sub_bullets(lines, glyph, lost)
    out: list[OcrLine] = []
    for words, is_glyph, is_lost, is_sub in zip(lines, glyph, lost, sub, strict=True):
        body = words[1:] if is_glyph or is_sub else words
        text = " ".join(w.text.strip("_") for w in body)
        if is_sub:
            text = "◦ " + text
        elif is_glyph or is_lost:
            text = "• " + text
        top = min(w.top for w in words)
        bottom = max(w.top + w.height for w in words)
        band = bottom < _TOP_BAND * page_height or top > _BOTTOM_BAND * page_height
        confidence = sum(w.confidence for w in body) / len(body)
        out.append(OcrLine(text, band, round(confidence, 1)))
    return out


def _lost_with_image(
    image: Any,
    lines: list[list[Word]],
    glyph: list[bool],
    lost: list[bool],
    wraps: list[bool],
    page_height: int,
) -> list[bool]:
    """Lost bullets seen on the page: ink of a solid glyph left of the first word; a line
    found by the indent rule only counts after a body line (not first on the page, under a
    running header, where a hanging indent's continuation looks the same), and after a full
    line ending a sentence where it hangs (``wraps``) only with ink left of it (a glyph
    Tesseract lost, solid or not): a justified paragraph split at a full stop that ends a
    line has nothing there."""
    out = []
    for i, words in enumerate(lines):
        previous = lines[i - 1] if i else None
        after_body = previous is not None and min(w.top for w in previous) > _TOP_BAND * page_height
        ink = not glyph[i] and _ink_before(image, words)
        wrapped = wraps[i] and _ink_left(image, words).found is None
        out.append(ink or (lost[i] and after_body and not wrapped))
    return out


def _with_image(image: Any, words: list[Word]) -> list[Word]:
    """A line with its lost list or heading number put back (:func:`_lost_mark`); a line whose
    first word is a solid glyph with the glyph as "•"; a stray first word read with little
    confidence, read again."""
    words = _lost_mark(image, words)
    first = words[0]
    if len(words) < 2 or len(first.text) > _STRAY_CHARS:
        return words
    if _is_blob(image, first, words[1:]):
        return [Word("•", first.left, first.top, first.width, first.height, 100.0), *words[1:]]
    if first.stray and first.confidence < _REREAD_BELOW:
        return [_reread(image, first), *words[1:]]
    return words


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"[^\w]+", "", text.lower()))


def drop_furniture(pages: dict[int, list[OcrLine]]) -> dict[int, list[OcrLine]]:
    """The pages without the band lines that repeat (digits aside) on two or more pages."""
    counts = Counter(
        _key(line.text)
        for lines in pages.values()
        for line in {_key(x.text): x for x in lines if x.band}.values()
    )
    return {
        number: [line for line in lines if not (line.band and counts[_key(line.text)] >= 2)]
        for number, lines in pages.items()
    }


def doubtful(line: OcrLine) -> list[str]:
    """The tokens of a low-confidence line where a digit touches a letter OCR confuses with
    digits ("2025-1I", "2O23"; not "2025-II")."""
    if line.confidence >= _DOUBTFUL_CONFIDENCE:
        return []
    _, lookalikes = _lexicon()
    letters = "".join(re.escape(c) for c in sorted(lookalikes))
    touching = re.compile(rf"\d[{letters}]|[{letters}]\d")
    return [token for token in line.text.split() if touching.search(token)]
