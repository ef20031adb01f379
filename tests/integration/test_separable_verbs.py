"""Issue 16 task F2 (session 19), rule ``separable_verbs`` (docs/settings.md): a Dutch
separable verb written apart ("stelt ... voor", "op te vangen", "aan te pakken", "licht ...
toe") also yields its joined term ("voorstel", "opvang", "aanpak", "toelicht"), at index
analysis for BM25 and in ``ask``'s word reading (one function: DutchAnalyzer.joined_terms)."""

from __future__ import annotations

from switched import switched

from lrt_search.index.analysis import words
from lrt_search.index.separable import joined_candidates
from lrt_search.service import Engine


def test_split_verbs_yield_their_joined_term(engine: Engine) -> None:
    analyzer = engine.analyzer.with_options(separable_verbs=True)
    text = "AenM stelt voor om alleen kwetsbare OEK'ers op te vangen."
    assert {"voorstel", "opvang"} <= set(analyzer.joined_terms(text))
    assert "aanpak" in analyzer.joined_terms("Begrip voor de wens alles tegelijk aan te pakken.")
    assert "toelicht" in analyzer.tokenize("Het COA licht de actuele cijfers rondom asiel toe.")
    off = analyzer.with_options(separable_verbs=False)
    assert "toelicht" not in off.tokenize("Het COA licht de actuele cijfers rondom asiel toe.")


def test_no_joined_term_without_a_split_verb(engine: Engine) -> None:
    analyzer = engine.analyzer.with_options(separable_verbs=True)
    assert analyzer.joined_terms("De situatie in Ter Apel is stabiel.") == []
    # "om te" is the purpose infinitive, and a clause opener ends the verb's clause
    assert not joined_candidates("Er is een uitdaging om te kijken.", words)
    assert not any("aanpak" in c for c in joined_candidates("Zij pakken het op, en aan", words))


def test_a_question_with_the_joined_noun_finds_the_split_verb(engine: Engine) -> None:
    question = "Waarom is in juli 2022 het opstellen van een notitie afgesproken?"
    on = switched(engine, separable_verbs=True).ask(question)
    assert not on.abstained, on.reason
    assert any("notitie op te stellen" in c.quote for c in on.citations)
    off = switched(engine, separable_verbs=False).ask(question)
    assert off.abstained
