"""Rule ``question_parts`` (answer/question_parts.py) on the bundled corpus: a two-part question
whose parts stand in different statements is answered part by part; names that never share an
item still abstain ``not_together``; switched off, the whole question abstains."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

TWO_PARTS = (
    "Wanneer ligt de AMvB voor de Spreidingswet in de MR, en wat is er afgesproken over de "
    "medeoverheden?"
)


def test_each_part_is_quoted(engine: Engine) -> None:
    answer = engine.ask(TWO_PARTS)
    assert not answer.abstained, answer.reason
    quotes = " ".join(c.quote for c in answer.citations)
    assert "op 12 mei in de MR ligt" in quotes
    assert "Medeoverheden worden nadrukkelijk betrokken" in quotes
    assert any(n.startswith("part: ") for n in answer.notes)


def test_off_the_whole_question_abstains(engine: Engine) -> None:
    answer = switched(engine, question_parts=()).ask(TWO_PARTS)
    assert answer.abstained and answer.reason_code == "not_together", answer.reason


def test_names_never_in_one_item_still_abstain(engine: Engine) -> None:
    answer = engine.ask(
        "How many places does the IPO's capacity decision contain, and when will the IPO "
        "share its distribution with the municipalities?"
    )
    # Rule reason_together: an IPO statement holds a topic term, so the reason is no_answer;
    # the question is still split on it (reason_params["together"]) and still abstains.
    assert answer.abstained and answer.reason_code == "no_answer", answer.reason
    assert answer.reason_params["together"] is True


def test_a_part_not_answered_keeps_the_abstention(engine: Engine) -> None:
    """A part the minutes do not answer (no vote is recorded) leaves the other part to a
    statement on its topic that does not say when the House passed it: every part must be
    answered (rule question_parts_every)."""
    question = "When did the House pass the Spreidingswet, and how many members voted against it?"
    # rule act_stated rightly refuses it first (no vote is recorded: premise "voted"); the
    # parts are seen with it off
    engine = switched(engine, act_stated=False)
    # rule reason_together: no_answer, split into its parts as not_together is
    whole = engine.ask(question)
    assert whole.reason_code == "no_answer" and whole.reason_params["together"] is True
    # rule event_time: the minutes give no time for the House passing it, so the first part
    # is not answered either; the part machinery is seen with that rule off
    assert switched(engine, question_parts_every=False).ask(question).abstained
    some = switched(engine, question_parts_every=False, event_time=False).ask(question)
    assert not some.abstained  # answered from the first part alone
    assert any(n.startswith("part not answered: How many members") for n in some.notes)


def test_a_part_not_answered_is_named(engine: Engine) -> None:
    question = (
        "Wanneer ligt de AMvB voor de Spreidingswet in de MR, en waarom stemde het IPO tegen "
        "de AMvB?"
    )
    assert engine.ask(question).reason_code == "premise_unsupported"  # not a reason it follows
    some = switched(engine, question_parts=("premise_unsupported",), question_parts_every=False)
    assert switched(engine, question_parts=("premise_unsupported",)).ask(question).abstained
    answer = some.ask(question)
    assert not answer.abstained, answer.reason
    assert any("12 mei" in c.quote for c in answer.citations)
    assert any(n.startswith("part not answered: Waarom stemde het IPO") for n in answer.notes)
