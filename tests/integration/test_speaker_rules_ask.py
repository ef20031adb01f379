"""The speaker rules of issue 16's round A2 on the bundled corpus: a person who is replaced is
not the speaker (the attendee list answers), an organisation before a noun is no speaker filter,
two groups named generically set none either; each setting switches its rule off."""

from __future__ import annotations

from dataclasses import replace

import pytest
from eval_scripts import load_eval_script

from lrt_search.service import Engine


def test_who_replaced_a_person_is_answered_from_the_attendee_list(engine: Engine) -> None:
    question = "Wie verving meneer Van Rijn in juli 2022?"
    answer = engine.ask(question)
    assert not answer.abstained and answer.filters["org"] is None
    assert any("vervangen door mw. Lamers" in c.quote for c in answer.citations)
    off = engine.with_settings(
        replace(
            engine.settings,
            speaker_object_of_who=False,
            person_speaker_position=False,
            stand_in_lines=False,  # reads the replacement lines before any speaker filter
        )
    )
    assert off.ask(question).filters["org"] == ["Aedes"]


def test_an_organisation_before_a_noun_is_no_speaker(engine: Engine) -> None:
    question = "How many reception places did the COA capacity decision call for?"
    assert engine.ask(question).filters["org"] is None
    off = engine.with_settings(replace(engine.settings, speaker_modifier=False))
    assert off.ask(question).filters["org"] == ["COA"]


def test_a_generic_group_sets_no_speaker_filter(engine: Engine) -> None:
    question = (
        "Twijfelden gemeenten en provincies of de Spreidingswet voor de zomer door beide "
        "Kamers zou komen?"
    )
    answer = engine.ask(question)
    assert not answer.abstained and answer.filters["org"] is None
    off = engine.with_settings(replace(engine.settings, speaker_group_widens=False))
    assert set(off.ask(question).filters["org"] or ()) == {"VNG", "IPO"}


def test_speaker_reading_script_lists_each_rules_questions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    load_eval_script("speaker_reading").main()
    out = capsys.readouterr().out
    modifier = out.split("speaker_modifier:")[1].split("speaker_group_widens:")[0]
    assert "b2-04" in modifier and "['COA'] -> []" in modifier
    assert "b2-10" in out.split("speaker_group_widens:")[1]
    assert ":test" not in out and "test:" not in out
