"""Rule ``date_roles_read`` on the bundled corpus (meetings 2022-07-08, 2023-04-06,
2023-11-03, 2023-11-10, 2025-03-19): a speech verb's date scopes the meetings and a content
date beside it ("per 1 januari 2024") does not; a speech verb's period without a meeting
abstains ``no_meeting`` whatever the content date; off (the default), the content date is
the period."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine


def test_the_speech_verbs_month_scopes_the_meetings(engine: Engine) -> None:
    question = (
        "Wat meldde het VB in april 2023 over de rol van de veiligheidsregio's per 1 januari 2024?"
    )
    answer = switched(engine, date_roles_read=True).ask(question)
    assert not answer.abstained
    assert {c.meeting_date for c in answer.citations} == {dt.date(2023, 4, 6)}
    assert answer.filters["since"] == "2023-04-01"
    off = switched(engine, date_roles_read=False).ask(question)
    assert off.filters["since"] != "2023-04-01"


def test_a_speech_month_without_a_meeting_abstains_beside_a_content_date(engine: Engine) -> None:
    question = (
        "Wat meldde het VB in mei 2024 over de rol van de veiligheidsregio's per 1 januari 2024?"
    )
    answer = switched(engine, date_roles_read=True).ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting"
