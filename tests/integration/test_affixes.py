"""The vocabulary's words by prefix and suffix (``index/affixes.py``): a built index answers
them from its ``reversed`` table with range queries, an index without the table and an analyzer
in memory from sorted lists, and all of them give what a scan of the vocabulary gives; the
compound checks of ``ask`` that use them find what their scans found."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from lrt_search.answer.absent_translation import cognate as _cognate
from lrt_search.answer.topic_words import compound_terms
from lrt_search.answer.untranslated import _in_vocabulary, compound_part
from lrt_search.index.affixes import REVERSED, Affixes, affixes
from lrt_search.index.lookup import TermTable
from lrt_search.lexicon.wordfreq import zipf_folded
from lrt_search.service import Engine

# Parts of every kind: whole words, compound parts, a suffix, short and absent ones.
PARTS = (
    "opvang",
    "locatie",
    "plek",
    "asiel",
    "zoekers",
    "huis",
    "ing",
    "en",
    "z",
    "",
    "doorstroom",
    "bescherming",
    "macht",
    "turbine",
    "pact",
    "impact",
    "qqqq",
    "é",
)


def _scan_compound_terms(vocabulary: Iterable[str], part: str) -> set[str]:
    """``compound_terms`` as it was written before the lookups: a pass over every word (a
    word written without its diaeresis a Dutch word: session 26 task E2)."""

    def starts_with_word(rest: str) -> bool:
        return any(zipf_folded(rest[:i], "nl") >= 3.0 for i in range(len(rest), 3, -1))

    out = set()
    for word in vocabulary:
        if len(word) < len(part) + 4 or part not in word:
            continue
        if word.startswith(part):
            rest = word[len(part) :]
            if any(starts_with_word(rest[len(link) :]) for link in ("", "s", "e", "en")):
                out.add(word)
        elif word.endswith(part) and starts_with_word(word[: -len(part)]):
            out.add(word)
    return out


def _parts(vocabulary: Iterable[str]) -> list[str]:
    """The fixed parts and the first and last letters of every 7th word of the minutes."""
    words = sorted(vocabulary)[::7]
    return [*PARTS, *(w[:5] for w in words), *(w[-5:] for w in words)]


def test_a_built_index_answers_from_its_table(engine: Engine) -> None:
    vocabulary = engine.analyzer.vocabulary
    assert isinstance(vocabulary, TermTable)
    lookup = affixes(engine)
    assert lookup._backward is not None  # range queries, no list of the vocabulary
    words = list(vocabulary)
    memory = Affixes(set(words))
    for part in _parts(words):
        assert lookup.starting(part) == sorted(w for w in words if w.startswith(part)), part
        assert sorted(lookup.ending(part)) == sorted(w for w in words if w.endswith(part))
        assert memory.starting(part) == lookup.starting(part)
        assert sorted(memory.ending(part)) == sorted(lookup.ending(part))
    assert lookup._sorted is None and lookup._reversed is None


def test_an_index_without_the_table_sorts_its_vocabulary(engine: Engine, tmp_path: Path) -> None:
    vocabulary = engine.analyzer.vocabulary
    assert isinstance(vocabulary, TermTable)
    copy = tmp_path / "analyzer.sqlite"
    copy.write_bytes(vocabulary.path.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute(f"DROP TABLE {REVERSED}")
    conn.close()
    old = Affixes(TermTable(copy, "words"))
    assert old._backward is None
    for part in ("opvang", "locatie", "ing"):
        assert old.starting(part) == affixes(engine).starting(part)
        assert sorted(old.ending(part)) == sorted(affixes(engine).ending(part))


def test_the_compound_checks_find_what_their_scans_found(engine: Engine) -> None:
    retriever = engine
    words = list(retriever.analyzer.vocabulary)
    held = 0
    for part in _parts(words):
        if len(part) < 4 or " " in part:
            continue
        found = compound_terms(retriever, part)
        assert found == _scan_compound_terms(words, part), part
        held += bool(found)
        stem = part[:5] if len(part) >= 5 else part
        scan = any(w.startswith(stem) for w in words) or any(
            compound_part(set(words), w, part) for w in words
        )
        assert _in_vocabulary(retriever, part) == scan, part
        assert _cognate(retriever, part) == (
            len(part) >= 6 and any(w.startswith(part[:6]) for w in words)
        )
    assert held >= 10  # the parts do find compounds of the minutes
