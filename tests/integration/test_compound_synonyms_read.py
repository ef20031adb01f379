"""Rule ``compound_synonyms_read`` of the topic check (answer.compound_synonyms) on the bundled
corpus, issue 16 session 27 task H2: a compound the minutes hold asked with one part in other
words ("flexhuizen": "flexwoningen"; "front portals": "voorportalen") is found and quoted; a
part's synonym in another sense ("vakantiehuizen") stays missing."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.evidence import Asked
from lrt_search.service import Engine


def _missing(engine: Engine, question: str) -> tuple[str, ...]:
    check = Asked(engine, question, engine.scope(question)).topic_check
    assert check is not None
    return check.missing


def test_a_dutch_compound_with_its_head_in_other_words_is_quoted(engine: Engine) -> None:
    question = "Worden flexhuizen duurder door de snelle inkoop, volgens Aedes?"
    assert "flexhuizen" not in _missing(engine, question)
    assert "flexhuizen" in _missing(switched(engine, compound_synonyms_read=False), question)
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("prijsopdrijvend effect" in c.quote for c in answer.citations), answer.answer


def test_an_english_modifier_and_noun_find_the_dutch_compound(engine: Engine) -> None:
    question = "COA: how many people are staying in the front portals at the moment?"
    assert "portals" not in _missing(engine, question)
    assert "portals" in _missing(switched(engine, compound_synonyms_read=False), question)
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("1500 mensen in voorportalen" in c.quote for c in answer.citations), answer.answer


def test_a_synonym_in_another_sense_stays_missing(engine: Engine) -> None:
    assert "vakantiehuizen" in _missing(engine, "Wat zei Aedes in 2025 over vakantiehuizen?")
    assert "huisdieren" in _missing(engine, "Wat zeiden de corporaties over huisdieren?")
