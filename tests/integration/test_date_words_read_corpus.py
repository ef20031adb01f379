"""Rule ``date_words_read`` (search/date_words.py) on the bundled corpus: a meeting's date said
in words is its date ("acht juli twintig tweeëntwintig": 2022-07-08), a worded date with no
meeting is refused as such, and with the rule off the date's words are read as the topic."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_worded_date_is_the_meeting_date(engine: Engine) -> None:
    # The minutes (2022-07-08): "De VNG verzoekt om t.a.v. de flexibele opvang (maatregel 8)"
    question = "Wat vroeg de VNG op acht juli twintig tweeëntwintig over de flexibele opvang?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(
        "flexibele opvang" in c.quote and str(c.meeting_date) == "2022-07-08"
        for c in answer.citations
    )
    assert any(n.startswith("date: acht juli twintig") for n in answer.notes)
    absent = engine.ask(question.replace("acht juli", "acht juni"))
    assert absent.abstained and absent.reason_code == "no_meeting"
    off = switched(engine, date_words_read=False).ask(question.replace("acht juli", "acht juni"))
    assert off.reason_code != "no_meeting"  # off, no period is read


def test_an_english_year_in_words(engine: Engine) -> None:
    # The minutes (2023-11-10): "Vrijdag na de MR gaan vier Kamerbrieven uit"
    question = (
        "How many letters to Parliament went out after the meeting of November the tenth, "
        "twenty twenty-three?"
    )
    answer = engine.ask(question)
    assert any(str(c.meeting_date) == "2023-11-10" for c in answer.citations), answer.reason
    refused = engine.ask(question.replace("tenth", "seventeenth"))
    assert refused.abstained and refused.reason_code == "no_meeting"
