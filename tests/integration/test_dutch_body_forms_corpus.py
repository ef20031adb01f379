"""Rules org_mention_names and org_dutch_forms on the bundled corpus (issue 16 session 24 task B2;
eval/dutch_body_forms_probe.jsonl): without them "Koning" of "de commissaris van de Koning" is a
name the minutes lack, and "het ministerie van Volksgezondheid, Welzijn en Sport" leaves
"Volksgezondheid, Welzijn" names of their own."""

from __future__ import annotations

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
