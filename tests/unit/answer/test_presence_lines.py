"""Rule ``presence_lines_read`` (answer/stand_in.py ``presence_answer``), by hand, no index: the
names a line must hold ("the Minister of VWS" is named by "VWS"), and when the rule reads a
question at all (switched off, a stand-in question rule stand_in_lines reads, or a question of
no attendance intent: never)."""

from __future__ import annotations

from types import SimpleNamespace

from lrt_search.answer.absence import names_in
from lrt_search.answer.stand_in import presence_answer, presence_names
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable

ORGS = OrgTable.default()
LINE = "De Ministers van VWS en voor PVO en VRO zijn verhinderd."


def _frame(
    question: str, names: list[str], on: bool = True, attendance: bool = True
) -> SimpleNamespace:
    settings = SimpleNamespace(presence_lines_read=on)
    parsed = SimpleNamespace(names=[(n, "organisation") for n in names], speaker=())
    return SimpleNamespace(
        question=question,
        attendance=attendance,
        retriever=SimpleNamespace(settings=settings, orgs=ORGS),
        parsed=parsed,
        orgs=[],
        asks=lambda intent: asks(intent, question, None),
    )


def test_an_office_is_named_by_its_ministry() -> None:
    names = presence_names(["Minister of VWS"], ORGS)
    assert names[0] == "Minister of VWS" and "VWS" in names
    frame = _frame("Was the Minister of VWS present?", names)
    assert names_in(frame, LINE, names)  # type: ignore[arg-type]
    assert not names_in(frame, "OCW is op DG-niveau vertegenwoordigd.", names)  # type: ignore[arg-type]


def test_a_person_is_kept_as_written() -> None:
    assert presence_names(["Van Gennip"], ORGS) == ["Van Gennip"]
    frame = _frame("Did Van Gennip attend?", ["Van Gennip"])
    line = "Mw. Van Gennip kan niet aanwezig zijn en wordt vervangen door DGSZI."
    assert names_in(frame, line, ["Van Gennip"])  # type: ignore[arg-type]


def test_no_name_twice() -> None:
    assert presence_names(["VWS", "Minister of VWS"], ORGS) == ["VWS", "Minister of VWS"]


def test_off_or_a_stand_in_question_is_not_read() -> None:
    off = _frame("Was the Minister of VWS present at the LRT of 6 April 2023?", ["VWS"], on=False)
    assert presence_answer(off) is None  # type: ignore[arg-type]
    stand_in = _frame("Door wie werd Van Gennip vervangen op 8 juli 2022?", ["Van Gennip"])
    assert presence_answer(stand_in) is None  # type: ignore[arg-type]


def test_a_question_of_no_attendance_intent_is_not_read() -> None:
    said = "What did Van der Burg say on 3 November 2023 about the housing target?"
    assert presence_answer(_frame(said, ["Van der Burg"], attendance=False)) is None  # type: ignore[arg-type]
