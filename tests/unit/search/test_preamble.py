"""Rule ``preamble_context`` (search/preamble.py): the question sentence of a question with a
sentence of context before it, unless it refers back to the context."""

from __future__ import annotations

from lrt_search.search.preamble import question_sentence


def test_the_context_is_split_off() -> None:
    asked, context = question_sentence(
        "Ik ben journalist bij een krant in Drenthe. Waar waarschuwde Aedes in juli 2022 voor?"
    )
    assert asked == "Waar waarschuwde Aedes in juli 2022 voor?"
    assert context == "Ik ben journalist bij een krant in Drenthe."
    asked, _ = question_sentence(
        "Some context: I'm following the integration reforms. When is a bill expected?"
    )
    assert asked == "When is a bill expected?"


def test_a_question_sentence_referring_back_keeps_its_context() -> None:
    for question in (
        "Ik schrijf over de LRT van 10 november 2023. Wie had toen moeite met de stukken?",
        "I'm researching the meeting of July 2022. Which report was adopted at that meeting?",
        "I'm preparing a briefing on the 30,000 scheme. How many places would it yield?",
        "A colleague says Defence handed Budel over in March 2025. Is that true?",
    ):
        assert question_sentence(question) == (question, "")


def test_no_context_without_two_sentences_of_enough_words() -> None:
    for question in (
        "Wat is de taakstelling voor 2025-II?",
        "Wat zei mevr. Spies in maart 2025 over flexwoningen?",
        "Wat zei Mevr. Klijnsma over de PRT's?",  # a question word opens the first part
        "Wat zei de VNG? En wat zei het IPO?",  # two questions
        "I'm new to this file. Please tell me the housing target.",  # no question mark
    ):
        assert question_sentence(question) == (question, "")


def test_a_comparative_pointer_keeps_the_context_with_rule_same_pointers_read() -> None:
    for question in (
        "As a GGD we often miss direction from The Hague. Did the provinces say the same?",
        "Wij vinden de taakstelling te hoog. Zeiden de gemeenten in april 2023 hetzelfde?",
        "Wij vinden de taakstelling te hoog. Vond de VNG dat ook?",
        "Our council finds the target too high. Did the VNG say so too?",
        "Our council finds the target too high. Did the IPO feel likewise?",
        "Wij vinden de taakstelling te hoog. Dacht het IPO er net zo over?",
        "Op 8 juli 2022 sprak het IPO over de wet. Wat zei het COA op dezelfde dag?",
    ):
        assert question_sentence(question, True) == (question, "")


def test_a_same_that_points_nowhere_is_cut_with_rule_same_pointers_read() -> None:
    context = "Ik maak een podcast over de asielopvang."
    for asked in (
        "Sprak de VNG in dezelfde week als het COA over huisvesting?",
        "Did the VNG raise housing in the same month as the IPO?",
        "What did the minister say about the moratorium if the policy stays the same?",
        "Wat zei de VNG over de instroom als die hetzelfde blijft?",
        "Klopt het dat ook de VNG in april 2023 over huisvesting sprak?",
    ):
        assert question_sentence(f"{context} {asked}", True) == (asked, context)


def test_off_a_comparative_pointer_is_cut_as_before() -> None:
    question = "Wij vinden de taakstelling te hoog. Zeiden de gemeenten in april 2023 hetzelfde?"
    assert question_sentence(question) == (
        "Zeiden de gemeenten in april 2023 hetzelfde?",
        "Wij vinden de taakstelling te hoog.",
    )
