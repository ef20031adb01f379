"""Issue 16 session 30 task E (rule ``alternative_tail_names_free``; eval/blind29.md class 2), on
the corpus: an alternative tail's actor ("..., of beslist Brussel dat zelf?", "..., of ligt dat
bij Den Haag?") is no name a quote must hold and no speaker, so the line that answers the main
clause is quoted; with the rule off the actor is required (refused by its name) or its codes
filter the statements (another line quoted). A choice between two asked speakers reads as
before."""

from __future__ import annotations

from lrt_search.service import Engine


def test_a_tails_actor_is_no_name_the_quote_must_hold(engine: Engine) -> None:
    from switched import switched

    question = (
        "Stelde AenM voor om alleen kwetsbare OEK'ers op te vangen, of beslist Brussel dat zelf?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("kwetsbare OEK'ers op te vangen" in c.quote for c in answer.citations)
    off = switched(engine, alternative_tail_names_free=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent"
    assert off.reason_params["names"] == ["Brussel"]


def test_an_unattributed_record_answers_beside_a_national_actor(engine: Engine) -> None:
    from switched import switched

    question = "Wordt er een extra LRT gepland voor de MR van 21 april, of ligt dat bij Den Haag?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "voor MR van 21 april wordt een nieuwe (extra) LRT gepland" in answer.citations[0].quote
    off = switched(engine, alternative_tail_names_free=False).ask(question)
    assert "extra) LRT gepland" not in off.citations[0].quote  # the codes of "Den Haag" filter


def test_a_choice_between_two_asked_speakers_reads_as_before(engine: Engine) -> None:
    from switched import switched

    question = "Heeft de VNG om een tekstwijziging gevraagd, of was het het IPO?"
    off_engine = switched(engine, alternative_tail_names_free=False)
    on, off = engine.ask(question), off_engine.ask(question)
    assert (on.abstained, on.reason_code) == (off.abstained, off.reason_code)
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]
