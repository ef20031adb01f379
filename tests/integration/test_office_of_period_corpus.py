"""Rule office_of_period on the bundled corpus: "the housing minister" sat at the table as MBZK
(De Jonge) in November 2023 and as MVRO in March 2025; asylum was SJenV's in 2023; no interior
minister (MBZK) is present in March 2025."""

from __future__ import annotations

from lrt_search.results import Answer
from lrt_search.service import Engine


def _ask(engine: Engine, question: str, on: bool) -> Answer:
    settings = engine.settings.replace(office_of_period=on)
    return engine.with_settings(settings).ask(question)


def test_the_housing_minister_of_november_2023_is_mbzk(engine: Engine) -> None:
    question = "Wat zei de woonminister in november 2023 over het toewijzingspercentage?"
    on, off = _ask(engine, question, True), _ask(engine, question, False)
    assert not on.abstained
    assert on.citations[0].quote.startswith("MBZK vraagt ook om een hoger toewijzingspercentage")
    assert off.abstained and off.reason_code == "speaker_silent"  # MVRO, absent then


def test_the_migration_minister_of_april_2023_is_the_state_secretary(engine: Engine) -> None:
    answer = _ask(
        engine, "What did the migration minister say about the Spreidingswet in April 2023?", True
    )
    assert not answer.abstained and "Staatssecretaris van JenV" in answer.citations[0].quote


def test_no_interior_minister_in_march_2025(engine: Engine) -> None:
    answer = _ask(
        engine, "What did the interior minister say about the opstartwoningen in March 2025?", True
    )
    assert answer.abstained and answer.reason_code == "office_unheld"
    assert "interior minister" in answer.reason and "2025-03" in answer.reason
