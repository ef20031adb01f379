"""Rule ``alternative_tail_names_free`` by hand (search/alternatives.py, read by
search/parsed.read_question; issue 16 session 30 task E): the tail, its actor and what the
reading keeps. No index."""

from __future__ import annotations

from framed_reading import tables

from lrt_search.config import Settings
from lrt_search.search.alternatives import alternative_tail, main_clause
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules


def _read(question: str, on: bool = True) -> ParsedQuestion:
    rules = SpeakerRules.of(Settings().replace(alternative_tail_names_free=on))
    return read_question(question, *tables(), rules=rules)


def _names(parsed: ParsedQuestion) -> list[str]:
    return [n.lower() for n, _ in parsed.names]


def test_the_tail_and_its_actor_are_read_in_each_form() -> None:
    cases = {
        "Mogen provincies meedenken over de wet, of beslist Den Haag dat zelf?": "Den Haag",
        "Komt er een lijst van locaties, of is dat aan het Rijk?": "het Rijk",
        "Komt er een lijst van locaties of ligt dat bij de provincie?": "de provincie",
        "Komt er een lijst van locaties, of het Rijk zelf?": "het Rijk",
        "Komt er een lijst van locaties, of mag het COA dat zelf bepalen?": "het COA",
        "Is a list of locations drawn up, or does The Hague decide that alone?": "The Hague",
        "Is a list of locations drawn up, or is it up to the ministry to decide?": "the ministry",
        "Is a list of locations drawn up, or does it rest with the COA?": "the COA",
        "Is a list of locations drawn up, or the government itself?": "the government",
    }
    for question, actor in cases.items():
        tail = alternative_tail(question)
        assert tail is not None and tail.actor == actor and not tail.choice, question
    assert alternative_tail("Is a list of locations drawn up, or was it the COA?").choice


def test_no_tail_where_the_alternative_is_the_question() -> None:
    for question in [
        "Was het de VNG of het IPO die dat vroeg?",
        "Wie zat de vergadering voor, de VNG of het Rijk?",
        "Weet het COA of de provincie dat zelf bepaalt?",
        "Wat zei de VNG over de vraag of het Rijk dat zelf bepaalt?",
        "Is het aan de provincie of aan de gemeenten?",
        "Did the VNG say that, or did the COA say it?",
        "Ging SJenV akkoord met de wijziging, of niet?",
        "Of beslist Den Haag dat zelf?",  # no main clause
    ]:
        assert alternative_tail(question) is None, question


def test_main_clause_drops_the_tail() -> None:
    q = "Komt er een lijst van locaties, of regelt het Rijk dat zelf?"
    assert main_clause(q) == "Komt er een lijst van locaties?"
    assert main_clause("Komt er een lijst van locaties?") == "Komt er een lijst van locaties?"


def test_the_tails_actor_is_no_name_and_no_speaker_the_main_clauses_names_stay() -> None:
    q = "Komt er een lijst van wie vanuit Budel aansluit, of beslist Den Haag dat zelf?"
    assert _names(_read(q)) == ["budel"]
    assert "den haag" in _names(_read(q, on=False))
    en = "Can municipalities have a say in the rules, or does The Hague decide that alone?"
    assert _read(en).speaker == () and _names(_read(en)) == []
    assert _read(en, on=False).speaker == ("Rijk",)


def test_or_was_it_after_an_asked_speaker_is_a_choice_read_as_before() -> None:
    q = "Heeft de VNG om een tekstwijziging gevraagd, of was het het IPO?"
    assert _read(q) == _read(q, on=False)
    assert set(_read(q).speaker) == {"VNG", "IPO"}
    free = "Werd de tekst gewijzigd, of was het het IPO?"
    assert "ipo" not in _names(_read(free)) and _read(free).speaker == ()
