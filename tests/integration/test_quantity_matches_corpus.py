"""Rule quantity_matches_read (answer/quantity_matches.py) on the bundled corpus: a count asked
of a stock ("wonen") is not answered by a number of a flow ("van huisvesting voorzien"), and a
count asked in another unit of time ("hoeveel maanden") is answered by the length the minutes
give ("ruim twee jaar") (eval/quantity_match_probe.jsonl qx-u07, qx-a04)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_STOCK = "Hoeveel statushouders woonden er in november 2023 in de azc's?"
_MONTHS = "Hoeveel maanden zaten de medeoverheden in november 2023 al in een crisismode?"
_GOLD = "ruim twee jaar in een crisismode"


def test_a_flow_does_not_answer_a_stock(engine: Engine) -> None:
    off = switched(engine, quantity_matches_read=False).ask(_STOCK)
    assert not off.abstained  # without the rule: "circa 13.000 statushouders van huisvesting"
    on = switched(engine, quantity_matches_read=True).ask(_STOCK)
    assert on.abstained and on.reason_code == "no_count", [c.quote for c in on.citations]


def test_a_length_in_another_unit_answers(engine: Engine) -> None:
    # (rule duration_count_read reads "hoeveel maanden" as a length asked: off too, since 29)
    off = switched(engine, quantity_matches_read=False, duration_count_read=False).ask(_MONTHS)
    assert not any(_GOLD in c.quote for c in off.citations)
    on = switched(engine, quantity_matches_read=True).ask(_MONTHS)
    assert not on.abstained, on.reason
    assert any(_GOLD in c.quote for c in on.citations)
