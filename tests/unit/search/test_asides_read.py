"""Rule ``question_asides_read``: :func:`lrt_search.search.asides.read_asides` by hand - each
kind of aside in each position, glosses, and what stays (a hedge of a stated number, a
bracketed acronym, a clause with content)."""

from __future__ import annotations

import pytest

from lrt_search.search.asides import is_aside, read_asides


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Wat zei de VNG over de taakstelling, zo las ik in de krant?",
         "Wat zei de VNG over de taakstelling?"),
        ("What did the VNG say (heard it from other volunteer) about the housing target?",
         "What did the VNG say about the housing target?"),
        ("Correct me if I'm wrong, but what did the COA say about the occupancy rate?",
         "What did the COA say about the occupancy rate?"),
        ("Kunt u mij vertellen wat de VNG over de taakstelling zei?",
         "Wat de VNG over de taakstelling zei?"),
        ("Roughly how many municipalities wanted a DSL, if I remember well? It's for my briefing.",
         "How many municipalities wanted a DSL?"),
        ("Hoeveel gemeenten, volgens mij in maart 2025, wilden een DSL?",
         "Hoeveel gemeenten, in maart 2025, wilden een DSL?"),
        ("What did the VNG say about the housing target, i.e. the target for status holders?",
         "What did the VNG say about the housing target?"),
        ("Wat zei Aedes over flexwoningen, omdat onze vrijwilligers het vragen?",
         "Wat zei Aedes over flexwoningen?"),
        ("Context first. Please tell me what the LRT decided about housing.",
         "Context first. What the LRT decided about housing."),
    ],
)  # fmt: skip
def test_an_aside_is_dropped(question: str, read: str) -> None:
    text, asides = read_asides(question)
    assert text == read
    assert asides


@pytest.mark.parametrize(
    "question",
    [
        "Klopt het dat er in juli 2022 ongeveer 2.193 asielzoekers in Ter Apel verbleven?",
        "What concerns did the municipalities (VNG) raise about the housing target?",
        "Wat zei de VNG over de taakstelling voor 2024 (en 2025)?",
        "Wat zei de VNG over de opvang voor onze vrijwilligers?",
        "Onze wethouder vraagt hoeveel gemeenten een DSL willen, weet jij dat?",
        "Graag?",
    ],
)
def test_no_aside_no_change(question: str) -> None:
    assert read_asides(question) == (question, ())


def test_a_gloss_keeps_the_form_the_minutes_hold() -> None:
    def known(phrase: str) -> bool:
        return phrase == "derdelanders"

    question = "Wat vroeg het VB over de derde landers (derdelanders) uit Oekraïne?"
    assert read_asides(question, known)[0] == "Wat vroeg het VB over de derdelanders uit Oekraïne?"
    assert read_asides(question)[0] == "Wat vroeg het VB over de derde landers uit Oekraïne?"


def test_who_told_the_asker_is_an_aside_and_an_lrt_member_is_not() -> None:
    assert is_aside("a colleague told me") and is_aside("volgens een journalist")
    assert not is_aside("volgens de VNG") and not is_aside("according to the minister")
