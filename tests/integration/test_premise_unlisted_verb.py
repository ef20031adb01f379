"""Rule ``premise_unlisted_verb`` (answer/premise_unlisted.py): the claim verb of an English
do-support why-premise that the index lacks and no dictionary lists, in any spelling and with no
cognate the index holds, is required as written, so the premise is unsupported ("Why did BZK
boycott the meeting?"); a British spelling of a listed verb ("criticise") and a word whose cognate
the minutes hold ("coordination") are not, nor a word after another content word."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise_unlisted import listed, spellings
from lrt_search.service import Engine


def test_a_boycott_the_minutes_never_state_abstains_on_its_premise(engine: Engine) -> None:
    answer = engine.ask("Why did BZK boycott the meeting?")
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.reason
    # Rules negative_stance_stated and act_stated refuse it too (a boycott no statement states,
    # rightly): all three off.
    off = switched(
        engine, premise_unlisted_verb=False, negative_stance_stated=False, act_stated=False
    ).ask("Why did BZK boycott the meeting?")
    assert off.reason_code != "premise_unsupported"


def test_british_spellings_are_looked_up_in_the_american_form() -> None:
    assert spellings("criticise") == ("criticise", "criticize")
    assert listed("criticise") and listed("apologised")
    assert not listed("boycott")


def test_a_verb_whose_cognate_the_minutes_hold_is_not_required(engine: Engine) -> None:
    answer = engine.ask("Why did members ask for clear coordination in November 2023?")
    assert answer.reason_code != "premise_unsupported", answer.reason


def test_a_listed_verb_in_a_british_spelling_still_answers(engine: Engine) -> None:
    answer = engine.ask("Why did the VNG criticise the size of the housing target?")
    assert answer.reason_code != "premise_unsupported", answer.reason
