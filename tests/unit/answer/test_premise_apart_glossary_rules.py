"""Rules ``premise_words_apart`` (answer.premise_apart) and ``premise_glossary_beside``
(answer.premise_glossary), on inputs built by hand: a stand-in retriever whose analyzer keeps
words as written."""

from __future__ import annotations

from types import SimpleNamespace

from lrt_search.answer.premise_apart import apart_terms
from lrt_search.answer.premise_glossary import glossary_covering
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary, GlossaryEntry


class _Analyzer:
    def tokenize(self, text: str) -> list[str]:
        return text.lower().split()

    def tokenize_query(self, text: str, known: object = None) -> list[str]:
        return self.tokenize(text)


def _retriever(terms: set[str], entries: list[GlossaryEntry] | None = None, **settings: bool):
    return SimpleNamespace(
        analyzer=_Analyzer(),
        bm25=SimpleNamespace(terms=terms),
        settings=Settings(**settings),
        glossary=Glossary(entries or []),
    )


def test_a_word_written_apart_meets_the_missing_need() -> None:
    r = _retriever({"opstellen", "bekendgemaakt"})
    text = "Afgesproken is een notitie op te stellen en te verspreiden."
    assert apart_terms(r, text, [frozenset({"opstellen"})], True) == {"opstellen"}
    # either order, a few words apart: "stellen ... op"
    assert apart_terms(r, "Zij stellen de notitie op.", [frozenset({"opstellen"})], True)
    assert apart_terms(r, "bekend is gemaakt", [frozenset({"bekendgemaakt"})], False) == set()


def test_only_the_missing_need_and_only_near_words_count() -> None:
    r = _retriever({"opstellen", "intrekken"})
    text = "Afgesproken is een notitie op te stellen."
    assert apart_terms(r, text, [frozenset({"intrekken"})], True) == set()  # another event
    far = "Het ligt op tafel, maar wie gaat dat nu eigenlijk stellen?"
    assert apart_terms(r, far, [frozenset({"opstellen"})], True) == set()  # too far apart
    assert apart_terms(r, text, [], True) == set()


def test_the_glossary_wording_of_an_english_term_covering_the_word() -> None:
    entries = [
        GlossaryEntry(en=("hesitant", "reluctant"), nl=("terughoudend",)),
        GlossaryEntry(en=("holiday parks",), nl=("recreatieparken", "vakantie parken")),
    ]
    r = _retriever(set(), entries)
    premise = "did the minister want hesitant owners of holiday parks to sell"
    assert glossary_covering(r, premise, premise.index("hesitant")) == {"terughoudend"}
    # a two-word term covers both its words; a Dutch term of two words is left out
    assert glossary_covering(r, premise, premise.index("parks")) == {"recreatieparken"}
    assert glossary_covering(r, premise, premise.index("holiday")) == {"recreatieparken"}
    assert glossary_covering(r, premise, premise.index("owners")) == frozenset()
    off = _retriever(set(), entries, premise_glossary_beside=False)
    assert glossary_covering(off, premise, premise.index("hesitant")) == frozenset()
