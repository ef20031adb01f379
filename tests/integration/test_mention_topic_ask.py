"""Rule ``topic_after_mention`` on the bundled corpus: "Who mentioned X?" and "When was X
discussed?" are checked on X as "What was said about X?" is, so a topic the minutes never
mention abstains and one they do is answered with the statement naming it; off, no topic is
read and the first is answered with unrelated quotes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    ["Who mentioned nuclear energy?", "At which meeting did the legalisation of cannabis come up?"],
)
def test_an_absent_mentioned_topic_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent"
    # rule english_topic_translated off too: it finds "legalisation" missing as an implied topic
    settings = replace(engine.settings, topic_after_mention=False, english_topic_translated=0.0)
    assert not engine.with_settings(settings).ask(question).abstained


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Who brought up the capacity decision?", "capaciteitsbesluit"),
        ("Wanneer kwam de doelgroepbeperking ter sprake?", "doelgroepbeperkingen"),
    ],
)
def test_a_mentioned_topic_of_the_minutes_is_quoted(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert any(quoted in c.quote for c in answer.citations)
