"""Rule claim_number_words: a number written in words is a number in a claim and in a quote.

A claim may write its number in words ("Zijn er in 2025 twintigduizend statushouders
gehuisvest?", "Were six letters to Parliament sent out ...?") and the minutes may too ("COA doet
twee suggesties", "gaan vier Kamerbrieven uit"). Rule claim_number_stated
(answer/claim_detail.py) compares digits; with this rule a number in words, valued through
``number_values`` and ``number_scales`` of lexicon/numbers.py (Dutch as one word,
"zevenduizendvijfhonderd" 7500, "eenentwintig" 21; English as words apart, "twenty thousand"),
counts as those digits on either side, and a comparison word of lexicon/data/claim_bounds.toml
right before it bounds it as it bounds digits ("more than two years"). "een"/"één"/"one" alone
is no count (an article); a share or a ratio ("helft", "half", "twee keer zoveel") is not read.
Switch: ``Settings.claim_number_words``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from ..lexicon.numbers import number_scales, number_values
from ..lexicon.wordlists import alternation

_WORD = lazy(r"[^\W\d_]+")
_JOINER = lazy(r"\s+|\s*-\s*|\s+and\s+", re.I)
_ONE = frozenset({"een", "één", "one"})


def _parts(word: str, language: str) -> list[str] | None:
    """``word`` split into number words (and Dutch "en"/"ën" between a unit and a ten), or
    ``None`` when it is not wholly made of them."""
    if not word:
        return []
    known = number_values(language).keys() | number_scales(language).keys()
    joiners = ("en", "ën") if language == "nl" else ()
    for size in range(len(word), 0, -1):
        head = word[:size]
        if head in known or head in joiners:
            rest = _parts(word[size:], language)
            if rest is not None:
                return [head, *rest]
    return None


def _value(parts: list[str], language: str) -> int | None:
    """The number the words ``parts`` write, or ``None``."""
    words = [p for p in parts if p not in ("en", "ën")]
    if parts and parts[-1] in ("en", "ën"):  # "honderden", "duizenden": many, no number
        return None
    if not words or (len(words) == 1 and words[0] in _ONE):
        return None
    scales, values = number_scales(language), number_values(language)
    total = current = 0
    for w in words:
        if w in scales:
            scale = scales[w]
            if scale == 100:
                current = max(current, 1) * scale
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            current += values[w]
    return total + current


def word_numbers(text: str, english: bool = False) -> list[tuple[int, int, str]]:
    """The numbers ``text`` writes in words (Dutch, or with ``english`` English): (start, end,
    digits), words apart that write one number ("twenty thousand") taken together."""
    language = "en" if english else "nl"
    runs: list[tuple[int, int, list[str]]] = []
    for m in _WORD.finditer(text):
        parts = _parts(m.group().lower(), language)
        if not parts or parts in (["en"], ["ën"]):
            continue
        between = text[runs[-1][1] : m.start()] if runs else ""
        values, scales = number_values(language), number_scales(language)
        joined = parts[0] in scales or (english and parts[0] in values)
        if runs and joined and _JOINER.fullmatch(between):
            start, _, before = runs[-1]
            runs[-1] = (start, m.end(), [*before, *parts])
        else:
            runs.append((m.start(), m.end(), parts))
    found = []
    for start, end, parts in runs:
        value = _value(parts, language)
        if value is not None:
            found.append((start, end, str(value)))
    return found


@cache
def _bound_before(kind: str) -> re.Pattern[str]:
    return lazy(rf"(?<!\w)({alternation('claim_bounds', kind)})\s+$", re.I)


def word_bounds(
    text: str, kinds: tuple[str, ...], english: bool = False
) -> dict[str, tuple[str, str]]:
    """The numbers in words of ``text`` right after a comparison word of ``kinds``: digits ->
    (way of comparing, the bound as written, "more than two")."""
    found: dict[str, tuple[str, str]] = {}
    for start, end, digits in word_numbers(text, english):
        for kind in kinds:
            if m := _bound_before(kind).search(text[:start]):
                found.setdefault(digits, (kind, f"{m.group(1)} {text[start:end]}"))
                break
    return found
