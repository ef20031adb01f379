"""OCR lines from word boxes: bullets from a lone small glyph or from the bullet indent,
repeated letterheads dropped, doubtful digits flagged. The boxes are written out by hand in the
form pytesseract.image_to_data returns (the real Tesseract runs in
tests/integration/test_published_pdfs.py)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from lrt_search.ingest import ocr_ink
from lrt_search.ingest.ocr_layout import OcrLine, doubtful, drop_furniture, layout_lines


def boxes(lines: list[list[tuple[str, int, int]]], first_top: int = 500) -> dict[str, list]:
    """image_to_data's dict for ``lines`` of (text, left, height) words, one line per 40 px."""
    data: dict[str, list] = {k: [] for k in ("text", "block_num", "par_num", "line_num", "left",
                                             "top", "width", "height", "conf")}  # fmt: skip
    for number, words in enumerate(lines, start=1):
        for text, left, height in words:
            for key, value in (("text", text), ("block_num", 1), ("par_num", 1),
                               ("line_num", number), ("left", left),
                               ("top", first_top + 40 * number), ("width", 10 * len(text)),
                               ("height", height), ("conf", 95)):  # fmt: skip
                data[key].append(value)
    return data


def test_bullets_from_glyphs_and_from_the_indent() -> None:
    page = boxes(
        [
            [("e", 130, 13), ("MBZK", 165, 31), ("licht", 260, 31), ("toe.", 340, 31)],
            [("«", 131, 12), ("IPO", 160, 31), ("vraagt", 230, 31), ("iets", 330, 31)],
            [("en", 128, 24), ("meer.", 180, 31)],  # a wrapped line at the margin
            [("COA", 168, 31), ("meldt", 250, 31), ("dit.", 340, 31)],  # the glyph was lost
            [("Het", 129, 31), ("is", 200, 31), ("goed.", 240, 31)],
            [("e", 130, 30), ("is", 165, 31), ("een", 240, 31), ("letter.", 320, 31)],
        ]
    )
    texts = [line.text for line in layout_lines(page, 2339)]
    assert texts == [
        "• MBZK licht toe.",
        "• IPO vraagt iets",
        "en meer.",
        "• COA meldt dit.",
        "Het is goed.",
        "e is een letter.",  # a full-height "e" is a letter, not a bullet
    ]


def test_letterhead_repeated_at_the_top_of_pages_is_dropped() -> None:
    head = OcrLine("Directie Regie Migratieketen", True, 95.0)
    pages = {
        1: [head, OcrLine("1. Opening", False, 95.0)],
        2: [head, OcrLine("Pagina 2 van 3", True, 90.0), OcrLine("tekst", False, 95.0)],
    }
    kept = drop_furniture(pages)
    assert [line.text for line in kept[1]] == ["1. Opening"]
    assert [line.text for line in kept[2]] == ["Pagina 2 van 3", "tekst"]  # once: left to cleaning


def test_doubtful_digits_are_flagged_on_unsure_lines_only() -> None:
    assert doubtful(OcrLine("De taakstelling 2025-1I is hoog", False, 61.0)) == ["2025-1I"]
    assert doubtful(OcrLine("De taakstelling 2025-1I is hoog", False, 93.0)) == []
    assert doubtful(OcrLine("De taakstelling 2025-II is hoog", False, 61.0)) == []


def test_arrow_bullets_read_as_greater_than_and_their_hanging_lines() -> None:
    # Word's Wingdings arrow read as ">": its text hangs where the glyph's text starts, so the
    # lines that go on with it stand at the bullet indent too; they start lower-case.
    page = boxes(
        [
            [(">", 130, 14), ("Het", 175, 31), ("verslag", 240, 31), ("wordt", 360, 31)],
            [("geaccordeerd", 175, 31), ("met", 400, 31), ("een", 460, 31)],
            [("wijziging.", 175, 31)],
            [(">", 130, 14), ("Leden", 175, 31), ("hebben", 270, 31), ("moeite.", 380, 31)],
            [("MBZK", 176, 31), ("licht", 270, 31), ("toe.", 360, 31)],  # the arrow was lost
        ]
    )
    texts = [line.text for line in layout_lines(page, 2339)]
    assert texts == [
        "• Het verslag wordt",
        "geaccordeerd met een",
        "wijziging.",
        "• Leden hebben moeite.",
        "• MBZK licht toe.",
    ]


def _justified_page() -> dict[str, list]:
    # A bullet whose text runs on at the hanging indent (165) over two full lines (right end
    # 530); the second ends a sentence at the margin and the third starts a new one there.
    return boxes(
        [
            [
                ("e", 130, 13),
                ("COA", 165, 31),
                ("belt", 230, 31),
                ("momenteel", 300, 31),
                ("met", 500, 31),
            ],
            [("gemeenten", 165, 31), ("over", 300, 31), ("uitstroom.", 430, 31)],
            [("Op", 165, 31), ("die", 200, 31), ("manier", 250, 31)],
            [("e", 130, 13), ("MBZK", 165, 31), ("licht", 260, 31), ("toe.", 340, 31)],
        ]
    )


def _sheet() -> Image.Image:
    return Image.new("L", (1240, 2339), 255)


def test_a_justified_paragraph_split_at_a_line_end_full_stop_goes_on() -> None:
    # No ink left of "Op die manier": the paragraph goes on; without the page image the indent
    # rule alone still reads a bullet there (it cannot see the page).
    texts = [line.text for line in layout_lines(_justified_page(), 2339, _sheet())]
    assert texts == [
        "• COA belt momenteel met",
        "gemeenten over uitstroom.",
        "Op die manier",
        "• MBZK licht toe.",
    ]
    assert layout_lines(_justified_page(), 2339)[2].text == "• Op die manier"


def test_ink_of_a_lost_glyph_before_the_line_keeps_its_bullet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr_ink, "_read_alone", lambda *args: None)  # no Tesseract here
    for solid in (True, False):  # a "■" and a hollow "o" Tesseract did not read
        image = _sheet()
        box = (135, 628, 151, 644)  # the third line (top 620, 31 px) at the glyph column
        ImageDraw.Draw(image).ellipse(box, fill=0 if solid else None, outline=0, width=2)
        texts = [line.text for line in layout_lines(_justified_page(), 2339, image)]
        assert texts[2] == "• Op die manier"
