"""Rule event_date (answer/event_date.py), read by hand-written questions: which noun a date is
tied to, and whether the question still keeps the date a meeting's."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.answer.event_date import event_dated, event_noun, frames_meeting


@pytest.mark.parametrize(
    ("question", "english", "noun"),
    [
        ("For which cabinet meeting of 21 April 2023 was the letter expected?", True,
         "cabinet meeting"),
        ("With whom is there an introductory meeting on 21 April 2023?", True,
         "introductory meeting"),
        ("Wat is er gezegd over het bestuurlijk overleg van 21 april 2023?", False,
         "bestuurlijk overleg"),
        ("Wat gebeurt er na de Benen op Tafel-bijeenkomst van 21 april 2023?", False,
         "tafel bijeenkomst"),
        ("Wat hoorde de LRT over de ministerraad op 21 april 2023?", False, "ministerraad"),
        ("What did the CDK wonder about the Dispersal Act after 21 April 2023?", True, "act"),
        # the LRT's own meetings, verbs, bodies and period words tie nothing to an event
        ("What was discussed at the LRT of 21 April 2023?", True, ""),
        ("Welke afspraken zijn gemaakt tijdens de extra LRT van 21 april 2023?", False, ""),
        ("What was said at the next meeting on 21 April 2023?", True, ""),
        ("Who attended the LRT-meeting of 21 April 2023?", True, ""),
        ("Wat werd er besproken in de vergadering van 21 april 2023?", False, ""),
        ("What did the VNG say on 21 April 2023?", True, ""),
        ("Wat zei de VNG na 21 april 2023?", False, ""),
        ("Wat is er besproken op 21 april 2023?", False, ""),
        ("Wat gebeurde er in de week van 21 april 2023?", False, ""),
    ],
)  # fmt: skip
def test_event_noun(question: str, english: bool, noun: str) -> None:
    assert event_noun(question, r"21 april 2023|April 21, 2023", english) == noun
    assert event_dated(question, english, dt.date(2023, 4, 21)) is bool(noun)
    assert not event_dated(question, english, dt.date(2023, 4, 22))


def test_a_date_before_a_meeting_noun_a_stopword_or_the_speaker_is_no_events() -> None:
    # "the April 2023 meeting", "de 21 april 2023 vergadering": the date is the meeting's
    assert not event_dated("What was raised at the end of the April 2023 meeting?", True)
    assert not event_dated("Wat zei de VNG aan het eind van de 21 april 2023 vergadering?", False)
    both = "Werd het toezicht zowel op 3 november 2023 als op 21 april 2023 besproken?"
    assert not event_dated(both, False)
    who = "Met wie heeft de staatssecretaris op 21 april 2023 een gesprek?"
    assert event_dated(who, False)
    assert not event_dated(who, False, speaker=("staatssecretaris",))


def test_event_dated_reads_every_point_the_question_writes() -> None:
    assert event_dated("What happens to the Dispersal Act after 1 July 2025?", True)
    assert event_dated("Wat gebeurt er met de brief van maart 2025?", False)
    assert not event_dated("What was decided at the LRT of 19 March 2025?", True)
    assert not event_dated("Wat is er besloten in de tweede helft van 2025?", False)


@pytest.mark.parametrize(
    ("question", "event", "framed"),
    [
        # a word of the meetings or speech frames only a date tied to no event
        ("What did the LRT hear about the cabinet meeting of 12 May 2023?", False, True),
        ("What did the LRT hear about the cabinet meeting of 12 May 2023?", True, False),
        # a word of attendance that does not ask who attended
        ("What did the CDK representatives ask about the Act after 1 July 2025?", False, True),
        ("What did the CDK representatives ask about the Act after 1 July 2025?", True, False),
        # who attended or chaired keeps the date a meeting's
        ("Who took part in the talks of 8 February 2023?", True, True),
        ("Who chaired the session of 17 February 2023?", True, True),
    ],
)
def test_frames_meeting(question: str, event: bool, framed: bool) -> None:
    assert frames_meeting(question, event) is framed
