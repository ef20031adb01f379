"""Rule asked_form (answer.asked_form; issue 16 task B): among the quotes, a statement in the
form the question's intent asks for (a time for "when", a frequency for "how often", a reason
for "why") is preferred; the answer and its confidence do not change. On the bundled corpus."""

from __future__ import annotations

import pytest

from lrt_search.answer.asked_form import asked_forms, has_form
from lrt_search.config import Settings
from lrt_search.service import Engine

_OFTEN = "Hoe vaak brengen de PRT's verslag uit over de uitvoeringsagenda?"
_MONTHLY = "maandelijks rapporteren"
_OTHER = "Gezamenlijke verantwoordelijkheid voor de uitvoering van de Uitvoeringsagenda"


def _with(engine: Engine, bonus: float) -> Engine:
    return engine.with_settings(engine.settings.replace(asked_form_bonus=bonus))


def test_on_by_default() -> None:
    assert Settings().asked_form_bonus > 0


@pytest.mark.parametrize(
    ("question", "forms"),
    [
        ("Wanneer gaat de brief naar de gemeenten?", ("when",)),
        ("By when should the letter go out?", ("when",)),
        ("Per wanneer geldt de nieuwe taakstelling?", ("when",)),
        ("How often do the provincial tables report?", ("how_often",)),
        ("Waarom twijfelt het IPO aan de versnelling?", ("why",)),
        # a question about the meetings themselves: every statement carries its meeting's date
        ("Wanneer is de spreidingswet besproken?", ()),
        ("When was the coordination centre discussed?", ()),
        ("Wat zei de VNG over de taakstelling?", ()),
    ],
)
def test_the_asked_form_is_read_from_the_question(question: str, forms: tuple[str, ...]) -> None:
    assert asked_forms(question) == forms


@pytest.mark.parametrize(
    ("form", "text", "held"),
    [
        ("when", "Deze wordt deze maand openbaar gemaakt.", True),
        ("when", "Het streven is de brief aan gemeenten voor 1 april uit te sturen.", True),
        ("when", "een uitspraak voor het einde van dit jaar", True),
        ("when", "De taakstelling voor 2025-II wordt op 13.000 gezet.", False),
        ("when", "Er wordt ingestemd met de taakstelling.", False),
        ("how_often", "Zij zullen tevens maandelijks rapporteren over de voortgang.", True),
        ("how_often", "De PRT's worden bij de uitvoering nauw betrokken.", False),
        ("why", "Dit is nodig omdat gemeenten achterlopen.", True),
        ("why", "Het voorstel wordt door de VNG gesteund.", False),
    ],
)
def test_the_form_of_a_statement(form: str, text: str, held: bool) -> None:
    assert has_form(form, text) is held


def test_the_statement_in_the_asked_form_is_quoted_alone(engine: Engine) -> None:
    on, off = _with(engine, 0.04).ask(_OFTEN), _with(engine, 0.0).ask(_OFTEN)
    assert any(_MONTHLY in c.quote for c in on.citations)
    assert not any(_OTHER in c.quote for c in on.citations)
    assert any(_OTHER in c.quote for c in off.citations)  # it scored best without the rule
    assert on.abstained == off.abstained
    assert on.confidence == pytest.approx(off.confidence, abs=1e-9)
