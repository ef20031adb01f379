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


def test_evidence_view_has_the_evidence_stemmer_over_the_same_index(engine: Engine) -> None:
    # rule evidence_stemmer (search/evidence_view.py): a second analyzer only when they differ
    assert engine.evidence is engine
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    view = porter.evidence
    assert view is not porter and view.analyzer.stemmer == "dutch"
    assert porter.analyzer.stemmer == "dutch_porter"
    assert view.vectors is porter.vectors and len(view.chunks) == len(porter.chunks)
    assert view.analyzer.tokenize("trekt") == ["trek"]  # the minutes' "trekt"
    assert porter.analyzer.tokenize("trekt") == ["trekt"]
    both = engine.with_settings(
        engine.settings.replace(stemmer="dutch_porter", evidence_stemmer="dutch_porter")
    )
    assert both.evidence is both


def test_checks_match_words_with_the_evidence_stemmer(engine: Engine) -> None:
    # "appetite" -> "trek" (glossary/FreeDict) meets the minutes' "trekt" only by Snowball 3's
    # stem: with the original stemmer in the checks too, the topic is "absent".
    question = "Is there appetite among municipalities for a flow-through location?"
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    both = engine.with_settings(
        engine.settings.replace(stemmer="dutch_porter", evidence_stemmer="dutch_porter")
    )
    assert not engine.ask(question).abstained
    assert not porter.ask(question).abstained
    refused = both.ask(question)
    assert refused.abstained and refused.reason_code == "topic_absent"


def test_ask_reads_the_passages_of_the_search_stemmer(engine: Engine) -> None:
    # the checks use Snowball 3's stems, the passages come from the original stemmer's search
    question = "Welke gevolgen heeft de klimaatwet voor gemeenten?"
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    answer = porter.ask(question)
    assert answer.abstained  # no climate law in the minutes: the closest passages are shown
    searched = [h.chunk_id for h in porter.search_question(question, k=3)[1]]
    assert [h.chunk_id for h in answer.closest] == searched
    assert searched != [h.chunk_id for h in engine.search_question(question, k=3)[1]]


def test_porter_plurals_meets_vowel_plurals_porter_keeps_apart(engine: Engine) -> None:
    # rule porter_plurals (lexicon/stemmers.py): "reacties" / "reactie" meet, "ge-" stays on
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    plurals = engine.with_settings(engine.settings.replace(stemmer="dutch_porter_plurals"))
    for singular, plural in (("reactie", "reacties"), ("consequentie", "consequenties")):
        assert porter.analyzer.tokenize(plural) != porter.analyzer.tokenize(singular)
        assert plurals.analyzer.tokenize(plural) == plurals.analyzer.tokenize(singular)
    assert plurals.analyzer.tokenize("gevolgen") != plurals.analyzer.tokenize("volgende")


def test_porter_plurals_finds_the_plural_of_a_singular_asked_for(engine: Engine) -> None:
    # the minutes say "Financiële consequenties" (2022-07-08, item 2) only in the plural
    porter = engine.with_settings(engine.settings.replace(stemmer="dutch_porter"))
    plurals = engine.with_settings(engine.settings.replace(stemmer="dutch_porter_plurals"))
    assert not porter.search("consequentie", mode="bm25", k=5)
    found = plurals.search("consequentie", mode="bm25", k=5)
    assert found and "consequenties" in words(found[0].chunk.text)
