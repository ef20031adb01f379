"""Notes made deep in search/ and answer/ as a code and parameters (lrt_search.notes), rendered
in the question's language at the interface (issue 16, session 22 task C2: one language per
answer)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import pickle
import re

import pytest

from lrt_search.answer.messages import NOTES, render
from lrt_search.evaluation.one_language import other_language_words
from lrt_search.interfaces.web_text import note_text
from lrt_search.models import Span
from lrt_search.notes import VALUES, Note, keyed, note
from lrt_search.results import Answer, Citation
from lrt_search.search.meeting_order import find_order
from lrt_search.search.minutes_approved import find_approved, read_days, unrecorded
from lrt_search.search.parsed import ParsedQuestion

D = dt.date
_DAYS = [D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19)]


def _months(ref: str) -> tuple[D | None, D | None, str | None]:
    """A reader of "de vergadering van 3 november 2023" / "... juli 2022" for the unit tests."""
    m = re.search(r"(\d{1,2}) november 2023", ref)
    if m:
        return D(2023, 11, int(m[1])), D(2023, 11, int(m[1])), "on"
    if "juli 2022" in ref:
        return D(2022, 7, 1), D(2022, 7, 31), "in"
    return None, None, None


def test_every_coded_note_in_both_languages_with_the_same_parameters() -> None:
    for code, table in VALUES.items():
        assert set(table) == {"en", "nl"}, code
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in table.items()}
        assert fields["en"] == fields["nl"], code
    for key, table in NOTES.items():
        assert set(table) == {"en", "nl"} and "{value}" in table["nl"], key


def test_a_note_is_its_english_text_with_code_and_parameters() -> None:
    made = note("minutes_approved", minutes=D(2023, 11, 3), day=D(2023, 11, 10))
    text = "minutes of the meeting of 2023-11-03, approved at the next meeting -> 2023-11-10"
    assert made == text and isinstance(made, str) and made.code == "minutes_approved"
    period = keyed("period", made)
    assert period == "period: " + text and period.key == "period"
    assert json.dumps([period]) == json.dumps(["period: " + text])  # the JSON form unchanged
    for again in (copy.deepcopy(period), pickle.loads(pickle.dumps(period))):
        assert again == period and again.code == made.code and again.params == made.params
    assert keyed("period", "in 2023") == "period: in 2023"  # a plain value stays a plain note
    assert Note("plain").text("nl") == "plain"


def test_the_minutes_approved_note_in_dutch_and_english() -> None:
    read = find_approved("Werd het verslag van 3 november 2023 goedgekeurd?", _DAYS, _months)
    assert read is not None and read[0] == D(2023, 11, 10)
    period = keyed("period", read[2])
    dutch = note_text(period, "nl")
    assert dutch == (
        "periode: verslag van de vergadering van 2023-11-03, vastgesteld in de volgende "
        "vergadering -> 2023-11-10"
    )
    assert not other_language_words(dutch, "nl")
    english = note_text(period, "en")
    assert english.startswith("period: minutes of the meeting of 2023-11-03, approved at the next")
    assert not other_language_words(english, "en")
    assert read_days(read[2]) == (D(2023, 11, 3), D(2023, 11, 10))  # parameters, no text parsed
    assert read_days("minutes of the meeting of 2023-11-03, approved at the next meeting -> "
                     "2023-11-10") is None  # fmt: skip


def test_the_unrecorded_and_last_minutes_notes_in_dutch() -> None:
    read = find_approved("Werd het verslag van 3 november 2023 goedgekeurd?", _DAYS, _months)
    assert read is not None
    parsed = ParsedQuestion(text="q", since=read[0], until=read[1], period=read[2])
    gap = note_text(keyed("period", unrecorded(parsed).period), "nl")
    assert gap.endswith("-> geen vergadering 2023-11-04 t/m 2023-11-09"), gap
    assert not other_language_words(gap, "nl"), gap
    last = find_approved("Is het verslag van 19 maart 2025 vastgesteld?", _DAYS, _march)
    assert last is not None and last[1] is None
    assert note_text(keyed("period", last[2]), "nl").endswith("-> geen vergadering na 2025-03-19")


def _march(ref: str) -> tuple[D | None, D | None, str | None]:
    return (D(2025, 3, 19), D(2025, 3, 19), "on") if "19 maart 2025" in ref else (None, None, None)


@pytest.mark.parametrize(
    ("question", "dutch"),
    [
        ("Wat zei Aedes in de vergadering na die van 19 maart 2025?", "geen vergadering na"),
        ("Wat is er gezegd in de vergadering vóór juli 2022?", "geen vergadering vóór"),
    ],
)
def test_a_meeting_order_outside_the_meetings_in_dutch(question: str, dutch: str) -> None:
    read = find_order(question, _DAYS, lambda ref: _march(ref) if "maart" in ref else _months(ref))
    assert read is not None
    text = note_text(keyed("period", read[2]), "nl")
    assert dutch in text and not other_language_words(text, "nl"), text
    assert " none " in note_text(keyed("period", read[2]), "en")


def test_chair_and_written_date_notes_in_dutch() -> None:
    chair = keyed("speaker", note("chair_speaker", codes="MAenM", dates="2025-03-19"))
    assert chair == "speaker: MAenM (the chair, attendee lists of 2025-03-19)"
    assert (
        note_text(chair, "nl") == "spreker: MAenM (de voorzitter, presentielijsten van 2025-03-19)"
    )
    written = keyed("date of the topic, not of the meeting", note("date_written", words="1 juli"))
    assert note_text(written, "nl") == (
        "datum van het onderwerp, niet van de vergadering: 1 juli (zo geschreven in de notulen)"
    )
    plain_notes = [
        "day of the topic: 2023-04-01",
        "context, not the question: Ik werk bij de VNG.",
        "part: Wat zei de VNG?",
        "part not answered: Wat zei het IPO? (geen uitspraak)",
    ]
    for plain in plain_notes:
        assert not other_language_words(note_text(plain, "nl"), "nl", {"ik", "werk", "bij"}), plain


def test_glossary_terms_are_quoted_as_the_minutes_words() -> None:
    assert note_text("glossary: taakstelling, huisvesting", "en") == (
        "glossary: “taakstelling”, “huisvesting”"
    )


def test_rate_reason_names_the_unit_in_each_language() -> None:
    assert render("no_rate", {"unit": "week"}, "en") == "no statement states a number per week"
    assert render("no_rate", {"unit": "day"}, "nl") == "geen uitspraak noemt een aantal per dag"


def test_json_answer_text_and_notes_in_the_question_language() -> None:
    cite = Citation(
        "2023-11-10-lrt#1.1", D(2023, 11, 10), "item 1", "LRT 2023-11-10 · item 1 · line 16",
        "Het verslag wordt geaccordeerd.", "VNG", 0.9, Span(16, 16),
    )  # fmt: skip
    made = keyed("period", note("minutes_approved", minutes=D(2023, 11, 3), day=D(2023, 11, 10)))
    answer = Answer(
        question="Werd het verslag van 3 november 2023 goedgekeurd?",
        answer=f"2023-11-10 — VNG: “{cite.quote}” [{cite.citation}]",
        abstained=False,
        confidence=0.6,
        filters={"language": "nl", "understood": [made]},
        citations=[cite],
        notes=(made,),
    )
    data = answer.to_dict()
    assert data["answer"].endswith("[LRT 2023-11-10 · agendapunt 1 · regel 16]")
    assert data["understood"] == [
        "periode: verslag van de vergadering van 2023-11-03, vastgesteld in de volgende "
        "vergadering -> 2023-11-10"
    ]
    assert data["filters"]["understood"] == [made]  # the notes as data, English
    assert data["citations"][0]["citation"] == cite.citation  # the citation's one form
    english = dataclasses.replace(answer, filters={"language": "en", "understood": [made]})
    assert english.to_dict()["answer"] == answer.answer
    assert english.to_dict()["understood"] == [made]
