"""Word's "o" sub-bullets in a scan told by their indent (``ingest/ocr_sub_bullets.py``).

The word boxes are Tesseract's own (``image_to_data``, nld, psm 3, 300 dpi) for part of page 2
of ``make_office_variants --scans``' scan200-office-lists 2023-11-03, recorded in
``tests/data/ocr/sub-bullets-scan200.json``: the sub-bullets' "o" read as "o" or "0"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lrt_search.ingest import ocr_layout
from lrt_search.ingest.ocr_layout import Word, layout_lines
from lrt_search.ingest.ocr_sub_bullets import sub_bullets

DATA = Path(__file__).resolve().parents[2] / "data" / "ocr" / "sub-bullets-scan200.json"


def _lines() -> list[str]:
    recorded = json.loads(DATA.read_text(encoding="utf-8"))
    return [line.text for line in layout_lines(recorded["data"], recorded["page_height"])]


def test_sub_bullets_read_as_o_or_0_are_sub_bullets() -> None:
    lines = _lines()
    subs = [line for line in lines if line.startswith("◦ ")]
    assert len(subs) == 10
    assert "◦ VNG steunt het voorstel om nog meer in gezamenlijkheid te" in lines  # read "0"
    assert any(line.startswith("◦ Lijsten per provincie") for line in lines)  # read "0"
    # first-level bullets and their hanging lines stay as they were
    assert any(line.startswith("• VNG maakt de volgende opmerkingen") for line in lines)
    assert any(line.startswith("zorgen voor meer uitplaatsing") for line in lines)


def test_without_the_rule_a_0_sub_bullet_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_layout, "sub_bullets", lambda lines, glyph, lost: [False] * len(lines))
    lines = _lines()
    assert "0 VNG steunt het voorstel om nog meer in gezamenlijkheid te" in lines


def _word(text: str, left: int) -> Word:
    return Word(text, left, 0, 20, 30, 90.0)


def test_a_one_letter_word_at_the_margin_is_no_sub_bullet() -> None:
    lines = [
        [_word("•", 250), _word("VNG", 330)],
        [_word("o", 250), _word("Zo", 330)],  # at the bullet's glyph, not its text: no sub-bullet
        [_word("o", 330), _word("Oproep", 405)],
        [_word("o", 332), _word("ook", 407)],  # lower case: goes on, no sub-bullet
    ]
    assert sub_bullets(lines, [True, False, False, False], [False] * 4) == [
        False,
        False,
        True,
        False,
    ]
