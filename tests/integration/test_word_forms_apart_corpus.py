"""Rule ``word_forms_read`` on the bundled corpus, session 26 task E2: a separable verb's
te-infinitive in a question without an "about X" phrase ("de tekst aan te passen") is read as
the separable verb, whose stem the minutes write ("IPO verzoekt een aanpassing in de tekst",
2022-07-08); off, the bare verb "passen" is a topic word the minutes lack."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_QUESTION = "Verzocht het IPO in juli 2022 de tekst aan te passen?"


def test_a_te_infinitive_is_read_as_its_separable_verb(engine: Engine) -> None:
    answer = switched(engine, word_forms_read=True).ask(_QUESTION)
    assert not answer.abstained, answer.reason
    assert any("aanpassing in de tekst" in c.quote for c in answer.citations)


def test_off_the_bare_verb_is_a_topic_the_minutes_lack(engine: Engine) -> None:
    answer = switched(engine, word_forms_read=False).ask(_QUESTION)
    assert answer.abstained and answer.reason_code == "topic_absent"
    assert "passen" in answer.reason
