"""A rule of the Dutch topic check (answer.topics) on the bundled corpus, issue 16 task E: a
compound the minutes lack whose modifier and head they both hold is found
(``Settings.compound_both_parts``: "doorstroomplek" = the "doorstroom" of "doorstroomlocatie" +
"plek"), one of whose parts they lack stays missing ("huurprijzen")."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.compound_words import compound_of_known_parts
from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_topic_absent
from lrt_search.answer.topic_words import compound_terms
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def _asked(engine: Engine, question: str) -> Asked:
    parsed = ParsedQuestion(question)
    return Asked(engine, parsed.text, QueryScope(), parsed=parsed)


def _missing(engine: Engine, question: str) -> tuple[str, ...]:
    check = _asked(engine, question).topic_check
    assert check is not None
    return check.missing


def _terms(engine: Engine, word: str) -> set[str]:
    def index_terms(text: str) -> set[str]:
        known = engine.bm25.terms
        return {t for t in engine.analyzer.tokenize_query(text, known) if t in known}

    return compound_of_known_parts(engine, word, index_terms, compound_terms)


def test_a_compound_of_two_parts_the_minutes_hold_is_found(engine: Engine) -> None:
    assert _terms(engine, "doorstroomplek")  # doorstroom(locatie) + plek(ken)
    assert _terms(engine, "slaapplekken")  # slaap(ruimte) + plekken
    assert not _terms(engine, "huurprijzen")  # no "huur" in the minutes
    assert not _terms(engine, "tentenkamp")  # no "tent"
    assert not _terms(engine, "teruggekeerd")  # a verb form: "terug" + "gekeerd" is no compound
    question = "Hoeveel gemeenten willen een doorstroomplek?"
    assert "doorstroomplek" not in _missing(engine, question)
    assert "doorstroomplek" in _missing(switched(engine, compound_both_parts=False), question)


def test_the_count_of_municipalities_wanting_a_transit_place_is_quoted(engine: Engine) -> None:
    question = "Hoeveel gemeenten willen zo'n doorstroomplek?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Ongeveer 60 gemeenten" in c.quote for c in answer.citations), answer.answer
    params = gate_topic_absent(_asked(switched(engine, compound_both_parts=False), question))
    assert params is not None and "doorstroomplek" in params["words"]


def test_a_compound_one_of_whose_parts_the_minutes_lack_stays_missing(engine: Engine) -> None:
    answer = engine.ask("Gaan de huurprijzen omhoog door statushouders?")
    assert "huurprijzen" in _missing(engine, "Gaan de huurprijzen omhoog door statushouders?")
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
