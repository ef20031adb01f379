"""Rule ``sentence_start_not_names`` (search/phrases.py ``names_in``): the capitalised first word
of a question's later sentence, after a sentence of context ("Ik bereid een raadsvergadering
voor. Hoeveel ..."), is no name, as the first word of the question is not; forms of address,
initials and abbreviations before a full stop do not end a sentence."""

from __future__ import annotations

from switched import switched

from lrt_search.search.phrases import names_in
from lrt_search.service import Engine

CONTEXT = (
    "Ik bereid een raadsvergadering voor. Hoeveel statushouders zouden er volgens de LRT van "
    "juli 2022 de komende periode uitstromen?"
)


def test_a_question_after_a_sentence_of_context_is_answered(engine: Engine) -> None:
    answer = engine.ask(CONTEXT)
    assert not answer.abstained
    assert any("7.500 statushouders uitstromen" in c.quote for c in answer.citations)
    off = switched(
        engine,
        sentence_start_not_names=False,
        preamble_context=False,
        sentence_opener_verbs_unnamed=False,
    ).ask(CONTEXT)
    assert off.abstained and off.reason_code == "name_absent"


def test_only_the_first_word_of_a_sentence_is_dropped() -> None:
    assert names_in(CONTEXT) == []
    assert names_in(CONTEXT, sentence_starts=False, verbs=False) == ["Hoeveel"]
    # a name inside the later sentence stays, and so does a multi-word run
    assert names_in("Wij zijn een gemeente in Brabant. Hoeveel plekken?") == ["Brabant"]
    # no sentence ends at a form of address, an initial or an abbreviation
    assert names_in("Wat zei dhr. Kolff over de opvang?") == ["Kolff"]
    assert names_in("Wat zei mevr. Spies in maart 2025?") == ["Spies"]
    assert names_in("Wat zei A. Bakker over Budel?") == ["Bakker", "Budel"]
    assert names_in("Wat is er t.a.v. Budel gezegd?") == ["Budel"]


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    # "Per the April 2023 record" was the name "Per the", reported absent (a false reason)
    question = "Per the April 2023 record, who did the Security Council of mayors say?"
    assert names_in(question) == ["Security Council"]
    assert names_in("According To Aedes, what was said?") == ["Aedes"]
    assert names_in("Per Ter Apel: hoe vol was het?") == ["Ter Apel"]
    # a particle written capitalised stays part of the name after the preposition
    assert names_in("Since Van der Burg spoke, what changed?") == ["Van der Burg"]
    # not at a sentence start: the run is read as before
    assert "Per" not in " ".join(names_in("Wat zei Ter Apel per week?"))


def test_a_preposition_opening_the_question_gives_no_false_reason(engine: Engine) -> None:
    answer = engine.ask(
        "Per the April 2023 record, who did the Security Council of mayors say should take "
        "over coordination once the safety regions stop?"
    )
    assert "Per the" not in (answer.reason or "")
    assert not answer.abstained
