"""Rules ``org_full_names`` (a body named in full where the minutes use its code) and
``org_groups`` ("het Rijk" for the ministries; on by default) on the bundled corpus."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_body_named_in_full_is_its_code(engine: Engine) -> None:
    question = (
        "Werd in Ter Apel de wachtruimte van de Immigratie- en Naturalisatiedienst als "
        "slaapruimte gebruikt?"
    )
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("IND wachtruimte als slaapruimte" in c.quote for c in answer.citations)
    # rule org_dutch_forms names the IND by its full name too (organisations.toml `dutch`)
    off = switched(engine, org_full_names=False, org_dutch_forms=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent"


def test_a_body_named_in_full_that_never_speaks_is_silent(engine: Engine) -> None:
    question = (
        "Wat zei de Immigratie- en Naturalisatiedienst over de huisvesting van statushouders "
        "in flexwoningen?"
    )
    assert engine.ask(question).abstained


def test_the_rijk_speaks_through_its_ministries(engine: Engine) -> None:
    question = "Wat zei het Rijk over het Besluit en vertrekmoratorium voor Syrië?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert any("MAenM licht toe dat er een Besluit" in c.quote for c in answer.citations)
    assert switched(engine, org_groups=False).ask(question).abstained
