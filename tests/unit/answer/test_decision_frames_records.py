"""Rule decision_frames_read in answer/records.py, on inputs built by hand: a question that
asks whether X was decided (intent ``decision_asked``) asserts no decision (no claim check) and
needs a record holding every unit of X's head; a decided-or-discussed question (intent
``decision_open``) is never refused for want of a record; the records among the candidates come
first only when they are on X - else the discussion under the note "no record", never a record
of another topic; without a frame (or with the rule off: no frame is read) any record comes
first."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer import records
from lrt_search.answer.records import (
    asked_units,
    asserts_decision,
    record_other_topic,
    records_first,
)

_DAY = dt.date(2025, 3, 19)


class _Chunks(list):
    def row_of(self, chunk_id: str) -> int:
        return next(i for i, c in enumerate(self) if c.chunk_id == chunk_id)


def _chunk(chunk_id: str, heading: str, *statements: tuple[str, str]) -> SimpleNamespace:
    said = [SimpleNamespace(kind=k, text=t) for k, t in statements]
    text = heading + "".join(f"\n- {t}" for _, t in statements)
    return SimpleNamespace(chunk_id=chunk_id, meeting_date=_DAY, text=text, statements=said)


_CHUNKS = _Chunks(
    [
        _chunk("m#3", "3. Taakstelling", ("decision", "Er wordt ingestemd met de taakstelling.")),
        _chunk("m#2", "2. Stand", ("statement", "MVRO vraagt naar de bescherming van OEK.")),
        _chunk("m#4", "4. Overig", ("decision", "Afspraak: afstemming over OEK.")),
    ]
)
_RECORD = SimpleNamespace(chunk_id="m#3", kind="decision", quote=_CHUNKS[0].statements[0].text)
_TALK = SimpleNamespace(chunk_id="m#2", kind="statement", quote=_CHUNKS[1].statements[0].text)
_OEK = SimpleNamespace(chunk_id="m#4", kind="decision", quote=_CHUNKS[2].statements[0].text)


def _frame(topic: str, units: list[set[str]], intents: set[str]) -> Any:
    parsed = SimpleNamespace(topic=topic, asks=lambda intent: intent in intents)
    retriever = SimpleNamespace(
        settings=SimpleNamespace(record_holds_topic="any", decision_frames_read=True),
        analyzer=SimpleNamespace(tokenize=lambda text: text.lower().replace(".", "").split()),
        chunks=_CHUNKS,
    )
    every = set().union(*units) if units else set()
    needs = SimpleNamespace(
        topic=topic, topic_terms=frozenset(every),
        topic_units=tuple(frozenset(u) for u in units), topic_whole=frozenset(every),
    )  # fmt: skip
    return SimpleNamespace(
        parsed=parsed, retriever=retriever, needs=needs, since=_DAY, until=_DAY, notes=[],
        no_record=False, question=f"Is er iets vastgelegd over {topic}?",
        scope=SimpleNamespace(english=False),
    )  # fmt: skip


@pytest.fixture
def head_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    """X's head read as its own words (no index)."""
    terms = SimpleNamespace(terms={"bescherming", "taakstelling"})
    monkeypatch.setattr(records, "topic_terms", lambda retriever, text, english: terms)


def test_an_asked_frame_asserts_no_decision() -> None:
    asked = {"agreed", "decision_verb", "yes_no", "decision_asked"}
    assert not asserts_decision(_frame("de taakstelling", [{"taakstelling"}], asked))
    assert asserts_decision(
        _frame("de taakstelling", [{"taakstelling"}], asked - {"decision_asked"})
    )


def test_a_record_on_the_modifier_is_none_on_x(head_terms: None) -> None:
    frame = _frame(
        "de bescherming van OEK", [{"bescherming"}, {"oek"}], {"agreed", "decision_asked"}
    )
    assert asked_units(frame) == [frozenset({"bescherming"})]
    reason = record_other_topic(frame, [_OEK, _TALK], ())  # no record holds X: claim_unrecorded
    assert reason is not None and reason.code == "claim_unrecorded"
    assert reason.params["topic"] == "de bescherming van OEK"


def test_without_the_frame_a_record_holding_any_term_is_on_the_topic() -> None:
    frame = _frame("de bescherming van OEK", [{"bescherming"}, {"oek"}], {"agreed"})
    assert asked_units(frame) == []
    assert record_other_topic(frame, [_OEK, _TALK], ()) is None


def test_decided_or_discussed_is_not_refused_for_want_of_a_record() -> None:
    frame = _frame("de bescherming", [{"bescherming"}], {"agreed", "decision_open"})
    assert record_other_topic(frame, [_TALK], ()) is None


def test_a_record_of_another_topic_never_comes_first() -> None:
    frame = _frame("de bescherming", [{"bescherming"}], {"agreed", "decision_open"})
    assert records_first(frame, [_RECORD, _TALK], (), False) == [_TALK]
    assert frame.no_record and frame.notes == ["no record: de bescherming"]


def test_a_record_on_the_topic_comes_first() -> None:
    frame = _frame("de taakstelling", [{"taakstelling"}], {"agreed"})
    assert records_first(frame, [_TALK, _RECORD], (), False) == [_RECORD]
    assert not frame.no_record


def test_without_a_frame_any_record_comes_first() -> None:
    frame = _frame("de bescherming", [{"bescherming"}], {"agreed"})
    assert records_first(frame, [_TALK, _RECORD], (), False) == [_RECORD]
