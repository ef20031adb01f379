"""Stemmer "dutch_lemma" (issue 21, lexicon/stemmers.py): Snowball of simplemma's Dutch lemma,
so a strong-verb past asked for meets the present the minutes write ("sloot" / "sluit")."""

from __future__ import annotations

from lrt_search.index.analysis import words
from lrt_search.service import Engine


def test_lemma_meets_strong_pasts_snowball_keeps_apart(engine: Engine) -> None:
    lemma = engine.with_settings(engine.settings.replace(stemmer="dutch_lemma"))
    for past, present in (("sloot", "sluit"), ("verhielden", "verhouden"), ("liep", "loopt")):
        assert engine.analyzer.tokenize(past) != engine.analyzer.tokenize(present)
        assert lemma.analyzer.tokenize(past) == lemma.analyzer.tokenize(present)
    # regular forms still meet as under "dutch"
    assert lemma.analyzer.tokenize("gemeenten") == lemma.analyzer.tokenize("gemeente")


def test_lemma_search_finds_the_present_of_a_past_asked_for(engine: Engine) -> None:
    # the minutes say "Het huidige systeem loopt niet goed" (2025-03-19), never "liep"
    lemma = engine.with_settings(engine.settings.replace(stemmer="dutch_lemma"))
    assert not engine.search("liep", mode="bm25", k=5)
    found = lemma.search("liep", mode="bm25", k=5)
    assert found and any("loopt" in words(h.chunk.text) for h in found)


def test_lemma_keeps_adjectives_on_their_own_stem(engine: Engine) -> None:
    # only an infinitive or a plural's singular is taken: "laatste" stays apart from "laat"
    lemma = engine.with_settings(engine.settings.replace(stemmer="dutch_lemma"))
    assert lemma.analyzer.tokenize("laatste") != lemma.analyzer.tokenize("laat")


def test_checks_by_lemma_quote_the_present_of_a_past_asked_for(engine: Engine) -> None:
    # rule evidence_stemmer = "dutch_lemma": "sloot ... aan" is found in "sluit zich aan bij"
    question = "Welke organisatie sloot zich in maart 2025 aan bij de VNG?"
    strict = engine.with_settings(engine.settings.replace(implied_topic_speaker_only=False))
    refused = strict.ask(question)
    assert refused.abstained and refused.reason_code == "topic_not_quoted"
    lemma = strict.with_settings(strict.settings.replace(evidence_stemmer="dutch_lemma"))
    answer = lemma.ask(question)
    assert not answer.abstained
    assert any("Het IPO sluit zich aan bij de VNG" in c.quote for c in answer.citations)
