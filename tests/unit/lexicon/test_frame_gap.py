"""Rule frame_gap_topic (issue 16 task H2): the words between "how" and "evolve" of a timeline
question are its topic, not its frame."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.intents import framing_spans
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.unread import content_words


def _texts(question: str, gap: bool) -> list[str]:
    return [question[a:b].strip() for a, b in framing_spans(question, gap)]


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("How did the situation at the harbour evolve?", ["How", "evolve"]),
        ("Hoe heeft de situatie in Ter Apel zich ontwikkeld?", ["Hoe", "ontwikkeld"]),
        ("How did the backlog develop?", ["How", "develop"]),
    ],
)
def test_the_gap_of_a_timeline_frame_is_no_frame(question: str, frame: list[str]) -> None:
    assert _texts(question, True) == frame
    assert _texts(question, False) == [question.rstrip("?")]


@pytest.mark.parametrize(
    "question", ["Who chaired the meeting?", "What was the development of the housing target?"]
)
def test_frames_without_a_gap_are_unchanged(question: str) -> None:
    assert framing_spans(question, True) == framing_spans(question, False)


def test_the_topic_of_the_gap_is_read_as_content_words() -> None:
    question = "How did the situation at the harbour evolve?"
    table = OrgTable.default()
    assert "harbour" in [w for w, _, _ in content_words(question, table, gap=True)]
    assert content_words(question, table, gap=False) == []
