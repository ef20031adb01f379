"""The examples of issue 16 on the bundled corpus: each is answered with the quote that answers
it, or abstains with a reason that is true."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine


def _quotes(answer: object) -> list[str]:
    return [c.quote for c in answer.citations]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "question",
    [
        "Who chaired the meeting of 19 March 2025?",
        "who chaired the meeting of 19 March 2025",
        "Wie zat de vergadering van 19 maart 2025 voor?",
    ],
)
def test_the_chair_comes_from_the_attendee_list(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Mw. Faber (AenM, voorzitter)" in q for q in _quotes(answer)), _quotes(answer)
    assert answer.unread == (), answer.unread  # "chaired", "zat ... voor" are understood
