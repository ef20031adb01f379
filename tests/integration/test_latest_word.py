"""Rule ``latest_meeting_only`` (answer/recency.py): "last time", "onlangs", "most recently"
are answered from the most recent meeting that discusses the topic, with notes naming it and
the earlier meetings; without those words, every meeting's best statement stays."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.answer.recency import latest_meeting_only
from lrt_search.interfaces.web_text import note_text
from lrt_search.models import Span
from lrt_search.results import Citation
from lrt_search.search.parsed import read_question
from lrt_search.service import Engine


def _citation(day: str, score: float) -> Citation:
    date = dt.date.fromisoformat(day)
    return Citation(f"{day}#1", date, "1", "c", "quote", None, score, Span(1, 1))


def test_the_most_recent_meeting_that_passes_the_floor_answers() -> None:
    best, weak_new, passing_new = (
        _citation("2023-04-06", 0.9),
        _citation("2025-03-19", 0.2),
        _citation("2024-01-10", 0.6),
    )
    kept, notes = latest_meeting_only([best, weak_new, passing_new], lambda c: c.score > 0.5)
    assert kept == [passing_new]
    assert notes == ["latest: 2024-01-10", "earlier: 2023-04-06"]
    alone, none = latest_meeting_only([best, weak_new], lambda c: c.score > 0.5)
    assert alone == [best] and none == []


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("Wat heeft de VNG de laatste keer over de taakstelling gezegd?", True),
        ("What did Aedes say most recently?", True),
        ("Wat zei de VNG onlangs over de taakstelling?", True),
        ("What is the latest on the situation in Ter Apel?", True),
        ("Who attended the last meeting?", False),  # a meeting, not the latest word
        ("Wat zei de VNG in de laatste vergadering?", False),
        ("Wat zei de VNG over de taakstelling?", False),
    ],
)  # fmt: skip
def test_the_latest_intent_and_its_words_are_no_topic(
    engine: Engine, question: str, latest: bool
) -> None:
    parsed = read_question(question, engine.orgs, engine.glossary)
    assert parsed.asks("latest") is latest
    for word in ("onlangs", "recently", "keer", "latest"):
        assert word not in parsed.topic


def test_the_latest_word_of_the_vng_on_the_taakstelling(engine: Engine) -> None:
    question = "Wat heeft de VNG de laatste keer over de taakstelling gezegd?"
    answer = engine.ask(question)
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-03-19"}
    assert "De achterstand op de taakstelling statushouders" in answer.citations[0].quote
    assert "latest: 2025-03-19" in answer.notes
    assert "earlier: 2023-04-06, 2023-11-03" in answer.notes
    assert not answer.unread  # "laatste keer" is understood
    dutch = [note_text(n, "nl") for n in answer.notes]
    assert "de meest recente vergadering die het bespreekt: 2025-03-19" in dutch
    # rule share_length_damped off too: it damps the VNG's 79-word line of 2025 out of the margin
    off = engine.with_settings(
        engine.settings.replace(latest_meeting_only=False, share_length_words=0)
    )
    every = off.ask(question)
    assert len({c.meeting_date for c in every.citations}) == 3
    plain = engine.ask("Wat zei de VNG over de taakstelling?")
    assert len({c.meeting_date for c in plain.citations}) == 3
    assert not any("latest" in n for n in plain.notes)
