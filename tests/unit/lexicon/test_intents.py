"""Intents of questions, read from lexicon/data/intents.toml."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.intents import asks, framing_spans, intent_names


@pytest.mark.parametrize(
    ("question", "intents"),
    [
        ("Who chaired the meeting of 19 March 2025?", {"chair", "header", "meeting"}),
        ("Wie zat de vergadering van 19 maart 2025 voor?", {"chair", "header", "meeting"}),
        ("Wat zat er voor de gemeenten in?", set()),
        ("Hoeveel kost een flexwoning?", {"quantity", "money", "quantity_words", "stand_in_other"}),
        ("Waarom is de VNG uit de LRT gestapt?", {"why", "meeting", "stand_in_other"}),
        ("How did the backlog develop?", {"timeline", "quantity_words"}),
    ],
)
def test_intents_of_questions(question: str, intents: set[str]) -> None:
    # agenda_*: the parts of rule agenda_structure's reading (tested in test_agenda_structure)
    read = {n for n in intent_names() if not n.startswith("agenda_") and asks(n, question)}
    assert read == intents


def test_framing_words_are_spans_of_the_question() -> None:
    question = "Who chaired the meeting?"
    assert [question[a:b] for a, b in framing_spans(question)] == ["chaired"]


@pytest.mark.parametrize(
    "question",
    [
        "How did the backlog develop?",
        "Hoe is de situatie in Ter Apel veranderd?",
        "Hoe verliep de huisvesting van statushouders in 2023?",
        "What was the development of the housing target?",
        "How did the approach to Ukrainians evolve over the meetings?",
        "Welke standpunten zijn in de verschillende vergaderingen ingenomen over IBT?",
    ],
)
def test_a_timeline_question_asks_for_a_timeline(question: str) -> None:
    assert asks("timeline", question)


@pytest.mark.parametrize(
    "question",
    [
        # a word of change alone is the topic, not the question's shape (issue 16)
        "Will the provincial tables report on progress every month?",
        "What did the minister say about climate change?",
        "Wat vond VWS van verandering?",
        "Wat is er besproken over verandering van de Spreidingswet?",
        "How did the VNG react to the change of the target?",
        "Did the COA describe the development of new locations?",
    ],
)
def test_a_word_of_change_in_the_topic_asks_for_no_timeline(question: str) -> None:
    assert not asks("timeline", question)


@pytest.mark.parametrize(
    "question",
    [
        "What was agreed about letters to parliament?",
        "Welke afspraken zijn er in 2021 gemaakt over de opvang?",
        "Zijn er afspraken gemaakt over tolken in de opvang?",
        "Which agreements were made in the autumn of 2024?",
        "What was the decision on the housing target?",
        "Wat is er besloten over de onepager met wetgeving?",
    ],
)
def test_a_question_for_what_was_agreed_asks_for_the_register(question: str) -> None:
    assert asks("agreed", question)


@pytest.mark.parametrize(
    "question",
    [
        # a noun of deciding or acting inside the topic (issue 16)
        "How many reception places did the COA capacity decision call for?",
        "Wat gebeurt er als iemand zijn acties niet op tijd afrondt?",
        "Who would oversee the escalation ladder for action holders?",
        "What did Aedes think about the climate agreement?",
    ],
)
def test_a_noun_of_deciding_in_the_topic_asks_for_no_register(question: str) -> None:
    assert not asks("agreed", question)


@pytest.mark.parametrize(
    ("question", "header"),
    [
        ("Hoe laat en waar was de vergadering van 10 november 2023?", True),
        ("When did the meeting of 19 March 2025 start?", True),
        ("Wanneer begon het overleg van 3 november?", True),
        ("Where was the LRT meeting of 8 July 2022 held?", True),
        ("Who attended the LRT meeting of January 2024?", True),
        # a place or a start inside the topic (issue 16)
        ("What did the VNG say about the reception location at Schiphol?", False),
        ("How did VB view the start-up homes?", False),
        ("Where are most of the family members arriving through Zevenaar staying?", False),
        ("What was said about a slow start of civic integration?", False),
    ],
)
def test_header_chunks_only_for_the_meetings_time_place_or_attendance(
    question: str, header: bool
) -> None:
    assert asks("header", question) is header


@pytest.mark.parametrize(
    "question",
    [
        "Wie zat er namens de provincies bij de vergadering in juli 2022?",
        "Wie was er vanuit Aedes bij de LRT van 6 april 2023?",
        "Who was there for IPO at the meeting of 8 July 2022?",
        "Who from the VNG was at the meeting?",
    ],
)
def test_who_was_there_for_an_organisation_asks_for_attendance(question: str) -> None:
    assert {"attendance", "attendance_asked", "header"} <= {
        n for n in ("attendance", "attendance_asked", "header") if asks(n, question)
    }


@pytest.mark.parametrize(
    "question",
    ["Which decision was taken at the meeting?", "Welke besluiten waren genomen op de overleg?"],
)
def test_a_decision_taken_at_the_meeting_is_no_attendance_question(question: str) -> None:
    assert not asks("attendance", question) and not asks("header", question)
