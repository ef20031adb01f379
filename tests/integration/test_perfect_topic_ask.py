"""Rule ``topic_after_perfect`` on the bundled corpus: "Heeft de VNG de taakstelling genoemd?"
is answered with the VNG statement naming the taakstelling, and a topic the minutes never
mention ("de energieprijzen") abstains with ``topic_absent``."""

from __future__ import annotations

from lrt_search.service import Engine


def test_a_perfect_topic_of_the_minutes_is_quoted(engine: Engine) -> None:
    answer = engine.ask("Heeft de VNG de taakstelling genoemd?")
    assert not answer.abstained
    assert any("taakstelling" in c.quote for c in answer.citations)


def test_an_absent_perfect_topic_abstains(engine: Engine) -> None:
    answer = engine.ask("Heeft de VNG de energieprijzen genoemd?")
    assert answer.abstained and answer.reason_code == "topic_absent"
