"""Rule english_lemma_translations (answer.word_family), on inputs built by hand: an English word
the check names absent is found through its lemma's translations."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from lrt_search.answer.word_family import (
    lemma_translation_terms,
    through_lemmas,
)
from lrt_search.config import Settings

_VOCABULARY = {"belt", "bellen", "gewacht", "wachten", "steunt", "buurgemeenten", "gemeenten"}


def _retriever(**switches: bool) -> Any:
    return SimpleNamespace(
        settings=Settings().replace(**switches),
        analyzer=SimpleNamespace(vocabulary=_VOCABULARY),
    )


def _index_terms(text: str) -> set[str]:
    return {text} if text in _VOCABULARY else set()


def test_an_english_word_is_found_through_its_lemma() -> None:
    retriever = _retriever()
    # "waiting" has an entry of its own ("bediening"); its lemma "wait" gives "wachten"
    assert "wachten" in lemma_translation_terms(retriever, "waiting", _index_terms)
    off = _retriever(english_lemma_translations=False)
    assert lemma_translation_terms(off, "waiting", _index_terms) == set()


def test_only_a_word_named_absent_is_looked_up_through_its_lemma() -> None:
    retriever = _retriever()
    found, absent = through_lemmas(retriever, "waiting", _index_terms, set(), "waiting")
    assert "wachten" in found and absent == ""
    # a word the check leaves unchecked (no absent name) stays unchecked
    assert through_lemmas(retriever, "waiting", _index_terms, set(), "") == (set(), "")
