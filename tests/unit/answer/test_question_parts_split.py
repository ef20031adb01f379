"""Rule ``question_parts``: which questions have two parts (answer/question_parts.py)."""

from __future__ import annotations

import pytest

from lrt_search.answer.question_parts import split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Wat wordt de taakstelling voor 2025-II, en voor wanneer moet de brief uit?",
            ("Wat wordt de taakstelling voor 2025-II?", "Voor wanneer moet de brief uit?"),
        ),
        (
            "What was the housing target for 2025-II set at, and was it agreed to?",
            ("What was the housing target for 2025-II set at?", "Was it agreed to?"),
        ),
        (
            "Were the PRT's mentioned in 2022, and in what role?",
            ("Were the PRT's mentioned in 2022?", "In what role?"),
        ),
    ],
)
def test_a_comma_and_a_joiner_before_a_question_word_split(
    question: str, parts: tuple[str, str]
) -> None:
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Is er in 2022 en in 2025 over noodwoningen gepraat?",  # no comma before "en"
        "Wat zeiden de VNG, het IPO en het COA over de taakstelling?",  # a list of names
        "What did the VNG, and the IPO, say about the housing target?",  # no question opens
        "Wat zei de VNG, en waarom?",  # a second part of one word
    ],
)
def test_one_question_is_not_split(question: str) -> None:
    assert split_parts(question) is None
