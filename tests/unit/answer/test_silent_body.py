"""Rule silent_body (answer.silent_body): a stance frame asks what the body read as its speaker
said; a speaker phrase the alias table does not know names a body that makes no statement.
Questions are built by hand as ParsedQuestions; no index."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from lrt_search.answer import silent_body
from lrt_search.answer.messages import render
from lrt_search.answer.silent_body import (
    gate_body_silent,
    mentioned_on,
    reports_speech,
    stance_frame,
    unknown_body,
)
from lrt_search.config import Settings
from lrt_search.search.parsed import ParsedQuestion


def _p(text: str, speaker: tuple[str, ...] = (), phrase: str = "", speech: bool = True) -> Any:
    return ParsedQuestion(text, speaker=speaker, speaker_phrase=phrase, speech=speech)


def test_stance_frames() -> None:
    q = "Welke bezwaren had Defensie tegen het gebruik van de locatie Budel?"
    assert stance_frame(q, _p(q, ("Defensie",)))
    q = "Welke argumenten gaf Defensie over Budel?"
    assert stance_frame(q, _p(q, ("Defensie",)))
    q = "What was the position of MVRO on the arrangement?"
    assert stance_frame(q, _p(q, ("MVRO",)))
    q = "Which objections did the Ministry of Defence raise about the Budel site?"
    assert stance_frame(q, _p(q, ("Defensie",)))


def test_no_stance_frame() -> None:
    q = "When will it be clear whether Defence wants to use the Budel site?"
    assert not stance_frame(q, _p(q, ("Defensie",)))  # no noun of stance: a fact asked
    q = "Which organisation asks for clarity about the safety regions?"
    assert not stance_frame(q, _p(q, ("VR",)))
    q = "Welke bezwaren waren er tegen Budel?"
    assert not stance_frame(q, _p(q))  # no body read as the speaker
    q = "Hebben ze bezwaren tegen Budel?"
    assert not stance_frame(q, _p(q, ("VNG",)))  # no question word first


@pytest.mark.parametrize(
    ("text", "phrase", "body"),
    [
        ("Wat zei de Tweede Kamer zelf over X?", "Tweede Kamer zelf", "Tweede Kamer"),
        ("wat zei de gemeente amsterdam eh", "gemeente amsterdam eh", "gemeente amsterdam"),
        ("What did the Ministry of Finance say?", "Ministry of Finance", "Ministry of Finance"),
        ("What did the Court of Audit's report say?", "Court of Audit's", "Court of Audit"),
        ("Wat zei de GGD over X?", "GGD", "GGD"),
        ("What led the ministry to ask X?", "led the ministry to", ""),  # a verb
        ("What led the Raad van State to aim?", "led the Raad van", ""),
        ("Wat zei Hugo de Vries namens de provincie?", "Hugo de Vries namens de provincie", ""),
        ("wat zei de politie ovr ter apel", "politie ovr ter apel", ""),
        ("Wat zei Faber over X?", "Faber", ""),  # a person, no body noun
        ("Wat zei de gemeente over X?", "gemeente", ""),  # a body noun alone
    ],
)
def test_unknown_body(text: str, phrase: str, body: str) -> None:
    assert unknown_body(_p(text, phrase=phrase)) == body


def test_a_known_speaker_is_no_unknown_body() -> None:
    assert unknown_body(_p("Wat zei het COA?", ("COA",), "COA")) == ""


def test_reported_speech() -> None:
    assert reports_speech("Ten aanzien hiervan heeft de Raad van State aangegeven te streven",
                          "Raad van State")  # fmt: skip
    assert reports_speech("Volgens de Tweede Kamer is dat te laat.", "Tweede Kamer")
    assert not reports_speech("Een brief aan de Tweede Kamer. Hieraan is verbonden", "Tweede Kamer")


class _Facts:
    def __init__(self, rows: dict[str, list[int]]) -> None:
        self.rows = rows

    def rows_of(self, word: str) -> np.ndarray:
        return np.array(self.rows.get(word, []), dtype=np.int64)


def _retriever(texts: list[tuple[str, str]], on: bool = True) -> Any:
    import datetime as dt

    chunks = [SimpleNamespace(text=t, meeting_date=dt.date.fromisoformat(d)) for d, t in texts]
    return SimpleNamespace(settings=Settings(silent_body=on), chunks=chunks, glossary=None)


@pytest.fixture
def _minutes(monkeypatch: pytest.MonkeyPatch) -> Any:
    texts = [
        ("2023-04-06", "Eind mei heeft de Tweede Kamer een technische briefing gepland."),
        ("2023-11-10", "Deze brief wordt ook aan de Tweede Kamer gestuurd."),
        ("2023-11-10", "Ten aanzien hiervan heeft de Raad van State aangegeven te streven."),
    ]
    index: dict[str, list[int]] = {}
    for row, (_, text) in enumerate(texts):
        for word in silent_body.words(text):
            index.setdefault(word, []).append(row)
    monkeypatch.setattr(silent_body, "corpus_facts", lambda chunks: _Facts(index))
    monkeypatch.setattr(silent_body, "person_speaker", lambda retriever, parsed: None)
    return texts


def test_mentioned_on_and_the_gate(_minutes: Any) -> None:
    retriever = _retriever(_minutes)
    assert mentioned_on(retriever, "Tweede Kamer") == (["2023-04-06", "2023-11-10"], False)
    assert mentioned_on(retriever, "Raad van State") == (["2023-11-10"], True)
    q = "Wat zei de Tweede Kamer zelf over de termijn?"
    asked = SimpleNamespace(retriever=retriever, reading=_p(q, phrase="Tweede Kamer zelf"))
    params = gate_body_silent(asked)
    assert params == {
        "names": ["Tweede Kamer"],
        "dates": ["2023-04-06", "2023-11-10"],
        "forms": ["Tweede Kamer"],
    }
    assert "2023-04-06, 2023-11-10" in render("body_silent", params, "en")
    q = "Wat zei de Raad van State over de derdelanders?"  # reported speech: it speaks
    asked = SimpleNamespace(retriever=retriever, reading=_p(q, phrase="Raad van State"))
    assert gate_body_silent(asked) is None
    off = SimpleNamespace(retriever=_retriever(_minutes, on=False), reading=_p(q, phrase="EU"))
    assert gate_body_silent(off) is None


def test_the_subject_of_a_stance_frame() -> None:
    q = "Welke argumenten gaf de Tweede Kamer over de Tijdelijke wet Oekraïne?"
    assert unknown_body(_p(q)) == "Tweede Kamer"
    q = "Welk standpunt nam de Raad van State in over de derdelanders?"
    assert unknown_body(_p(q)) == "Raad van State"
    assert unknown_body(_p("Welke bezwaren waren er tegen Budel?")) == ""
    assert unknown_body(_p("Welke bezwaren had Faber tegen Budel?")) == ""  # no body noun
