"""Issue 16 task E2: people named by surname where the minutes write the organisation or role.

Rules ``title_not_speech_verb`` ("the new state secretary Van der Maat": "state" opens a title,
it is no verb of speech, and "new" no speaker), ``person_source_speaker`` ("..., according to
De Jonge?": the person's organisation from the attendee lists speaks, not the organisation the
clause is about) and the question alias "The Hague" / "Den Haag" of the group ``Rijk``
(organisations.toml). Each switched off to show what it changes."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.search.phrases import speaker_phrase
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        (
            "How did the new state secretary Van der Maat respond to the complaints?",
            "new state secretary Van der Maat",
            "new",
        ),
        (
            "What did the former state secretary Van der Burg say?",
            "former state secretary Van der Burg",
            "former",
        ),
        ("What did the state secretary say about beds?", "state secretary", "the"),
        # a verb of speech that opens no title stays the verb
        ("What did the COA state about beds?", "COA", "COA"),
    ],
)
def test_a_title_holds_no_verb_of_speech(question: str, on: str, off: str) -> None:
    assert speaker_phrase(question) == on
    assert speaker_phrase(question, title=False, finite=False) == off


def test_the_new_state_secretary_is_no_absent_name(engine: Engine) -> None:
    question = "How did the new state secretary Van der Maat respond to the complaints?"
    assert engine.ask(question).reason_code != "name_absent"
    off = switched(engine, title_not_speech_verb=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason
    assert "new" in off.reason


def test_the_source_person_speaks(engine: Engine) -> None:
    question = (
        "Which step of the takeover procedure do provinces shy away from, according to De Jonge?"
    )
    answer = engine.ask(question)
    assert any("MBZK" in note and "Jonge" in note for note in answer.notes), answer.notes
    assert answer.reason_code != "name_not_quoted", answer.reason
    # without the person, "provinces" is the speaker; rule group_speaker_subject (session 21)
    # would find a statement whose subject is the provinces: off too, to see the person's effect
    off = switched(engine, person_source_speaker=False, group_speaker_subject=False).ask(question)
    assert off.abstained and off.reason_code == "name_not_quoted", off.reason


@pytest.mark.parametrize("name", ["The Hague", "Den Haag"])
def test_the_hague_is_central_government(engine: Engine, name: str) -> None:
    assert engine.orgs.resolve(name) == "Rijk"
    answer = engine.ask(f"Can members still pass on comments after the LRT, according to {name}?")
    assert answer.reason_code != "name_absent", answer.reason
