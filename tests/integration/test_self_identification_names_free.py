"""Issue 16 session 30 task E2 (rule ``self_identification_names_free``; eval/blind30.md class 1),
on the corpus: the asker's own body ("As someone from the GHOR, ...", "Wij als GGD zitten ook
aan bij de PRT's. ...") is no name a quote must hold, so the line that answers is quoted; with
the rule off the body is required and the question is refused by its name. The same body asked
as the speaker is still required."""

from __future__ import annotations

from lrt_search.service import Engine


def test_the_askers_body_is_no_name_the_quote_must_hold(engine: Engine) -> None:
    from switched import switched

    question = "As someone from the GHOR, what did the CdK ask about target group restrictions?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("CdK vraagt aandacht voor doelgroepbeperkingen" in c.quote for c in answer.citations)
    off = switched(engine, self_identification_names_free=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent"
    assert off.reason_params["names"] == ["GHOR"]


def test_a_kept_context_sentence_names_the_asker_not_the_topic(engine: Engine) -> None:
    from switched import switched

    question = (
        "Wij als GGD zitten ook aan bij de PRT's. Moeten de opgaven rond huisvesting en opvang "
        "daar volgens de CdK's afgestemd worden?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("aan de PRT's afgestemd moeten worden" in c.quote for c in answer.citations)
    off = switched(engine, self_identification_names_free=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent"


def test_the_same_body_asked_as_the_speaker_still_is(engine: Engine) -> None:
    answer = engine.ask(
        "As someone from the GGD, what did the GGD say about Ter Apel in March 2025?"
    )
    assert answer.abstained and answer.reason_code == "name_absent"
    assert answer.reason_params["names"] == ["GGD"]
