"""Issue 16 task F (session 19), rule ``english_forms_found`` (left off by default,
docs/settings.md): an English topic word nothing translates into a word of the minutes today
("buying": no FreeDict headword; "chances") is found through its dictionary form's Dutch
translations the index holds ("buy" -> "aanschaffen": "aangeschaft"); a word the minutes lack
in any language stays as it was (unchecked or missing)."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.english_forms import lemma_translations
from lrt_search.answer.topics import topic_terms
from lrt_search.service import Engine


def _terms(engine: Engine, topic: str, word: str) -> frozenset[str]:
    check = topic_terms(engine, topic, english=True)
    return next((terms for name, _, terms in check.found if name == word), frozenset())


def test_an_inflected_word_is_found_through_its_dictionary_form(engine: Engine) -> None:
    topic = "buying flexible homes"
    assert "aanschaf" in _terms(switched(engine, english_forms_found=True), topic, "buying")
    off = switched(engine, english_forms_found=False)  # the default: left off
    assert not _terms(off, topic, "buying")  # unchecked


def test_a_word_the_minutes_lack_stays_missing_or_unchecked(engine: Engine) -> None:
    for topic, word in (("bicycles for asylum seekers", "bicycles"), ("the flooding", "flooding")):
        rule = switched(engine, english_forms_found=True)
        on = topic_terms(rule, topic, english=True)
        off = topic_terms(switched(engine, english_forms_found=False), topic, english=True)
        assert not _terms(rule, topic, word)
        assert on.missing == off.missing


def test_lemma_translations() -> None:
    assert "aanschaffen" in lemma_translations("buying")
    assert "kans" in lemma_translations("chances")
    assert "aanschaffen" not in lemma_translations("buy")  # its own translation: looked up already
