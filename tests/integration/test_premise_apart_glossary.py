"""Rules ``premise_words_apart`` and ``premise_glossary_beside`` on the bundled corpus: a Dutch
why-premise's word the minutes write apart ("opgesteld": "een notitie op te stellen") and an
English one the glossary words as the minutes do ("tools": "instrumenten", "hesitant":
"terughoudend") support a true premise; a premise that changes the event is still refused."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def _refused(engine: Engine, question: str) -> bool:
    answer = engine.ask(question)
    return answer.abstained and answer.reason_code == "premise_unsupported"


def test_a_premise_word_written_apart_supports_the_premise(engine: Engine) -> None:
    question = "Waarom moest er in juli 2022 een notitie over flexwoningen worden opgesteld?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("op te stellen" in c.quote for c in answer.citations)
    assert _refused(switched(engine, premise_words_apart=False), question)
    assert _refused(engine, "Waarom werd in juli 2022 een notitie over flexwoningen ingetrokken?")


def test_the_glossary_wording_of_an_english_premise_word(engine: Engine) -> None:
    for question, minutes in (
        ("Why did the CdK's ask for tools for the PRTs in March 2025?", "instrumenten"),
        ("Why are municipalities hesitant, according to MBZK?", "terughoudend"),
    ):
        answer = engine.ask(question)
        assert not answer.abstained, answer.reason
        assert any(minutes in c.quote for c in answer.citations), question
        assert _refused(switched(engine, premise_glossary_beside=False), question)
    assert _refused(engine, "Why did the CdK's ask for weapons for the PRTs in March 2025?")
    assert _refused(engine, "Why are municipalities eager, according to MBZK?")
