"""Rule agenda_structure (answer/agenda_structure.py), session 24 task E2: which questions ask
for a meeting's structure (ParsedQuestions built by hand), which items of a meeting they name,
the items a meeting has (chunks built by hand, read by their kind and date columns), the
heading quoted from the minutes file, and the reason's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from lrt_search.answer.agenda_structure import (
    AgendaAsk,
    agenda_asked,
    chosen_items,
    heading,
    item_ref,
    meeting_dates,
    meeting_items,
    numbered,
)
from lrt_search.answer.messages import render
from lrt_search.config import Settings
from lrt_search.models import Chunk, Span, Statement
from lrt_search.search.parsed import ParsedQuestion

DAY = dt.date(2025, 3, 19)


def _asked(text: str, **kw: Any) -> AgendaAsk | None:
    if "March" in text:  # a period read: the meeting is named by its date
        kw = {"since": dt.date(2025, 3, 1), "until": dt.date(2025, 3, 31), **kw}
    return agenda_asked(ParsedQuestion(text, **kw))


@pytest.mark.parametrize(
    ("question", "kind", "number", "position"),
    [
        ("Wat was agendapunt 4 van de LRT van 8 juli 2022?", "item", "4", ""),
        ("What was item 2a on the agenda?", "item", "2a", ""),
        ("Which item closed the meeting of 19 March 2025?", "item", "", "last"),
        ("Wat was het laatste agendapunt?", "item", "", "last"),
        ("What was the second item on the agenda of 8 July 2022?", "item", "2", ""),
        ("Item 3 of the July 2022 meeting was about speeding up which agenda?", "item", "3", ""),
        ("Welke bijlage hoorde bij agendapunt 2?", "annex", "2", ""),
        ("Which annex went with item 2 in March?", "annex", "2", ""),
        ("Welke bijlage hoorde bij het openingspunt?", "annex", "", "first"),
        ("Which annex went with the update item of the agenda?", "annex", "", ""),
        ("Welke agendapunten zijn gezamenlijk behandeld?", "together", "", ""),
        ("What was on the agenda of 10 November 2023?", "listing", "", ""),
        ("Welke agendapunten stonden op de agenda?", "listing", "", ""),
        ("Onder welk agendapunt werd de taakstelling besproken?", "under", "", ""),
        ("Under which heading was Budel raised?", "under", "", ""),
    ],
)
def test_structure_questions(question: str, kind: str, number: str, position: str) -> None:
    assert _asked(question) == AgendaAsk(kind, number, position)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "kw"),
    [
        # what was said or decided under an item: its statements answer
        ("What did the VNG ask under item 2 about Budel?", {"speaker": ("VNG",)}),
        ("Wat werd onder agendapunt 3 over de taakstelling besloten?", {}),
        ("What was said at item 3?", {"speech": True}),
        ("What was agreed on item 2?", {"intents": frozenset({"agreed"})}),
        # "on the agenda" of something that is no item
        ("Which letter is put on the agenda of the cabinet meeting of 21 April?", {}),
        ("Was polarisation on the agenda?", {}),
        ("How many items did the VNG raise?", {}),
        ("Wat kost punt 3 van het pakket?", {"intents": frozenset({"quantity"})}),
        # an item of something else: no agenda, meeting or date named
        ("Wat was punt 3 van het pakket BZK?", {}),
        ("Which annex of the letter lists the measures?", {}),
    ],
)
def test_other_questions(question: str, kw: dict[str, Any]) -> None:
    assert _asked(question, **kw) is None


def test_item_reference() -> None:
    assert item_ref("agendapunt 2 a") == ("2a", "")
    assert item_ref("het derde agendapunt") == ("3", "")
    assert item_ref("which item opened the meeting") == ("", "first")
    assert item_ref("item 3 of 50%") == ("3", "")
    assert item_ref("over 50 procent") == ("", "")


@pytest.mark.parametrize(
    ("number", "own", "expected"),
    [("3", "3", True), ("3", "2-4", True), ("5", "2-4", False), ("2", "2a", True),
     ("2a", "2a", True), ("2a", "2b", False), ("1", None, False), ("1", "10", False)],
)  # fmt: skip
def test_numbered(number: str, own: str | None, expected: bool) -> None:
    assert numbered(number, own) is expected


def _chunk(number: str | None, title: str, line: int, part: int = 1, **kw: Any) -> Chunk:
    label = number or title.lower()
    return Chunk(
        f"2025-03-19-lrt#{label}.{part}", kw.get("day", DAY), kw.get("kind", "item"), number,
        title, f"{number}. {title}", (), kw.get("source", "x.txt"), Span(line, line + 3),
        kw.get("statements", ()), part,
    )  # fmt: skip


class _Chunks(list):  # type: ignore[type-arg]
    """A chunk list with the kind and date columns of a chunk store."""

    @property
    def dates(self) -> np.ndarray:
        return np.array([c.meeting_date.toordinal() for c in self])

    def rows_of_kind(self, kind: str) -> np.ndarray:
        return np.array([r for r, c in enumerate(self) if c.kind == kind])


class _Retriever:
    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = _Chunks(chunks)


def _meeting() -> _Retriever:
    annex = Statement("Bijlage: landelijke dashboard", Span(12, 12), kind="note")
    return _Retriever([
        _chunk(None, "header", 1, kind="header"),
        _chunk("1", "Opening", 5),
        _chunk("2", "Actuele stand", 10, statements=(annex,)),
        _chunk("2", "Actuele stand", 20, part=2),
        _chunk("3", "Taakstelling", 30),
        _chunk("1", "Opening", 5, day=dt.date(2023, 11, 10)),
    ])  # fmt: skip


def test_meeting_items_and_dates() -> None:
    retriever = _meeting()
    items = meeting_items(retriever, DAY)  # type: ignore[arg-type]
    assert [i.label for i in items] == ["1", "2", "3"]
    assert [n.text for n in items[1].notes] == ["Bijlage: landelijke dashboard"]
    assert [i.label for i in chosen_items(AgendaAsk("item", position="last"), items)] == ["3"]
    assert [i.label for i in chosen_items(AgendaAsk("annex", position="first"), items)] == ["1"]
    assert chosen_items(AgendaAsk("item", "7"), items) == []
    assert meeting_dates(retriever, None, None) == [DAY]  # type: ignore[arg-type]
    since = dt.date(2023, 1, 1)
    assert meeting_dates(retriever, since, None) == [dt.date(2023, 11, 10), DAY]  # type: ignore[arg-type]


def test_heading_is_quoted_from_the_file(tmp_path: Path) -> None:
    lines = ["x"] * 4 + ["2. GEZAMENLIJKE INZET 3. PAKKET BZK", "INZAKE WOONRUIMTEVERDELING", ""]
    (tmp_path / "m.txt").write_text("\n".join([*lines, "- Het COA licht toe."]), "utf-8")
    said = Statement("Het COA licht toe.", Span(8, 8))
    chunk = _chunk("2-4", "GEZAMENLIJKE INZET / PAKKET BZK", 5, source="m.txt", statements=(said,))
    quote = heading(Settings(corpus_dir=tmp_path), chunk)
    assert quote.quote == "2. GEZAMENLIJKE INZET 3. PAKKET BZK INZAKE WOONRUIMTEVERDELING"
    assert (quote.span.line_start, quote.span.line_end, quote.kind) == (5, 6, "heading")
    gone = heading(Settings(corpus_dir=tmp_path / "none"), chunk)
    assert gone.quote == "2-4. GEZAMENLIJKE INZET / PAKKET BZK"  # the passage's first line


def test_reason_text() -> None:
    params = {"what": "item", "item": "7", "items": ["1", "2"], "dates": ["2022-07-08"]}
    assert render("agenda_lacks", params, "en") == (
        "the minutes of 2022-07-08 have items 1, 2; no item 7"
    )
    assert render("agenda_lacks", {**params, "what": "annex", "item": "2"}, "nl").endswith(
        "geen bijlage bij agendapunt 2"
    )
    together = render("agenda_lacks", {**params, "what": "together"}, "en")
    assert together.endswith("no items are taken together")
