"""Issue 16 item 8, session 27 task F3, rule ``gloss_part_not_high`` (off by default: the
validation fold's high precision does not rise with it): an answer whose quote meets
the topic only through a general word of a multi-word glossary term ("funding": "regelingen" of
"financiële regelingen") is not labelled high; the quotes stay the same. A quote holding a
glossary term whole keeps its label."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_topic_met_by_part_of_a_glossary_term_is_not_high(engine: Engine) -> None:
    # generated g0039 (unanswerable): DGM's statement holds "regelingen", not "financiële"
    question = "How did DGM view the funding?"
    on = switched(engine, gloss_part_not_high=True).ask(question)
    off = engine.ask(question)
    assert not on.abstained and not off.abstained
    assert off.confidence_label == "high", off.confidence
    assert on.confidence_label == "medium", on.confidence
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]


def test_a_glossary_term_held_whole_keeps_high(engine: Engine) -> None:
    # language_pair_probe lp08en: "interventieladder", a one-word term of "escalation ladder"
    question = "What did IPO ask for regarding the intervention ladder?"
    on = switched(engine, gloss_part_not_high=True).ask(question)
    assert on.confidence_label == "high", on.confidence
    assert on.confidence == engine.ask(question).confidence
