"""OCR'd agenda headings whose number Tesseract misread (``headings.ocr_heading_number``): a
look-alike letter for the digit ("A. BRIEVEN ..." for "4."), or the stop lost before a title
in capitals ("2 GEZAMENLIJKE INZET ..."), where that item's number is due."""

from __future__ import annotations

from lrt_search.ingest.cleaning import Line
from lrt_search.ingest.headings import ocr_heading_number
from lrt_search.ingest.parsing import parse_body
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.models import Span


def test_misread_numbers_where_the_item_is_due() -> None:
    assert ocr_heading_number("A. BRIEVEN AAN TWEDE KAMER", 4) == "4. BRIEVEN AAN TWEDE KAMER"
    assert ocr_heading_number("A. Samenhangende inzet opvang", 4) == "4. Samenhangende inzet opvang"
    assert ocr_heading_number("S, WVTTK", 5) == "5. WVTTK"
    assert ocr_heading_number("2 GEZAMENLIJKE INZET", 2) == "2. GEZAMENLIJKE INZET"


def test_other_lines_stay() -> None:
    assert ocr_heading_number("A. Samenhangende inzet", 3) == "A. Samenhangende inzet"  # 3 due
    assert ocr_heading_number("2 Gemeenten hebben gemeld", 2) == "2 Gemeenten hebben gemeld"
    assert ocr_heading_number("2 gemeenten", 2) == "2 gemeenten"
    assert ocr_heading_number("a. de opties", 4) == "a. de opties"
    assert ocr_heading_number("4. Brieven", 4) == "4. Brieven"


def _lines(texts: list[str], ocr: bool) -> list[Line]:
    return [Line(t, Span(n, n, 1, 1, ocr)) for n, t in enumerate(texts, start=1)]


def test_only_ocrd_lines_are_read_again() -> None:
    texts = [
        "1. OPENING",
        "De voorzitter opent de vergadering.",
        "2 GEZAMENLIJKE INZET",
        "VNG geeft aan dat het werkt.",
        "A. BRIEVEN",
        "IPO vraagt aandacht.",
    ]
    scanned = parse_body(
        _lines([*texts[:4], "3. PAKKET BZK", "COA licht toe.", *texts[4:]], True),
        OrgTable.default(),
    )
    assert [i.number for i in scanned] == ["1", "2", "3", "4"]
    assert scanned[-1].titles == ("BRIEVEN",)
    typed = parse_body(_lines(texts, False), OrgTable.default())
    assert [i.number for i in typed if i.number] == ["1"]  # typed text: as written
