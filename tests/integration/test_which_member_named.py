"""Rule ``which_member_named`` (issue 16): a "which <class>" question (a place, a country or
people, an organisation) is answered only by a statement that names a member of the class, not
by one that speaks of the class ("een aantal gemeenten"). Switched off to show the answer it
changes. Its reason, ``no_member``, names the class and is true of the minutes. The tests switch the
rule on."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.asked_class import asked_class, names_member
from lrt_search.answer.messages import Reason
from lrt_search.evaluation.reason_truth import CHECKERS, Minutes, false_reason
from lrt_search.lexicon.wordlists import words
from lrt_search.service import Engine


def test_the_asked_class_is_read() -> None:
    assert asked_class("Welke gemeenten vangen de meeste statushouders op?") == "place"
    assert asked_class("In which two provinces did the PRT meet?") == "place"
    assert asked_class("Wat voor land is het grootste herkomstland?") == "country"
    assert asked_class("Which nationality's applications fell?") == "country"
    assert asked_class("Welke organisatie leidt de pilot?") == "org"
    # a class no recogniser knows is not checked
    assert asked_class("Welke afspraken zijn er gemaakt over de gemeenten?") == ""
    assert asked_class("Hoeveel gemeenten doen mee?") == ""


def test_members_are_recognised_from_the_data(engine: Engine) -> None:
    orgs = engine.orgs
    assert names_member("place", "De situatie in Ter Apel is stabiel.", orgs)
    assert names_member("place", "De gemeente Amersfoort meldt zich.", orgs)
    assert names_member("place", "Drenthe zet stappen.", orgs)
    assert not names_member("place", "Sommige gemeenten zetten stappen.", orgs)
    assert not names_member("place", "Veel Syriërs komen naar Nederland.", orgs)  # no place
    assert names_member("country", "Veel Syriërs komen naar Nederland.", orgs)
    assert not names_member("country", "Het landenbeleid wijzigt niet.", orgs)
    assert names_member("org", "Het COA licht de cijfers toe.", orgs)
    assert not names_member("org", "Gemeenten moeten aan de slag.", orgs)


def test_the_gazetteer_was_built_from_the_minutes() -> None:
    places = words("places", "minutes_places")
    assert "Ter Apel" in places and "Zevenaar" in places
    assert "Syrië" not in places  # a country is a class of its own


def test_a_class_spoken_of_but_unnamed_is_not_an_answer(engine: Engine) -> None:
    question = "Welke provincies zetten stappen op de ladder van het interbestuurlijk toezicht?"
    answer = engine.ask(question)  # on by default since session 14
    assert answer.abstained, [c.quote for c in answer.citations]
    off = switched(engine, which_member_named=False).ask(question)
    assert not off.abstained, off.reason


def test_a_named_member_answers(engine: Engine) -> None:
    on = switched(engine, which_member_named=True)
    answer = on.ask("Via welke plaats komen veel nareizigers Nederland binnen?")
    assert not answer.abstained, answer.reason
    assert any("Zevenaar" in c.quote for c in answer.citations)


def test_the_reason_names_the_class_the_minutes_do_not_name(engine: Engine) -> None:
    on = switched(engine, which_member_named=True)
    answer = on.ask(
        "Welke provincies zetten stappen op de ladder van het interbestuurlijk toezicht?"
    )
    assert answer.reason_code == "no_member", answer.reason
    assert answer.reason_params["words"] == ["provincies"]
    assert "provincies" in answer.reason and "bij naam" in answer.reason
    assert false_reason(Minutes(on), answer) is None
    english = Reason("no_member", {"words": ["provinces"], "topic": "IBT ladder"}).text("en")
    assert english == "no statement about \u201cIBT ladder\u201d names any \u201cprovinces\u201d"


def test_the_reason_checker_finds_a_member_named_on_the_topic(engine: Engine) -> None:
    check = CHECKERS["no_member"]
    minutes = Minutes(engine)
    # "Aedes licht toe dat het realiseren van flexwoningen ook tijd kost": an organisation
    assert check(minutes, None, {"words": ["organisatie"], "topic": "flexwoningen"})
    # no statement on the DSL's names a municipality ("Ongeveer 60 gemeenten")
    assert check(minutes, None, {"words": ["gemeenten"], "topic": "DSL"}) is None
