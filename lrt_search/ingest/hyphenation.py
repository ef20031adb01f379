"""Repair words broken at line ends ("wijzi-" / "ging") in PDF text layers and OCR text.

For a cleaned line ending in ``head-`` followed by a line starting with ``tail``:

- ``tail`` an elision word ("Rijks- en gemeentelijke"): kept as it is;
- ``tail`` capitalised or a digit, or ``head`` ending in a digit: joined with the hyphen,
  "Noord-Brabant", "2025-II" (a word processor never breaks a word before a capital; a
  heading in capitals, "COÖRDINATIECEN-" / "TRUM", goes by the rules below);
- ``head + tail`` a known word (in the document's own words or in wordfreq's Dutch list):
  joined, "wijziging";
- ``head-tail`` written so elsewhere in the document, ``head`` an acronym, or a vowel on both
  sides of the break (Dutch writes "politie-inzet"): joined with the hyphen, "COA-locaties";
- otherwise joined: Dutch writes compounds as one word ("coördinatie-" / "centrum").

The joined word moves to the first line, whose span then reaches the next line, so citations
keep pointing at the source lines that hold the word.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_text, parse_toml

if TYPE_CHECKING:
    from .cleaning import Line

_HEAD = lazy(r"""(?:^|(?<=[\s'"(\[‘“/]))([^\W\d_][\w']*|\w*\d\w*)-$""")
_TAIL = lazy(r"^(\w+)(.*)$")
_WORD = lazy(r"\w+(?:-\w+)*")
_VOWELS = frozenset("aeiouyáéíóúäëïöüèà")


@cache
def _settings() -> tuple[frozenset[str], float]:
    data = parse_toml("hyphenation.toml", bundled_text("hyphenation.toml"))
    return frozenset(data["elision_words"]), float(data["min_zipf"])


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The lowercased words (and hyphenated compounds) of ``texts``, without the half-words
    at line ends ("wijzi-")."""
    words: set[str] = set()
    for text in texts:
        body = text.rstrip()
        if body.endswith("-"):
            body = body.rsplit(None, 1)[0] if " " in body else ""
        words.update(w.lower() for w in _WORD.findall(body))
    return frozenset(words)


def is_known(word: str, own: frozenset[str]) -> bool:
    """Whether ``word`` is a word of the document (``own``) or of wordfreq's Dutch list."""
    lower = word.lower()
    if lower in own:
        return True
    from wordfreq import zipf_frequency

    _, min_zipf = _settings()
    return zipf_frequency(lower, "nl") > min_zipf


def join_halves(head: str, tail: str, own: frozenset[str]) -> str | None:
    """How ``head-`` at a line end and ``tail`` at the next line's start are written as one
    word, or ``None`` when the hyphen and the space stay (see the module docstring)."""
    elisions, _ = _settings()
    if tail.lower() in elisions:
        return None
    hyphenated = f"{head}-{tail}"
    capitals = head.isupper() and tail.isupper() and len(tail) > 1  # a heading in capitals
    if (tail[0].isupper() and not capitals) or tail[0].isdigit() or head[-1].isdigit():
        return hyphenated  # a break inside a word never starts a capital or a digit
    if is_known(head + tail, own):
        return head + tail
    if (
        hyphenated.lower() in own
        or (len(head) > 1 and head.isupper() and not capitals)
        or (head[-1].lower() in _VOWELS and tail[0].lower() in _VOWELS)
    ):
        return hyphenated
    return head + tail


def dehyphenate(lines: list[Line], own: frozenset[str]) -> list[Line]:
    """``lines`` with words broken at line ends joined (see the module docstring); a line that
    held only the second half is merged into the line before it."""
    out: list[Line] = []
    pending: Line | None = None
    for original in lines:
        line: Line | None = original
        if pending is not None:
            line = _join(pending, original, own, out)
            pending = None
        if line is None:
            continue
        out.append(line)
        if _HEAD.search(line.text):
            pending = line
    return out


def _join(first: Line, line: Line, own: frozenset[str], out: list[Line]) -> Line | None:
    """Join the broken word of ``first`` (the last line of ``out``) with the start of ``line``;
    returns what is left of ``line`` (``None`` when nothing is)."""
    head_match = _HEAD.search(first.text)
    token, _, rest = line.text.partition(" ")
    tail_match = _TAIL.match(token)
    if head_match is None or tail_match is None or line.bullet is not None or line.gap_before:
        return line
    head, tail = head_match.group(1), tail_match.group(1)
    word = join_halves(head, tail, own)
    if word is None:
        return line
    text = first.text[: head_match.start(1)] + word + tail_match.group(2)
    out[-1] = dataclasses.replace(first, text=text, span=first.span.merge(line.span))
    rest = rest.strip()
    return dataclasses.replace(line, text=rest) if rest else None
