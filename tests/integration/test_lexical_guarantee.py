"""The lexical guarantee: a search never hides a chunk that contains the word typed."""

from __future__ import annotations

import pytest

from lrt_search.evaluation.rare_words import rare_word_check, rare_words
from lrt_search.index.analysis import words
from lrt_search.search.fusion import convex_combination, lexical_first
from lrt_search.service import Engine


def containing(engine: Engine, word: str) -> set[str]:
    return {c.chunk_id for c in engine.chunks if word in words(c.text)}


def test_search_kritiek_finds_every_chunk_holding_it(engine: Engine) -> None:
    # The example: hybrid search returned 1 of the 3 chunks with "kritiek".
    wanted = containing(engine, "kritiek")
    assert len(wanted) == 3
    hits = engine.search("kritiek", k=10)
    assert {h.chunk_id for h in hits[:3]} == wanted


@pytest.mark.parametrize("mode", ["hybrid", "bm25"])
def test_matching_chunks_rank_above_non_matching(engine: Engine, mode: str) -> None:
    hits = engine.search("escalatieladder interventieladder", k=20, mode=mode)
    flags = [h.bm25_rank is not None for h in hits]
    assert flags[0]
    # Once a non-matching chunk appears, no matching one follows it.
    assert flags == sorted(flags, reverse=True)


def test_bm25_mode_returns_only_matches(engine: Engine) -> None:
    hits = engine.search("kritiek", k=10, mode="bm25")
    assert len(hits) == 3
    assert all(h.score > 0 for h in hits)
    assert engine.search("xyzzy", k=10, mode="bm25") == []


def test_headers_and_empty_items_are_not_padding(engine: Engine) -> None:
    hits = engine.search("kritiek", k=50)
    for h in hits:
        if h.chunk.kind == "header" or not h.chunk.statements:
            assert h.bm25_rank is not None, h.chunk_id
    # Asked for by name, a header chunk is found (its attendee list holds the name).
    assert any(h.chunk.kind == "header" for h in engine.search("Schoenmaker", k=10))
    assert not any(h.chunk.kind == "header" for h in engine.search("Schoenmaker", headers=False))


def test_dense_mode_is_exempt(engine: Engine) -> None:
    dense = engine.search("kritiek", k=10, mode="dense")
    assert len(dense) == 10
    assert any(h.chunk_id not in containing(engine, "kritiek") for h in dense[:3])


def test_rare_word_check_is_complete(engine: Engine) -> None:
    rare = rare_words(engine)
    assert len(rare) > 100
    assert all(2 <= len(ids) <= 5 for ids in rare.values())
    report = rare_word_check(engine)
    print(f"rare-word check: {report.complete}/{report.words} = {report.share:.3f}")
    assert report.share == 1.0, report.misses[:10]


def test_rare_word_check_fails_without_the_guarantee(engine: Engine) -> None:
    # The check can fail: the old fusion (min-max BM25, no guarantee) misses many words.
    old = engine.with_settings(
        engine.settings.replace(lexical_guarantee=False, bm25_normalisation="minmax")
    )
    assert rare_word_check(old).share < 0.8
    assert rare_word_check(engine.with_settings(engine.settings.replace(mode="dense"))).share < 0.8


def test_fusion_functions() -> None:
    rankings = {"bm25": [(1, 4.0), (2, 1.0)], "dense": [(3, 0.9), (2, 0.8), (1, 0.1)]}
    weights = {"bm25": 0.6, "dense": 0.4}
    minmax = dict(convex_combination(rankings, weights))
    bymax = dict(convex_combination(rankings, weights, ("bm25",)))
    assert minmax[2] == pytest.approx(0.4 * 0.875)  # weakest match sent to 0 by min-max
    assert bymax[2] == pytest.approx(0.6 * 0.25 + 0.4 * 0.875)
    fused = convex_combination(rankings, weights)
    assert [d for d, _ in lexical_first(fused, {1, 2})][:2] == [1, 2]
