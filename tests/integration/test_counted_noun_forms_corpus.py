"""Rule counted_noun_forms_read (answer/shape.py ``counted_noun``, check answer_shape) on the
bundled corpus: a "how many X" question whose X the minutes lack ("doctors and nurses") is not
answered by a statement that counts another noun ("circa 1500 mensen in voorportalen");
X glossed to the minutes' word is still answered by its count (eval/counted_nouns_probe.jsonl)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_ABSENT = "How many nurses and doctors were deployed in the voorportalen in November 2023?"
_GLOSSED = "How many asylum seekers were staying in Ter Apel according to the minutes of July 2022?"


def test_an_absent_counted_noun_is_not_answered_by_another_nouns_count(engine: Engine) -> None:
    off = switched(engine, counted_noun_forms_read=False).ask(_ABSENT)
    assert not off.abstained  # without the rule: "circa 1500 mensen in voorportalen" answers
    on = switched(engine, counted_noun_forms_read=True).ask(_ABSENT)
    assert on.abstained, [c.quote for c in on.citations]


def test_a_glossed_counted_noun_is_answered_by_its_count(engine: Engine) -> None:
    on = switched(engine, counted_noun_forms_read=True).ask(_GLOSSED)
    assert not on.abstained, on.reason
    assert any("2.193 asielzoekers" in c.quote for c in on.citations)
