"""Rule record_holds_topic (answer/records.py) on the bundled corpus: "what was agreed about X"
abstains with reason record_other_topic when no record of the period holds X
(eval/agreed_topic_probe.jsonl at-u01), and a record holding X still answers (at-a01)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_MORATORIUM = "Wat is er in maart 2025 besloten over het vertrekmoratorium voor Syrië?"
_SPREIDINGSWET = "Wat is er in april 2023 afgesproken over de spreidingswet?"


def test_no_record_on_the_topic_abstains(engine: Engine) -> None:
    off = switched(engine, record_holds_topic="").ask(_MORATORIUM)
    assert not off.abstained  # without the rule: the discussion under the note "no record"
    on = switched(engine, record_holds_topic="any").ask(_MORATORIUM)
    assert on.abstained and on.reason_code == "record_other_topic", on.reason


def test_a_record_on_the_topic_answers(engine: Engine) -> None:
    on = switched(engine, record_holds_topic="any").ask(_SPREIDINGSWET)
    assert not on.abstained, on.reason
    assert any("Medeoverheden worden nadrukkelijk betrokken" in c.quote for c in on.citations)
