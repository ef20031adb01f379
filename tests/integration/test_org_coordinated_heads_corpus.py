"""Rules org_coordinated_heads and org_english_forms on the bundled corpus (issue 16 session 23
task E2; eval/english_body_forms_probe.jsonl): without them "the justice and interior
ministries" and "the integration state secretary" name no body and the question is searched
over every speaker."""

from __future__ import annotations

from lrt_search.service import Engine


def test_coordinated_ministries_are_both_the_speaker(engine: Engine) -> None:
    answer = engine.ask(
        "What did the justice and interior ministries suggest putting on the agenda of the next"
        " LRT in April 2023?"
    )
    assert not answer.abstained, answer.reason
    assert {"JenV", "BZK"} <= set(answer.filters["org"])
    assert any(
        c.quote.startswith("JenV doet suggestie tussenvoorzieningen") for c in answer.citations
    )


def test_a_generated_form_is_the_speaker(engine: Engine) -> None:
    answer = engine.ask(
        "What did the integration state secretary add about what follows civic integration in"
        " March 2025?"
    )
    assert not answer.abstained, answer.reason
    assert "SZW" in answer.filters["org"]
    assert any("na inburgering integratie volgt" in c.quote for c in answer.citations)


def test_coordinated_ministries_that_never_spoke_are_silent(engine: Engine) -> None:
    answer = engine.ask(
        "What did the defence and health ministries say about flexible homes in March 2025?"
    )
    assert answer.abstained
    assert answer.reason_code == "speaker_silent"
