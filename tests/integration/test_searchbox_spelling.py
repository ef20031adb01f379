"""Search-box questions on the bundled corpus (issues 16/21, task A2); each setting switches
its rule off: ``spelling_joins`` (two words of one compound of the minutes are joined) and
``title_case_not_names`` (a question in Title Case has no
name in its capitals)."""

from __future__ import annotations

from switched import switched

from lrt_search.search.parsed import read_question
from lrt_search.search.title_case import is_title_case, lower_title_case
from lrt_search.service import Engine


def test_title_case_capitals_name_nothing(engine: Engine) -> None:
    question = "Prijsopdrijvend Effect Flexwoningen Korte Termijn"
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("Aedes waarschuwt voor een prijsopdrijvend")
    off = switched(engine, title_case_not_names=False).ask(question)
    assert off.abstained and off.reason_code == "name_not_quoted"


def test_title_case_keeps_acronyms_and_two_word_names(engine: Engine) -> None:
    assert is_title_case("Verbod Op Voorrang Inburgering")
    assert not is_title_case("Ter Apel")  # too short to say: a name
    assert not is_title_case("Wat zei de VNG over Budel?")
    assert not is_title_case("VNG COA IND")  # acronyms only
    assert lower_title_case("Regie Van Het Rijk IPO DSL's") == "regie van het rijk IPO DSL's"
    names = read_question("Capaciteitsbesluit COA Brief Tweede Kamer", engine.orgs).names
    assert [n for n, _ in names] == ["COA"]


def test_two_words_of_one_compound_are_joined(engine: Engine) -> None:
    question = "Wat is een vertrek moratorium?"
    # the topic check finds "moratorium" as the last part of "vertrekmoratorium", so with rule
    # unread_from_topic_check no word is left not understood and no spelling retry is needed:
    # the same passage is quoted
    understood = engine.ask(question)
    assert understood.citations[0].quote.startswith("MAenM licht toe dat er een Besluit en vert")
    engine = switched(engine, unread_from_topic_check=False)
    answer = engine.ask(question)
    assert "spelling: vertrek moratorium -> vertrekmoratorium" in answer.notes
    assert answer.citations[0].quote.startswith("MAenM licht toe dat er een Besluit en vertrek")
    off = switched(engine, spelling_joins=False).ask(question)
    assert not any(n.startswith("spelling:") for n in off.notes)
