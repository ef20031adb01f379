"""Split a PDF that holds several documents (a Woo publication) into its parts.

Woo publications glue minutes together behind a request letter, a decision letter and an
inventory list, with page stamps ("Documentnummer 3", "Pagina 1 van 4") and running headers. This
module reads the pages (OCR for pages without a text layer), finds where each document starts
(a new document number, "Pagina 1 van", a title/"verslag"/"Vergaderdatum" block at the top of a
page, a different meeting date), blanks page furniture, and classifies each part as minutes,
letter or inventory list. Parts keep the bundle's line and page numbers, so citations carry the
page of the bundle.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..config import Settings
from ..errors import ReadError
from ..lazyre import lazy
from ..lexicon.dates import find_date
from ..lexicon.wordlists import alternation, regex_text
from .cleaning import clean, is_page_furniture
from .ocr import OcrUnavailableError, ProgressFactory, default_cache_dir, ocr_page_lines
from .ocr_layout import OcrLine, doubtful
from .reading import PdfPage, SourceText, pdf_lines, pdf_pages

PartKind = Literal["minutes", "letter", "inventory list", "other"]

_DOC_NUMBER = lazy(
    rf"\b{regex_text('minutes', 'document_number_label')}\s*:?\s*([\w./-]*\d[\w./-]*)", re.I
)
_PAGE_OF = lazy(rf"\b{regex_text('minutes', 'page_label')}\s*(\d+)\s*(?:van|/|of)\s*(\d+)\b", re.I)
_MINUTES_START = lazy(
    rf"^{alternation('minutes', 'document_types')}$"
    r"|^(?:Omschrijving|Vergaderdatum|Datum vergadering)\b",
    re.I,
)
_DATE_KEY = lazy(
    r"^(?:Vergaderdatum(?: en -tijd)?|Datum vergadering|Vergaderplaats)\b:?\s*(.*)$", re.I
)
_LETTER_START = lazy(
    r"^(?:Geachte\b|Besluit op uw\b|Ontvangstbevestiging\b|Onderwerp\b|Betreft\b"
    r"|Inventari[sz]\w*\b)",
    re.I,
)
_LETTER_MARK = lazy(
    r"^(?:Geachte\b|Met vriendelijke groet|Hoogachtend|Besluit op uw\b|Ontvangstbevestiging\b)",
    re.I,
)
_INVENTORY_MARK = lazy(r"^Inventari[sz]\w*\b", re.I)
_TOP_LINES = 12  # how far from the top of a page a document start is looked for
_EDGE_LINES = 3  # how many lines at the top and bottom of a page can be a running header/footer


@dataclass(frozen=True)
class Part:
    """One document found in a file: its pages, what it is, and why it was skipped (if it was)."""

    first_page: int | None
    last_page: int | None
    kind: PartKind
    title: str
    skipped: str | None = None  # the reason a part is not ingested as minutes

    def describe(self) -> str:
        """``pp. 1-2: letter "Besluit op uw Woo-verzoek"``."""
        if self.first_page is None:
            where = "whole file"
        elif self.first_page == self.last_page:
            where = f"p. {self.first_page}"
        else:
            where = f"pp. {self.first_page}-{self.last_page}"
        return f'{where}: {self.kind} "{self.title}"'


@dataclass(frozen=True)
class Document:
    """The source text of one part of a file (lines of other parts blanked) and the part."""

    source: SourceText
    part: Part


@dataclass
class PdfRead:
    """The pages of a PDF after OCR, with the pages that were read by OCR and warnings."""

    pages: list[PdfPage]
    ocr: set[int] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


def read_pdf(
    path: Path, data: bytes, settings: Settings, progress: ProgressFactory | None = None
) -> PdfRead:
    """The pages of a PDF; pages without a text layer are read with OCR when it is available.

    Without Tesseract the text pages are still returned, with a warning that says how to install
    it; a PDF with no text at all then raises :class:`ReadError` with the same advice.
    """
    pages = pdf_pages(path, data)
    empty = [
        p.number for p in pages if len(p.text.strip()) < settings.ocr_min_chars and p.has_image
    ]
    result = PdfRead(pages)
    problem = "no page images to read with OCR"
    if empty:
        listed = ", ".join(str(n) for n in empty)
        if not settings.ocr:
            problem = "OCR is turned off (ocr = false)"
            result.warnings.append(
                f"{path}: page(s) {listed} have no text layer and OCR is turned off (ocr = false)"
            )
        else:
            cache = settings.ocr_cache_dir or default_cache_dir()
            try:
                found = ocr_page_lines(
                    data,
                    empty,
                    settings.ocr_language,
                    settings.ocr_dpi,
                    progress,
                    cache if settings.ocr_cache else None,
                    settings.ocr_psm,
                )
            except OcrUnavailableError as exc:
                problem = str(exc)
                result.warnings.append(
                    f"{path}: page(s) {listed} have no text layer and were not read: {exc}"
                )
            else:
                texts = {n: "\n".join(line.text for line in lines) for n, lines in found.items()}
                result.warnings.extend(doubtful_warnings(path, found))
                result.pages = [
                    PdfPage(p.number, texts[p.number], p.has_image) if p.number in texts else p
                    for p in pages
                ]
                result.ocr = {n for n, text in texts.items() if text.strip()}
    if not any(p.text.strip() for p in result.pages):
        raise ReadError(path, f"PDF has no text layer (a scan?): {problem}")
    return result


def doubtful_warnings(path: Path, pages: dict[int, list[OcrLine]]) -> list[str]:
    """One warning per OCR line whose confidence is low and that mixes digits with letters OCR
    confuses with them ("2025-1I"): the reader should check those characters."""
    warnings = []
    for number, lines in sorted(pages.items()):
        for line in lines:
            tokens = doubtful(line)
            if tokens:
                warnings.append(
                    f"{path}: page {number}: OCR is unsure of {', '.join(tokens)} "
                    f"(line confidence {line.confidence:.0f}); check the digits"
                )
    return warnings


def numbered_lines(
    path: Path, data: bytes, settings: Settings, progress: ProgressFactory | None = None
) -> SourceText:
    """The whole PDF's lines as its citations number them: the text layer of every page, with
    the OCR text of scanned pages in their place (cached, so usually not read again)."""
    read = read_pdf(path, data, settings, progress)
    lines, pages = pdf_lines(read.pages)
    return SourceText(
        path, tuple(lines), tuple(pages), "pdf", tuple(read.warnings), frozenset(read.ocr)
    )


def _page_lines(page: PdfPage) -> list[str]:
    return page.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _content(lines: list[str]) -> list[str]:
    return [t.strip() for t in lines if t.strip() and not is_page_furniture(t.strip())]


@dataclass
class _PageSignals:
    doc_number: str | None
    page_of: tuple[int, int] | None  # "Pagina 2 van 4"
    minutes_start: bool
    letter_start: bool
    meeting_date: str | None
    dated: bool = True  # a date stands in the page's first lines


def _signals(page: PdfPage) -> _PageSignals:
    lines = _page_lines(page)
    furniture = [t.strip() for t in lines if t.strip() and is_page_furniture(t.strip())]
    doc_number = page_of = None
    for text in furniture:
        m = _DOC_NUMBER.search(text)
        doc_number = doc_number or (m.group(1) if m else None)
        m = _PAGE_OF.search(text)
        page_of = page_of or ((int(m.group(1)), int(m.group(2))) if m else None)
    # The first lines after letterheads, address blocks and stamps (as the cleaner drops them).
    top = [line.text for line in clean(SourceText(Path(""), tuple(lines))).lines][:_TOP_LINES]
    meeting_date = None
    for text in _content(lines):
        m = _DATE_KEY.match(text)
        date = find_date(m.group(1)) if m else None
        if date:
            meeting_date = date.isoformat()
            break
    return _PageSignals(
        doc_number,
        page_of,
        any(_MINUTES_START.match(t) for t in top),
        any(_LETTER_START.match(t) for t in top),
        meeting_date,
        any(find_date(t) for t in top),
    )


def split_pages(pages: list[PdfPage]) -> list[list[PdfPage]]:
    """Group consecutive pages into documents (see the module docstring for the signals).

    Page numbers count only when they number documents: "Pagina 7 van 17" in a 17-page file
    numbers the file, and says nothing about where a document starts."""
    groups: list[list[PdfPage]] = []
    previous: _PageSignals | None = None
    current_date: str | None = None
    for page in pages:
        sig = _signals(page)
        if sig.page_of and sig.page_of[1] == len(pages) and len(pages) > 1:
            sig.page_of = None
        new = previous is None
        if previous is not None:
            same_number = sig.doc_number is not None and sig.doc_number == previous.doc_number
            if sig.doc_number is not None and previous.doc_number is not None:
                new = not same_number
            if sig.page_of and sig.page_of[0] == 1:
                new = True
            elif not same_number and sig.page_of is None:
                # A document type with no date near it ("Besluitenlijst" over the decisions
                # table at the end of minutes) heads a part of the document, not a new one.
                new = new or (sig.minutes_start and sig.dated) or sig.letter_start
            if sig.meeting_date and current_date and sig.meeting_date != current_date:
                new = True
        if new:
            groups.append([])
            current_date = None
        groups[-1].append(page)
        current_date = current_date or sig.meeting_date
        previous = sig
    return groups


def _edge_lines(lines: list[str], pages: list[int]) -> set[int]:
    """Indices of the lines at the top or bottom of their page (where running headers stand)."""
    by_page: dict[int, list[int]] = {}
    for index, (text, page) in enumerate(zip(lines, pages, strict=True)):
        if text.strip():
            by_page.setdefault(page, []).append(index)
    return {i for found in by_page.values() for i in found[:_EDGE_LINES] + found[-_EDGE_LINES:]}


def _normalised(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def running_lines(pages: list[PdfPage]) -> set[str]:
    """Lines (digits normalised) at the top or bottom of most pages of one document: running
    headers and footers. Needs at least two pages; meeting-date and title keys never count."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        content = [t.strip() for t in _page_lines(page) if t.strip()]
        edges = content[:_EDGE_LINES] + content[-_EDGE_LINES:]
        counts.update({_normalised(t) for t in edges if not _MINUTES_START.match(t)})
    need = max(2, (len(pages) + 1) // 2)
    return {text for text, n in counts.items() if n >= need}


_SUBJECT = lazy(r"^(?:Onderwerp|Betreft)\s*:?\s+(\S.*)$", re.I)


def _title(lines: list[str]) -> str:
    """A part's subject ("Onderwerp ...") or its first line after letterheads and stamps."""
    texts = [line.text for line in clean(SourceText(Path(""), tuple(lines))).lines]
    for text in texts:
        m = _SUBJECT.match(text)
        if m:
            return m.group(1)[:80]
    return texts[0][:80] if texts else "(no text)"


def classify(lines: list[str]) -> PartKind:
    """What a part is, from its lines: minutes, a letter, an inventory list or something else."""
    content = _content(lines)
    if any(_MINUTES_START.match(t) for t in content[:40]):
        return "minutes"
    if any(_INVENTORY_MARK.match(t) for t in content[:_TOP_LINES]):
        return "inventory list"
    if any(_LETTER_MARK.match(t) for t in content):
        return "letter"
    return "other"


def split_document(
    path: Path, data: bytes, settings: Settings, progress: ProgressFactory | None = None
) -> tuple[list[Document], list[str]]:
    """The documents in the PDF ``data``, each as a :class:`SourceText` over the whole file's
    line numbering (lines of other parts and page furniture blanked), and the reading warnings."""
    read = read_pdf(path, data, settings, progress)
    all_lines, all_pages = pdf_lines(read.pages)
    edges = _edge_lines(all_lines, all_pages)
    groups = split_pages(read.pages)
    documents: list[Document] = []
    for group in groups:
        numbers = {p.number for p in group}
        running = running_lines(group)
        lines = []
        for index, (text, number) in enumerate(zip(all_lines, all_pages, strict=True)):
            keep = (
                number in numbers
                and not is_page_furniture(text.strip())
                and not (index in edges and _normalised(text) in running)
            )
            lines.append(text if keep else "")
        own = [t for t, n in zip(all_lines, all_pages, strict=True) if n in numbers]
        kind = classify(own)
        part = Part(group[0].number, group[-1].number, kind, _title(own))
        source = SourceText(
            path,
            tuple(lines),
            tuple(all_pages),
            "pdf",
            (),
            frozenset(read.ocr & numbers),
        )
        documents.append(Document(source, part))
    return documents, read.warnings
