"""A country, its people and its adjective name one topic (lexicon/data/synonyms.toml for
Dutch, glossary.toml for English): "Syrische asielzoekers" is about what the minutes call
"Syrië" and "Syriërs", so the topic is found and the reason "komt niet voor" is not given; a
country the minutes never name still abstains with that true reason."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Wat zei de minister over Syrische asielzoekers?",
        "What was said about Syrian refugees?",
        "Komen er meer Syriërs naar Nederland?",
    ],
)
def test_the_adjective_and_the_people_find_the_country(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Syri" in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Wat is er gezegd over Eritrese asielzoekers?",
        "What did the minister say about Afghan refugees?",
        "Wat zei de VNG over Turkse statushouders?",
    ],
)
def test_a_country_the_minutes_never_name_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code in {"topic_absent", "name_absent"}


def test_every_country_group_has_an_english_entry(engine: Engine) -> None:
    groups = [g for g in engine.synonyms.groups if {"Syrië", "Eritrea"} & set(g.nl)]
    assert len(groups) == 2
    for english in ("syrian", "eritrean", "afghans", "turkish", "iraqi", "somali"):
        assert engine.glossary.expand(f"about {english} refugees"), english
