"""Rule ``plain_words`` on the bundled corpus: a citizen's plain Dutch word ("klus",
"papieren") finds the minutes' official one ("opgave", "documenten") through the ``[[plain]]``
groups of lexicon/data/synonyms.toml; off, the word is missing and the question abstains."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine


def _off(engine: Engine) -> Engine:
    return engine.with_settings(replace(engine.settings, plain_words=False))


def test_a_plain_word_is_found_through_the_official_one(engine: Engine) -> None:
    assert engine.settings.plain_words
    check = topic_terms(engine, "de klussen van de commissarissen", english=False)
    assert "klussen" in [name for name, _, _ in check.found]
    assert "klussen" in topic_terms(_off(engine), "de klussen van de commissarissen", False).missing


def test_a_plain_question_is_answered_with_the_official_statement(engine: Engine) -> None:
    question = (
        "Wat moest er volgens het verslag van april 2023 snel duidelijk worden over de klus van"
        " het KCIO na 1 juli 2023?"
    )
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("rol en opdracht KCIO" in c.quote for c in answer.citations)
    assert _off(engine).ask(question).reason_code == "topic_absent"


def test_an_absent_thing_beside_a_plain_word_still_abstains(engine: Engine) -> None:
    question = "Wat zei Aedes in november 2023 over de huurtoeslag voor gewone woningzoekenden?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent"
