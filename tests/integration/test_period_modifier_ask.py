"""Rule ``period_modifier_read`` on the bundled corpus (meetings 2022-07-08, 2023-04-06,
2023-11-03, 2023-11-10, 2025-03-19): a period that names which thing the topic is ("the 2025
package", "de plannen voor maart 2025") filters no meeting, and the statements of the meeting
where the thing is current come first; off, the month scopes the meetings and the 2023
package's statements may win."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine


def test_the_2025_package_is_answered_from_the_2025_meeting(engine: Engine) -> None:
    question = "What did the CdK representatives plead for regarding the 2025 package?"
    answer = switched(engine, period_modifier_read=True).ask(question)
    assert not answer.abstained
    assert answer.citations[0].meeting_date == dt.date(2025, 3, 19)
    assert any("pleiten voor instrumenten" in c.quote for c in answer.citations)
    off = switched(engine, period_modifier_read=False).ask(question)
    assert off.abstained or not any("pleiten voor instrumenten" in c.quote for c in off.citations)


def test_a_month_that_modifies_a_noun_filters_no_meeting(engine: Engine) -> None:
    question = "Wat zei de VNG over de plannen voor maart 2025?"
    answer = switched(engine, period_modifier_read=True).ask(question)
    assert not answer.filters.get("since")
    off = switched(engine, period_modifier_read=False).ask(question)
    assert off.filters["since"] == "2025-03-01"
