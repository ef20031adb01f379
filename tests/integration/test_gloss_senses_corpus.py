"""Rule gloss_senses_framed (lexicon/gloss_senses.py) on the bundled corpus: "offer" after a
determiner is a noun, so the search bridges it to the minutes' nouns ("aanbod" and, from
glossary.toml's [[sense]], "bod": "een algemeen bod") and not to the verbs "bieden",
"voorstellen"; without the rule every FreeDict sense is bridged and "bod" is not."""

from __future__ import annotations

from switched import switched

from lrt_search.search.bridges import bridged_words
from lrt_search.service import Engine

_OFFER = "Instead of one general offer, what did the minister want to look at in November 2023?"


def test_the_noun_frame_bridges_the_noun_senses(engine: Engine) -> None:
    on = bridged_words(switched(engine, gloss_senses_framed=True), _OFFER)
    assert "bod" in on and "aanbod" in on and "bieden" not in on
    off = bridged_words(switched(engine, gloss_senses_framed=False), _OFFER)
    assert "bieden" in off and "bod" not in off
