"""Rule record_holds_claim (answer/records.py ``claim_unrecorded``), on inputs built by hand: a
yes/no question, claim or "why" asserting a decision abstains when no record among the
candidates, and none of the question's period, holds every word of its topic (the topic and
the claimed change; a word held only as compound parts needs them all); a record holding them
all, in its text or item heading, answers; a decision asked about (not asserted) is left
alone."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from lrt_search.answer.records import asserts_decision, claim_unrecorded

_DAY = dt.date(2023, 11, 3)


class _Chunks(list):
    def row_of(self, chunk_id: str) -> int:
        return next(i for i, c in enumerate(self) if c.chunk_id == chunk_id)


def _chunk(chunk_id: str, heading: str, *statements: tuple[str, str]) -> SimpleNamespace:
    said = [SimpleNamespace(kind=k, text=t) for k, t in statements]
    text = heading + "".join(f"\n- {t}" for _, t in statements)
    return SimpleNamespace(chunk_id=chunk_id, meeting_date=_DAY, text=text, statements=said)


_CHUNKS = _Chunks(
    [
        _chunk("m#2", "2. Huisvesting", ("action", "Actie: BZK en Aedes spreken over percentage.")),
        _chunk("m#3", "3. Opvang", ("statement", "MBZK vraagt om een hoger percentage.")),
    ]
)


def _frame(units: list[set[str]], intents: set[str], whole: set[str] | None = None) -> Any:
    parsed = SimpleNamespace(asks=lambda intent: intent in intents)
    retriever = SimpleNamespace(
        settings=SimpleNamespace(record_holds_claim=True),
        analyzer=SimpleNamespace(tokenize=lambda text: text.lower().replace(".", "").split()),
        chunks=_CHUNKS,
    )
    every = set().union(*units) if units else set()
    needs = SimpleNamespace(
        topic="percentage hoger",
        topic_units=tuple(frozenset(u) for u in units),
        topic_whole=frozenset(every if whole is None else whole),
    )
    return SimpleNamespace(
        parsed=parsed, retriever=retriever, needs=needs, since=_DAY, until=_DAY,
        question="Klopt het?",  # no decision verb: no framing words to look up
    )  # fmt: skip


_CLAIM = {"agreed", "decision_verb", "claim_check"}
_ACTION = SimpleNamespace(
    chunk_id="m#2", kind="action", quote="Actie: BZK en Aedes spreken over percentage."
)
_TALK = SimpleNamespace(
    chunk_id="m#3", kind="statement", quote="MBZK vraagt om een hoger percentage."
)


def test_a_claimed_change_no_record_holds_abstains() -> None:
    reason = claim_unrecorded(_frame([{"percentage"}, {"hoger"}], _CLAIM), [_ACTION, _TALK], ())
    assert reason is not None and reason.code == "claim_unrecorded"
    assert reason.params["topic"] == "percentage hoger"


def test_a_record_holding_every_word_answers() -> None:
    frame = _frame([{"percentage"}, {"aedes"}], _CLAIM)
    assert claim_unrecorded(frame, [_TALK, _ACTION], ()) is None


def test_the_item_heading_counts() -> None:
    frame = _frame([{"percentage"}, {"huisvesting"}], _CLAIM)
    assert claim_unrecorded(frame, [_ACTION], ()) is None


def test_compound_parts_are_needed_together() -> None:
    # "bzkpercentage" held only as its parts: a record with one part does not hold it
    parts = _frame([{"bzk", "hoger"}], _CLAIM, whole=set())
    assert claim_unrecorded(parts, [_ACTION], ()) is not None
    loose = _frame([{"bzk", "hoger"}], _CLAIM)  # alternatives (a synonym): one is enough
    assert claim_unrecorded(loose, [_ACTION], ()) is None


def test_asserted_only_by_a_verb_in_a_yes_no_claim_or_why() -> None:
    assert asserts_decision(_frame([], {"agreed", "decision_verb", "why"}))
    assert asserts_decision(_frame([], {"agreed", "decision_verb", "yes_no"}))
    assert not asserts_decision(_frame([], {"agreed", "decision_verb"}))  # asked: what was agreed
    assert not asserts_decision(_frame([], {"agreed", "yes_no"}))  # a noun: "Worden de afspraken"


def test_off_a_listing_or_no_units() -> None:
    frame = _frame([{"percentage"}, {"hoger"}], _CLAIM)
    frame.retriever.settings.record_holds_claim = False
    assert claim_unrecorded(frame, [_ACTION], ()) is None
    assert (
        claim_unrecorded(_frame([{"percentage"}, {"hoger"}], _CLAIM), [_ACTION], ("actie",)) is None
    )
    assert claim_unrecorded(_frame([], _CLAIM), [_ACTION], ()) is None
