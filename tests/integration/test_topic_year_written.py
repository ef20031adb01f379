"""Rule topic_year_written (answer/topic_year.py) on the bundled corpus: a topic period's
year is held by a statement that writes the question's day or month without a year, when its
meeting means that year."""

from __future__ import annotations

import datetime as dt

from lrt_search.answer.date_written import written_points
from lrt_search.answer.topic_year import implied_years
from lrt_search.service import Engine

#: The April 2023 minutes: "Het is de bedoeling dat de AMvB voor de Spreidingswet op 12 mei in
#: de MR ligt" - May without its year.
_PLANNED = (
    "When was the order in council for the Dispersal Act meant to go to the cabinet in May 2023?"
)
_GOLD = "op 12 mei in de MR ligt"


def test_a_yearless_month_is_its_meetings_year(engine: Engine) -> None:
    answer = engine.ask(_PLANNED)
    assert not answer.abstained
    assert any(_GOLD in c.quote for c in answer.citations)


def test_off_the_year_must_be_written(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(topic_year_written=False))
    answer = off.ask(_PLANNED)
    assert answer.abstained or not any(_GOLD in c.quote for c in answer.citations)


def test_the_year_is_the_one_its_meeting_means() -> None:
    (may_2023,) = written_points("What was planned for May 2023?")
    (may_2024,) = written_points("What was planned for May 2024?")
    text = "Eind mei heeft de Tweede Kamer (voorlopig) een technische briefing gepland."
    april_2023 = dt.date(2023, 4, 6)
    assert implied_years([may_2023], text, april_2023) == "2023"
    assert implied_years([may_2024], text, april_2023) == ""
    assert implied_years([may_2023], "Eind mei 2022 was er overleg.", april_2023) == ""
