"""Clean the raw lines of a minutes file.

Drops page headers, letterheads and address blocks (wherever they fall, also mid-sentence),
normalises bullets, quotes and redaction markers, and splits bullets that start mid-line. Joining
hard-wrapped lines needs the document structure and is done by :mod:`lrt_search.parsing`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..lazyre import lazy
from ..lexicon.dates import find_date
from ..lexicon.textnorm import collapse_whitespace, straighten_quotes
from ..lexicon.wordlists import regex_text
from ..models import Span
from .hyphenation import dehyphenate, vocabulary
from .reading import SourceText

REDACTED = "[redacted]"

_REDACTION = lazy(r"\[\s*redacted\s*\]|\[\s*geanonimiseerd\s*\]|\b5\.1\.[12][a-z]{1,2}\b", re.I)
# A bullet glyph, or a symbol font's private-use glyph (Word's Symbol "\uf0b7", Wingdings
# "\uf0d8"), before the text; the round and square ones also glued to a word ("■CdK benoemt"),
# as text layers write a bullet drawn at its own position without a space after it.
# A C1 control character (U+0080-U+009F: never text) is a symbol font's glyph the text layer
# has no character for, such as pdfTeX's Computer Modern bullet ("\x88 Mw. Van Gennip").
_PUA = "\uf000-\uf0a6\uf0a8-\uf0ff"
_C1 = "\x80-\x9f"
_BULLET = lazy(rf"^(?:(?:[-•▪●■◆►➢*–—]|[{_PUA}{_C1}])\s+(?=\S)|[•▪●■◆►➢{_PUA}](?=[^\W\d_]))")
_LETTER_BULLET = lazy(r"^[a-z][.)]\s+(?=\S)")  # "a. ", "b) " as bullets
_SUB_BULLET = lazy(r"^(?:(?:o|◦|○|\uf0a7)\s+(?=\S)|[◦○\uf0a7](?=[^\W\d_]))")
# A list number or letter that the text layer glued to its text ("1.De richting", "a)MBZK"):
# drawn at the hanging indent, with no space character after it.
_GLUED_MARK = lazy(r"^(\d{1,2}[.)]|[a-z]\))(?=[A-ZÀ-Ý])")
# OCR of "2." before the wide gap of a justified heading: "2 ‚ Actuele ...", "5, W.v.t.t.k."
_OCR_NUMBER_DOT = lazy(r"^(\d{1,2})\s?[,‚']\s+(?=[A-Z])")
_MIDLINE_BULLET = lazy(r"\s+[•▪●]\s+(?=\S)")

_LETTERHEAD_START = lazy(r"^Directoraat-Generaal(?:\s+Migratie)?$", re.I)
_LETTERHEAD_CONT = lazy(r"^(?:Migratie|(?:Directie|Team|Afdeling|Dienst|Programma)\b.{0,60})$")
_ADDRESS = lazy(
    r"^(?:Turfmarkt\b.*|Postbus\s+\d+.*|\d{4}\s?[A-Z]{2}\s+\S.*|(?:www\.|https?://)\S+"
    r"|\S+@\S+\.\w+|(?:T|F|M|Tel\.?)\s*[+\d][\d ()-]{7,}|Pagina\s+\d+\s+van\s+\d+|\d{1,3})$"
)
_HEADER_KEY_WITH_VALUE = lazy(
    r"^(?:Datum|Onze referentie|Uw referentie|Ons kenmerk|Kenmerk|Contactpersoon)$", re.I
)
_PERSON = lazy(r"^(?:[A-Z]\.\s?)+(?:[a-z]+\s)*[A-Z][\w'-]+$")
_INLINE_HEADER = lazy(
    r"^(?:Datum(?!\s+vergadering)|Onze referentie|Uw referentie|Ons kenmerk)\s+\S.{0,40}$"
)


@dataclass(frozen=True)
class Line:
    """A cleaned, non-blank line. ``bullet`` is None (plain), 0 (bullet) or 1 (sub-bullet)."""

    text: str
    span: Span
    bullet: int | None = None
    gap_before: bool = False  # a blank line or removed noise stood between this and the last


@dataclass(frozen=True)
class CleanText:
    """The cleaned lines of a file and the 1-based numbers of the lines dropped as noise."""

    lines: tuple[Line, ...]
    dropped: tuple[int, ...]


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# pdfTeX's OT1 fonts print an accented letter as a spacing accent over the letter, which the
# text layer gives before it ("Financi\u00a8ele", "caf\u00b4e", "na\u00a8\u0131ef"): the spacing
# accent and its combining form ("`" only before a vowel: a grave accent, not a quote).
_COMBINING = {"\u00a8": "\u0308", "\u00b4": "\u0301", "\u02c6": "\u0302", "\u02dc": "\u0303",
              "\u00b8": "\u0327", "`": "\u0300"}  # fmt: skip
_LOOSE_ACCENT = lazy(r"([\u00a8\u00b4\u02c6\u02dc\u00b8])([a-zA-Z\u0131])|(`)([aeiou])")


def compose_accents(text: str) -> str:
    """``text`` with each spacing accent that stands before a letter composed with it
    ("Financi\u00a8ele" -> "Financiële", "re\u00b8cu" -> "reçu"; a dotless "\u0131" as "i")."""

    def compose(m: re.Match[str]) -> str:
        accent, letter = (m[1], m[2]) if m[1] else (m[3], m[4])
        return unicodedata.normalize("NFC", letter.replace("\u0131", "i") + _COMBINING[accent])

    return _LOOSE_ACCENT.sub(compose, text)


def normalise_line(raw: str) -> str:
    """Straight quotes, no markdown bold, one space between words, one redaction token; the
    Unicode hyphens (U+2010, U+2011) as "-", accents composed (:func:`compose_accents`), a soft
    hyphen at the line end as the "-" it is
    printed as (a word broken there), elsewhere dropped (it is invisible)."""
    text = compose_accents(raw.translate(_HYPHENS)).rstrip()
    if text.endswith("\u00ad"):
        text = text[:-1] + "-"
    text = straighten_quotes(text.replace("\u00ad", "")).replace("**", "").replace("\t", " ")
    text = _GLUED_MARK.sub(r"\1 ", collapse_whitespace(text))
    return _REDACTION.sub(REDACTED, text)


_FURNITURE_PART = lazy(
    rf"^(?:{regex_text('minutes', 'page_label')}\s*\d+(?:\s*(?:van|/|of)\s*\d+)?"
    rf"|(?:{regex_text('minutes', 'document_number_label')}|Doc\.?)\s*:?\s*[\w./-]*\d[\w./-]*"
    r"|(?:Woo|Wob)[- ]?(?:besluit|verzoek|publicatie|documentnummer)?\s*:?\s*[\w./-]*\d[\w./-]*"
    r"|(?:Zaaknummer|Inventarisnummer|Inv\.?\s?nr\.?)\s*:?\s*[\w./-]*\d[\w./-]*"
    r"|Openbaar gemaakt(?: op)?(?: grond van de Woo| ingevolge de Woo)?\.?"
    r"|Pagina\s*\d+\s*van\s*\d+)$",
    re.I,
)
_FURNITURE_SPLIT = lazy(r"\s+[|·•]\s+|\s+[-–]\s+(?=[A-Z])")


def is_page_furniture(text: str) -> bool:
    """Whether ``text`` is a page footer or Woo stamp ("Pagina 2 van 4",
    "Documentnummer 12 | Woo-besluit 2025-0142"): every part of it is one."""
    parts = [p.strip() for p in _FURNITURE_SPLIT.split(text.strip()) if p.strip()]
    return bool(parts) and all(_FURNITURE_PART.match(p) for p in parts)


def _is_header_value(text: str, key: str) -> bool:
    """Whether ``text`` is the value line belonging to header key ``key`` (Datum, ...)."""
    key = key.lower()
    if key == "datum":
        return find_date(text) is not None and len(text.split()) <= 4
    if key == "contactpersoon":
        return REDACTED in text.lower() or bool(_ADDRESS.match(text) or _PERSON.match(text))
    return len(text) <= 40 and not _BULLET.match(text)


def clean(source: SourceText) -> CleanText:
    """Clean every line of ``source``; see the module docstring."""
    lines: list[Line] = []
    dropped: list[int] = []
    in_letterhead = False
    pending_key: str | None = None  # a header key whose value line is still to come
    gap = False
    for number, raw in enumerate(source.lines, start=1):
        text = normalise_line(raw)
        if not text:
            gap = True
            continue
        noise = False
        if pending_key is not None:
            if _is_header_value(text, pending_key):
                noise = True
                if pending_key.lower() != "contactpersoon":
                    pending_key = None
            else:
                pending_key = None
        if not noise:
            if _LETTERHEAD_START.match(text):
                noise, in_letterhead = True, True
            elif (
                text.strip("*\"' ") == "Migratie"
                or is_page_furniture(text)
                or (in_letterhead and _LETTERHEAD_CONT.match(text))
                or _ADDRESS.match(text)
                or (
                    _INLINE_HEADER.match(text)
                    and (text.split()[0] != "Datum" or find_date(text) is not None)
                )
            ):
                noise = True
            elif _HEADER_KEY_WITH_VALUE.match(text):
                noise, pending_key = True, text
            else:
                in_letterhead = False
        if noise:
            dropped.append(number)
            gap = True
            continue
        page = source.page_of(number)
        if page is not None and lines and lines[-1].span.page_end != page:
            gap = False  # a page break (and the stamps around it) does not end a paragraph
        span = Span(number, number, page, page, page in source.ocr_pages)
        if span.ocr:
            text = _OCR_NUMBER_DOT.sub(r"\1. ", text)
        for k, piece in enumerate(_split_midline_bullets(text)):
            bullet: int | None = None
            if k > 0:
                bullet = 0
            elif _BULLET.match(piece):
                bullet, piece = 0, _BULLET.sub("", piece, count=1)
            elif _LETTER_BULLET.match(piece):
                bullet, piece = 0, _LETTER_BULLET.sub("", piece, count=1)
            elif _SUB_BULLET.match(piece):
                bullet, piece = 1, _SUB_BULLET.sub("", piece, count=1)
            if piece:
                lines.append(Line(piece, span, bullet, gap and k == 0))
        gap = False
    lines = dehyphenate(lines, vocabulary(source.lines))
    return CleanText(tuple(lines), tuple(dropped))


_LIST_NUMBER = lazy(r"^\d{1,2}[.)]\s+\S")
# "1) laat gemeenten ...": an enumeration inside a sentence that a line wrap put at a line start
_WRAPPED_NUMBER = lazy(r"^\d{1,2}[.)]\s+[a-z]")


def starts_list_item(previous: str, line: Line) -> bool:
    """Whether ``line`` starts a numbered list item ("1) ...") after the statement text
    ``previous``: not when a line wrap put a number inside a sentence at the line start ("...
    suggesties om / 1) laat gemeenten ..."; no blank line, no colon before it, and ``previous``
    is no list item itself)."""
    if not _LIST_NUMBER.match(line.text):
        return False
    wrapped = (
        line.bullet is None
        and not line.gap_before
        and _WRAPPED_NUMBER.match(line.text) is not None
        and not previous.rstrip().endswith(":")
        and not _LIST_NUMBER.match(previous)
    )
    return not wrapped


def _split_midline_bullets(text: str) -> list[str]:
    parts = _MIDLINE_BULLET.split(text)
    return [p.strip() for p in parts if p.strip()]
