"""Rule neighbours_across_parts (answer.part_neighbours): the bullets around a chunk part's
first and last statement, read from the neighbouring parts of the same item, and the reading of
a question that asks a reply. Chunks are built by hand; no index."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from lrt_search.answer.part_neighbours import asks_reply, part_neighbours
from lrt_search.models import Chunk, Span, Statement

_DAY = dt.date(2023, 11, 10)


def _chunk(item: str, part: int, *texts: str, day: dt.date = _DAY) -> Chunk:
    statements = tuple(Statement(t, Span(i + 1, i + 1)) for i, t in enumerate(texts))
    return Chunk(
        f"{day}-lrt#{item}.{part}", day, "item", item, "titel", "\n- ".join(texts), (),
        "x.txt", Span(1, len(texts)), statements, part,
    )  # fmt: skip


class _Chunks(list):
    def row_of(self, chunk_id: str) -> int:
        for row, chunk in enumerate(self):
            if chunk.chunk_id == chunk_id:
                return row
        raise KeyError(chunk_id)


class _Retriever:
    def __init__(self, *chunks: Chunk) -> None:
        self.chunks = _Chunks(chunks)


def test_the_bullets_across_the_boundary_of_two_parts_of_one_item() -> None:
    first = _chunk("1", 1, "Het verslag wordt vastgesteld.", "Leden klagen over late stukken.")
    second = _chunk("1", 2, "SJenV geeft aan dat samenwerking belangrijk is.")
    third = _chunk("1", 3, "Hij biedt aan de stukken eerder te sturen.", "Slot.")
    retriever: Any = _Retriever(first, second, third)
    assert part_neighbours(retriever, second) == (
        "Leden klagen over late stukken.",
        "Hij biedt aan de stukken eerder te sturen.",
    )
    reply = "SJenV geeft aan dat samenwerking belangrijk is."
    assert part_neighbours(retriever, first) == ("", reply)
    assert part_neighbours(retriever, third) == (reply, "")


def test_no_neighbour_from_another_item_or_meeting() -> None:
    one = _chunk("1", 1, "Punt een.")
    two = _chunk("2", 1, "Punt twee.")
    other_day = _chunk("2", 2, "Elders.", day=dt.date(2025, 3, 19))
    retriever: Any = _Retriever(one, two, other_day)
    assert part_neighbours(retriever, two) == ("", "")
    assert part_neighbours(retriever, other_day) == ("", "")
    empty: Any = _Retriever()
    assert part_neighbours(empty, one) == ("", "")


@pytest.mark.parametrize(
    "question",
    [
        "Hoe reageerde de staatssecretaris op de moeite van de leden met de late stukken?",
        "Wat antwoordde Aedes op de uitleg van de minister?",
        "Wat bood de staatssecretaris de leden aan na de klachten over de late aanlevering?",
        "Wat zei hij nog meer, nadat hij had gezegd de vrijwilligheid te willen gebruiken?",
        "How did the state secretary respond to the complaints about the late letter?",
        "What did Aedes answer when the interior minister described its offer?",
        "What concern did the VNG raise after the call to look at the whole picture?",
        "What else did he say after saying he wanted to use the willingness of municipalities?",
    ],
)
def test_a_question_that_asks_a_reply(question: str) -> None:
    assert asks_reply(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wat zei de VNG in maart 2025 over het vertrekmoratorium voor Syrië?",
        "What did Aedes say about hotels and holiday parks as alternative locations?",
        "Hoeveel reacties kwamen er op het wetsvoorstel?",  # a count of consultation responses
        "How many responses did the bill receive?",
        "Wat gebeurt er na 1 juli met de Spreidingswet?",  # a date, no reply
        "What happens after the summer?",
    ],
)
def test_a_question_that_asks_no_reply(question: str) -> None:
    assert not asks_reply(question)
