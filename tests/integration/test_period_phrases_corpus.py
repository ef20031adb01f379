"""Rules period_half_terms and period_phrase_spans on the bundled corpus: a topic's "najaar van
2022" is quoted as the minutes write the half ("2022-II"), and a bare season with its year
("najaar 2022") is the meetings' period."""

from __future__ import annotations

from lrt_search.results import Answer
from lrt_search.service import Engine

_GOLD = "De taakstelling voor 2022-II is vastgesteld op 13.500."


def _ask(engine: Engine, question: str, **rules: bool) -> Answer:
    return engine.with_settings(engine.settings.replace(**rules)).ask(question)


def test_a_topic_season_is_quoted_as_its_half(engine: Engine) -> None:
    question = (
        "Wat was de opdracht voor het huisvesten van vergunninghouders in het najaar van 2022?"
    )
    on = _ask(engine, question, period_half_terms=True)
    off = _ask(engine, question, period_half_terms=False)
    assert not on.abstained and any(_GOLD in c.quote for c in on.citations)
    assert off.abstained or not any(_GOLD in c.quote for c in off.citations)


def test_a_bare_season_is_the_meetings_period(engine: Engine) -> None:
    held = _ask(engine, "Wat vond de VNG najaar 2023 van de toon in de brief?")
    assert not held.abstained and "te zingend" in held.citations[0].quote
    unheld = _ask(engine, "Wat vond de VNG najaar 2022 van de toon in de brief?")
    assert unheld.abstained and unheld.reason_code == "no_meeting"
    off = _ask(
        engine, "Wat vond de VNG najaar 2022 van de toon in de brief?", period_phrase_spans=False
    )
    assert not off.abstained
