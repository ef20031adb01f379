"""Rule record_holds_topic (answer/records.py ``record_other_topic``), on inputs built by hand:
a "what was agreed about X" question abstains when no record among the candidates holds X and
no record of the question's period does; a record holding X, in its text or its item heading,
answers."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from lrt_search.answer.records import record_other_topic

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
        _chunk(
            "m#3",
            "3. Taakstelling 2025-II",
            ("decision", "Er wordt ingestemd met de taakstelling."),
        ),
        _chunk(
            "m#2", "2. Actuele stand", ("statement", "MAenM licht de nationale terugvaloptie toe.")
        ),
    ]
)


def _frame(topic: str, terms: set[str], mode: str = "any", agreed: bool = True) -> Any:
    parsed = SimpleNamespace(topic=topic, asks=lambda intent: agreed and intent == "agreed")
    retriever = SimpleNamespace(
        settings=SimpleNamespace(record_holds_topic=mode),
        analyzer=SimpleNamespace(tokenize=lambda text: text.lower().replace(".", "").split()),
        chunks=_CHUNKS,
    )
    return SimpleNamespace(
        parsed=parsed, retriever=retriever, needs=SimpleNamespace(topic_terms=frozenset(terms)),
        question=f"Wat is er afgesproken over {topic}?", since=_DAY, until=_DAY,
    )  # fmt: skip


def _cite(chunk_id: str, kind: str, quote: str) -> Any:
    return SimpleNamespace(chunk_id=chunk_id, kind=kind, quote=quote)


_RECORD = _cite("m#3", "decision", "Er wordt ingestemd met de taakstelling.")
_TALK = _cite("m#2", "statement", "MAenM licht de nationale terugvaloptie toe.")


def test_a_record_on_another_topic_abstains() -> None:
    reason = record_other_topic(_frame("de terugvaloptie", {"terugvaloptie"}), [_RECORD], ())
    assert reason is not None and reason.code == "record_other_topic"
    assert reason.params["topic"] == "de terugvaloptie"


def test_a_record_holding_the_topic_answers() -> None:
    assert record_other_topic(_frame("de taakstelling", {"taakstelling"}), [_RECORD], ()) is None


def test_the_item_heading_holds_the_topic() -> None:
    assert record_other_topic(_frame("de taakstelling 2025-ii", {"2025-ii"}), [_RECORD], ()) is None


def test_no_record_abstains_only_in_mode_any() -> None:
    assert record_other_topic(_frame("de terugvaloptie", {"terugvaloptie"}), [_TALK], ())
    other = _frame("de terugvaloptie", {"terugvaloptie"}, mode="other")
    assert record_other_topic(other, [_TALK], ()) is None


def test_a_record_of_the_period_elsewhere_keeps_the_answer() -> None:
    # the register holds a record on the topic, only not among the candidates: no abstention
    assert record_other_topic(_frame("de taakstelling", {"taakstelling"}), [_TALK], ()) is None


def test_off_no_topic_a_listing_or_no_decision_asked() -> None:
    assert record_other_topic(_frame("x", {"terugvaloptie"}, mode=""), [_RECORD], ()) is None
    assert record_other_topic(_frame("", {"terugvaloptie"}), [_RECORD], ()) is None
    assert record_other_topic(_frame("x", {"terugvaloptie"}), [_RECORD], ("afspraak",)) is None
    assert record_other_topic(_frame("x", {"terugvaloptie"}, agreed=False), [_RECORD], ()) is None
