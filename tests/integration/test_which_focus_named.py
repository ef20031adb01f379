"""Rule ``which_focus_named`` (issue 16 task A, session 18): a "which X" question ("Welke boetes
...", "Noem de namen ...") whose X the minutes lack in every form is answered only by a
statement holding a compound whose head X is, not by one on the topic that holds none; an X the
minutes write is not checked. Off by default; switched on to show the answer it changes. Its
reason, ``no_focus``, is true of the minutes."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.asked_focus import asked_focus, focus_terms
from lrt_search.answer.messages import Reason
from lrt_search.evaluation.reason_truth import CHECKERS, Minutes, false_reason
from lrt_search.service import Engine

ABSENT = "Welke boetes krijgen gemeenten die de taakstelling huisvesting niet halen?"


def test_the_asked_noun_is_read() -> None:
    assert asked_focus("Welke bezwaren had Defensie tegen Budel?") == "bezwaren"
    assert asked_focus("Which two suggestions did the COA make?") == "suggestions"
    assert asked_focus("Noem de scenario's die de VNG heeft uitgewerkt.") == "scenario's"
    assert asked_focus("Welke concrete sancties gelden er?") == "sancties"
    assert asked_focus("Welke afspraken zijn gemaakt?") == ""  # unchecked: a decision
    # a class of names (rule which_member_named), a meeting or date, a name, a relative "which"
    assert asked_focus("Welke partij stelde dat voor?") == ""
    assert asked_focus("Which regions of Syria are safe?") == ""
    assert asked_focus("In welke vergadering kwam dat aan bod?") == ""
    assert asked_focus("Welke VNG-leden waren er?") == ""
    assert asked_focus("What did the letter which was sent say?") == ""


def test_only_a_noun_the_minutes_lack_is_checked(engine: Engine) -> None:
    assert focus_terms(engine, "boetes", False)[0] == "boetes"
    assert focus_terms(engine, "zorgen", False) == ("", frozenset())  # "zorgen uit over ..."
    assert focus_terms(engine, "suggestions", True) == ("", frozenset())  # untranslated


def test_a_topic_without_the_noun_is_not_an_answer(engine: Engine) -> None:
    answer = switched(engine, which_focus_named=True).ask(ABSENT)
    assert answer.abstained, [c.quote for c in answer.citations]
    assert answer.reason_code == "no_focus", answer.reason
    off = engine.ask(ABSENT)  # off by default
    assert not off.abstained, off.reason


def test_a_statement_holding_the_noun_answers(engine: Engine) -> None:
    question = "Welke toets moet er volgens het IPO plaatsvinden bij het pakket?"
    head = switched(engine, which_focus_named=True).ask(question)
    assert not head.abstained, head.reason  # "uitvoeringstoets"


def test_the_reason_names_the_noun_and_is_true(engine: Engine) -> None:
    answer = switched(engine, which_focus_named=True).ask(ABSENT)
    assert answer.reason_params["words"] == ["boetes"]
    assert false_reason(Minutes(engine), answer) is None
    english = Reason("no_focus", {"words": ["bezwaren"], "topic": "Budel"}).text("en")
    assert english == "no statement about \u201cBudel\u201d mentions \u201cbezwaren\u201d"


def test_the_reason_checker_finds_the_noun_on_the_topic(engine: Engine) -> None:
    check = CHECKERS["no_focus"]
    minutes = Minutes(engine)
    # "COA doet twee suggesties om de toewijzingen aan statushouders toe te laten nemen."
    assert check(minutes, None, {"words": ["suggesties"], "topic": "toewijzingen"})
    assert check(minutes, None, {"words": ["bezwaren"], "topic": "Budel"}) is None
