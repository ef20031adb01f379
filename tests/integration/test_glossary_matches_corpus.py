"""Rule glossary_matches_read (lexicon/glossary.py) on the bundled corpus: the glossary terms
an English question adds to its search are those of the longest term ("the state secretary":
"staatssecretaris", not "Rijk") and of its words' own inflections, not of a derivation that
shares a stem ("asylum applications" adds no "asielzoekers")."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_SECRETARY = "What did the state secretary answer about target group restrictions?"
_APPLICATIONS = "How many asylum applications did the IND receive in 2023?"


def test_the_longest_term_is_searched(engine: Engine) -> None:
    on = switched(engine, glossary_matches_read=True).scope(_SECRETARY).glossary_terms
    assert "staatssecretaris" in on and "Rijk" not in on
    off = switched(engine, glossary_matches_read=False).scope(_SECRETARY).glossary_terms
    assert "Rijk" in off and "staatssecretaris" not in off


def test_a_derivation_adds_no_term(engine: Engine) -> None:
    on = switched(engine, glossary_matches_read=True).scope(_APPLICATIONS).glossary_terms
    assert "asielzoekers" not in on
    off = switched(engine, glossary_matches_read=False).scope(_APPLICATIONS).glossary_terms
    assert "asielzoekers" in off
