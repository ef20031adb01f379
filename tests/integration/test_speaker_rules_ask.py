"""The speaker rules of issue 16's round A2 on the bundled corpus: a person who is replaced is
not the speaker (the attendee list answers), an organisation before a noun is no speaker filter,
a group named generically is none either; each setting switches its rule off."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.service import Engine


def test_who_replaced_a_person_is_answered_from_the_attendee_list(engine: Engine) -> None:
    question = "Wie verving meneer Van Rijn in juli 2022?"
    answer = engine.ask(question)
    assert not answer.abstained and answer.filters["org"] is None
    assert any("vervangen door mw. Lamers" in c.quote for c in answer.citations)
    off = engine.with_settings(
        replace(engine.settings, speaker_object_of_who=False, person_speaker_position=False)
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
