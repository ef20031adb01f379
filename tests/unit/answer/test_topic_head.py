"""The head and modifier of a topic phrase (rule topic_head_required)."""

from __future__ import annotations

from lrt_search.answer.topic_head import singulars, topic_head


def test_the_head_is_the_content_words_before_the_first_preposition() -> None:
    assert topic_head("de schoonmaak van de voorportalen") == (["schoonmaak"], ["voorportalen"])
    assert topic_head("the catering in Ter Apel") == (["catering"], ["ter", "apel"])
    assert topic_head("parking around reception locations") == (
        ["parking"],
        ["reception", "locations"],
    )


def test_a_topic_without_a_modifier_has_no_head() -> None:
    assert topic_head("de spreidingswet") == ([], [])
    assert topic_head("de opvang van") == ([], [])
    assert topic_head("van de voorportalen") == ([], [])  # nothing before the preposition


def test_the_singulars_of_a_dutch_plural() -> None:
    assert singulars("prijzen") == ["prijzen", "prijs", "prijz"]
    assert singulars("brieven") == ["brieven", "brief", "briev"]
    assert singulars("kosten") == ["kosten", "kost"]
