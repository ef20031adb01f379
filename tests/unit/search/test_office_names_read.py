"""Issue 16 session 30 task F (search/office_names.py, rule ``office_names_read``; rule
``attendance_joins_read``): by hand, no index."""

from __future__ import annotations

from functools import cache

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.office_names import office_in
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


@cache
def _orgs() -> OrgTable:
    return OrgTable.default()


def test_an_office_of_the_office_codes_gets_its_code() -> None:
    office = office_in(
        "So did the Prime Minister himself ever join one of these meetings?", _orgs()
    )
    assert office is not None and (office.asked, office.code) == ("Prime Minister", "MP")
    office = office_in("Wat vond de Minister-President zelf van de spreidingswet?", _orgs())
    assert office is not None and office.code == "MP"
    office = office_in("Was de commissaris van de Koning van Drenthe erbij?", _orgs())
    assert office is not None and office.code == "CdK" and office.place == "Drenthe"


def test_a_place_office_needs_its_place_and_has_no_code() -> None:
    office = office_in("What did the mayor of Zwolle say about flex homes?", _orgs())
    assert office is not None and (office.asked, office.code) == ("mayor of Zwolle", "")
    assert office_in("What did the mayor say about flex homes?", _orgs()) is None


def test_a_minister_with_a_portfolio_is_its_body_and_a_ministry_no_office() -> None:
    office = office_in("Did the Minister of Education himself ever attend?", _orgs())
    assert office is not None and office.code == "OCW"
    assert (
        office_in("Met welke beslispunten is het ministerie van Defensie akkoord?", _orgs()) is None
    )


def test_an_office_after_a_preposition_of_the_topic_is_not_asked() -> None:
    assert office_in("Wat zei de VNG over de brief van de minister-president?", _orgs()) is None
    assert office_in("What did the COA say about the Prime Minister's letter?", _orgs()) is None
    office = office_in("Wat was de reactie van de premier op de spreidingswet?", _orgs())
    assert office is not None and office.code == "MP"  # a noun of speech before "van"


def test_the_reading_drops_the_office_as_a_glossary_name_and_the_switch_restores_it() -> None:
    q = "So did the Prime Minister himself ever join one of these meetings? What did he say?"
    on = read_question(q, _orgs(), Glossary.default(), rules=SpeakerRules())
    assert (on.office, on.office_code) == ("Prime Minister", "MP")
    assert ("Prime Minister", "glossary") not in on.names
    off_rules = SpeakerRules.of(Settings(office_names_read=False))
    off = read_question(q, _orgs(), Glossary.default(), rules=off_rules)
    assert off.office == "" and ("Prime Minister", "glossary") in off.names


def test_joining_the_meetings_is_attendance_and_other_senses_are_not() -> None:
    for q in (
        "Did Aedes ever join one of these meetings?",
        "Zat de VNG ook aan tafel?",
        "Schoof het COA ooit aan bij het overleg?",
        "Kwam het IPO wel eens naar die vergaderingen?",
    ):
        assert asks("attendance_joined", q), q
        assert read_question(q, _orgs(), rules=SpeakerRules()).attendance, q
        off = SpeakerRules.of(Settings(attendance_joins_read=False))
        assert not read_question(q, _orgs(), rules=off).attendance, q
    for q in (
        "Did the VNG ever come to an agreement on the housing target?",
        "Did Aedes join the call for flex homes?",
        "Was de VNG kritisch bij het overleg?",
        "Kwam de VNG ooit met een voorstel over de taakstelling?",
    ):
        assert not asks("attendance_joined", q), q
