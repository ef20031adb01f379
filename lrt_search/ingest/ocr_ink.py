"""The ink of a scanned page around Tesseract's word boxes (:mod:`.ocr_layout`'s page
image readers): whether a glyph is a solid bullet ("•", "■", "–") or a full stop, the ink left of
a line's first word, and a word or lost list number read again on its own (``--psm 8``)."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Any, NamedTuple

from ..lazyre import lazy

_BLOB_FILL = 0.65  # share of a glyph's box that ink fills for a solid bullet ("■", "•")
_STOP_HEIGHT = 0.35  # a full stop: lower than this share of the word height, on the baseline
_INK = 128  # grey level below which a pixel is ink
_MARK_READ = lazy(r"^(\d{1,2}|[a-z])[.)]?$")  # a lost mark read on its own: "2", "3.", "c"
_MARK_CONFIDENCE = 50.0  # at least this sure of it
_LONE_STOPS = frozenset(".,‚'")  # a heading number's full stop read without its digits


@dataclass(frozen=True)
class Word:
    """One word box of Tesseract's output (pixels) with its confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    stray: bool = False  # read in a block of its own, away from its line (attach_strays)


def _dark_box(
    image: Any, box: tuple[int, int, int, int]
) -> tuple[float, tuple[int, int, int, int] | None]:
    """The share of ink in ``box`` of the grey ``image`` and the bounding box of that ink."""
    left, top, right, bottom = box
    if right - left < 2 or bottom - top < 2:
        return 0.0, None
    from PIL import ImageFilter

    crop = image.crop((max(0, left), max(0, top), right, bottom)).filter(
        ImageFilter.MedianFilter(3)
    )
    ink = crop.point(lambda p: 255 if p < _INK else 0)  # specks of scanner noise filtered out
    found = ink.getbbox()
    if found is None:
        return 0.0, None
    inside = ink.crop(found)
    filled = inside.histogram()[255] / max(1, inside.width * inside.height)
    return filled, (found[0] + left, found[1] + top, found[2] + left, found[3] + top)


def _solid(filled: float, found: tuple[int, int, int, int], height: float, baseline: float) -> bool:
    """Whether ink (its share ``filled`` of the box ``found``) is one solid bullet on a line of
    word ``height`` ("•", "■", a dash "–"): no bigger than a word, and not a full stop (small and
    round, on the ``baseline``)."""
    width, tall = found[2] - found[0], found[3] - found[1]
    stop = (
        max(width, tall) < _STOP_HEIGHT * height  # round and small: not a dash "–"
        and abs(found[3] - baseline) <= _STOP_HEIGHT * height
    )
    return (
        filled >= _BLOB_FILL
        and 0.15 * height <= width <= 1.3 * height
        and tall <= 1.3 * height
        and not stop
    )


def _is_blob(image: Any, word: Word, rest: list[Word]) -> bool:
    """Whether ``word``'s box holds one solid glyph (a bullet) before the words ``rest``."""
    filled, found = _dark_box(
        image, (word.left, word.top, word.left + word.width, word.top + word.height)
    )
    height = median(w.height for w in rest)
    baseline = median(w.top + w.height for w in rest)
    return found is not None and _solid(filled, found, height, baseline)


class _Ink(NamedTuple):
    """The ink left of a line's first word (:func:`_ink_left`): the dark box found there (None
    when none), its filled share, and the line's word height, top, bottom and baseline."""

    filled: float
    found: tuple[int, int, int, int] | None
    height: float
    top: int
    bottom: int
    baseline: float


def _ink_left(image: Any, words: list[Word]) -> _Ink:
    """The ink left of the line ``words``' first word, within three word heights, at the
    line's height (where a bullet or a list number Tesseract did not read stands)."""
    first = words[0]
    height = median(w.height for w in words)
    top = min(w.top for w in words)
    bottom = max(w.top + w.height for w in words)
    box = (int(first.left - 3 * height), top, int(first.left - 0.25 * height), bottom)
    filled, found = _dark_box(image, box)
    return _Ink(filled, found, height, top, bottom, median(w.top + w.height for w in words))


def _ink_before(image: Any, words: list[Word]) -> bool:
    """Whether a solid glyph (a bullet Tesseract did not read at all) stands left of the line's
    first word, within three word heights, at the line's height."""
    ink = _ink_left(image, words)
    return ink.found is not None and _solid(ink.filled, ink.found, ink.height, ink.baseline)


def _read_alone(image: Any, box: tuple[int, int, int, int], pad: int) -> tuple[str, float] | None:
    """The one word Tesseract reads in ``box`` of ``image`` (padded by ``pad`` pixels) on its
    own, with its confidence; None when it reads none or several."""
    import pytesseract

    left, top, right, bottom = box
    crop = image.crop((max(0, left - pad), max(0, top - pad), right + pad, bottom + pad))
    data = pytesseract.image_to_data(crop, config="--psm 8", output_type=pytesseract.Output.DICT)
    found = [
        (str(t).strip(), float(c))
        for t, c in zip(data["text"], data["conf"], strict=True)
        if str(t).strip()
    ]
    return found[0] if len(found) == 1 else None


def _reread(image: Any, word: Word) -> Word:
    """A stray token read with little confidence ("ja" for a heading's "2."), read again on its
    own (one word); the new reading when Tesseract is surer of it."""
    box = (word.left, word.top, word.left + word.width, word.top + word.height)
    found = _read_alone(image, box, word.height // 2)
    if found is not None and found[1] > word.confidence:
        return Word(found[0], word.left, word.top, word.width, word.height, found[1])
    return word


def _lost_mark(image: Any, words: list[Word]) -> list[Word]:
    """``words`` with the list or heading number Tesseract did not read put back: the "1." of
    a numbered list at its hanging indent (dropped), the "2" of a heading's "2." (the full stop
    read alone as "‚" or "."). Ink left of the line's first word, within three word heights,
    no solid glyph (a bullet) and at most one and a half word heights wide, read on its own (with
    that stop): a number or a single letter becomes the first word "2." ("c.")."""
    first = words[0]
    filled, found, height, top, bottom, baseline = _ink_left(image, words)
    if found is None or found[2] - found[0] > 1.5 * height:
        return words
    if _solid(filled, found, height, baseline):
        return words
    stop = len(words) > 1 and first.text in _LONE_STOPS
    right = first.left + first.width if stop else found[2]
    for pad in (int(height // 4), int(height // 2)):  # a lone digit reads better close up
        read = _read_alone(image, (found[0], top, right, bottom), pad)
        m = _MARK_READ.match(read[0]) if read and read[1] >= _MARK_CONFIDENCE else None
        if m is not None:
            break
    else:
        return words
    mark = Word(f"{m[1]}.", found[0], top, right - found[0], bottom - top, read[1])  # type: ignore[index]
    return [mark, *(words[1:] if stop else words)]
