"""Rule ``strong_pasts_read`` by hand (no index): the word lookup (answer/word_forms.py
``minutes_forms``) reads a question's past form of any strong or irregular verb of the complete
table (inflections.toml ``dutch_strong`` and the generated lexicon/data/strong_verbs.toml) as
the minutes' form of its verb, with its prefix or particle; off, only ``dutch_strong``'s verbs
are read. The table of every form: tests/data/strong_pasts.toml (test_strong_pasts.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.premise_forms import strong_forms, strong_past
from lrt_search.answer.word_forms import minutes_forms

_VOCABULARY = {
    "verblijven", "ontglijden", "vragen", "strijden", "ontvangen", "besluiten", "leven", "zitten",
}  # fmt: skip


class _Retriever:
    """What the lookup reads of a retriever: the vocabulary and the settings."""

    def __init__(self, on: bool) -> None:
        self.analyzer = SimpleNamespace(vocabulary=_VOCABULARY)
        self.settings = SimpleNamespace(word_forms_read=True, strong_pasts_read=on)
        self.synonyms = None


def _retriever(on: bool = True) -> Any:
    return _Retriever(on)


@pytest.mark.parametrize(
    ("form", "minutes"),
    [
        ("verbleven", "verblijven"),  # prefix "ver" + blijven (generated table)
        ("verbleef", "verblijven"),  # past singular
        ("ontgleden", "ontglijden"),  # "ont" + glijden, past plural
        ("vroegen", "vragen"),  # irregular
        ("gestreden", "strijden"),  # participle
        ("ontvingen", "ontvangen"),  # dutch_strong's vangen with "ont"
        ("besloot", "besluiten"),  # dutch_strong's sluiten with "be"
    ],
)
def test_a_strong_past_meets_its_verb(form: str, minutes: str) -> None:
    assert minutes_forms(_retriever(), form)[0] == minutes


def test_off_only_dutch_strong_is_read() -> None:
    assert "verblijven" not in minutes_forms(_retriever(False), "verbleven")
    assert minutes_forms(_retriever(False), "ontvingen")[0] == "ontvangen"


def test_a_light_verb_alone_is_not_read() -> None:
    assert "zitten" not in minutes_forms(_retriever(), "zat")  # "Zat de minister aan tafel?"


def test_no_past_is_read_as_one() -> None:
    assert not strong_past("leven")  # no past of "lijven"
    assert not strong_past("blijft")  # a present
    assert not strong_past("blijven")  # the infinitive
    assert strong_past("verbleven") and strong_past("bleek")
    assert not strong_past("ging")  # a light verb (index.analysis.LIGHT_VERBS) frames a question
    assert strong_forms("verbleven") == ()  # dutch_strong alone lacks "blijven"
