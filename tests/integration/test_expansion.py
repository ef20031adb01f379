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


def test_dense_query_appends_glossary_terms(engine: Engine) -> None:
    from lrt_search.search.expansion import dense_query

    settings = engine.settings.replace(dense_extra_terms=2)
    extra = ["statushouders", "2022-ii", "vergunninghouders", "gemeenten"]
    assert dense_query("status holders?", extra, settings) == (
        "status holders? (statushouders, 2022-ii)"
    )
    assert dense_query("status holders?", [], settings) == "status holders?"
    off = engine.settings.replace(dense_extra_terms=0)
    assert dense_query("status holders?", extra, off) == "status holders?"


def test_expansion_index_kept_on_disk_and_read_back(engine: Engine) -> None:
    from lrt_search.search.expansion import cache_folder

    first = engine.with_settings(engine.settings.replace(expansion_weight=0.8))
    built = expansion_index(first)
    folder = cache_folder(first)
    assert folder is not None and (folder / "bm25.json").is_file()
    again = engine.with_settings(engine.settings.replace(expansion_weight=0.8))
    read = expansion_index(again)
    terms = query_terms(QUESTION)
    assert np.allclose(read.scores(terms), built.scores(terms))
    # other settings, another folder
    other = engine.with_settings(engine.settings.replace(expansion_per_word=5))
    assert cache_folder(other) != folder


def test_expansion_alone_reaches_what_the_bridges_reach(engine: Engine) -> None:
    # "peace" -> "vrede" from the document side, with the query-side bridges off
    gold = "vrede is in OEK"
    settings = engine.settings.replace(bridge_weight=0.0)
    on = engine.with_settings(settings.replace(expansion_weight=0.8))
    off = engine.with_settings(settings.replace(expansion_weight=0.0))
    assert any(gold in h.chunk.text for h in on.search("Did they talk about peace?", k=5))
    assert not any(gold in h.chunk.text for h in off.search("Did they talk about peace?", k=5))
