"""Rule event_time (answer/event_time.py, a part of rule property_tied; on by default): a "when"
question about an event (a word of an event group of lexicon/data/event_times.toml) is answered
only by a statement whose sentence with a form of that event states a time, not by a time of
another event of the same topic; else it abstains with ``no_event_time``."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.event_time import asked_events, ends_in_when, event_sentences
from lrt_search.service import Engine


def test_the_events_of_a_question_and_their_sentences() -> None:
    assert asked_events("Wanneer gaat de locatie Budel open voor asielzoekers?") == ("open",)
    assert asked_events("When will the SPUK be published?") == ("publiceren",)
    assert asked_events("Wanneer wordt de SPUK openbaar gemaakt?") == ("publiceren",)
    assert asked_events("Wanneer is de taakstelling bekend?") == ()
    text = "Hier is een SPUK voor. Deze wordt deze maand openbaar gemaakt. Zij zitten in hotels."
    assert event_sentences((text,), ("publiceren",)) == ["Deze wordt deze maand openbaar gemaakt."]
    assert event_sentences(("Vrijdag na de MR gaan vier Kamerbrieven uit.",), ("versturen",))
    out = "Op die manier gaan deze amv ook uit de COA opvang."
    assert not event_sentences((out,), ("versturen",))
    assert ends_in_when("wet inburgering wetsvoorstel passed tweede kamer when")
    assert not ends_in_when("When was the bill passed?")


def test_a_time_of_another_event_does_not_answer(engine: Engine) -> None:
    question = "Wanneer wordt de Spreidingswet ingetrokken?"
    on = switched(engine, event_time=True).ask(question)
    assert on.abstained and on.reason_code == "no_event_time", (on.reason_code, on.reason)
    assert "ingetrokken" in on.reason
    off = switched(engine, event_time=False).ask(question)
    assert not off.abstained  # "wat er na 1 juli gebeurt met de Spreidingswet"


def test_a_question_ending_in_when_asks_a_time(engine: Engine) -> None:
    question = "wetsvoorstel inburgering aangenomen tweede kamer wanneer"
    on = switched(engine, event_time=True).ask(question)
    assert on.abstained and on.reason_code == "no_event_time", (on.reason_code, on.reason)
    off = switched(engine, event_time=False).ask(question)
    assert not off.abstained  # "voor zomer behandeld", "in de zomer van 2025 een wetsvoorstel"


def test_a_time_of_the_asked_event_answers(engine: Engine) -> None:
    for question in (
        "When will the SPUK for the DSLs be published?",
        "Wanneer wordt de brief aan gemeenten over de taakstelling uitgestuurd?",
    ):
        answer = switched(engine, event_time=True).ask(question)
        assert not answer.abstained, (question, answer.reason)


def test_a_bare_may_with_its_bound_is_a_time() -> None:
    from lrt_search.answer.property_tied import states_time

    assert states_time("Eind mei heeft de Tweede Kamer een technische briefing gepland.")
    assert not states_time("Mei heeft een briefing gepland.")
