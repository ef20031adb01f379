"""Rule person_body_of_period on the bundled corpus: Mw. Spies sits for the VNG in 2023 and for
Aedes on 19 March 2025; asked with a period, she speaks for the body of its attendee lists."""

from __future__ import annotations

from lrt_search.results import Answer
from lrt_search.service import Engine

_AEDES = "Aedes licht toe dat het realiseren van flexwoningen ook tijd kost"


def _ask(engine: Engine, question: str, on: bool) -> Answer:
    settings = engine.settings.replace(person_body_of_period=on)
    return engine.with_settings(settings).ask(question)


def test_spies_in_march_2025_speaks_for_aedes(engine: Engine) -> None:
    question = "Wat zei mevrouw Spies in maart 2025 over flexwoningen?"
    on, off = _ask(engine, question, True), _ask(engine, question, False)
    assert not on.abstained and on.citations[0].quote.startswith(_AEDES)
    assert off.abstained  # read as the VNG: "geen uitspraak van VNG gaat over flexwoningen"


def test_what_the_vng_said_in_2025_is_not_hers(engine: Engine) -> None:
    answer = _ask(engine, "Wat zei Spies in maart 2025 over de LVV?", True)
    assert answer.abstained and answer.reason_code == "topic_not_quoted"
    assert "Aedes" in answer.reason


def test_in_2023_she_speaks_for_the_vng(engine: Engine) -> None:
    answer = _ask(engine, "Wat zei mevrouw Spies op 10 november 2023 over de inzet van IBT?", True)
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("IPO en VNG ondersteunen inzet van IBT")
