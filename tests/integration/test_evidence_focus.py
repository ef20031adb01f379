"""The quotes must hold the question's focus: its names, what a "how many" question counts.

Examples are new questions, not the evaluation's: names that occur in the minutes but not in
any statement about what is asked, numbers that count something else, and answerable questions
of the same shapes.
"""

from __future__ import annotations

import pytest

from lrt_search.answer.evidence import Requirements, names_in
from lrt_search.answer.names import has_phrase
from lrt_search.answer.shape import answers_shape
from lrt_search.index.analysis import words
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "reason_holds"),
    [
        # VNG and Ter Apel both occur in the minutes, never together.
        ("Wat zei de VNG over Ter Apel?", "Ter Apel"),
        # A reaction "op X": X is the topic and must be in the quote.
        ("Wat was de reactie van de Tweede Kamer op de flexwoningen?", "flexwoningen"),
    ],
)
def test_a_focus_absent_from_every_quote_abstains(
    engine: Engine, question: str, reason_holds: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained, [c.quote for c in answer.citations]
    assert answer.reason and reason_holds in answer.reason, answer.reason


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("Wat was de reactie van het IPO op de taakstelling?", "Kritiek van IPO"),
        ("Hoeveel gemeenten hebben interesse in een DSL?", "Ongeveer 60 gemeenten"),
        # "DSLs" is written "DSL's" in the minutes; the adjective "Europese" is not a name.
        ("What did the LRT say about the DSLs?", "De DSL's"),
        ("Wat zei Faber over de spreidingswet?", "spreidingswet"),
    ],
)
def test_a_focus_in_the_quote_is_answered(engine: Engine, question: str, quote: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations), [c.quote for c in answer.citations]


def test_names_match_as_written_not_as_compound_parts() -> None:
    text = words("Vrijdag na de MR gaan vier Kamerbrieven uit.")
    assert not has_phrase(text, ("tweede", "kamer"))
    assert has_phrase(words("brieven aan de Tweede Kamer"), ("tweede", "kamer"))
    assert has_phrase(words("de DSL's"), ("dsls",))
    assert has_phrase(words("de Tijdelijke wet Oekraïne"), ("oekrainers",))
    need = Requirements(names=(("Ter Apel", (("ter", "apel"),), frozenset()),))
    assert need.names_ok([words("De situatie in Ter Apel is kritiek"), []], set())
    assert not need.names_ok([words("De situatie in Budel is kritiek"), []], set())
    by_org = Requirements(names=(("VNG", (("vng",),), frozenset({"VNG"})),))
    assert by_org.names_ok([words("Gemeenten vragen om duidelijkheid"), []], {"VNG"})


def test_a_capitalised_first_word_is_not_part_of_a_name(engine: Engine) -> None:
    assert names_in("Blijft de Europese regeling van kracht?") == ["Blijft de Europese"]
    answer = engine.ask("Blijft de Europese regeling voor Oekraïne van kracht?")
    assert not (answer.reason or "").startswith("\u201cBlijft"), answer.reason


def test_a_number_must_count_what_the_question_counts() -> None:
    counted = {"statushouder"}.__contains__

    def is_counted(w: str) -> bool:
        return counted(w[:-1] if w.endswith("s") else w)

    other = "COA doet twee suggesties om de toewijzingen aan statushouders te versnellen."
    assert not answers_shape(other, set(), set(), True, is_counted)
    near = "De komende periode zullen 7.500 statushouders uitstromen."
    assert answers_shape(near, set(), set(), True, is_counted)
    # When the statement does not name what is counted, any amount may answer (paraphrase).
    assert answers_shape("Het doel is 500 extra plekken per week.", set(), set(), True, is_counted)
    # A year before a full stop and "de tweede helft" are not amounts.
    assert not answers_shape("Dit geldt na 1 juli 2023.", set(), set(), True, None)
    assert not answers_shape("voor de tweede helft van 2023", set(), set(), True, None)
