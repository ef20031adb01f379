"""Rule meeting_not_held (answer/meeting_not_held.py) on the bundled corpus: the outcome of a
meeting whose minutes the corpus lacks abstains with reason meeting_not_held, the passage that
mentions the meeting first among the closest (eval/meeting_not_held_probe.jsonl nh-u01, nh-u07);
what the minutes say of such a meeting still answers (nh-a01, nh-a02); a meeting the corpus
holds is not refused; every such reason is true of the minutes."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_minutes import Minutes
from lrt_search.evaluation.reason_truth import false_reason
from lrt_search.service import Engine

_KLEINE = "Wat is er in de kleine LRT besloten over de taakstelling?"
_NEXT = "What was decided at the next LRT after 19 March 2025 about the one-pager?"


def test_the_outcome_of_the_kleine_lrt_abstains(engine: Engine) -> None:
    off = switched(engine, meeting_not_held=False).ask(_KLEINE)
    assert not off.abstained  # without the rule: an Afspraak of another meeting
    on = switched(engine, meeting_not_held=True).ask(_KLEINE)
    assert on.abstained and on.reason_code == "meeting_not_held", on.reason
    assert on.reason_params["dates"] == ["2025-03-19"]
    assert "'kleine LRT'" in on.closest[0].text
    assert false_reason(Minutes(engine), on) is None


def test_the_next_lrt_after_the_last_meeting_abstains(engine: Engine) -> None:
    on = switched(engine, meeting_not_held=True).ask(_NEXT)
    assert on.abstained and on.reason_code == "meeting_not_held", on.reason
    assert on.reason_params["after"] == "2025-03-19"
    assert "Een volgend LRT zal wat langer zijn" in on.closest[0].text


def test_what_the_minutes_say_of_those_meetings_answers(engine: Engine) -> None:
    on = switched(engine, meeting_not_held=True)
    said = on.ask("Wanneer volgt het verslag van de kleine LRT?")
    assert not said.abstained and "volgt op korte termijn per mail" in said.citations[0].quote
    hlrt = on.ask("Wat werd er in november 2023 over de HLRT afgesproken?")
    assert not hlrt.abstained and "in de HLRT besproken" in hlrt.citations[0].quote


def test_a_meeting_the_corpus_holds_is_not_refused(engine: Engine) -> None:
    held = switched(engine, meeting_not_held=True).ask(
        "Wat werd er op de LRT van 3 november 2023 afgesproken over een extra LRT?"
    )
    assert not held.abstained, held.reason
