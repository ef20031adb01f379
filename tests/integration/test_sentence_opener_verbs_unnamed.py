"""Issue 16 session 30 task B (rule ``sentence_opener_verbs_unnamed``), on the corpus: a verb
that opens a later sentence is no part of the name after it, so a question of three sentences
whose last opens "Zag de VNG" is answered with the VNG's line; with the rule off "Zag de VNG"
was one name and "Zag" was refused as absent from the minutes."""

from __future__ import annotations

from lrt_search.service import Engine

QUESTION = (
    "Wij zijn een kleine gemeente. De regionale verantwoordelijkheid maakt ons nerveus. "
    "Zag de VNG daar ook problemen in?"
)


def test_a_verb_opening_the_last_sentence_is_no_name(engine: Engine) -> None:
    from switched import switched

    answer = engine.ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert any("koudwatervrees" in c.quote for c in answer.citations)
    off = switched(engine, sentence_opener_verbs_unnamed=False).ask(QUESTION)
    assert off.abstained and off.reason_code == "name_absent"
    assert off.reason_params["names"] == ["Zag"]
