"""Rule announcement_penalty (answer.announcements): a statement that only announces a
presentation does not outscore the statement that answers, on the bundled corpus."""

from __future__ import annotations

import glob

from lrt_search.answer.announcements import announces_only, asks_about_presentation
from lrt_search.ingest.corpus import read_minutes
from lrt_search.service import Engine

_GOVERNANCE = "JenV geeft een toelichting op de notitie governance"
_MONTHLY = "Zij zullen tevens maandelijks rapporteren over de voortgang"


def test_the_announcements_of_the_corpus() -> None:
    found = [
        s.text
        for path in sorted(glob.glob("corpus/*.txt"))
        for s in read_minutes(path).statements
        if announces_only(s.text)
    ]
    assert any(t.startswith(_GOVERNANCE) for t in found)
    assert "MBZK licht de maatregelen mondeling toe." in found
    # what follows the announcement is what was presented: no announcement only
    assert not any(t.startswith("AenM licht de taakstelling toe.") for t in found)
    assert not any(t.startswith("MVRO licht toe dat") for t in found)
    assert not any(
        t.startswith("De Staatssecretaris van JenV geeft een toelichting") for t in found
    )


def test_the_answer_comes_before_the_announcement_only_with_the_rule(engine: Engine) -> None:
    question = "Hoe vaak doen de provinciale regietafels verslag van de voortgang?"
    on = engine.with_settings(engine.settings.replace(announcement_penalty=0.1)).ask(question)
    # rule often_stated off in the off arm: without the penalty the announcement is quoted
    # first, and often_stated would refuse it for stating no frequency
    off = engine.with_settings(
        engine.settings.replace(announcement_penalty=0.0, often_stated=False)
    ).ask(question)
    assert not on.abstained and not off.abstained
    assert any(_MONTHLY in c.quote for c in on.citations)
    assert not any(_MONTHLY in c.quote for c in off.citations)
    assert any(c.quote.startswith(_GOVERNANCE) for c in off.citations)


def test_a_question_about_the_presentation_is_answered_by_it(engine: Engine) -> None:
    question = "Wie gaf een toelichting op de notitie governance?"
    assert asks_about_presentation(question)
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.citations[0].quote.startswith(_GOVERNANCE)
