"""Rule stemmer: Snowball 3's Dutch stemmer strips "ge-" from every word; the original one
("dutch_porter") keeps words that only look like participles apart (index/analysis.py)."""

from __future__ import annotations

from lrt_search.index.analysis import words
from lrt_search.service import Engine


def test_porter_keeps_ge_words_apart_that_snowball_3_merges(engine: Engine) -> None:
    snowball3 = engine.with_settings(engine.settings.replace(stemmer="dutch"))
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    assert snowball3.analyzer.tokenize("gevolgen") == snowball3.analyzer.tokenize("volgende")
    assert porter.analyzer.tokenize("gevolgen") != porter.analyzer.tokenize("volgende")
    assert porter.analyzer.tokenize("gemeente") == porter.analyzer.tokenize("gemeenten")


def test_porter_matches_only_the_word_asked_for(engine: Engine) -> None:
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    snowball3 = engine.with_settings(engine.settings.replace(stemmer="dutch"))

    def without_the_word(hits: list) -> int:  # matches holding "volgende" but not "gevolgen"
        return sum("gevolgen" not in words(h.chunk.text) for h in hits)

    assert without_the_word(snowball3.search("gevolgen", mode="bm25", k=50)) > 0
    assert without_the_word(porter.search("gevolgen", mode="bm25", k=50)) == 0
    assert porter.search("gevolgen", mode="bm25", k=50)


def test_the_index_records_its_stemmer_and_another_is_rebuilt_in_memory(engine: Engine) -> None:
    # like the other analyzer options: the stored index is searched with the stemmer asked for
    assert engine.manifest["analyzer"]["stemmer"] == engine.settings.stemmer == "dutch"
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    assert porter.analyzer.stemmer == "dutch_porter" and engine.analyzer.stemmer == "dutch"
