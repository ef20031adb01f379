"""Sub-bullets in OCR'd pages, told by their indent rather than by their glyph.

Word's "o" sub-bullets (Courier New) come out of Tesseract as "o", "0", "e", "v", "§", "Ø",
"»" or a small glyph that :mod:`.ocr_layout` takes for a bullet, so a sub-bullet became a
bullet of its own or the text of the statement above. A line is a sub-bullet when its first
word is one character standing where the text of the nearest bullet above it starts (its
indent), the next word stands about a bullet's offset (glyph to text) right of it and starts a
sentence (a capital or a digit).
"""

from __future__ import annotations

from statistics import median

from .ocr_ink import Word

_SLACK = 0.6  # share of the bullet offset an indent may be off by
_LOOK_BACK = 12  # lines above a sub-bullet where its bullet may stand


def sub_bullets(lines: list[list[Word]], glyph: list[bool], lost: list[bool]) -> list[bool]:
    """Which of ``lines`` (word boxes; ``glyph``: the lines whose first word is a bullet glyph,
    ``lost``: bullets whose glyph was not read) are sub-bullets of a bullet above them (see the
    module docstring)."""
    pairs = zip(lines, glyph, strict=True)
    offsets = [w[1].left - w[0].left for w, g in pairs if g and len(w) > 1]
    if not offsets:
        return [False] * len(lines)
    offset = median(offsets)
    starts = [  # where a bullet's text starts
        (w[1].left if g else w[0].left) if g or n else None
        for w, g, n in zip(lines, glyph, lost, strict=True)
    ]
    out = [False] * len(lines)
    for i, words in enumerate(lines):
        first = words[0].text
        if len(words) < 2 or len(first) != 1 or (first.isdigit() and first != "0"):
            continue
        second = words[1].text[:1]
        if not (second.isupper() or second.isdigit()):
            continue
        if abs(words[1].left - words[0].left - offset) > _SLACK * offset:
            continue
        above = _bullet_above(lines, starts, out, i)
        if above is not None and abs(words[0].left - above) <= _SLACK * offset:
            out[i] = True
    return out


def _bullet_above(
    lines: list[list[Word]], starts: list[int | None], sub: list[bool], i: int
) -> int | None:
    """Where a sub-bullet of line ``i`` stands after the nearest bullet above it: where that
    bullet's text starts, or where a sub-bullet's glyph stands (a run of sub-bullets); None
    when none stands within :data:`_LOOK_BACK` lines."""
    for k in range(i - 1, max(-1, i - _LOOK_BACK - 1), -1):
        if sub[k]:
            return lines[k][0].left
        if starts[k] is not None:
            return starts[k]
    return None
