"""eval/quote_misses.py: a miss whose gold passage was found but not quoted says whether a quote
is of the gold statement's meeting and item (the cause table of eval/blind4.md reads this)."""

from __future__ import annotations

from eval_scripts import load_eval_script

from lrt_search.evaluation.questions import Gold, Question
from lrt_search.service import Engine


def _question(gold_date: str, quote: str) -> Question:
    return Question(
        "t",
        "Hoeveel extra plekken per week wil men via het coördinatiecentrum realiseren?",
        "nl",
        "fact",
        "probe",
        True,
        (Gold(gold_date, quote),),
    )


def test_other_passage_names_the_meeting_and_item_of_the_gold(engine: Engine) -> None:
    script = load_eval_script("quote_misses")
    q = _question("2023-11-03", "")
    answer = engine.ask(q.question)
    assert not answer.abstained
    cited = {(c.meeting_date, c.item, c.chunk_id) for c in answer.citations}
    chunk_ids = {c for _, _, c in cited}
    other_item = next(
        ch
        for ch in engine.chunks
        if ch.statements
        and ch.chunk_id not in chunk_ids
        and ch.kind != "header"
        and any(ch.meeting_date == d for d, _, _ in cited)
        and all(ch.item != i for _, i, _ in cited)
    )
    other_meeting = next(
        ch
        for ch in engine.chunks
        if ch.statements and ch.kind != "header" and all(ch.meeting_date != d for d, _, _ in cited)
    )
    k = len(engine.chunks)  # every passage counts as found
    for chunk, expected in (
        (other_item, "same meeting, other item"),
        (other_meeting, "other meeting"),
    ):
        gold = _question(chunk.meeting_date.isoformat(), chunk.statements[-1].text)
        assert script.cause(engine, gold, answer, k) == f"other_passage ({expected})"
