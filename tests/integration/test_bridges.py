"""Dictionary bridges: English and everyday words reach the minutes' words (search/bridges)."""

from __future__ import annotations

from lrt_search.search.bridges import bridge_words
from lrt_search.service import Engine

PEACE = "Did they talk about peace?"


def test_english_question_is_bridged_to_corpus_words(engine: Engine) -> None:
    bridged = bridge_words(PEACE, engine.analyzer, engine.bm25.terms, per_word=5)
    assert "vrede" in bridged
    # only words the index holds
    assert all(engine.analyzer.tokenize(w)[0] in engine.bm25.terms for w in bridged)


def test_dutch_sentence_bridged_through_english_but_keywords_are_not(engine: Engine) -> None:
    question = "Helpen de woonvormen bewoners hun plek in de maatschappij te vinden?"
    assert "samenleving" in bridge_words(question, engine.analyzer, engine.bm25.terms, 5)
    assert bridge_words("maatschappij", engine.analyzer, engine.bm25.terms, 5) == []
    # a word is never bridged to itself
    assert "maatschappij" not in bridge_words(question, engine.analyzer, engine.bm25.terms, 5)


def test_bridges_reach_the_passage_and_are_shown(engine: Engine) -> None:
    gold = "vrede is in OEK"
    # document expansion (search/expansion.py) reaches it too: off here, to see the bridges
    alone = engine.settings.replace(expansion_weight=0.0)
    on = engine.with_settings(alone.replace(bridge_weight=0.6))
    off = engine.with_settings(alone.replace(bridge_weight=0.0))
    assert any(gold in h.chunk.text for h in on.search(PEACE, k=3))
    assert not any(gold in h.chunk.text for h in off.search(PEACE, k=5))
    assert not any(gold in h.chunk.text for h in off.search(PEACE, mode="bm25"))
    assert any(n.startswith("expanded: ") and "vrede" in n for n in on.scope(PEACE).notes)
    assert not any(n.startswith("expanded: ") for n in off.scope(PEACE).notes)


def test_bridged_words_are_not_reported_as_not_understood(engine: Engine) -> None:
    from lrt_search.search.unread import not_understood

    on = engine.with_settings(engine.settings.replace(bridge_weight=0.6))
    off = engine.with_settings(engine.settings.replace(bridge_weight=0.0))
    unread_on = " ".join(u["text"] for u in not_understood(on, PEACE))
    unread_off = " ".join(u["text"] for u in not_understood(off, PEACE))
    assert "peace" in unread_off and "peace" not in unread_on


def test_inflected_english_words_are_looked_up_by_their_dictionary_form(engine: Engine) -> None:
    from lrt_search.lexicon.freedict import english_headword
    from lrt_search.search.bridges import bridge_map

    # rule bridge_lemmas: endings of lexicon/data/inflections.toml, kept only for headwords
    assert [english_headword(w) for w in ("towns", "tackled", "planning", "worried")] == [
        "town",
        "tackle",
        "plan",
        "worry",
    ]
    assert english_headword("peace") == "peace" and english_headword("xyzzies") == "xyzzies"
    question = "Which towns were tackled first?"
    terms = engine.bm25.terms
    on = bridge_map(question, engine.analyzer, terms, 5, False, lemmas=True)
    off = bridge_map(question, engine.analyzer, terms, 5, False, lemmas=False)
    assert "plaats" in on["towns"] and "aanpakken" in on["tackled"]
    assert "towns" not in off and "tackled" not in off


def test_bridge_lemmas_reach_a_passage_only_through_the_dictionary_form(engine: Engine) -> None:
    question = "Which towns were tackled first?"
    gold = "lokale aanpak"
    on = engine.with_settings(engine.settings.replace(bridge_lemmas=True))
    off = engine.with_settings(engine.settings.replace(bridge_lemmas=False))
    assert any(gold in h.chunk.text for h in on.search(question, mode="bm25", k=50))
    assert not any(gold in h.chunk.text for h in off.search(question, mode="bm25", k=50))


def test_month_names_are_the_period_not_bridged(engine: Engine) -> None:
    """A month is the question's period: "March" is not "lopen" (to march), "May" not "mogen"."""
    questions = ("Who was absent on 19 March 2025?", "What was said in May 2023 about housing?")
    for question in questions:
        bridged = bridge_words(question, engine.analyzer, engine.bm25.terms, per_word=5)
        assert not {"lopen", "maart", "mei", "mogen", "kunnen"} & set(bridged), bridged
    answer = engine.ask("Who was absent on 19 March 2025?")
    assert not any("lopen" in note for note in answer.notes), answer.notes
    # as for the topic check (search.unread.content_words), a month name is never a topic word
    assert bridge_words("Was there a march?", engine.analyzer, engine.bm25.terms, 5) == []


def test_framing_words_are_not_bridged(engine: Engine) -> None:
    """Rule bridge_skips_framing: "last time" asks for the most recent meeting, it is no topic
    ("time" -> "keer", "tijd", "uur" before); the topic word is still bridged."""
    from lrt_search.search.bridges import bridged_words, without_framing

    question = "What did COA say about peace last time?"
    assert "last time" not in without_framing(question) and "peace" in without_framing(question)
    bridged = bridged_words(engine, question)
    assert "vrede" in bridged and not {"keer", "tijd", "uur"} & set(bridged), bridged
    off = engine.with_settings(engine.settings.replace(bridge_skips_framing=False))
    assert {"keer", "tijd"} & set(bridged_words(off, question)), bridged_words(off, question)
    answer = engine.ask(question)
    assert not any("keer" in n for n in answer.notes if n.startswith("expanded")), answer.notes
