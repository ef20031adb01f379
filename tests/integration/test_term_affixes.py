"""The stem checks of ``ask`` (``answer/topic_words.py``: ``_same_stem``, ``_head_of``) look the
index terms up by prefix and suffix (``index/affixes.term_affixes``) instead of reading every
term; on the corpus's own terms they find exactly what the scans found, from the index's
stored ``reversed`` table, and from sorted lists on an index written before it."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path

from lrt_search.answer.topic_words import _head_of, _same_stem
from lrt_search.index.affixes import REVERSED, Affixes, term_affixes
from lrt_search.index.analysis import DutchAnalyzer as Analyzer
from lrt_search.index.lookup import TermTable
from lrt_search.lexicon.textnorm import same_word_family
from lrt_search.service import Engine


def _scan_same_stem(known: Collection[str], word: str, analyzer: Analyzer) -> set[str]:
    """``_same_stem`` as it was: a pass over every index term."""
    stems = analyzer.tokenize_query(word, known)
    if len(stems) != 1 or len(stems[0]) < 6:
        return set()
    stem = stems[0]
    return {t for t in known if t[:6] == stem[:6] and same_word_family(t, stem)}


def _scan_head_of(known: Collection[str], word: str, analyzer: Analyzer) -> set[str]:
    """``_head_of`` as it was: a pass over every index term."""
    stems = analyzer.tokenize_query(word, known)
    if len(stems) != 1 or len(stems[0]) < 5:
        return set()
    stem = stems[0]
    return {t for t in known if len(t) >= len(stem) + 3 and t.endswith(stem)}


def _words(engine: Engine) -> list[str]:
    """Every 5th word of the minutes, its inflections and its last parts, and made-up words."""
    words = sorted(engine.analyzer.vocabulary)[::5]
    made = ["regietafels", "Oekraïners", "tafels", "woningen", "zzzzzzzz", "opvangen"]
    return [*made, *words, *(w + "en" for w in words[::3]), *(w[-7:] for w in words[::2])]


def test_the_lookups_find_what_the_scans_found(engine: Engine) -> None:
    known, analyzer = engine.bm25.terms, engine.analyzer
    assert isinstance(known, TermTable)
    lookup = term_affixes(engine)
    assert lookup._backward is not None  # the index's stored table: no list of the terms
    terms = list(known)
    # rule same_stem_rare_modifier off: the scans below are the lookups without it
    plain = engine.with_settings(engine.settings.replace(same_stem_rare_modifier=False))
    found = 0
    for word in _words(engine):
        same, head = _same_stem(plain, word), _head_of(engine, word)
        assert same == _scan_same_stem(terms, word, analyzer), word
        assert head == _scan_head_of(terms, word, analyzer), word
        found += bool(same) + bool(head)
    assert found > 100  # the checks found terms, not only empty sets
    assert lookup._sorted is None and lookup._reversed is None


def test_an_index_without_the_table_sorts_its_terms(engine: Engine, tmp_path: Path) -> None:
    known = engine.bm25.terms
    assert isinstance(known, TermTable)
    copy = tmp_path / "bm25_terms.sqlite"
    copy.write_bytes(known.path.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute(f"DROP TABLE {REVERSED}")
    conn.close()
    old, new = Affixes(TermTable(copy)), term_affixes(engine)
    assert old._backward is None
    for word in ("tafel", "opvang", "woning", "ing", "gemeent"):
        assert old.starting(word) == new.starting(word)
        assert sorted(old.ending(word)) == sorted(new.ending(word))
