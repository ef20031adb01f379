"""Rules for minutes as they are published (issue 12), each on a small hand-written document:
date keys and forms, lettered and other bullets, wrapped headings, page breaks, page stamps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.ingest.corpus import meeting_from_source
from lrt_search.ingest.reading import SourceText
from lrt_search.models import Meeting

BODY = [
    "1. Opening",
    "- VNG meldt dat het verslag is vastgesteld.",
    "2. Taakstelling",
    "- IPO vraagt om duidelijkheid.",
]


def parse(lines: list[str], pages: list[int] | None = None, ocr: set[int] = frozenset()) -> Meeting:
    source = SourceText(
        Path("minutes.pdf" if pages else "minutes.txt"),
        tuple(lines),
        tuple(pages) if pages else None,
        "utf-8",
        (),
        frozenset(ocr),
    )
    return meeting_from_source(source, Settings(), stem="minutes")


@pytest.mark.parametrize(
    "line",
    [
        "Datum vergadering: 19-03-2025",
        "Datum vergadering: woensdag 19 maart 2025, 10.00 uur",
        "Vergaderdatum woensdag 19 maart 2025",
        "Vergaderdatum 19-03-2025",
        "Vergaderdatum en -tijd 19/03/2025, 10:00",
    ],
)
def test_meeting_date_forms(line: str) -> None:
    meeting = parse(["verslag", "Datum", "14 maart 2025", line, *BODY])
    assert meeting.date == dt.date(2025, 3, 19)  # never the letter's "Datum 14 maart 2025"


def test_datum_vergadering_gives_the_time() -> None:
    meeting = parse(["verslag", "Datum vergadering: woensdag 19 maart 2025, 10.00 uur", *BODY])
    assert meeting.start_time == "10:00"


@pytest.mark.parametrize("marks", [["*", "*"], ["–", "–"], ["a.", "b."], ["a)", "b)"]])
def test_other_bullet_styles(marks: list[str]) -> None:
    lines = [
        "Vergaderdatum 8 juli 2022",
        "1. Opening",
        f"{marks[0]} VNG meldt dat het verslag is vastgesteld.",
        f"{marks[1]} IPO vraagt om duidelijkheid.",
    ]
    [item] = parse(lines).items
    assert [s.text for s in item.statements] == [
        "VNG meldt dat het verslag is vastgesteld.",
        "IPO vraagt om duidelijkheid.",
    ]
    assert [s.speakers for s in item.statements] == [("VNG",), ("IPO",)]


def test_wrapped_heading_continues_on_a_lower_case_line() -> None:
    lines = [
        "Vergaderdatum 6 april 2023",
        "1. Governance bestuurlijke afstemming opvang, huisvesting en",
        "integratie",
        "- JenV geeft een toelichting.",
    ]
    [item] = parse(lines).items
    assert item.title == "Governance bestuurlijke afstemming opvang, huisvesting en integratie"
    assert [s.text for s in item.statements] == ["JenV geeft een toelichting."]


def test_a_page_break_does_not_split_a_paragraph() -> None:
    lines = [
        "Vergaderdatum 19 maart 2025",
        "1. Opening",
        "De VNG merkt op dat coördinatie belangrijk is. Geldt dit ook voor DSL's?",
        "Pagina 1 van 2",
        "Documentnummer 5 | Woo-besluit 2025-0142",
        "De angst leeft dat een doorstroomlocatie snel volloopt.",
        "",
        "Het IPO sluit zich aan.",
    ]
    meeting = parse(lines, pages=[1, 1, 1, 1, 2, 2, 2, 2])
    texts = [s.text for s in meeting.statements]
    assert texts == [
        "De VNG merkt op dat coördinatie belangrijk is. Geldt dit ook voor DSL's? "
        "De angst leeft dat een doorstroomlocatie snel volloopt.",
        "Het IPO sluit zich aan.",
    ]
    assert meeting.statements[0].span.describe() == "pp. 1-2 · lines 3-6"


def test_ocr_pages_are_marked_in_citations() -> None:
    lines = ["Vergaderdatum 8 juli 2022", *BODY]
    meeting = parse(lines, pages=[1, 1, 1, 2, 2], ocr={2})
    first, second = meeting.items
    assert "(OCR)" not in first.statements[0].span.describe()
    assert second.statements[0].span.describe() == "p. 2 (OCR) · line 5"
    chunk = next(c for c in meeting.chunks if c.item_number == "2")
    assert chunk.citation == "LRT 2022-07-08 · item 2 · p. 2 (OCR) · lines 4-5"


def test_redaction_codes_in_attendee_lists() -> None:
    lines = [
        "Vergaderdatum 8 juli 2022",
        "Aanwezig Dhr. 5.1.2e (VNG), 5.1.2e (IPO), Mw. Faber (AenM)",
        *BODY,
    ]
    attendees = parse(lines).attendees
    assert [(a.name, a.org_code) for a in attendees] == [
        ("Dhr. [redacted]", "VNG"),
        ("[redacted]", "IPO"),
        ("Mw. Faber", "MAenM"),
    ]


def test_a_wrapped_list_number_stays_in_its_statement() -> None:
    """A line wrap that puts "1) laat gemeenten ..." at a line start does not start a statement;
    a list after a colon or a blank line still does."""
    wrapped = parse(
        [
            "Vergaderdatum 8 juli 2022",
            "1. Opening",
            "- COA doet twee suggesties om de toewijzingen te laten toenemen.",
            "1) laat gemeenten niet wachten. 2) zet meerdere amv samen in een woning.",
            "- VNG meldt dat het verslag is vastgesteld.",
        ]
    )
    assert [s.text for s in wrapped.statements] == [
        "COA doet twee suggesties om de toewijzingen te laten toenemen. 1) laat gemeenten niet "
        "wachten. 2) zet meerdere amv samen in een woning.",
        "VNG meldt dat het verslag is vastgesteld.",
    ]
    listed = parse(
        ["Vergaderdatum 8 juli 2022", "1. Opening", "- COA doet twee suggesties:",
         "1) laat gemeenten niet wachten."]
    )  # fmt: skip
    assert [s.text for s in listed.statements] == [
        "COA doet twee suggesties:",
        "1) laat gemeenten niet wachten.",
    ]
