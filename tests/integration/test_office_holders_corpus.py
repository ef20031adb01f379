"""Rule office_holders_per_meeting on the bundled corpus: with no period, "the minister for
housing" (the alias table's MBZK) is MBZK in MBZK's meetings and MVRO in MVRO's; "the asylum
minister" is MAenM in 2025 and never SJenV's 2025 statements; a reason names each holder with
its meetings."""

from __future__ import annotations

from lrt_search.results import Answer
from lrt_search.service import Engine


def _ask(engine: Engine, question: str, on: bool) -> Answer:
    settings = engine.settings.replace(office_holders_per_meeting=on)
    return engine.with_settings(settings).ask(question)


def test_the_minister_for_housing_is_mvro_in_2025(engine: Engine) -> None:
    question = "What did the minister for housing say about the start-up homes?"
    on, off = _ask(engine, question, True), _ask(engine, question, False)
    assert not on.abstained
    assert any("Zij licht ook de opstartwoningen toe." in c.quote for c in on.citations)
    assert off.abstained or not any("opstartwoningen toe" in c.quote for c in off.citations)


def test_the_woonminister_is_mbzk_in_november_2023(engine: Engine) -> None:
    question = "Wat zei de woonminister over het interbestuurlijk toezicht?"
    on, off = _ask(engine, question, True), _ask(engine, question, False)
    assert not on.abstained and all("MBZK" in c.speakers for c in on.citations)
    assert any(c.quote.startswith("MBZK: we moeten samen optrekken") for c in on.citations)
    assert off.abstained  # MVRO alone: no statement of it on the topic


def test_a_reason_names_each_holder_with_its_meetings(engine: Engine) -> None:
    answer = _ask(
        engine, "What did the housing minister say about the departure moratorium for Syria?", True
    )
    assert answer.abstained and answer.reason_code == "topic_not_quoted"
    assert "MBZK (in 2022-07-08, 2023-11-03, 2023-11-10)" in answer.reason
    assert "MVRO (in 2023-04-06, 2025-03-19)" in answer.reason


def test_the_asylum_minister_is_not_sjenv_in_2025(engine: Engine) -> None:
    answer = _ask(engine, "Wat zei de asielminister over het inburgeringsbeleid?", True)
    said = [c for c in answer.citations if "inburgeringsbeleid" in c.quote]
    assert not said  # SJenV's 2025 statement is no asylum minister's
