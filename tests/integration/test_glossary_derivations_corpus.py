"""Rule glossary_derivations_read (lexicon/glossary_derivations.py) on the bundled corpus: an
English word that neither the glossary nor FreeDict reads, the act or the verb of a one-word
glossary term, is searched and checked as that term's Dutch words ("integrate": integratie,
integreren, inburgering; "modification": gewijzigd, wijziging)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_INTEGRATE = "What did the CdK say in April 2023 about people having to integrate and work?"
_MODIFICATION = "Which modification of the text did SJenV accept in July 2022?"


def test_the_verb_adds_the_terms_of_its_act(engine: Engine) -> None:
    on = switched(engine, glossary_derivations_read=True).scope(_INTEGRATE).glossary_terms
    assert "inburgering" in on and "integreren" in on
    off = switched(engine, glossary_derivations_read=False).scope(_INTEGRATE).glossary_terms
    assert "inburgering" not in off


def test_the_act_of_a_glossary_verb_is_found_in_the_minutes(engine: Engine) -> None:
    on = switched(engine, glossary_derivations_read=True).ask(_MODIFICATION)
    assert not on.abstained
    assert any("akkoord met deze wijziging" in c.quote for c in on.citations)
    off = switched(engine, glossary_derivations_read=False).ask(_MODIFICATION)
    assert off.abstained and off.reason_code == "topic_absent"
