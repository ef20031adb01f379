"""Document expansion: a chunk is also found by the English words its Dutch words mean
(search/expansion.py), independently of the query-side dictionary bridges."""

from __future__ import annotations

import numpy as np

from lrt_search.search.expansion import (
    english_terms,
    expansion_index,
    query_terms,
    translations_of,
)
from lrt_search.service import Engine

GOLD = "tegenstand in de samenleving"
QUESTION = "Was there resistance?"


def test_english_terms_are_prefixed_stems_without_stopwords() -> None:
    assert english_terms("the refugees were housed") == ["en:refuge", "en:hous"]


def test_inflected_dutch_word_translated_through_its_headword() -> None:
    assert "dwelling" in translations_of("woningen", 5) or "dwell" in translations_of("woningen", 5)
    assert translations_of("tegenstand", 2) == ("resistance", "opposition")


def test_expansion_field_ranks_the_translated_passage_first(engine: Engine) -> None:
    on = engine.with_settings(engine.settings.replace(expansion_weight=0.8))
    scores = expansion_index(on).scores(query_terms(QUESTION))
    assert GOLD in on.chunks[int(np.argmax(scores))].text.lower()
    # Dutch sentences are matched through English only when asked for
    dutch = "Was er veel tegenstand onder de burgers in het land?"
    assert query_terms(dutch, dutch=False) == []
    assert "en:resist" in query_terms(dutch, dutch=True)


def test_expansion_reaches_the_passage_without_bridges(engine: Engine) -> None:
    base = engine.settings.replace(bridge_weight=0.0, expand_glossary=False, expansion_matches=True)
    on = engine.with_settings(base.replace(expansion_weight=0.8))
    off = engine.with_settings(base.replace(expansion_weight=0.0))
    found_on = [
        h.rank for h in on.search(QUESTION, k=5, mode="bm25") if GOLD in h.chunk.text.lower()
    ]
    found_off = [h for h in off.search(QUESTION, k=5, mode="bm25") if GOLD in h.chunk.text.lower()]
    assert found_on and not found_off
