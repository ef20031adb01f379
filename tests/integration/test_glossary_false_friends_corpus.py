"""Rule glossary_matches_read, Dutch false friends (lexicon/glossary.py, false_friends.toml) on
the bundled corpus: in a Dutch question "concern" is a company, no English concern, so its topic
is not found through the glossary's "zorgen" ("VNG maakt zich zorgen ..."): the minutes never
write "concern", and the question is refused; read without a language (main) it was answered."""

from __future__ import annotations

import pytest

from lrt_search.lexicon import glossary
from lrt_search.service import Engine

_QUESTION = "Wat zei de VNG over het concern?"


def test_a_dutch_false_friend_finds_no_glossary_term(engine: Engine) -> None:
    answer = engine.ask(_QUESTION)
    assert answer.abstained and answer.reason_code == "topic_absent"
    assert "concern" in (answer.reason or "")


def test_read_without_a_language_it_was_answered(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(glossary, "dutch", lambda text: False)
    answer = engine.ask(_QUESTION)
    assert not answer.abstained
    assert any("zorgen" in c.quote for c in answer.citations)
