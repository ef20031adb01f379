"""Rule ``unnamed_agent`` (answer/unnamed_agent.py): which questions ask who did something or
who did it first, and which statements name the doer or state an order (inputs by hand)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lrt_search.answer.unnamed_agent import (
    FIRST,
    act_doer_named,
    asked_agent,
    states_order,
)
from lrt_search.config import Settings
from lrt_search.lexicon.organisations import OrgTable

ON = SimpleNamespace(settings=Settings())
OFF = SimpleNamespace(settings=Settings(unnamed_agent=False))
ORGS = OrgTable.default()


@pytest.mark.parametrize(
    ("question", "reading"),
    [
        ("Who leaked the figures in November 2023?", "agent"),
        ("Wie stemde in met de taakstelling?", "agent"),
        ("Door wie werd De Jonge vervangen?", "agent"),
        (
            "Which member of the LRT proposed abolishing the taakstelling before the minister did?",
            FIRST,
        ),
        ("Welke partij stelde als eerste voor om X op te richten?", FIRST),
        ("Which member was the first to complain about the late documents?", FIRST),
        ("Who said that the crisis measures must end?", "agent"),
        ("Who was the chair of the meeting of 8 July 2022?", ""),
        ("Wie was er aanwezig namens Aedes?", ""),
        ("Who is responsible for the Uitvoeringsagenda?", ""),
        ("Wat zei de VNG over de taakstelling?", ""),
        ("Which came first: the SPUK or the 30,000 scheme?", ""),
    ],
)
def test_which_questions_ask_a_doer(question: str, reading: str) -> None:
    assert asked_agent(ON, question, False) == reading  # type: ignore[arg-type]


def test_off_or_attendance_reads_nothing() -> None:
    assert asked_agent(OFF, "Who leaked the figures?", False) == ""  # type: ignore[arg-type]
    assert asked_agent(ON, "Who leaked the figures?", True) == ""  # type: ignore[arg-type]


def test_an_act_as_a_noun_or_passive_names_no_doer() -> None:
    leak = "Hij verwijst naar het risico van het naar buiten komen van cijfers, wat gebeurd is."
    assert act_doer_named(leak, ("leak",), ORGS) is False
    assert (
        act_doer_named("Ook het afschaffen van de taakstelling heeft gevolgen.", ("abolish",), ORGS)
        is False
    )
    assert act_doer_named("De VNG praat over de begroting.", ("leak",), ORGS) is None


def test_an_act_with_its_subject_or_door_names_the_doer() -> None:
    text = "MAenM licht toe dat zij de spreidingswet wil intrekken."
    assert act_doer_named(text, ("abolish",), ORGS) is True
    replaced = "Dhr. Van Rijn kan niet aanwezig zijn en wordt vervangen door mw. Lamers."
    assert act_doer_named(replaced, ("replace",), ORGS) is True


def test_an_order_is_an_order_word_or_two_days() -> None:
    assert states_order("Eerst komt de brief, daarna het overleg.")
    assert states_order("Op 3 november en op 10 november werd het besproken.")
    assert not states_order("De eerder vastgestelde verdeelsleutel geldt.")
    assert not states_order("Verschillende leden hebben moeite met de late aanlevering.")
