"""Minutes written in a word processor and exported to PDF (``eval/make_office_variants.py``,
LibreOffice; the PDFs are committed, so no LibreOffice is needed here): the attendee list as a
table, footnote marks, Word's symbol-font bullets and numbered lists parse as the clean file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_file, read_minutes

DATA = Path(__file__).resolve().parents[1] / "data" / "office"
CLEAN = Path(__file__).resolve().parents[2] / "corpus" / "2022-07-08-lrt.txt"


@pytest.fixture(scope="module")
def clean():  # type: ignore[no-untyped-def]
    return read_minutes(CLEAN, Settings())


def _meeting(name: str):  # type: ignore[no-untyped-def]
    return read_file(DATA / name, Settings()).meetings[0]


def test_attendee_table_gives_the_organisations(clean) -> None:  # type: ignore[no-untyped-def]
    got = _meeting("attendee-table.pdf")
    assert [a.org_code for a in got.attendees] == [a.org_code for a in clean.attendees]
    assert got.attendees[0].name == "Mw. Bruins Slot"


def test_footnote_marks_are_not_glued_to_the_text(clean) -> None:  # type: ignore[no-untyped-def]
    got = _meeting("footnotes.pdf")
    texts = {s.text for s in got.statements}
    assert "Mw. Van Gennip kan niet aanwezig zijn en wordt vervangen door DGSZI." in texts
    # the note, moved from the page's foot to after its bullet, is a statement of its own
    assert "Zie de bijlage bij dit verslag (nummer 4)." in texts
    assert "DGSZI.1" not in " ".join(texts)
    # the notes at the page's foot no longer cut the statement that runs on to the next page
    assert all(s.text in texts for s in clean.statements)


@pytest.mark.parametrize("name", ["attendee-table.pdf", "footnotes.pdf", "symbol-bullets.pdf"])
def test_items_and_speakers_as_the_clean_file(clean, name: str) -> None:  # type: ignore[no-untyped-def]
    got = _meeting(name)
    assert got.date == clean.date
    assert [i.number for i in got.items] == [i.number for i in clean.items]
    statements = [s for s in got.statements if not s.text.startswith("Zie de bijlage")]
    assert len(statements) == len(clean.statements)
    assert [s.speakers for s in statements] == [s.speakers for s in clean.statements]
