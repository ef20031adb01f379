"""Rule ``premise_actor_checked`` (off by default: docs/settings.md) on the bundled corpus: a
why-premise whose actor did not do the act ("the commissioners reject interim facilities": the
CdK called for them, others spoke of them) is refused; without the rule a statement of another
body answered it. A premise asked of the body the minutes write as the act's subject is
answered from that body's statement, and a refusal names the actor."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_premise_of_another_actor_is_refused(engine: Engine) -> None:
    question = "Why did the commissioners reject interim facilities in April 2023?"
    on = switched(engine, premise_actor_checked=True).ask(question)
    assert on.abstained, on.answer
    off = switched(engine, premise_actor_checked=False).ask(question)
    assert not off.abstained


def test_the_true_actor_is_answered(engine: Engine) -> None:
    on = switched(engine, premise_actor_checked=True)
    answer = on.ask("Waarom waarschuwt Aedes voor een prijsopdrijvend effect bij flexwoningen?")
    assert not answer.abstained, answer.reason
    assert any("prijsopdrijvend" in c.quote for c in answer.citations)
    assert all("Aedes" in c.speakers for c in answer.citations[:1])


def test_the_reason_names_the_actor(engine: Engine) -> None:
    on = switched(engine, premise_actor_checked=True)
    answer = on.ask("Waarom sluit de VNG zich aan bij de gezamenlijkheid?")
    assert answer.abstained and answer.reason_code == "premise_unsupported"
    assert answer.reason_params.get("actor") == "VNG"
    assert "van VNG" in (answer.reason or "")
