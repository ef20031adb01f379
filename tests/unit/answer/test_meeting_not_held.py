"""Rule meeting_not_held (answer/meeting_not_held.py): which questions ask the outcome of a
meeting (read from the words alone, no index), and the message of its reason."""

from __future__ import annotations

import pytest

from lrt_search.answer.meeting_not_held import asked_meetings
from lrt_search.answer.messages import render

ASKED = [
    ("Wat is er in de kleine LRT besloten over de taakstelling?", "named", "kleine LRT"),
    ("What was decided at the small LRT about Ukrainian refugees?", "named", "small LRT"),
    ("What did the 'small LRT' of early 2025 agree?", "named", "small LRT"),
    ("Welke afspraken maakte de HLRT in de zomer van 2022?", "named", "HLRT"),
    ("uitkomsten HLRT-overleg zomer 2022 over randvoorwaarden?", "named", "HLRT-overleg"),
    ("Wat heeft de ministerraad van 21 april 2023 besloten?", "named", "ministerraad"),
    ("What did the council of ministers decide on 12 May 2023?", "named", "council of ministers"),
    ("Wat werd er in de Tweede Kamer afgesproken over de wet?", "named", "Tweede Kamer"),
    ("What did the Tweede Kamer decide about the Spreidingswet?", "named", "Tweede Kamer"),
    ("Which agreements were made in the cabinet about the target?", "body", "cabinet"),
    ("In March 2025 a longer follow-up LRT was announced. What was agreed there?", "next",
     "longer follow-up LRT"),
    ("Welke afspraken zijn gemaakt in de LRT van 18 december die in maart 2025 werd vastgesteld?",
     "day", "LRT van 18 december"),
    ("Wat werd besloten op de eerstvolgende LRT na 19 maart 2025?", "next", "eerstvolgende LRT"),
    ("What conclusions did the longer follow-up LRT, announced in March 2025, reach?", "next",
     "longer follow-up LRT"),
    ("In de 'kleine LRT' werd gesproken over Oekraïners; wat werd daar besloten?", "named",
     "kleine LRT"),
    ("The minister mentioned an introductory meeting; what came out of that meeting?", "named",
     "introductory meeting"),
]  # fmt: skip

NOT_ASKED = [
    "Wanneer volgt het verslag van de kleine LRT?",  # what the minutes say of it
    "Wat werd er in november 2023 over de HLRT afgesproken?",  # agreed about it, not in it
    "What was agreed in April 2023 about an extra LRT ahead of the council of ministers?",
    "Wat werd in de LRT afgesproken met het oog op de MR van 21 april 2023?",  # a purpose
    "Wanneer ligt de AMvB in de MR, en wat is er afgesproken over de medeoverheden?",  # clauses
    "Who decides how the bill is handled in the House of Representatives?",  # embedded clause
    "What did the Veiligheidsberaad decide about the coordination tasks?",  # a body as subject
    "Wat heeft het kabinet besloten over de spreidingswet?",  # ministers speak for it
    "What was decided in March 2025 about the next LRT?",
    "What was agreed at the meeting about the HLRT?",  # 'about' ends the words before it
    "When was the decree supposed to be in the council of ministers?",  # no outcome
]


@pytest.mark.parametrize(("question", "kind", "phrase"), ASKED)
def test_an_outcome_asked_of_a_meeting_is_read(question: str, kind: str, phrase: str) -> None:
    read = asked_meetings(question)
    assert read, question
    assert (read[0].kind, read[0].phrase) == (kind, phrase)


@pytest.mark.parametrize("question", NOT_ASKED)
def test_what_the_minutes_say_of_a_meeting_is_not_read(question: str) -> None:
    assert asked_meetings(question) == []


def test_a_day_and_its_year_are_read() -> None:
    (read,) = asked_meetings("Welke afspraken zijn gemaakt tijdens de extra LRT van 21 april 2023?")
    assert read.day == (2023, 4, 21)
    (yearless,) = asked_meetings("What did the LRT of 18 December decide?")
    assert yearless.day == (0, 12, 18)


def test_the_hyphenated_tail_keeps_the_name_to_find_it_by() -> None:
    (read,) = asked_meetings("Wat is er op HLRT-niveau besloten over het coördinatiecentrum?")
    assert (read.phrase, read.named) == ("HLRT-niveau", "HLRT")


def test_the_reason_names_the_meeting_and_the_minutes_that_mention_it() -> None:
    params = {"names": ["kleine LRT"], "kind": "named", "dates": ["2025-03-19"]}
    assert render("meeting_not_held", params, "nl") == (
        "de notulen van \u201ckleine LRT\u201d zijn niet bij de doorzochte notulen; "
        "de notulen van 2025-03-19 noemen die"
    )
    params["dates"] = []
    assert render("meeting_not_held", params, "en") == (
        "the minutes of \u201ckleine LRT\u201d are not among the minutes searched"
    )
