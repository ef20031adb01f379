"""Rule ``unread_not_high`` on hand-built notes of what a question had that was not
understood (no index): which notes name a topic word."""

from __future__ import annotations

import pytest

from lrt_search.answer.confidence_features import unread_topic_word


def _words(text: str) -> list[dict[str, str]]:
    return [{"kind": "words", "text": text, "note": f"“{text}”"}]


@pytest.mark.parametrize(
    ("unread", "english", "expected"),
    [
        (_words("drug"), True, True),  # an English noun
        (_words("churches, discussed"), True, True),  # a plural noun beside a verb form
        (_words("discussed"), True, False),  # a verb form
        (_words("weekly, elderly"), True, False),  # adjectives
        (_words("eenzaamheid"), False, True),  # a Dutch noun
        (_words("rustig"), False, False),  # a Dutch adjective
        ([{"kind": "date", "text": "in Q3", "note": "date"}], True, False),  # no word note
        ([], True, False),
    ],
)
def test_nouns_mode(unread: list[dict[str, str]], english: bool, expected: bool) -> None:
    assert unread_topic_word(unread, english, "nouns") is expected


def test_all_mode_takes_any_word_and_off_none() -> None:
    assert unread_topic_word(_words("discussed"), True, "all")
    assert not unread_topic_word(_words("drug"), True, "")
