"""Rule ``speaker_silent_yes_no`` (issue 16): "Heeft Defensie iets gezegd over X?" when Defensie
speaks in no statement of the minutes is not answered from another speaker's statement, as
"Wat zei Defensie over X?" is not (rule ``speaker_silent``). Switched off to show the answer it
changes."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.speaker_silent import asks_if_anything_said
from lrt_search.service import Engine


def test_yes_no_speech_forms_are_read() -> None:
    for question in (
        "Heeft Defensie iets gezegd over de bekostiging?",
        "Heeft Defensie iets over de bekostiging gezegd?",
        "Zei het UWV iets over opstartwoningen?",
        "Did the immigration service say anything about housing?",
        "Has Nidos commented on the reception situation?",
    ):
        assert asks_if_anything_said(question), question
    for question in (
        "Does the Ministry of Defence want to use the Budel site?",  # a fact, no topic opener
        "Wat zei Defensie over de locatie Budel?",  # a question word: rule speaker_silent
        "Heeft het COA plannen over opvang?",  # no verb of speech
        "Is de VNG akkoord met het plan?",
    ):
        assert not asks_if_anything_said(question), question


def test_a_silent_body_asked_yes_or_no_is_not_answered_by_others(engine: Engine) -> None:
    question = "Heeft Defensie iets gezegd over de bekostiging?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "speaker_silent", answer.reason
    assert "Defensie" in answer.reason
    # the off half also switches opener_names_kept off (session 29): with it, "Defensie" after
    # "Heeft" is a name, and the answer by others is refused not_together
    off = switched(engine, speaker_silent_yes_no=False, opener_names_kept=False).ask(question)
    assert not off.abstained, off.reason


def test_a_body_that_speaks_is_answered_yes_or_no(engine: Engine) -> None:
    answer = engine.ask(
        "Did the minister for asylum and migration say anything about the dispersal law?"
    )
    assert not answer.abstained, answer.reason
    assert any("MAenM" in c.speakers for c in answer.citations)
