"""Issue 16 task F: English topic words no dictionary translates. Rule
``untranslated_compound_boundary`` counts such a noun as a part of a word of the minutes only
at a compound boundary ("pact" is no part of "impactanalyse")."""

from __future__ import annotations

from lrt_search.answer.untranslated import compound_part
from lrt_search.service import Engine


def test_a_compound_part_stands_at_a_boundary(engine: Engine) -> None:
    vocabulary = engine.analyzer.vocabulary
    assert "impactanalyse" in vocabulary
    assert not compound_part(vocabulary, "impactanalyse", "pact")  # "im" is no word
    assert compound_part(vocabulary, "impactanalyse", "impact")  # "analyse" is one


def test_pact_is_missing_not_found_inside_impact(engine: Engine) -> None:
    question = "Was the EU migration pact discussed by the ministers?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert answer.reason_params["words"] == ["pact"]
    off = engine.with_settings(engine.settings.replace(untranslated_compound_boundary=False))
    assert not off.ask(question).abstained  # "pact" in "impactanalyse": the old answer
