"""Rule ``mixed_compounds_read`` (search.mixed_compounds, issue 16 session 30 task H) on inputs
built by hand and on every row of tests/data/mixed_compounds.toml
(eval/make_mixed_compounds.py), read against the vocabulary of the bundled corpus's text and
the default glossary, no index. At main (95f305dc, no reader of the class) every row that must
be read as a compound fails: 212 of 504 as first committed, 174 since a modifier that is an
English word too ("status holder", "flex homes") is read as today."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.index.analysis import dutch_stopwords, words
from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/mixed_compounds.toml").read_text("utf-8"))["row"]


class _Analyzer:
    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = vocabulary


class _Retriever:
    """What the rule reads of a retriever: the analyzer's vocabulary, glossary, settings."""

    def __init__(self, vocabulary: set[str], **settings: object) -> None:
        self.analyzer = _Analyzer(vocabulary)
        self.glossary = Glossary.default()
        self.settings = Settings().replace(**settings) if settings else Settings()


@cache
def _corpus_vocabulary() -> frozenset[str]:
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.update(w for w in words(path.read_text("utf-8")) if len(w) >= 4 and w.isalpha())
    return frozenset(out - dutch_stopwords())


def _read(retriever: _Retriever, question: str) -> dict[str, list[str]]:
    from lrt_search.search.mixed_compounds import mixed_compounds

    read = mixed_compounds(retriever, question)  # type: ignore[arg-type]
    return {f"{r.modifier} {r.noun}": list(r.compounds) for r in read}


def _failing(**settings: object) -> list[str]:
    retriever = _Retriever(set(_corpus_vocabulary()), **settings)
    out = []
    for row in ROWS:
        found = _read(retriever, row["question"]).get(row["pair"], [])
        if found != row["finds"]:
            out.append(f"{row['question']}: {found} for {row['finds']}")
    return out


def test_every_row_of_the_table_is_read() -> None:
    assert len(ROWS) > 400
    assert _failing() == []


def test_with_the_rule_off_no_row_is_read_as_a_compound() -> None:
    failing = _failing(mixed_compounds_read=False)
    assert len(failing) == sum(1 for row in ROWS if row["finds"])


def test_a_dutch_modifier_and_an_english_head_read_as_the_compound() -> None:
    retriever = _Retriever({"doorstroomlocatie", "doorstroomlocaties", "spreidingswet"})
    read = _read(retriever, "Who are those doorstroom places actually meant for?")
    assert read == {"doorstroom places": ["doorstroomlocatie", "doorstroomlocaties"]}
    assert _read(retriever, "What about the spreiding act?") == {"spreiding act": ["spreidingswet"]}


def test_no_compound_of_the_pair_or_a_modifier_of_its_own_stays_as_today() -> None:
    retriever = _Retriever({"doorstroomlocatie", "taakstelling", "taakstellingsbrief"})
    assert _read(retriever, "Who pays for the doorstroom vouchers?") == {}
    assert _read(retriever, "What was in the taakstelling letter?") == {}  # written alone
    off = _Retriever({"doorstroomlocatie"}, mixed_compounds_read=False)
    assert _read(off, "Who are those doorstroom places meant for?") == {}


def test_the_search_drops_the_nouns_glossary_terms_and_adds_the_compounds() -> None:
    from lrt_search.search.mixed_compounds import with_compound_terms
    from lrt_search.search.query import QueryScope

    retriever = _Retriever({"doorstroomlocatie", "doorstroomlocaties"})
    question = "Who are those doorstroom places actually meant for?"
    scope = QueryScope(glossary_terms=("plekken", "opvangplekken"), notes=("glossary: plekken",))
    read = with_compound_terms(retriever, scope, question)  # type: ignore[arg-type]
    assert read.glossary_terms == ("doorstroomlocatie", "doorstroomlocaties")
    assert read.notes == ("compound: doorstroom places -> doorstroomlocatie, doorstroomlocaties",)
