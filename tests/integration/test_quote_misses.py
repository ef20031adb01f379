"""eval/quote_misses.py: a miss whose gold passage is in the top 10 but not quoted says whether
the quotes are of the gold's meeting (``wrong_item``) or of other meetings (``other_passage``)."""

from __future__ import annotations

from eval_scripts import load_eval_script

from lrt_search.evaluation.questions import Gold, Question
from lrt_search.service import Engine

QUESTION = "Hoeveel extra plekken per week wil men via het coördinatiecentrum realiseren?"


def _question(gold_date: str, quote: str) -> Question:
    return Question("t", QUESTION, "nl", "fact", "probe", True, (Gold(gold_date, quote),))


def test_a_found_gold_passage_not_quoted_names_the_meeting_of_the_quotes(engine: Engine) -> None:
    script = load_eval_script("quote_misses")
    answer = engine.ask(QUESTION)
    assert not answer.abstained
    cited = {c.chunk_id for c in answer.citations}
    dates = {c.meeting_date for c in answer.citations}
    _, hits = engine.search_question(QUESTION, k=10)
    found = [h.chunk for h in hits if h.chunk_id not in cited and h.chunk.statements]
    same = next(c for c in found if c.meeting_date in dates and c.kind != "header")
    other = next(c for c in found if c.meeting_date not in dates and c.kind != "header")
    for chunk, expected in ((same, "wrong_item"), (other, "other_passage")):
        gold = _question(chunk.meeting_date.isoformat(), chunk.statements[-1].text)
        assert script.cause(engine, gold, answer).startswith(expected), chunk.chunk_id
