"""Rule ``question_asides_read`` (on by default) on the bundled corpus: where the asker heard it
("zo las ik in de krant") is no topic the minutes must hold - the question is answered with the
VNG's statement on the housing target with the rule on and refused ``topic_absent`` for "las",
"krant" without it - and the refusal of a topic the minutes lack names that topic alone."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_where_the_asker_read_it_is_no_topic(engine: Engine) -> None:
    question = "Wat zei de VNG over de taakstelling, zo las ik in de krant?"
    answer = switched(engine, question_asides_read=True).ask(question)
    assert not answer.abstained, answer.reason
    assert any("taakstelling" in c.quote for c in answer.citations)
    off = switched(engine, question_asides_read=False).ask(question)
    assert off.abstained and off.reason_code == "topic_absent"
    assert "krant" in (off.reason or "")


def test_a_refusal_names_the_missing_topic_not_the_aside(engine: Engine) -> None:
    question = (
        "Wat werd er in maart 2025 gezegd over de bezettingsgraad van ziekenhuizen"
        " (voor een artikel)?"
    )
    answer = switched(engine, question_asides_read=True).ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent"
    assert "ziekenhuizen" in (answer.reason or "") and "artikel" not in (answer.reason or "")
