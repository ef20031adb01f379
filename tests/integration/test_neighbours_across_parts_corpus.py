"""Rule neighbours_across_parts on the bundled corpus: the reply that opens a chunk part is
quoted for a question that asks the reply, its topic standing in the bullet before (the
previous part of the item); a question about what the asked speaker said on the neighbour's
topic is still refused."""

from __future__ import annotations

from lrt_search.results import Answer
from lrt_search.service import Engine

_AEDES = "Aedes antwoordt dat een algemeen bod nu inderdaad niet opportuun is"
_ASKS_REPLY = (
    "What did Aedes answer on 10 November 2023 when the interior minister said that housing "
    "status holders had worked well in some places?"
)


def _ask(engine: Engine, question: str, on: bool) -> Answer:
    settings = engine.settings.replace(neighbours_across_parts=on)
    return engine.with_settings(settings).ask(question)


def test_the_part_boundary_splits_the_reply_from_what_it_answers(engine: Engine) -> None:
    first = next(
        engine.chunks[r] for r in range(len(engine.chunks))
        if engine.chunks[r].statements and engine.chunks[r].statements[0].text.startswith(_AEDES)
    )  # fmt: skip
    assert first.part > 1  # the reply opens a part: within its part nothing stands before it


def test_a_reply_asked_is_quoted_with_the_rule_only(engine: Engine) -> None:
    on, off = _ask(engine, _ASKS_REPLY, True), _ask(engine, _ASKS_REPLY, False)
    assert not on.abstained
    assert on.citations[0].quote.startswith(_AEDES)
    assert off.abstained and off.reason_code == "topic_not_quoted"


def test_the_neighbours_topic_is_no_evidence_for_what_the_speaker_said(engine: Engine) -> None:
    # "MAenM licht toe dat er een Besluit en vertrekmoratorium (BVM) is voor Syrië" stands
    # right before the bullet of the VNG (another part): the VNG said nothing about Syria
    question = "Wat zei de VNG in maart 2025 over het vertrekmoratorium voor Syrië?"
    answer = _ask(engine, question, True)
    assert answer.abstained and answer.reason_code == "topic_not_quoted"
