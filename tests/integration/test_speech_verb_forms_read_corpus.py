"""Rule ``speech_verb_forms_read`` on the bundled corpus: a verb of speech closing the topic
("over het toewijzingspercentage voorgesteld") is no topic word, so the statement that answers
is quoted with a high label; off, the verb stays in the topic and the label is medium
(eval/speech_verb_forms_probe.jsonl svf-a03)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_ASKED = "Wat heeft MBZK over het toewijzingspercentage voorgesteld?"
_GOLD = "MBZK vraagt ook om een hoger toewijzingspercentage aan statushouders"


def test_the_statement_is_quoted_high(engine: Engine) -> None:
    on = engine.ask(_ASKED)
    assert not on.abstained, on.reason
    assert any(_GOLD in " ".join(c.quote.split()) for c in on.citations)
    assert on.confidence > switched(engine, speech_verb_forms_read=False).ask(_ASKED).confidence
