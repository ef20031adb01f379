"""Rule ``compound_splits_checked`` (answer/compound_splits.py; off by default) on the bundled
corpus, switched on: rule ``compound_both_parts`` finds a compound the minutes lack only through
a cut into words - "doorstroomplek" (doorstroom + plek) and "slaapplekken" still,
"gemeentebesturen" no longer as "gemeentebest" + "uren", "jongeren" no longer as "jong" + "eren"."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.compound_words import known_cut
from lrt_search.answer.topic_words import compound_terms
from lrt_search.service import Engine


def _cut(engine: Engine, word: str) -> str:
    known = engine.bm25.terms

    def index_terms(text: str) -> set[str]:
        return {t for t in engine.analyzer.tokenize_query(text, known) if t in known}

    found = known_cut(engine, word, index_terms, compound_terms)
    return "" if found is None else word[: found[0]] + "|" + word[found[0] :]


def test_cuts_into_words_are_kept(engine: Engine) -> None:
    on = switched(engine, compound_splits_checked=True)
    assert _cut(on, "doorstroomplek") == "doorstroom|plek"
    assert _cut(on, "slaapplekken") == "slaap|plekken"


def test_cuts_into_pieces_of_words_are_not_taken(engine: Engine) -> None:
    on, off = (switched(engine, compound_splits_checked=c) for c in (True, False))
    for word, main in [("gemeentebesturen", "gemeentebest|uren"), ("jongeren", "jong|eren"),
                       ("ingelopen", "inge|lopen"), ("verbleven", "verb|leven")]:  # fmt: skip
        assert _cut(off, word) == main
        assert _cut(on, word) == ""
