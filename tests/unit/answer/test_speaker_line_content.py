"""Rule speaker_line_content: of one speaker's lines in one item, the line holding more of the
question's content words is quoted first."""

from __future__ import annotations

import datetime as dt

from lrt_search.answer.speaker_line_content import held, reordered
from lrt_search.models import Span
from lrt_search.results import Citation

_APRIL = dt.date(2023, 4, 6)


def _tokenize(text: str) -> list[str]:
    return [w.strip(".,;:?!").lower() for w in text.split() if w.strip(".,;:?!")]


def _c(quote: str, score: float, speakers: tuple[str, ...] = ("SJenV",), item: str = "item 3",
       chunk: str = "c#3.1") -> Citation:  # fmt: skip
    return Citation(chunk, _APRIL, item, "cite", quote, ", ".join(speakers) or None, score,
                    Span(1, 1), speakers=speakers)  # fmt: skip


PROCESS = _c("Staatssecretaris geeft uitleg over het proces en de taakstelling", 0.93)
BACKLOG = _c("Staatssecretaris wijst op achterstand die er nog is", 0.91, chunk="c#3.2")
OTHER = _c("VNG vraagt naar achterstand", 0.92, speakers=("VNG",))
TERMS = frozenset({"achterstand"})


def _content(c: Citation) -> float:
    return held(c.quote, TERMS, _tokenize, {})


def test_held_weighs_the_terms_a_quote_holds() -> None:
    assert held("achterstand en achterstand", TERMS, _tokenize, {"achterstand": 2.5}) == 2.5
    assert held("proces", TERMS, _tokenize, {}) == 0.0


def test_the_line_with_the_content_takes_the_first_place_of_its_speaker() -> None:
    out = reordered([PROCESS, OTHER, BACKLOG], _content)
    assert [c.quote for c in out] == [BACKLOG.quote, OTHER.quote, PROCESS.quote]
    # each line takes the score of its new place: the scores stay in order
    assert [c.score for c in out] == [0.93, 0.92, 0.91]


def test_another_speaker_or_item_keeps_its_place() -> None:
    elsewhere = _c("Staatssecretaris wijst op achterstand", 0.9, item="item 4")
    out = reordered([PROCESS, elsewhere], _content)
    assert out == [PROCESS, elsewhere]
    assert reordered([OTHER, PROCESS], _content) == [OTHER, PROCESS]


def test_ties_and_lines_without_a_speaker_keep_their_order() -> None:
    first = _c("Staatssecretaris over achterstand", 0.95)
    assert reordered([first, BACKLOG], _content) == [first, BACKLOG]
    plain = _c("Proces", 0.95, speakers=())
    also = _c("Achterstand", 0.9, speakers=())
    assert reordered([plain, also], _content) == [plain, also]
