"""`ask` understands people, retries without a speaker, prefers decisions, keeps timelines."""

from __future__ import annotations

from lrt_search.answer.attendance import people_orgs
from lrt_search.answer.selection import asks_for_decisions, is_decision
from lrt_search.service import Engine


def test_person_resolved_through_the_attendee_lists(engine: Engine) -> None:
    people = people_orgs(engine)
    assert people["faber"] == "MAenM"
    assert people["schoenmaker"] == "COA"
    answer = engine.ask("Wat zei Faber over de spreidingswet?")
    assert not answer.abstained
    assert answer.filters["org"] and "MAenM" in answer.filters["org"]
    assert any("Faber" in note for note in answer.notes)
    assert all("MAenM" in (c.speaker or "") for c in answer.citations)


def test_a_person_note_names_the_person_as_the_question_writes_them(engine: Engine) -> None:
    # "Van der Burg", not "Burg": the name particles before the surname are the name's.
    answer = engine.ask("Wat zei Van der Burg over opvang?")
    assert any("(Van der Burg, from the attendee lists)" in n for n in answer.notes), answer.notes
    answer = engine.ask("Wat zei de Faber over de spreidingswet?")
    assert any("(Faber, from the attendee lists)" in n for n in answer.notes), answer.notes


def test_empty_speaker_result_retries_without_the_filter(engine: Engine) -> None:
    # The VB never speaks in the 2025 minutes: the search retries over all speakers.
    answer = engine.ask("Wat zei het VB in maart 2025 over de taakstelling?")
    assert any(note.startswith("retried: ") for note in answer.notes), answer.notes
    assert answer.filters["org"] is None


def test_decision_questions_prefer_afspraak_statements(engine: Engine) -> None:
    assert asks_for_decisions("Wat is er afgesproken over de PRT's?")
    assert asks_for_decisions("What was agreed about the housing target?")
    assert not asks_for_decisions("Wat zei het IPO over indeplaatsstelling?")
    assert is_decision("statement", "Er wordt ingestemd met de taakstelling.")
    assert is_decision("decision", "doorgaan op de lijnen")
    assert not is_decision("statement", "IPO pleit voor duidelijkheid.")
    answer = engine.ask("Wat is er afgesproken over de PRT's?")
    assert not answer.abstained
    assert answer.citations
    best = max(answer.citations, key=lambda c: c.score)
    assert best.quote.startswith(("Afspraak", "Actie")), best.quote


def test_timeline_keeps_every_meeting_that_discusses_the_topic(engine: Engine) -> None:
    answer = engine.ask("Hoe ontwikkelde de situatie in Ter Apel zich?")
    assert answer.timeline and not answer.abstained
    dates = {c.meeting_date.isoformat() for c in answer.citations}
    # Ter Apel is discussed in 2022-07, 2023-11-03 and 2025-03; none of them is lost.
    assert {"2022-07-08", "2023-11-03", "2025-03-19"} <= dates
    assert all("Ter Apel" in c.quote for c in answer.citations)
