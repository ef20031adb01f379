"""Agenda-item heading lines: "3. Title", "2a. Title", "3) Title", "3.1 Title" (a decimal
sub-item) and "Agendapunt 3: Title" (labels from ``lexicon/data/minutes.toml``), and the width
at which a PDF's lines wrap, which tells a heading's next printed line from a sub-heading."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ..lazyre import lazy
from ..lexicon.wordlists import alternation, mapping
from .cleaning import Line

_MERGED_SPLIT = lazy(r"\s+(?=\d{1,2}\.\s+\S)")
_HEADING = lazy(r"^(?P<num>\d{1,2})\s?(?P<sub>[a-z])?[.)]\s+(?P<title>\S.*)$")
# "3.1 Title" (a decimal sub-item), "Agendapunt 3: Title", "Agendapunt 2a - Title".
_DECIMAL_HEADING = lazy(r"^(?P<num>\d{1,2})\.(?P<dec>[1-9])\.?\s+(?P<title>[^\W\d_].*)$")
_LABELLED_HEADING = lazy(
    rf"^{alternation('minutes', 'agenda_item_labels')}\s+(?P<num>\d{{1,2}})"
    r"(?:\s?(?P<sub>[a-z])|\.(?P<dec>[1-9]))?\s*(?:[.:)]|\s[-–])?\s+(?P<title>\S.*)$",
    re.I,
)


@dataclass(frozen=True)
class Heading:
    """The number and title of an agenda-item heading line."""

    num: int
    sub: str | None  # the sub-item as a letter ("a" for "2a" and for "2.1")
    title: str
    label: str  # the number as written: "2a", "2.1", "3"
    labelled: bool = False  # "Agendapunt 3": certainly a heading


def match_heading(text: str) -> Heading | None:
    """The heading in ``text``: "3. Title", "2a. Title", "3) Title", "3.1 Title" or "Agendapunt
    3: Title" (labels from ``minutes.toml``), or ``None``."""
    m = _HEADING.match(text) or _DECIMAL_HEADING.match(text)
    labelled = m is None
    m = m or _LABELLED_HEADING.match(text)
    if m is None:
        return None
    groups = m.groupdict()
    num, sub, dec = int(groups["num"]), groups.get("sub"), groups.get("dec")
    if dec:
        letter = chr(ord("a") + int(dec) - 1)
        return Heading(num, letter, m.group("title"), f"{num}.{dec}", labelled)
    return Heading(num, sub, m.group("title"), f"{num}{sub or ''}", labelled)


def parent_number(number: str | None) -> str | None:
    """The item a sub-item belongs to: "2" for "2a" and "2.1", ``None`` for a main item."""
    m = re.match(r"^(\d{1,2})(?:[a-z]|\.[1-9])$", number or "")
    return m.group(1) if m else None


def split_titles(title: str) -> tuple[list[str], list[int]]:
    """``"GEZAMENLIJKE ... 3. PAKKET ... 4. INRICHTING ..."`` -> titles and their numbers."""
    pieces = _MERGED_SPLIT.split(title)
    titles = [pieces[0].strip()]
    numbers: list[int] = []
    for piece in pieces[1:]:
        m = re.match(r"^(\d{1,2})\.\s+(.*)$", piece)
        if m:
            numbers.append(int(m.group(1)))
            titles.append(m.group(2).strip())
        else:
            titles[-1] += " " + piece
    return titles, numbers


def wrap_width(lines: Sequence[Line]) -> float | None:
    """The width in characters at which the lines were wrapped: the median length of lines a
    lower-case line continues; None when fewer than 5 are (one line per paragraph)."""
    wraps = [
        len(a.text)
        for a, b in itertools.pairwise(lines)
        if b.bullet is None and b.text[:1].islower() and not a.text.endswith((".", ":", ";"))
    ]
    return statistics.median(wraps) if len(wraps) >= 5 else None


# An OCR'd heading's first token, up to two characters, with or without its full stop.
_OCR_NUMBER = lazy(r"^(?P<mark>[^\s.,]{1,2})(?P<stop>[.,]?)\s+(?P<title>[^\W\d_].*)$")


def ocr_heading_number(text: str, due: int) -> str:
    """An OCR'd line that is the heading of agenda item ``due`` with its number misread, with
    the number written back: a look-alike letter for a digit ("A. BRIEVEN ..." for "4.",
    ``digit_lookalikes`` in ``ocr.toml``) before its full stop, or the right number whose stop
    was lost before a title in capitals ("2 GEZAMENLIJKE INZET ..."); other lines as they are."""
    m = _OCR_NUMBER.match(text)
    if m is None:
        return text
    letters = mapping("ocr", "digit_lookalikes")
    mark, title = m.group("mark"), m.group("title")
    read = "".join(letters.get(c, c) for c in mark)
    if read != str(due) or (mark == read and m.group("stop")):
        return text
    capitals = [c for c in title if c.isalpha()]
    if not m.group("stop") and not all(c.isupper() for c in capitals):
        return text
    if m.group("stop") and mark != read and not title[0].isupper():
        return text
    return f"{read}. {title}"
