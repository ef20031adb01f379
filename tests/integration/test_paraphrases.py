"""Paraphrase questions: Dutch light verbs (komen, krijgen, ...) make no lexical matches in a
search of several words; `ask` still weighs them."""

from __future__ import annotations

from lrt_search.index.analysis import LIGHT_VERBS, words
from lrt_search.service import Engine

QUESTION = "Mogen vluchtelingen een huis krijgen voordat hun familie naar Nederland is gekomen?"


def _without_synonyms(engine: Engine) -> Engine:
    # The synonyms ("huis": "woningen") and the dictionary bridges add matches of their own;
    # these tests are about verbs.
    return engine.with_settings(engine.settings.replace(expand_synonyms=False, bridge_weight=0))


def test_light_verbs_alone_make_no_lexical_match(engine: Engine) -> None:
    engine = _without_synonyms(engine)
    _, hits = engine.search_question(QUESTION, k=10)
    content = set(engine.analyzer.tokenize_query(QUESTION, engine.bm25.terms, True))
    assert content and not content & set(engine.analyzer.tokenize(" ".join(LIGHT_VERBS)))
    matched = [h for h in hits if h.bm25_rank is not None]
    assert matched
    for hit in matched:
        assert content & set(engine.analyzer.tokenize(hit.chunk.text))


def test_light_verbs_kept_match_more_chunks(engine: Engine) -> None:
    engine = _without_synonyms(engine)
    kept = engine.with_settings(engine.settings.replace(drop_light_verbs=False))
    _, with_verbs = kept.search_question(QUESTION, k=10)
    _, without = engine.search_question(QUESTION, k=10)
    count = sum(h.bm25_rank is not None for h in with_verbs)
    assert count > sum(h.bm25_rank is not None for h in without)
    # The extra matches hold a light verb of the question ("komen", "gekomen", ...) and none
    # of its content words.
    content = set(engine.analyzer.tokenize_query(QUESTION, engine.bm25.terms, True))
    extra = {h.chunk_id for h in with_verbs if h.bm25_rank is not None} - {
        h.chunk_id for h in without if h.bm25_rank is not None
    }
    for hit in with_verbs:
        if hit.chunk_id in extra:
            assert not content & set(engine.analyzer.tokenize(hit.chunk.text))


def test_a_one_word_light_verb_search_still_finds_the_word(engine: Engine) -> None:
    assert "kwamen" in LIGHT_VERBS
    holding = [c for c in engine.chunks if "kwamen" in words(c.text)]
    assert holding
    found = {h.chunk_id for h in engine.search("kwamen", k=10)}
    assert {c.chunk_id for c in holding} <= found


def test_ask_still_weighs_a_light_verb_that_is_the_point(engine: Engine) -> None:
    # "Blijven" is what this question asks: the statement about Ukrainians who stay is quoted.
    answer = engine.ask("Blijven Oekraïners na een vrede in Nederland?")
    assert not answer.abstained
    assert any({"blijven", "vrede"} <= set(words(c.quote)) for c in answer.citations)


def test_dutch_synonyms_find_the_minutes_word(engine) -> None:  # type: ignore[no-untyped-def]
    # "huizen" for the minutes' "woningen"; the off switch leaves the question as typed.
    question = "Zijn de huizen voor statushouders direct beschikbaar?"
    scope = engine.scope(question)
    assert "woningen" in scope.glossary_terms
    assert any(note.startswith("synonyms: ") for note in scope.notes)
    off = engine.with_settings(engine.settings.replace(expand_synonyms=False))
    assert "woningen" not in off.scope(question).glossary_terms


def test_a_whole_year_is_a_period() -> None:
    from lrt_search.search.question_period import find_period

    for text in ["in heel 2023", "in het hele jaar 2023", "throughout 2023", "in all of 2023"]:
        since, until, _ = find_period(text)
        assert (since.isoformat(), until.isoformat()) == ("2023-01-01", "2023-12-31"), text
