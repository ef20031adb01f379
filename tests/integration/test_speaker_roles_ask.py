"""On the bundled corpus: a group counted or asked for is not the speaker ("Om hoeveel
gemeenten ..." quotes the number of municipalities instead of abstaining for want of a VNG
statement), a "hoeveel" inside the topic asks for no number, and "which actions lie with X"
lists the register's actions that name X."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine


def _quotes(answer: object) -> list[str]:
    return [c.quote for c in answer.citations]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "question",
    [
        "Om hoeveel gemeenten gaat het volgens het verslag van 19 maart 2025?",
        "Hoeveel gemeenten hebben volgens de notulen van 19 maart 2025 interesse in een DSL?",
    ],
)
def test_a_counted_group_is_not_the_speaker(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.filters["org"], answer.filters
    assert not answer.abstained, answer.reason
    assert any("Ongeveer 60 gemeenten" in q for q in _quotes(answer)), _quotes(answer)


def test_a_quantity_inside_the_topic_asks_for_no_number(engine: Engine) -> None:
    question = (
        "Vonden de gemeenten dat het bericht over hoeveel erkende vluchtelingen zij moeten "
        "huisvesten veel te laat kwam?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("taakstellingsbrief gewacht" in q for q in _quotes(answer)), _quotes(answer)


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("Which actions lie with BZK?", "Actie: BZK en Aedes spreken door"),
        ("Welke acties liggen bij de VNG?", "Actie: VNG levert wijziging aan"),
    ],
)
def test_the_actions_of_an_organisation_are_its_register_records(
    engine: Engine, question: str, record: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(record in q for q in _quotes(answer)), _quotes(answer)
    # every record listed names the holder in its own clause, not only in its item
    assert not any(q.startswith("Actie: Voor de MR") for q in _quotes(answer)), _quotes(answer)


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("Welke acties moet de VNG uitvoeren?", "Actie: VNG levert wijziging aan"),
        ("Welke acties moet het COA uitvoeren?", "Het COA zal z.s.m. dit capaciteitsbesluit"),
        ("What actions must BZK carry out?", "Actie: BZK en Aedes spreken door"),
        ("Which actions does the VNG have to perform?", "Actie: VNG wordt bij dat traject"),
    ],
)
def test_a_verb_of_doing_is_no_topic_of_an_action_question(
    engine: Engine, question: str, record: str
) -> None:
    """Rule ``action_verbs``: "uitvoeren", "carry out" say only "act" (they were topic words:
    the questions abstained, "no statement mentions 'carry'"); the holder's actions are
    listed. Switched off, the register is not listed."""
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(record in q for q in _quotes(answer)), _quotes(answer)
    assert any(n.startswith("listed: ") for n in answer.notes), answer.notes
    off = engine.with_settings(engine.settings.replace(action_verbs=False)).ask(question)
    assert not any(n.startswith("listed: ") for n in off.notes), off.notes
    # a verb of doing outside a question for actions stays a word of its topic
    from lrt_search.lexicon.intents import framing_spans

    assert framing_spans("Wie moet de uitvoeringsagenda uitvoeren?") == []
