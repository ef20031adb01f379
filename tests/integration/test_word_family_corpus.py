"""Rule english_lemma_translations (answer.word_family) on the bundled corpus: the topic check
finds an English word FreeDict translates in another sense ("waiting": "bediening"; its lemma
"wait": "wachten"), and not with the rule off."""

from __future__ import annotations

from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine


def _names(units: tuple) -> set[str]:
    return {name for name, _, _ in units}


def test_an_english_word_is_found_through_its_lemma(engine: Engine) -> None:
    topic = "not waiting for the centre to be perfect"
    on = topic_terms(engine, topic, True, True)
    assert "waiting" in _names(on.found)
    off_engine = engine.with_settings(engine.settings.replace(english_lemma_translations=False))
    assert "waiting" in _names(topic_terms(off_engine, topic, True, True).lacking)
