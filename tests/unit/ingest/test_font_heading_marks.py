"""The marks of ``ingest/font_headings.py`` (the PDF rule itself: tests/integration/
test_font_headings.py)."""

from __future__ import annotations

from lrt_search.ingest.font_headings import _DATE, _NUMBERED, JOIN, STOP, finish


def test_marks_are_written_out() -> None:
    text = f"2{STOP}Title of a long\r\n heading{JOIN}\r\nbody"
    assert finish(f"2{STOP}Title") == "2. Title"
    assert finish(f"huisvesting 2023-{JOIN}{JOIN}II") == "huisvesting 2023-II"
    assert finish(text).startswith("2. Title")


def test_item_numbers_and_dates() -> None:
    assert _NUMBERED.match("2 Dwingend juridisch instrumentarium")
    assert _NUMBERED.match("2.1 Governance")
    assert _NUMBERED.match("3a Taakstelling")
    assert _NUMBERED.match("2. Title")
    assert not _NUMBERED.match("2023 was een jaar")
    assert _DATE.match("6 December 2023")
    assert not _DATE.match("3 Taakstelling 2025-II")
