"""The rules of answering as named checks: each can be switched off, and an abstention carries
the code of the check that made it, rendered from one message table."""

from __future__ import annotations

import pytest

from lrt_search.answer.checks import CHECKS, check_names
from lrt_search.answer.messages import MESSAGES, Reason, abstention_text
from lrt_search.errors import ConfigError
from lrt_search.service import Engine


def test_check_names_are_unique_and_every_reason_has_both_languages() -> None:
    names = check_names()
    assert len(names) == len(set(names)) and names[-1] == "confident"
    stages = [c.stage for c in CHECKS]
    assert stages == sorted(stages, key=["gate", "quote"].index)  # gates first
    for check in CHECKS:
        assert check.reason_code in MESSAGES, check.name
    for code, texts in MESSAGES.items():
        assert set(texts) == {"en", "nl"}, code


@pytest.mark.parametrize(
    ("question", "check", "code"),
    [
        ("Wat is het standpunt van de PVV?", "names_known", "name_absent"),
        ("What was decided at the LRT meeting of 18 December 2024?", "period_has_meeting",
         "no_meeting"),
        ("Hoeveel kost een flexwoning gemiddeld?", "amount_stated", "no_amount"),
    ],
)  # fmt: skip
def test_a_disabled_check_never_fires(engine: Engine, question: str, check: str, code: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == code, (answer.reason_code, answer.reason)
    data = answer.to_dict()
    assert data["reason_code"] == code and data["reason"] == answer.reason
    off = engine.with_settings(engine.settings.replace(disabled_checks=(check,)))
    again = off.ask(question)
    assert again.reason_code != code, again.reason


def test_an_unknown_check_name_is_a_configuration_error(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(disabled_checks=("no_such_check",)))
    with pytest.raises(ConfigError, match="no_such_check"):
        off.ask("Wat zei de VNG over de spreidingswet?")


def test_reasons_render_in_both_languages_from_their_code() -> None:
    reason = Reason("name_absent", {"names": ["PVV", "SP"]})
    assert reason.text("en") == "\u201cPVV\u201d, \u201cSP\u201d do not occur in the minutes"
    assert reason.text("nl") == "\u201cPVV\u201d, \u201cSP\u201d komen niet voor in de notulen"
    one = Reason("name_absent", {"names": ["PVV"]})
    assert one.text("nl") == "\u201cPVV\u201d komt niet voor in de notulen"
    # No closest passages: the answer does not promise them.
    assert "closest" not in abstention_text(one, "en", closest=False)
    assert "closest passages follow" in abstention_text(one, "en", closest=True)
