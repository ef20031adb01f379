"""Rule ``speech_forms_read`` (search/speech_forms.py) on the bundled corpus: a Dutch separable
verb of speech ("riep ... op", "legde ... uit") names the speaker, so a body that said nothing
on the topic is refused rather than answered with another body's statement, and the body that
did say it is quoted (eval/speech_forms_probe.jsonl sf-a03, sf-u03, sf-u06)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_ASKED = "Waartoe riep de CdK op in april 2023 over tussenvoorzieningen?"
_GOLD = "CdK roept op werk te maken van Tussenvoorzieningen"
_SILENT = "Waartoe riep de VNG op in april 2023 over tussenvoorzieningen?"
_SILENT_TOO = "Wat legde het COA uit over de nationale terugvaloptie?"


def test_the_body_that_called_is_quoted(engine: Engine) -> None:
    on = engine.ask(_ASKED)
    assert not on.abstained, on.reason
    assert any(_GOLD in " ".join(c.quote.split()) for c in on.citations)


def test_a_silent_body_is_refused(engine: Engine) -> None:
    assert engine.ask(_SILENT).abstained
    assert engine.ask(_SILENT_TOO).abstained


def test_off_the_silent_body_is_answered_with_another_statement(engine: Engine) -> None:
    off = switched(engine, speech_forms_read=False)
    assert not off.ask(_SILENT).abstained or not off.ask(_SILENT_TOO).abstained
