"""Rule ``org_longest_title`` and the bodies' official and everyday names (issue 16 task D2)
on the bundled corpus: a body named by a form its statement does not use."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_the_longest_title_names_the_state_secretary(engine: Engine) -> None:
    """ "de staatssecretaris" is SJenV's question alias; the longer title that starts inside it
    is SZW's state secretary (SPenI in the minutes of March 2025)."""
    question = "Wat zei de staatssecretaris van Participatie en Integratie over de participatie?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("SPenI vult aan" in c.quote for c in answer.citations)
    off = switched(engine, org_longest_title=False).ask(question)
    assert off.abstained or not any("SPenI" in c.quote for c in off.citations)


def test_an_official_english_title_leaves_no_unknown_name(engine: Engine) -> None:
    """The whole English title is the body: "Kingdom Relations" is no name of its own."""
    answer = engine.ask(
        "What did the Ministry of the Interior and Kingdom Relations say about the new housing "
        "target in April 2023?"
    )
    assert not answer.abstained
    assert any("BZK benoemt" in c.quote for c in answer.citations)


def test_an_everyday_name_of_a_body_that_never_spoke_on_it_abstains(engine: Engine) -> None:
    """ "the safety board" is the VB (Veiligheidsberaad), which never spoke on the Dispersal Act."""
    answer = engine.ask("What did the safety board say about the Dispersal Act?")
    assert answer.abstained
