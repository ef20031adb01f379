"""Rule length_stated (answer/durations.py, used by rule property_tied) on the bundled corpus:
"hoe lang / tot wanneer" is not answered by a statement that states only a point in time
("op 12 mei in de MR ligt, waarna die in consultatie gaat"); a length ("met een jaar") or an end
("tot 12u op 10 november") still answers (eval/quantity_tied_probe.jsonl, eval/duration_probe)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_POINT = "Hoe lang duurt de consultatie van de AMvB voor de Spreidingswet?"
_UNTIL = "Tot wanneer kunnen gemeenten een aanvraag doen voor de SPUK voor doorstroomlocaties?"
_END = "Hoe lang konden de leden nog schriftelijk opmerkingen maken op de concept-brieven?"
_LENGTH = "Hoe lang wordt de tijdelijke richtlijn voor Oekraïense ontheemden verlengd?"


def test_a_point_in_time_does_not_say_how_long(engine: Engine) -> None:
    off = switched(engine, length_stated=False).ask(_POINT)
    assert not off.abstained  # without the rule: "op 12 mei in de MR" answers
    on = switched(engine, length_stated=True).ask(_POINT)
    assert on.abstained, [c.quote for c in on.citations]
    assert on.reason_code == "no_length"


def test_a_publication_month_is_no_end(engine: Engine) -> None:
    off = switched(engine, length_stated=False).ask(_UNTIL)
    assert not off.abstained  # "Deze wordt deze maand openbaar gemaakt"
    on = switched(engine, length_stated=True).ask(_UNTIL)
    assert on.abstained and on.reason_code == "no_length", [c.quote for c in on.citations]


def test_an_end_answers(engine: Engine) -> None:
    on = switched(engine, length_stated=True).ask(_END)
    assert not on.abstained, on.reason
    assert any("tot 12u op 10 november" in c.quote for c in on.citations)


def test_a_length_answers(engine: Engine) -> None:
    on = switched(engine, length_stated=True).ask(_LENGTH)
    assert not on.abstained, on.reason
    assert any("met een jaar wordt verlengd" in c.quote for c in on.citations)
