"""Rule ``synonym_phrase_units`` on the bundled corpus: a multi-word synonym phrase of a Dutch
topic ("de lokale overheden") is one unit, found when any word of its group ("gemeenten") is in
the minutes; off (with rule word_forms_read off, which finds "overheden" as the head of the
minutes' "medeoverheden"), its word "overheden" is missing and a question about it abstains."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.answer.topics import topic_terms
from lrt_search.lexicon.synonyms import Synonyms
from lrt_search.service import Engine


def test_a_synonym_phrase_is_found_through_its_group(engine: Engine) -> None:
    check = topic_terms(engine, "de lokale overheden", english=False)
    assert [name for name, _, _ in check.found] == ["lokale overheden"]
    assert not check.missing
    absent = topic_terms(engine, "de lokale overheden en de kernenergie", english=False)
    assert absent.missing == ("kernenergie",)  # the other words are checked as before


def test_off_its_words_are_checked_alone(engine: Engine) -> None:
    # rule word_forms_read off too: it finds "overheden" as the head of "medeoverheden"
    off = engine.with_settings(
        replace(engine.settings, synonym_phrase_units=False, word_forms_read=False)
    )
    assert "overheden" in topic_terms(off, "de lokale overheden", english=False).missing


def test_a_question_about_a_synonym_phrase_is_answered(engine: Engine) -> None:
    question = "Wat zei het COA over de lokale overheden?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("gemeente" in c.quote.lower() for c in answer.citations)
    off = engine.with_settings(
        replace(engine.settings, synonym_phrase_units=False, word_forms_read=False)
    )
    assert off.ask(question).reason_code == "topic_absent"


def test_phrases_lists_only_multi_word_members() -> None:
    phrases = Synonyms.default().phrases("Wat zeiden de Lokale Overheden over huizen?")
    assert phrases == [("lokale overheden", ["gemeenten", "gemeentebesturen"])]
