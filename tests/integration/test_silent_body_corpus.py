"""Rule silent_body on the bundled corpus: Defensie (named once, in a question of the VNG) and
the Tweede Kamer (named in three meetings) never speak; a stance frame or a body the alias table
does not know is refused with a true reason, while reported speech ("heeft de Raad van State
aangegeven") and a body that speaks keep their answers."""

from __future__ import annotations

from lrt_search.results import Answer
from lrt_search.service import Engine


def _ask(engine: Engine, question: str, on: bool = True) -> Answer:
    return engine.with_settings(engine.settings.replace(silent_body=on)).ask(question)


def test_objections_of_a_body_that_never_speaks(engine: Engine) -> None:
    question = "Welke bezwaren had Defensie tegen het gebruik van de locatie Budel?"
    on, off = _ask(engine, question), _ask(engine, question, False)
    assert on.abstained and on.reason_code == "speaker_silent"
    assert not off.abstained  # the VNG's question about Defensie, quoted as an answer


def test_a_body_only_named_in_the_minutes(engine: Engine) -> None:
    on = _ask(engine, "Wat zei de Tweede Kamer zelf over de taakstelling?")
    assert on.abstained and on.reason_code == "body_silent"
    assert on.reason_params["dates"] == ["2023-04-06", "2023-11-03", "2023-11-10"]
    lower = _ask(engine, "wat zei de gemeente amsterdam eh over die dertigduizend regeling")
    assert lower.abstained and lower.reason_code == "body_silent"


def test_reported_speech_and_speaking_bodies_keep_their_answers(engine: Engine) -> None:
    reported = "Wat heeft de Raad van State aangegeven over een uitspraak over de derdelanders?"
    assert not _ask(engine, reported).abstained
    answer = _ask(engine, "Welke bezwaren hadden IPO en VNG tegen een snellere inzet van het IBT?")
    assert not answer.abstained
    assert "versnelling van het IBT" in answer.citations[0].quote
