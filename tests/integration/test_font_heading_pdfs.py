"""LaTeX's numbered sections ("2 Title", no full stop, set larger than the text; a long title
wrapped onto a second line in the same size) read as agenda headings by their font
(``ingest/font_headings.py``; ``eval/make_tex_variants.py``'s ``tex-sections``, committed)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_file, read_minutes
from lrt_search.ingest.font_headings import STOP, with_font_headings

PDF = Path(__file__).resolve().parents[1] / "data" / "tex" / "sections.pdf"
OFFICE = Path(__file__).resolve().parents[1] / "data" / "office" / "symbol-bullets.pdf"
CLEAN = Path(__file__).resolve().parents[2] / "corpus" / "2023-11-10-lrt.txt"


def test_numbered_sections_are_the_clean_files_items() -> None:
    clean = read_minutes(CLEAN, Settings())
    got = read_file(PDF, Settings()).meetings[0]
    assert [(i.number, i.title) for i in got.items] == [(i.number, i.title) for i in clean.items]
    # the wrapped heading's second line is part of its title, not a statement
    assert "DECENTRAAL COÖRDINATIECENTRUM" in got.items[1].title
    assert len(got.statements) == len(clean.statements)


def _marked(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        out = []
        for page in document:
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            out.append(with_font_headings(raw, textpage))
        return out
    finally:
        document.close()


def test_only_large_numbered_lines_are_marked() -> None:
    pages = _marked(PDF)
    assert pages[0].count(STOP) == 2  # "1 OPENING ..." and "2 GEZAMENLIJKE ..." on page 1
    # the enumerate's "1. De richting" in the body size is left alone
    assert "1. De richting" in pages[0]


def test_a_word_processors_page_is_left_as_it_was() -> None:
    document = pdfium.PdfDocument(OFFICE)
    try:
        for page in document:
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            assert with_font_headings(raw, textpage) == raw
    finally:
        document.close()
