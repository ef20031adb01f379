"""Rule property_tied (answer/property_tied.py): a question for a time, an amount, a percentage
or a count is answered only when the topic's own statements (those that would be quoted without
the property requirement) state it; else it abstains with the property's reason, instead of
quoting a statement that states a number or a time about something else."""

from __future__ import annotations

import re

import pytest
from switched import switched

from lrt_search.answer.durations import asks_besides, asks_duration, states_duration
from lrt_search.answer.property_tied import asks_time, states_time
from lrt_search.index.analysis import words
from lrt_search.service import Engine

_SYRIA = "Sinds wanneer geldt het Besluit en vertrekmoratorium voor Syrië?"
_WAITING_ROOM = "Hoeveel mensen slapen er in de IND-wachtruimte in Ter Apel?"

#: A time written out, read independently of the rule: a month, a year, a day, a season, a week.
_TIME = re.compile(
    r"\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|(?:19|20)\d\d|zomer|winter|voorjaar|najaar|week|maand|kwartaal|binnenkort)\b",
    re.I,
)


def _on(engine: Engine) -> Engine:
    """The engine with rule property_tied on (the default: docs/settings.md)."""
    return switched(engine, property_tied=True)


def _off(engine: Engine) -> Engine:
    """The engine with rule property_tied off (eval/configs/property-tied-off.toml)."""
    return switched(engine, property_tied=False)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (_SYRIA, True),
        ("By when should the letter to municipalities be sent out?", True),
        ("Tot wanneer konden leden opmerkingen maken?", True),
        ("Wanneer zei Aedes dat flexwoningen duurder worden?", False),
        ("When did the VNG say the tone of the letter was too preachy?", False),
        ("Wanneer heeft de VNG zorgen geuit over de taakstelling?", False),
        ("When was the Spreidingswet discussed?", False),
        ("When did the LRT meet in 2023?", False),
        ("Wat zei de VNG over de Spreidingswet?", False),
    ],
)  # fmt: skip
def test_which_questions_ask_for_a_time(question: str, asks: bool) -> None:
    assert asks_time(question) is asks


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Deze verdeling wordt in de week van 11 juli met de provincies gedeeld.", True),
        ("Het pakket moet voor de zomer gereed zijn.", True),
        ("Dit moet komende week nader uitgewerkt worden.", True),
        ("MAenM licht toe dat er een Besluit en vertrekmoratorium (BVM) is voor Syrië.", False),
        ("De toon in de brief wordt door VNG vaak als te zingend ervaren.", False),
    ],
)  # fmt: skip
def test_which_statements_state_a_time(text: str, states: bool) -> None:
    assert states_time(text) is states


def test_a_time_question_whose_topic_states_no_time_abstains_no_time(engine: Engine) -> None:
    on = _on(engine).ask(_SYRIA)
    assert on.abstained and on.reason_code == "no_time", (on.reason_code, on.reason)
    assert on.reason.startswith("geen uitspraak noemt een tijdstip")
    off = _off(engine).ask(_SYRIA)
    assert not off.abstained and "vertrekmoratorium" in off.citations[0].quote
    said = [
        s.text for c in engine.chunks for s in c.statements if "vertrekmoratorium" in words(s.text)
    ]
    assert said and not any(_TIME.search(t) for t in said), said  # the reason is true


def test_a_time_about_the_topic_that_the_minutes_leave_open_abstains(engine: Engine) -> None:
    """Without the rule the statement on the note is quoted; it states no time (by a reading
    independent of the rule), so "when will it be circulated" is not answered by it."""
    question = "Wanneer wordt de notitie over de sporen voor flexwoningen verspreid?"
    off = _off(engine).ask(question)
    assert not off.abstained and "notitie" in off.citations[0].quote
    assert not _TIME.search(off.citations[0].quote), off.citations[0].quote
    on = _on(engine).ask(question)
    assert on.abstained and on.reason_code == "no_time", (on.reason_code, on.reason)


def test_a_count_no_statement_states_keeps_the_reason_of_the_quote_checks(engine: Engine) -> None:
    """Without the rule no statement passes the quote checks: the question abstains as before,
    for the same reason (the rule decides only where a statement would be quoted)."""
    question = "How many places could the opstartwoningen create?"
    # implied_topic_speaker_only off: on (no speaker asked), the 2022-07-08 capacity decision
    # (51.000 plekken, not opstartwoningen) passes the quote checks (reported as wrong).
    engine = switched(engine, implied_topic_speaker_only=False)
    off, on = _off(engine).ask(question), _on(engine).ask(question)
    assert off.abstained and off.reason_code == "no_answer"
    assert on.abstained and on.reason_code == "no_answer", (on.reason_code, on.reason)
    said = [
        s.text for c in engine.chunks for s in c.statements
        if "opstartwoningen" in words(s.text)
    ]  # fmt: skip
    assert said and not any(re.search(r"\d\s+opstartwoningen", t) for t in said), said


def test_a_number_next_to_the_counted_noun_is_left_alone(engine: Engine) -> None:
    """A "how many X" question with a statement stating a number next to X is answered as
    without the rule only with rule counted_topical off (the number of people in the
    "voorportalen" for people in the IND waiting room, the limit of the rule it was written
    for); with it on, the waiting room that the best statement on the topic names is missing
    from the number's statement: ``no_count``."""
    off, loose = (
        _off(engine).ask(_WAITING_ROOM),
        switched(engine, property_tied=True, counted_topical=False).ask(_WAITING_ROOM),
    )
    assert not loose.abstained
    assert [c.quote for c in loose.citations] == [c.quote for c in off.citations]
    on = _on(engine).ask(_WAITING_ROOM)
    assert on.abstained and on.reason_code == "no_count", on.reason_code


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("Wanneer wordt de verdeling van het capaciteitsbesluit met de provincies gedeeld?",
         "in de week van 11 juli"),
        ("Wanneer moet het pakket van wetten gereed zijn?", "voor de zomer gereed"),
        ("Hoeveel mensen verblijven er momenteel in de voorportalen?", "circa 1500 mensen"),
        ("Welk bedrag ontvangen gemeenten eenmalig als zij een statushouder overnemen?",
         "30.000 regeling"),
    ],
)  # fmt: skip
def test_a_statement_of_the_topic_that_states_it_answers(
    engine: Engine, question: str, quote: str
) -> None:
    answer = _on(engine).ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations)


def test_when_did_x_say_y_is_left_alone(engine: Engine) -> None:
    question = "When did the VNG say the tone of the letter was too preachy?"
    on, off = _on(engine).ask(question), _off(engine).ask(question)
    assert not on.abstained and [c.quote for c in on.citations] == [c.quote for c in off.citations]


def test_the_topic_tie_reads_a_glossary_term_as_the_topic_word(engine: Engine) -> None:
    """Setting property_tied_glossary: the statement "De DSL's. hier is een SPUK ... Deze wordt
    deze maand openbaar gemaakt." states a time and holds "DSL", the Dutch glossary term of
    "doorstroomlocatie" (lexicon/data/glossary.toml), so it is as much about the SPUK for
    doorstroomlocaties as the best topic statement: the question is answered as without the
    rule. Read as a different word, "DSL" leaves it out and the question abstains."""
    question = "Wanneer komt de SPUK voor doorstroomlocaties?"
    said = [s.text for c in engine.chunks for s in c.statements if "dsl" in words(s.text)]
    assert any("spuk" in words(t) and _TIME.search(t) for t in said), said
    off, on = _off(engine).ask(question), _on(engine).ask(question)
    assert not on.abstained and [c.quote for c in on.citations] == [c.quote for c in off.citations]
    literal = engine.with_settings(
        engine.settings.replace(property_tied=True, property_tied_glossary=False)
    ).ask(question)
    assert literal.abstained and literal.reason_code == "no_time", literal.reason_code


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("De richtlijn wordt met een jaar verlengd.", True),
        ("We zitten al ruim twee jaar in een crisismode.", True),
        ("Binnen paar dagen een lijst met namen.", True),
        ("The extension is for six months.", True),
        ("Vergaderdatum en -tijd 10 november 2023, 9.15 uur", False),  # a clock time
        ("Er komen per week 500 extra plekken bij.", False),  # a rate
        ("Het jaarverslag wordt besproken.", False),
    ],
)  # fmt: skip
def test_which_statements_state_a_length_of_time(text: str, states: bool) -> None:
    assert states_duration(text) is states


@pytest.mark.parametrize(
    ("question", "duration", "besides"),
    [
        ("Hoe lang duurt de consultatie van de AMvB?", True, False),
        ("For how long will the directive be extended?", True, False),
        ("Wordt de richtlijn verlengd, en zo ja, met welke termijn?", True, False),
        ("Wie vervangt dhr. Van der Burg, en voor hoe lang?", True, True),
        ("Who replaces him and for how long?", True, True),
        ("Wanneer wordt de richtlijn verlengd?", False, False),
    ],
)  # fmt: skip
def test_which_questions_ask_a_length_of_time(question: str, duration: bool, besides: bool) -> None:
    assert asks_duration(question) is duration
    assert asks_besides(question) is besides


def test_a_length_of_time_answers_a_question_for_a_term(engine: Engine) -> None:
    """Rule property_tied_durations: "met een jaar wordt verlengd" states the term of the
    extension; without the rule it is no time, and the question abstains for `no_time`."""
    question = "Hoe lang wordt de tijdelijke richtlijn voor Oekraïense ontheemden verlengd?"
    on = switched(engine, property_tied=True).ask(question)
    assert not on.abstained, on.reason
    assert any("met een jaar wordt verlengd" in c.quote for c in on.citations)
    question = (
        "Met welke termijn wordt de tijdelijke richtlijn voor Oekraïense ontheemden verlengd?"
    )
    without = switched(engine, property_tied=True, property_tied_durations=False).ask(question)
    assert without.abstained and without.reason_code == "no_time", without.reason_code


def test_a_length_the_topic_never_states_abstains(engine: Engine) -> None:
    """The BVM for Syria "zal waarschijnlijk verlengd worden": no length (by a reading
    independent of the rule), so "for how long" abstains; asked besides what happens to it, the
    question is answered as without the rule."""
    said = [s.text for c in engine.chunks for s in c.statements if "bvm" in words(s.text)]
    assert said and not any(re.search(r"\b(?:maand|maanden|jaar|weken)\b", t) for t in said)
    on = switched(engine, property_tied=True)
    refused = on.ask(
        "Met welke termijn wordt het Besluit en vertrekmoratorium voor Syrië verlengd?"
    )
    assert refused.abstained and refused.reason_code == "no_time", refused.reason_code
    both = "Wat gebeurt er met het BVM voor Syrië en voor hoe lang?"
    answered, off = on.ask(both), _off(engine).ask(both)
    assert [c.quote for c in answered.citations] == [c.quote for c in off.citations]
