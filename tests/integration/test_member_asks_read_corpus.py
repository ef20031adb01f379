"""Rule ``member_asks_read`` on the bundled minutes: "Welke van de gemeenten doen mee met een
doorstroomlocatie?" asks for named municipalities; the minutes speak of the municipalities
interested in a DSL without naming one, so with the rule on it is refused with reason
``no_member``; off (the default) "van de" hides the class noun and any statement answers it."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

QUESTION = "Welke van de gemeenten doen mee met een doorstroomlocatie?"


def test_which_of_the_municipalities_asks_for_named_members(engine: Engine) -> None:
    on = switched(engine, member_asks_read=True).ask(QUESTION)
    assert on.abstained and on.reason_code == "no_member", on.reason
    off = switched(engine, member_asks_read=False).ask(QUESTION)
    assert not off.abstained, off.reason
