"""Table ``spelling_keys`` gives rules ``spelling_read_first`` and ``spelling_joins`` the same
words, counts and order as keying the stored spellings of the lengths on the question (what
``search.spelling`` did before the table; session 28 task E2)."""

from __future__ import annotations

import random

from lrt_search.index.facts import corpus_facts
from lrt_search.lexicon.spelling_variants import spelling_key
from lrt_search.search.spelling import _holding, spelled_alike, vocabulary, with_key
from lrt_search.service import Engine


def _scanned(engine: Engine, key: str, shortest: int, longest: int) -> list[tuple[str, int]]:
    words = _holding(engine, shortest, longest, key)  # type: ignore[arg-type]
    keep = with_key((w for ws in words.values() for w in ws), key)
    return [(w, words[len(w)][w]) for w in keep]


def test_the_table_gives_what_keying_the_spellings_gives(engine: Engine) -> None:
    facts = corpus_facts(engine.chunks)
    words = [w for ws in vocabulary(engine).values() for w in ws]  # type: ignore[arg-type]
    rnd = random.Random(28)
    keys = sorted({spelling_key(w) for w in words})
    for w in rnd.sample(words, 200):  # variants: accented, alternated, doubled, joined, cut
        keys.append(spelling_key(w.capitalize().replace("c", "k").replace("e", "ë", 1)))
        keys.append(spelling_key(w + w[-1] + "s"))
        keys.append(spelling_key(w[: len(w) // 2] + rnd.choice(words)))
    checked = 0
    for key in keys:
        n = len(key)
        for shortest, longest in ((n - 2, n + 2), (n, n + 4), (1, 40)):
            stored = facts.keyed_spellings(key, (shortest, longest))
            assert stored == _scanned(engine, key, shortest, longest), (key, shortest, longest)
            checked += bool(stored)
    assert checked > 1000


def test_spelled_alike_reads_the_table(engine: Engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lrt_search.search import spelling

    def no_scan(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the spellings of a length were read")

    words = ["lokatie", "indeplaatstelling", "Oekraiense", "hotells", "spreidinswet"]
    expected = {w: spelled_alike(engine, w) for w in words}  # type: ignore[arg-type]
    monkeypatch.setattr(spelling, "_holding", no_scan)
    assert {w: spelled_alike(engine, w) for w in words} == expected  # type: ignore[arg-type]
    assert expected["lokatie"] == ["locatie"]
