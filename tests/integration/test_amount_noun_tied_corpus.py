"""Rule amount_noun_tied (answer/amount_tied.py, used by rule property_tied) on the bundled
corpus: a Dutch money question for another noun or act than the amount's statement names is not
answered by it ("voor de inburgering", "als ze een zwembad openen": the 30.000 regeling is paid
for taking over a status holder); the question for what it is paid for still is
(eval/quantity_tied_probe.jsonl, eval/everyday_paraphrase_probe.jsonl)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_OTHER = "Hoeveel geld krijgt een gemeente voor de inburgering van een statushouder?"
_TIED = "Hoeveel geld ontvangt een gemeente eenmalig voor het overnemen van een statushouder?"
_GOLD = "De 30.000 regeling, een bedrag dat gemeenten eenmalig ontvangen"


def test_an_amount_for_another_act_does_not_answer(engine: Engine) -> None:
    off = switched(engine, amount_noun_tied=False).ask(_OTHER)
    assert not off.abstained  # without the rule: the 30.000 regeling answers
    assert any(_GOLD in c.quote for c in off.citations)
    on = switched(engine, amount_noun_tied=True).ask(_OTHER)
    assert on.abstained and on.reason_code == "no_amount", [c.quote for c in on.citations]
    assert on.reason_params["subject"] == "inburgering"


def test_the_amount_of_the_asked_act_answers(engine: Engine) -> None:
    on = switched(engine, amount_noun_tied=True).ask(_TIED)
    assert not on.abstained, on.reason
    assert any(_GOLD in c.quote for c in on.citations)
