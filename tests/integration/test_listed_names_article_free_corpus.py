"""Issue 16 session 30 task F2 (rule ``listed_names_article_free``), on the corpus: rule
attendance_org_listed's ``not_listed`` reads an organisation name written with its article ("de
commissaris van de Koning") as its body, so with rule office_names_read off the attendance
question is answered from the attendee lists, not refused as not listed."""

from __future__ import annotations

from lrt_search.service import Engine


def test_a_body_written_with_its_article_is_found_on_the_attendee_list(engine: Engine) -> None:
    from switched import switched

    question = (
        "Was de commissaris van de Koning ooit bij een van die overleggen, "
        "bijvoorbeeld op 6 april 2023?"
    )
    answer = switched(engine, office_names_read=False).ask(question)
    assert not answer.abstained, answer.reason
    off = switched(engine, office_names_read=False, listed_names_article_free=False).ask(question)
    assert off.abstained and off.reason_code == "not_listed"
