"""Questions read wrong (issue 16, task F), on the bundled corpus; each setting switches its
rule off: ``discussion_speaks`` (who discussed is the speaker), ``name_parts_apart`` (an
acronym joined to a name by particles is two names), ``next_meeting_not_header`` (the next
meeting the minutes announce is no header fact) and ``spelling_english_words`` (no Dutch
function word suggested in an English question)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_who_discussed_is_the_speaker(engine: Engine) -> None:
    question = "Heeft VNG idee besproken?"
    answer = engine.ask(question)
    assert not answer.abstained and answer.filters["org"] == ["VNG"]
    assert any(c.quote.startswith("VNG steunt het voorstel") for c in answer.citations)
    off = switched(engine, discussion_speaks=False).ask(question)
    assert off.abstained and off.reason_code == "not_together"


def test_an_acronym_of_a_name_is_two_names(engine: Engine) -> None:
    question = "When should the AMvB of the Spreidingswet go to the council of ministers?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert "AMvB voor de Spreidingswet op 12 mei in de MR" in answer.citations[0].quote
    off = switched(engine, name_parts_apart=False).ask(question)
    assert off.abstained and off.reason_code == "name_not_quoted"
    # a name the minutes lack is still absent on its own
    absent = engine.ask("When was the AMvB of the Asylum Act sent to parliament?")
    assert absent.abstained and absent.reason_code == "name_absent"


def test_the_announced_next_meeting_is_read_from_the_statements(engine: Engine) -> None:
    question = "Hoe lang duurt de volgende LRT na maart 2025?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("wat langer zijn dan 1 uur" in c.quote for c in answer.citations)
    off = switched(engine, next_meeting_not_header=False).ask(question)
    assert off.abstained and off.reason_code == "header_lacks"


def test_an_english_word_gets_no_dutch_suggestion(engine: Engine) -> None:
    question = "What did the VNG say about the poor housing?"
    assert engine.ask(question).suggestions == ()
    off = switched(engine, spelling_english_words=False).ask(question)
    assert [s["suggestion"] for s in off.suggestions] == ["voor"]
    typo = engine.ask("What did the COA say about the opvnag in Ter Apel?")
    assert [s["suggestion"] for s in typo.suggestions] == ["opvang"]
