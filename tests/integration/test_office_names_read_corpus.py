"""Issue 16 session 30 task F (rules ``office_names_read`` and ``attendance_joins_read``;
eval/blind29.md class 10), on the corpus: an office whose head is a general word is its one
office - "the Prime Minister" is no minister of the LRT ("MP" only in "de brief van de MP") and
is refused as an absent speaker or as not on the attendee lists, where before any minister's
statement answered; "did X ever join one of these meetings" is answered by the attendee lists."""

from __future__ import annotations

from lrt_search.service import Engine


def test_the_prime_minister_asked_as_a_speaker_is_an_absent_speaker(engine: Engine) -> None:
    from switched import switched

    question = "What was the Prime Minister's position on withdrawing the Dispersal Act?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "role_unrecorded"
    assert answer.reason_params["names"] == ["Prime Minister"]
    off = switched(engine, office_names_read=False).ask(question)
    assert off.reason_code != "role_unrecorded"


def test_a_minister_asked_with_its_portfolio_is_that_body(engine: Engine) -> None:
    answer = engine.ask(
        "Wat zei de minister voor Asiel en Migratie over het intrekken van de spreidingswet?"
    )
    assert not answer.abstained, answer.reason
    assert any("spreidingswet wil intrekken" in c.quote for c in answer.citations)
    refused = engine.ask(
        "What did the Minister of Education say about the governance note in April 2023?"
    )
    assert refused.abstained and refused.reason_code == "role_unrecorded"
    assert refused.reason_params["org"] == "OCW"


def test_did_an_office_ever_join_the_meetings_is_read_from_the_attendee_lists(
    engine: Engine,
) -> None:
    from switched import switched

    question = (
        "Did the King's Commissioner ever join one of these meetings, for instance in March 2025?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Mw. Klijnsma (CDK)" in c.quote for c in answer.citations)
    off = switched(engine, attendance_joins_read=False).ask(question)
    assert not any("Mw. Klijnsma (CDK)" in c.quote for c in off.citations)
    absent = engine.ask("Zat de premier ook aan tafel bij de LRT van 19 maart 2025?")
    assert absent.abstained and absent.reason_code == "not_listed"
    assert absent.reason_params["names"] == ["premier"]


def test_an_office_named_as_a_topic_is_no_speaker(engine: Engine) -> None:
    answer = engine.ask("Wat zei de VNG over de brief van de MP?")
    assert answer.reason_code != "role_unrecorded"
