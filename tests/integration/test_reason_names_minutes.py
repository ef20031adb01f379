"""Issue 16 task C1, rule ``reason_names_minutes``: ``name_not_quoted`` says no statement of the
minutes by the asked speaker names the name, so it is not given when one does outside the
passages read (blind14_design b14-022: the CdK's "wat er na 1 juli gebeurt met de
Spreidingswet" of 2025-03-19 names "the Dispersal Act" by its glossary form); the reason is then
``no_answer``. A name no statement of the speaker holds keeps ``name_not_quoted``."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine

_NAMED = (
    "How did the King's Commissioners' position on the provincial steering tables shift between "
    "April 2023, when coordination of all tasks was at stake, and March 2025, when the Dispersal "
    "Act was to be withdrawn?"
)


def test_a_name_a_statement_of_the_speaker_holds_is_no_reason(engine: Engine) -> None:
    # rule names_earlier_in_item answers it (the CdK named the Spreidingswet earlier in the
    # item); the reason is seen with that rule off
    assert not engine.ask(_NAMED).abstained
    answer = switched(engine, names_earlier_in_item="").ask(_NAMED)
    assert answer.abstained and answer.reason_code == "no_answer", answer.reason
    off = switched(engine, names_earlier_in_item="", reason_names_minutes=False).ask(_NAMED)
    assert off.abstained and off.reason_code == "name_not_quoted", off.reason
    assert false_reason(Minutes(engine), off) is not None  # the checker reads the same forms


def test_a_name_no_statement_of_the_speaker_holds_stays_the_reason(engine: Engine) -> None:
    answer = engine.ask(
        "What did the VNG say about the Dispersal Act and the housing target in 2025?"
    )
    assert answer.abstained and answer.reason_code == "name_not_quoted", answer.reason
    assert false_reason(Minutes(engine), answer) is None
