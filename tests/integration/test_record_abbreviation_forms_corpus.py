"""Rule record_abbreviation_forms (answer/record_forms.py) on the bundled corpus: a claimed
agreement in full words whose record writes the abbreviation ("provinciale regietafels" /
"Afspraak: ... aansluit bij de PRT's"; eval/record_abbreviation_probe.jsonl rab-a01) is refused
claim_unrecorded without the rule and answered with that record with it; its twin claiming a
change no record holds (rab-u01, financing) is refused either way."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_RECORDED = "Is er afgesproken dat het Rijk hoogambtelijk aansluit bij de provinciale regietafels?"
_UNRECORDED = "Is er afgesproken dat het Rijk de provinciale regietafels gaat financieren?"


def test_the_abbreviated_record_holds_the_full_words(engine: Engine) -> None:
    off = switched(engine, record_abbreviation_forms=False).ask(_RECORDED)
    assert off.abstained and off.reason_code == "claim_unrecorded", off.reason
    on = switched(engine, record_abbreviation_forms=True).ask(_RECORDED)
    assert not on.abstained, on.reason
    assert any("hoogambtelijk aansluit bij de PRT's" in c.quote for c in on.citations)


def test_a_claimed_change_no_record_holds_is_still_refused(engine: Engine) -> None:
    on = switched(engine, record_abbreviation_forms=True).ask(_UNRECORDED)
    assert on.abstained and on.reason_code == "claim_unrecorded", on.reason
