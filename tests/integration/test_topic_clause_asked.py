"""Rule ``topic_clause`` on the bundled corpus: a long question whose clause after the topic
holds words the minutes lack ("..., want in onze gemeente speelt dat bij de sporthal?") is
answered from the statement on its topic; off, "sporthal" and "speelt" were topic words and the
question was refused ``topic_absent``. Its twin about a topic the minutes lack is still refused,
naming only that topic."""

from __future__ import annotations

from pathlib import Path

from switched import switched

from lrt_search.service import Engine

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ASKED = (
    "Wat vroeg de CdK over doelgroepbeperkingen, want in onze gemeente speelt dat bij de sporthal?"
)


def test_the_clause_after_the_topic_asks_no_topic_word(engine: Engine) -> None:
    answer = engine.ask(ASKED)
    assert not answer.abstained, answer.reason
    assert any("CdK vraagt aandacht voor doelgroepbeperkingen" in c.quote for c in answer.citations)
    off = switched(engine, topic_clause=False).ask(ASKED)
    assert off.abstained and off.reason_code == "topic_absent", off.reason


def test_the_twin_names_only_its_absent_topic(engine: Engine) -> None:
    question = ASKED.replace("doelgroepbeperkingen", "de zwembadsubsidie")
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.reason
    assert "zwembadsubsidie" in (answer.reason or "") and "sporthal" not in (answer.reason or "")
    text = " ".join(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")).lower()
    assert "zwembad" not in text  # the reason is true of the minutes
