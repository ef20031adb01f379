"""Rule ``topic_term_search`` (answer/topic_hits.py) on the bundled corpus: a topic named in other
words than the minutes ("bekostiging" for "financiering") is checked against the passages that
hold the words its terms stand for, not only those the question's own words found."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.answering import _asked
from lrt_search.answer.evidence import requirements
from lrt_search.answer.passages import search_passages
from lrt_search.answer.topic_hits import topic_read, with_topic_hits
from lrt_search.answer.understanding import understand as _understand
from lrt_search.service import Engine

QUESTION = "Is de bekostiging ter sprake gekomen?"


def test_a_topic_in_other_words_is_found_in_the_minutes_words(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained
    assert any("financi" in c.quote.lower() for c in answer.citations)
    off = switched(engine, topic_term_search=0).ask(QUESTION)
    assert off.abstained and off.reason_code == "topic_not_quoted"


def test_a_speaker_who_never_says_it_is_still_refused(engine: Engine) -> None:
    answer = engine.ask("Heeft het COA iets gezegd over de bekostiging?")
    assert answer.abstained and answer.reason_code == "topic_not_quoted"


def test_passages_are_added_only_when_none_read_holds_a_topic_term(engine: Engine) -> None:
    frame = _understand(engine, QUESTION, None, None, None)
    retriever = frame.retriever
    search_passages(frame, None, ())
    frame.needs = requirements(_asked(frame))
    before = len(frame.hits)
    assert not topic_read(frame)
    with_topic_hits(frame)
    assert before < len(frame.hits) <= before + retriever.settings.topic_term_search
    assert topic_read(frame)
    ids = [h.chunk_id for h in frame.hits]
    assert len(ids) == len(set(ids)) and not {h.chunk_id for h in frame.deeper} & set(ids)
    with_topic_hits(frame)  # a statement read holds a term now: nothing more is added
    assert [h.chunk_id for h in frame.hits] == ids
