"""Which statement ``ask`` quotes (issue 16, "the right quote"): the meeting header for the
chair, a number next to the counted noun for "how many", on the bundled corpus."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine


def _quotes(answer: object) -> list[str]:
    return [c.quote for c in answer.citations]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "question", ["Wie zat de vergadering voor?", "Who chaired the meeting?", "Wie was voorzitter?"]
)
def test_the_chair_without_a_date_is_the_most_recent_meeting_that_names_one(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Mw. Faber (AenM, voorzitter)" in q for q in _quotes(answer)), _quotes(answer)
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-03-19"}
    # ... and it says which meeting it took
    assert "most recent meeting: 2025-03-19" in answer.notes, answer.notes


def test_the_chair_of_a_dated_meeting_comes_from_that_meetings_header(engine: Engine) -> None:
    answer = engine.ask("Wie leidde de vergadering in maart 2025?")
    assert not answer.abstained, answer.reason
    assert any("Mw. Faber (AenM, voorzitter)" in q for q in _quotes(answer)), _quotes(answer)
    assert not any(n.startswith("most recent meeting") for n in answer.notes), answer.notes


@pytest.mark.parametrize(
    "question",
    ["Who chaired the meeting of 19 March 2025?", "Wie zat de vergadering van 19 maart 2025 voor?"],
)
def test_the_chair_is_quoted_by_the_entry_that_names_the_chair(
    engine: Engine, question: str
) -> None:
    """The answer to "who chaired" quotes the chair's own entry of the attendee list, verbatim,
    cited by its own line (rule ``header_line_spans``), not the twelve names of the list."""
    answer = engine.ask(question)
    [cited] = answer.citations
    assert cited.quote == "Mw. Faber (AenM, voorzitter)"
    assert (cited.span.line_start, cited.span.line_end) == (31, 31), cited.citation
    lines = (engine.settings.corpus_dir / cited.source).read_text(encoding="utf-8").splitlines()
    assert cited.quote in lines[cited.span.line_start - 1]
    assert cited.speaker is None
    assert "Mw. Keizer" not in str(answer)
    plain = engine.ask("Wie waren er aanwezig op 19 maart 2025?")  # not a chair question
    assert all(c.speaker is None for c in plain.citations), plain.citations
    assert any("Mw. Keizer (VRO)" in c.quote for c in plain.citations), plain.citations


def test_the_chair_of_a_meeting_that_was_not_held_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("Who chaired the meeting of June 2024?")
    assert answer.abstained and answer.reason_code == "no_meeting", answer.reason


def test_who_attended_without_a_date_quotes_the_most_recent_attendee_list(engine: Engine) -> None:
    answer = engine.ask("Wie waren er aanwezig?")
    assert not answer.abstained, answer.reason
    assert any(c.kind == "attendees" for c in answer.citations), _quotes(answer)
    assert "most recent meeting: 2025-03-19" in answer.notes, answer.notes


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel statushouders moeten er gehuisvest worden",
        "Hoeveel statushouders moeten er nog gehuisvest worden?",
    ],
)
def test_how_many_finds_the_number_next_to_the_counted_noun_beyond_the_first_passages(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("circa 13.000 statushouders" in q for q in _quotes(answer)), _quotes(answer)


def test_deeper_passages_give_a_how_many_question_only_statements_that_count(
    engine: Engine,
) -> None:
    # No statement counts unaccompanied minors: the deeper passages add no other number ("vier
    # Kamerbrieven" stands in one), so the question still abstains.
    answer = engine.ask("How many unaccompanied minors arrived in 2023?")
    assert answer.abstained, _quotes(answer)
