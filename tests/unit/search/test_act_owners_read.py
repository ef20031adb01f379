"""Rule ``act_owners_read`` (search/act_owners.py, issue 16 session 28 task C2), by hand: a
body owning the act a verb of speech or judging before it is about is no speaker; the speaker
asked before it is. No index is needed."""

from __future__ import annotations

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.act_owners import act_owner, is_act_noun
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_OFF = SpeakerRules(act_owners_read=False)


def _speaker(question: str, rules: SpeakerRules | None = None) -> set[str]:
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    table = OrgTable.default(None, *flags, s.org_english_forms, s.org_coordinated_heads)
    return set(read_question(question, table, Glossary.default(), rules=rules).speaker)


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("Wat antwoordde de CdK op het pleidooi van het IPO?", {"CdK"}, {"CdK", "IPO"}),
        ("Wat zei BZK naar aanleiding van de zorgen van de VNG?", {"BZK"}, {"BZK", "VNG"}),
        ("Wat antwoordde het COA op de kritiek van de VNG?", {"COA"}, {"COA", "VNG"}),
        ("What did the COA answer to the plea from the IPO?", {"COA"}, {"COA", "IPO"}),
        ("What did Nidos say about the offer from the VNG?", {"Nidos"}, {"Nidos", "VNG"}),
        ("What was said about the plea from the VNG?", set(), {"VNG"}),
    ],
)
def test_the_owner_of_the_act_is_no_speaker(question: str, on: set[str], off: set[str]) -> None:
    assert _speaker(question) == on
    assert _speaker(question, _OFF) == off


@pytest.mark.parametrize(
    "question",
    [
        "Wat was het standpunt van de VNG?",  # no verb before the act: the owner's own statement
        "Wat zei de voorzitter van de VNG over de spreidingswet?",  # represents: the VNG speaks
        "Wat vond de VNG van de spreidingswet?",
        "What did the VNG say about the distribution law?",
    ],
)
def test_a_speaker_not_owning_an_act_is_kept(question: str) -> None:
    assert _speaker(question) == _speaker(question, _OFF)
    assert "VNG" in _speaker(question)


def test_the_act_nouns() -> None:
    assert is_act_noun("pleidooi") and is_act_noun("wens") and is_act_noun("plea")
    assert is_act_noun("concerns") and is_act_noun("offer")
    assert not is_act_noun("voorzitter") and not is_act_noun("vertegenwoordiger")
    assert not is_act_noun("spreidingswet") and not is_act_noun("role")


def test_act_owner_needs_a_verb_before_the_act() -> None:
    question = "Wat was het pleidooi van het IPO?"
    at = question.index("het IPO")
    assert not act_owner(question, 0, at, at + len("het IPO"))
    question = "Wat antwoordde de CdK op het pleidooi van het IPO?"
    at = question.index("het IPO")
    assert act_owner(question, 0, at, at + len("het IPO"))
