"""Rule count_other_noun (answer/shape.py, check answer_shape) on the bundled corpus: "how many
X" is not answered by a statement that counts another noun and does not name X
(eval/count_noun_probe.jsonl); a statement whose number counts X still answers."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_FAMILIES = "Hoeveel gezinnen met kinderen verbleven er in november 2023 in de voorportalen?"
_PEOPLE = "Hoeveel mensen sliepen er in juli 2022 in Ter Apel?"
_PLACES = "How many extra places per week should the coordination centre realise?"


def test_another_nouns_number_abstains(engine: Engine) -> None:
    off = switched(engine, count_other_noun=False).ask(_FAMILIES)
    assert not off.abstained  # without the rule: "circa 1500 mensen in voorportalen" answers
    assert any("1500 mensen" in c.quote for c in off.citations)
    on = switched(engine, count_other_noun=True).ask(_FAMILIES)
    assert on.abstained, [c.quote for c in on.citations]


def test_the_counted_nouns_number_answers(engine: Engine) -> None:
    on = switched(engine, count_other_noun=True).ask(_PLACES)
    assert not on.abstained, on.reason
    assert any("500 extra plekken" in c.quote for c in on.citations)


def test_a_count_of_people_is_answered_by_any_noun_of_people(engine: Engine) -> None:
    # "mensen" is generic_counted (lexicon/data/numbers.toml): "2.193 asielzoekers" counts them
    on = switched(engine, count_other_noun=True).ask(_PEOPLE)
    assert not on.abstained, on.reason
    assert any("2.193 asielzoekers" in c.quote for c in on.citations)
