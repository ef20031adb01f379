"""Issue 16 task D, rule ``header_quotes_asked``: a meeting's attendee lists are quoted only for
a question that asks who attended, was represented or chaired. A word of attendance that does
not ask that ("Wie was het eens met ...", "Who were in favour of ...") made the list a candidate
(scored with the whole lexical bonus, it outscored the statement that answers) and left the
question without a topic to check. Switched off to show the list it removes."""

from __future__ import annotations

from switched import switched

from lrt_search.lexicon.intents import asks
from lrt_search.service import Engine


def _listed(answer) -> bool:  # type: ignore[no-untyped-def]
    return any(c.kind == "attendees" for c in answer.citations)


def test_who_agreed_is_answered_by_the_statement_not_the_attendee_list(engine: Engine) -> None:
    question = "Wie was het in maart 2025 eens met de nadruk op zelfredzaamheid?"
    on = engine.ask(question)
    assert not on.abstained and not _listed(on), on.answer
    assert any("eens met de inzet van het kabinet" in c.quote for c in on.citations)
    off = switched(engine, header_quotes_asked=False).ask(question)
    assert _listed(off), off.answer


def test_who_was_in_favour_is_a_stance_not_a_presence(engine: Engine) -> None:
    question = "Who were in favour of an integral package in March 2025?"
    assert asks("in_favour", question)
    on = engine.ask(question)
    assert not _listed(on) and any("integraal pakket" in c.quote for c in on.citations)
    assert _listed(switched(engine, header_quotes_asked=False).ask(question))


def test_the_topic_of_a_who_agreed_question_is_checked(engine: Engine) -> None:
    question = "Wie was het in maart 2025 eens met de invoering van een asielquotum?"
    assert engine.ask(question).abstained
    assert not switched(engine, header_quotes_asked=False).ask(question).abstained


def test_attendance_chair_and_representation_questions_keep_the_lists(engine: Engine) -> None:
    for question, entry in (
        ("Was the housing ministry represented at the meeting of 19 March 2025?", "Keizer"),
        ("Wie was er namens Aedes aanwezig op 19 maart 2025?", "Spies"),
        ("Who was the chair at the meeting of March 2025?", "Faber"),
    ):
        answer = engine.ask(question)
        assert _listed(answer) and entry in answer.answer, (question, answer.answer)
