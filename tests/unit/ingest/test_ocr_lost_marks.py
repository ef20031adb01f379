"""A list or heading number that Tesseract's page segmentation dropped ("1." at a hanging
indent, the "2" of a heading's "2." read as "‚") is read on its own from the ink left of the
line's first word (runs the real Tesseract on a drawn image)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from lrt_search.ingest.ocr import ocr_status
from lrt_search.ingest.ocr_layout import Word, _lost_mark

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
pytestmark = pytest.mark.skipif(ocr_status() is not None, reason="no Tesseract")


def _page(mark: str) -> Image.Image:
    image = Image.new("L", (1200, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((100, 80), mark, font=ImageFont.truetype(FONT, 40), fill=0)
    draw.text((200, 80), "De opties om", font=ImageFont.truetype(FONT, 40), fill=0)
    return image


def _words(*texts: tuple[str, int, int]) -> list[Word]:
    return [Word(text, left, 88, width, 40, 95.0) for text, left, width in texts]


def test_a_dropped_list_number_is_read_from_the_ink() -> None:
    words = _words(("De", 200, 60), ("opties", 275, 130))
    assert [w.text for w in _lost_mark(_page("1."), words)] == ["1.", "De", "opties"]


def test_a_number_read_as_its_full_stop_alone_is_read_again() -> None:
    words = _words(("‚", 130, 10), ("De", 200, 60), ("opties", 275, 130))
    assert [w.text for w in _lost_mark(_page("2."), words)] == ["2.", "De", "opties"]


def test_no_ink_and_a_solid_bullet_are_left_alone() -> None:
    words = _words(("De", 200, 60), ("opties", 275, 130))
    assert _lost_mark(_page(""), words) == words
    assert _lost_mark(_page("•"), words) == words
