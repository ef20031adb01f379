"""More word-processor habits, as LibreOffice exports them (``eval/make_office_variants.py``;
the PDFs are committed, no LibreOffice needed here): the actions and decisions summed up in
tables at the end (``office-actions``), LibreOffice's own Dutch hyphenation in justified text
(``office-hyphenated``) and the Rijkshuisstijl's column in the right margin with the page
number (``office-sidecolumn``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lrt_search.answer.decisions import all_decisions
from lrt_search.config import Settings
from lrt_search.ingest.corpus import read_file, read_minutes
from lrt_search.lexicon.organisations import OrgTable

DATA = Path(__file__).resolve().parents[1] / "data" / "office"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _clean(stem: str):  # type: ignore[no-untyped-def]
    return read_minutes(CORPUS / f"{stem}-lrt.txt", Settings())


def _meeting(name: str):  # type: ignore[no-untyped-def]
    meetings = read_file(DATA / name, Settings()).meetings
    assert len(meetings) == 1
    return meetings[0]


def _register(meeting) -> list[tuple[str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    found = all_decisions(meeting.chunks, OrgTable.default())
    return [(d.kind, " ".join(d.text.split()), d.orgs) for d in found]


def test_action_and_decision_tables_at_the_end() -> None:
    clean, got = _clean("2023-04-06"), _meeting("action-list.pdf")
    # "Besluitenlijst" at the top of the last page no longer starts a document of its own,
    # which took the last item's statements with it
    texts = {s.text for s in got.statements}
    assert all(s.text in texts for s in clean.statements)
    assert [i.title for i in got.items][-2:] == ["Actielijst", "Besluitenlijst"]
    decisions = got.items[-1].statements
    assert {s.kind for s in decisions} == {"decision"} and len(decisions) == 8
    assert not any(s.text.startswith("Nr ") for s in decisions)  # the header row
    # the register holds each decision once, where the items record it
    assert _register(got) == _register(clean)


def test_automatic_hyphenation_is_joined() -> None:
    clean, got = _clean("2023-11-10"), _meeting("auto-hyphenation.pdf")
    texts = [s.text for s in got.statements]
    assert texts == [s.text for s in clean.statements]
    # LibreOffice drew the hyphen of "taak-" / "stelling" apart from the word: PDFium read a
    # space, "taak -", which no longer stays in the text
    assert not any("taak -" in t or "taak - stelling" in t for t in texts)


@pytest.mark.parametrize("name,stem", [("side-column.pdf", "2022-07-08")])
def test_side_column_with_page_numbers(name: str, stem: str) -> None:
    clean, got = _clean(stem), _meeting(name)
    assert got.date == clean.date
    assert [(i.number, i.title) for i in got.items] == [(i.number, i.title) for i in clean.items]
    assert [(s.text, s.speakers) for s in got.statements] == [
        (s.text, s.speakers) for s in clean.statements
    ]
    assert [a.org_code for a in got.attendees] == [a.org_code for a in clean.attendees]


def test_the_generator_writes_the_habits() -> None:
    """The office generator's new variants as documents (no LibreOffice needed): the lists
    hold the register's clauses without their labels, hyphenation is on, the column is in the
    page header."""
    import xml.dom.minidom

    from eval_scripts import load_eval_script

    office = load_eval_script("make_office_variants")
    source = CORPUS / "2023-11-10-lrt.txt"
    actions, decisions = office.register_rows(office.blocks(source))
    assert actions[0] == (
        "VNG levert wijziging aan. Het nieuwe verslag van de LRT van 3 november wordt voor de "
        "eerstvolgende LRT meegestuurd",
        "VNG",
        "Volgende LRT",
    )
    assert decisions == [("Het verslag wordt geaccordeerd met een wijziging namens VNG", "1")]
    for variant, mark in (
        ("office-actions", "Besluitenlijst"),
        ("office-hyphenated", 'fo:hyphenate="true"'),
        ("office-sidecolumn", 'draw:name="Zijkolom"'),
    ):
        document = office.minutes_fodt(source, variant)
        xml.dom.minidom.parseString(document)  # well-formed
        assert mark in document
