"""Rule ``unknown_inflection_weight`` (answer.informativeness, lexicon.dutch_forms.weight_forms)
on the bundled corpus: a Dutch word wordfreq's lists lack ("verhielden", a past plural) weighs as
its inflection neighbour wordfreq knows ("verhield"), not as a rare, specific word; a word with no
such neighbour keeps the top weight."""

from __future__ import annotations

import pytest

from lrt_search.answer.informativeness import TOP, informativeness, zipf
from lrt_search.answer.topics import topic_terms
from lrt_search.lexicon.dutch_forms import weight_forms
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("word", "form"),
    [("verhielden", "verhield"), ("haperden", "haperde"), ("geagendeerde", "geagendeerd"),
     ("gehuisvesten", "gehuisvest")],
)  # fmt: skip
def test_an_unknown_inflection_weighs_as_its_known_form(word: str, form: str) -> None:
    assert zipf(word, "nl") == 0.0 and form in weight_forms(word)
    assert informativeness(word, False) == TOP
    assert informativeness(word, False, True) < TOP
    assert informativeness(word, False, True) <= TOP - zipf(form, "nl")


def test_a_word_with_no_known_neighbour_keeps_the_top_weight() -> None:
    assert informativeness("dichtslibden", False, True) == TOP  # "dichtslibde" is unknown too
    assert informativeness("asielzoekers", False, True) == informativeness("asielzoekers", False)


def test_the_topic_check_weighs_the_unknown_inflection_lower(engine: Engine) -> None:
    topic = "reacties op het wetsvoorstel die zich tot elkaar verhielden"
    check = topic_terms(engine, topic, english=False)
    assert "verhielden" in check.missing and check.inflected
    off = engine.with_settings(engine.settings.replace(unknown_inflection_weight=False))
    off_check = topic_terms(off, topic, english=False)
    assert "verhielden" in off_check.missing and not off_check.inflected
    assert check.missing_share < off_check.missing_share
