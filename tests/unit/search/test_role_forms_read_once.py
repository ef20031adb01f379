"""search/role_words.py reads roles.toml's chair words and ``dutch_forms`` once for rules
role_speaker, role_speaker_asked, body_chair and the unread words' role spans."""

from __future__ import annotations

import re

from lrt_search.answer.role_speaker import dutch_role
from lrt_search.search.body_chair import dutch_chair_terms
from lrt_search.search.role_words import chair_words, dutch_role_forms


def test_the_chair_words_hold_both_languages_longest_first() -> None:
    names = chair_words().split("|")
    assert "voorzitter" in names and "chair" in names
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)
    assert re.fullmatch(chair_words(), "chairwoman")


def test_every_reader_gives_the_one_dutch_form() -> None:
    assert dutch_role_forms()["chair"] == "voorzitter"
    assert all(k == k.lower() for k in dutch_role_forms())
    assert dutch_role("the chair") == dutch_role_forms()["chair"]
    assert dutch_chair_terms("the chair of the VB", [(0, 9, None)]) == ("voorzitter",)  # type: ignore[list-item]
