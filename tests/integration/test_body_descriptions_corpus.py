"""Issue 16 session 26 task F3 on the bundled corpus: English descriptions of the bodies, the LRT
itself and the groups of governments (tests/data/english_body_forms.toml; data only:
lexicon/data/organisations.toml, glossary.toml, acts.toml). At main 4f05e745 the first question
was answered with a CdK quote (the premise "withdraw from the national coordination body" went
unread) and the third refused ("subnational authorities" unknown)."""

from __future__ import annotations

from lrt_search.service import Engine

_WITHDREW = "Why did the municipal association withdraw from the national coordination body?"
_LOBBY = "What did the housing lobby say about flexwoningen?"
_GROUP = (
    "What concerns did the subnational authorities express about the legislative proposal in "
    "April 2023?"
)


def test_withdrawing_from_the_described_table_is_a_premise_the_minutes_lack(
    engine: Engine,
) -> None:
    answer = engine.ask(_WITHDREW)
    assert answer.abstained, [c.quote for c in answer.citations]
    assert answer.reason_code == "premise_unsupported"


def test_the_housing_lobby_is_aedes(engine: Engine) -> None:
    answer = engine.ask(_LOBBY)
    assert not answer.abstained, answer.reason
    assert "Aedes waarschuwt voor een prijsopdrijvend effect" in answer.citations[0].quote


def test_subnational_authorities_are_the_minutes_medeoverheden(engine: Engine) -> None:
    answer = engine.ask(_GROUP)
    assert not answer.abstained, answer.reason
    assert any("Medeoverheden spreken zorgen uit" in c.quote for c in answer.citations)
