"""Rules org_mention_names, org_dutch_forms and written_out_forms on the bundled corpus (issue 16
session 24 task B2; eval/dutch_body_forms_probe.jsonl): without them "Koning" of "de commissaris
van de Koning" is a name the minutes lack, "het ministerie van Volksgezondheid, Welzijn en Sport"
leaves "Volksgezondheid, Welzijn" names of their own, and (written_out_forms, off by default)
"de landelijke vreemdelingenvoorziening" does not meet the minutes' "LVV"."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.service import Engine


def test_the_kings_commissioner_is_no_absent_name(engine: Engine) -> None:
    answer = engine.ask("Waartoe riep de commissaris van de Koning op in april 2023?")
    assert not answer.abstained, answer.reason
    assert any("werk te maken van Tussenvoorzieningen" in c.quote for c in answer.citations)


def test_a_dutch_ministry_name_is_its_body(engine: Engine) -> None:
    answer = engine.ask(
        "Met welke beslispunten is het ministerie van Volksgezondheid, Welzijn en Sport akkoord?"
    )
    assert not answer.abstained, answer.reason
    assert any(c.quote.startswith("VWS is akkoord met de beslispunten") for c in answer.citations)


def test_a_written_out_term_finds_the_minutes_abbreviation(engine: Engine) -> None:
    # rule written_out_forms is off by default (docs/settings.md): switched on here
    engine = engine.with_settings(replace(engine.settings, written_out_forms=True))
    answer = engine.ask(
        "Welke zorgen uitte de Vereniging van Nederlandse Gemeenten over de landelijke"
        " vreemdelingenvoorziening?"
    )
    assert not answer.abstained, answer.reason
    assert any("zorgen uit over de LVV" in c.quote for c in answer.citations)
