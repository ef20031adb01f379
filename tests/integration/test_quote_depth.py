"""Rule quote_depth (answer.answering; issue 16 task B): the quotes may come from the first
``quote_depth`` passages, once whether to answer (and how confidently) was decided on the first
``answer_depth``; on the bundled corpus."""

from __future__ import annotations

import pytest
from eval_scripts import load_eval_script

from lrt_search.config import Settings
from lrt_search.service import Engine

# dev q161: its gold statement's passage ranks 7th, after five that hold its words
_DEEP = "Erkende de staatssecretaris dat huizen niet direct beschikbaar zijn?"
_GOLD = "Woningen staan niet zomaar klaar."


def _with(engine: Engine, depth: int) -> Engine:
    return engine.with_settings(engine.settings.replace(quote_depth=depth))


def _deep(engine: Engine, depth: int) -> Engine:
    # implied_topic_speaker_only off: on, it quotes VNG/SJenV's bullet first and drops q161's
    # gold (its measured cost, docs/settings.md); quote_depth is tested as before it.
    return engine.with_settings(
        engine.settings.replace(quote_depth=depth, implied_topic_speaker_only=False)
    )


def test_on_by_default_at_twenty_passages() -> None:
    assert Settings().quote_depth == 20
    assert Settings().answer_depth == 5


def test_a_statement_of_a_deeper_passage_is_quoted(engine: Engine) -> None:
    on, off = _deep(engine, 10).ask(_DEEP), _deep(engine, 0).ask(_DEEP)
    assert any(_GOLD in c.quote for c in on.citations)
    assert not any(_GOLD in c.quote for c in off.citations)
    _, hits = engine.search_question(_DEEP, k=10)
    rank = next(h.rank for h in hits if _GOLD in h.chunk.text)
    assert rank > engine.settings.answer_depth
    # the answer and its confidence were decided on the first five passages
    assert on.confidence == pytest.approx(off.confidence, abs=1e-9)


# session 21 (quote_depth 10 -> 20): gold passages ranked 13th and 15th, answered either way
_DEEPER = [
    ("Hoe lang gaat de volgende vergadering duren?", "Een volgend LRT zal wat langer zijn"),
    ("How does housing minister Keizer see refugees with a permit?", "zichzelf goed redden"),
]


@pytest.mark.parametrize(("question", "gold"), _DEEPER)
def test_a_statement_of_a_passage_ranked_after_ten_is_quoted(
    engine: Engine, question: str, gold: str
) -> None:
    _, hits = engine.search_question(question, k=20)
    assert next(h.rank for h in hits if gold in h.chunk.text) > 10
    on, off = _with(engine, 20).ask(question), _with(engine, 10).ask(question)
    assert any(gold in c.quote for c in on.citations)
    assert not any(gold in c.quote for c in off.citations)
    assert on.abstained == off.abstained is False
    assert on.confidence == pytest.approx(off.confidence, abs=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Wat zei het IPO over indeplaatsstelling?",
        "Who said that the situation in Ter Apel is stable?",
        "Wat zei de VNG over de taakstelling?",
    ],
)
def test_whether_and_how_confidently_to_answer_do_not_change(engine: Engine, question: str) -> None:
    on, off = _with(engine, 20).ask(question), _with(engine, 0).ask(question)
    assert on.abstained == off.abstained
    assert on.confidence == pytest.approx(off.confidence, abs=1e-9)


def test_deeper_passages_only_for_questions_without_their_own_passages(engine: Engine) -> None:
    frame_of = load_eval_script("answer_misses")._frame
    plain = frame_of(engine, _DEEP)
    assert len(plain.hits) == 5 and len(plain.deeper) == 15
    assert [h.rank for h in plain.deeper] == list(range(6, 21))
    timeline = "How did the coordination centre proposal develop between the November meetings?"
    for question in (timeline, "Wat werd er afgesproken over de taakstelling?"):
        assert frame_of(engine, question).deeper == []
    assert frame_of(_with(engine, 0), _DEEP).deeper == []
