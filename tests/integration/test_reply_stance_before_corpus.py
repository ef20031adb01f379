"""Rule ``reply_stance_before`` (answer.stance, check negative_stance_stated; off by default) on
the bundled corpus: the reply to the IPO's criticism of April 2023 is answered with the rule on,
refused without it; a complaint nobody made before a reply stays refused."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

CRITICISM = (
    "How did the state secretary reply in April 2023 to the IPO's criticism that the housing "
    "target was not announced in time?"
)


def test_the_complaint_in_the_bullet_before_supports_the_reply(engine: Engine) -> None:
    answer = switched(engine, reply_stance_before=True).ask(CRITICISM)
    assert not answer.abstained, answer.reason
    assert any("wijst op achterstand" in c.quote for c in answer.citations)


def test_without_the_rule_the_reply_must_state_the_complaint(engine: Engine) -> None:
    answer = switched(engine, reply_stance_before=False).ask(CRITICISM)
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.answer


def test_another_complaint_before_a_reply_is_no_answer(engine: Engine) -> None:
    question = "Hoe reageerde MBZK in november 2023 op de klachten van Aedes over de belactie?"
    answer = switched(engine, reply_stance_before=True).ask(question)
    assert answer.abstained, answer.answer
