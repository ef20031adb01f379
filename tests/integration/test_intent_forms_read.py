"""Task G2 (tests/data/intent_forms.toml) on the bundled corpus: a deadline asked as "What was
the deadline for X to Y?" asks a time, so a statement with no time of it does not answer; "wie
zat voor op <date>" asks the chair; a spoken "eh" before the question word leaves the question
read as written without it, and a spoken "um why ..." keeps its premise check (rule
``intent_forms_read``)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_deadline_asked_needs_a_time(engine: Engine) -> None:
    # The minutes (2022-07-08) call Ter Apel critical and say what must happen, with no date.
    answer = engine.ask("What was the deadline for the COA to improve the situation in Ter Apel?")
    assert answer.abstained and answer.reason_code == "no_time", answer.reason


def test_who_sat_in_the_chair_on_a_date(engine: Engine) -> None:
    # The minutes (2025-03-19): "Mw. Faber (AenM, voorzitter)"
    answer = engine.ask("wie zat voor op 19 maart 2025?")
    assert not answer.abstained, answer.reason
    assert "voorzitter" in answer.citations[0].quote


def test_a_filler_is_no_word_of_the_question(engine: Engine) -> None:
    question = "eh wie zat de vergadering van 19 maart 2025 voor"
    on = engine.ask(question)
    assert not on.abstained and "voorzitter" in on.citations[0].quote
    plain = engine.ask("wie zat de vergadering van 19 maart 2025 voor")
    assert [c.quote for c in on.citations] == [c.quote for c in plain.citations]


def test_a_spoken_why_keeps_its_premise_check(engine: Engine) -> None:
    # No statement says the VNG left the LRT: with "um" first, "why" was no question word.
    question = "um why did the VNG leave the LRT"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.reason
    assert not switched(engine, intent_forms_read=False).ask(question).abstained
