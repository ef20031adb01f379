"""Issue 16 task B: roles as speakers (the chair, the state secretary, the commissioner).

Rule ``role_speaker``: "What did the chair say about X?" asks what the attendee the attendee
list marks "voorzitter" said (2025-03-19: "Mw. Faber (AenM, voorzitter)": MAenM), in the meetings
whose list marks a chair; with none in the period the reason says so (``chair_unrecorded``).
Rule ``role_word_known``: "the chair" is no name the minutes lack: "voorzitter" occurs. Rule
``mention_addressee_not_topic``: "raise with the state secretary" names whom it was raised with,
no topic. Each switched off to show what it changes."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.search.phrases import topic_of
from lrt_search.service import Engine

_WITHDRAW = "MAenM licht toe dat zij de spreidingswet wil intrekken"
_ATTENDEE = "Mw. Faber (AenM, voorzitter)"


def _quotes(answer: object) -> str:
    return " ".join(c.quote for c in answer.citations)  # type: ignore[attr-defined]


def test_the_chair_speaks_in_english_and_dutch(engine: Engine) -> None:
    for question in (
        "What did the chair say about the spreidingswet?",
        "Wat zei de voorzitter over de spreidingswet?",
    ):
        answer = engine.ask(question)
        assert not answer.abstained, answer.reason
        assert _WITHDRAW in _quotes(answer)
        assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-03-19"}
    off = switched(engine, role_speaker=False).ask("Wat zei de voorzitter over de spreidingswet?")
    assert off.abstained or _ATTENDEE in _quotes(off)  # read as "who chaired"


def test_who_chaired_is_still_the_attendee_list(engine: Engine) -> None:
    answer = engine.ask("Wie was de voorzitter van de vergadering van maart 2025?")
    assert _ATTENDEE in _quotes(answer)


def test_no_chair_listed_in_the_period_is_the_reason(engine: Engine) -> None:
    question = "What did the chair say about the escalation ladder in July 2022?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "chair_unrecorded", answer.reason
    assert false_reason(Minutes(engine), answer) is None
    off = switched(engine, role_speaker=False).ask(question)
    assert off.reason_code != "chair_unrecorded"


def test_the_chair_is_no_absent_name(engine: Engine) -> None:
    question = "What did the chair say about the spreidingswet?"
    no_speaker = switched(engine, role_speaker=False)
    assert no_speaker.ask(question).reason_code != "name_absent"
    off = switched(engine, role_speaker=False, role_word_known=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason


def test_the_addressee_of_a_mention_is_no_topic(engine: Engine) -> None:
    question = "What did the CdK raise with the state secretary at the end of the meeting?"
    assert topic_of(question) == ""
    assert "state secretary" in topic_of(question, addressee=False)
    named = "What did Klijnsma raise with the state secretary at the end of the April 2023 meeting?"
    assert engine.ask(named).reason_code != "topic_absent"
    # glossary_matches_read off too: with it "state secretary" is the glossary term
    # staatssecretaris, which the minutes hold, so the topic is found without this rule
    off = switched(engine, mention_addressee_not_topic=False, glossary_matches_read=False)
    assert off.ask(named).abstained and off.ask(named).reason_code == "topic_absent"
