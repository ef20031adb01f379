"""Rule ``english_premise_checked`` (off by default: docs/settings.md) on the bundled corpus: an
English why-premise none of whose words the check reads ("Why does the minister ... want to
extend the dispersal law?": the minutes say "intrekken") is refused ``premise_unsupported``
with the rule on and answered without it; the true premise ("withdraw") is answered either
way."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

FALSE = "Why does the minister for Asylum and Migration want to extend the dispersal law?"
TRUE = "Why does the minister for Asylum and Migration want to withdraw the dispersal law?"


def test_a_changed_act_refused_with_the_rule(engine: Engine) -> None:
    on = switched(engine, english_premise_checked=True).ask(FALSE)
    assert on.abstained and on.reason_code == "premise_unsupported", on.reason
    assert not switched(engine, english_premise_checked=False).ask(FALSE).abstained


def test_the_stated_act_answered_with_the_rule(engine: Engine) -> None:
    answer = switched(engine, english_premise_checked=True).ask(TRUE)
    assert not answer.abstained, answer.reason
    assert any("spreidingswet wil intrekken" in c.quote for c in answer.citations)
