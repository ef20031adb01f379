"""The synonym group Oekraïne/OEK (lexicon/data/synonyms.toml) on the bundled corpus: the
minutes write the country as OEK, so a Dutch question naming Oekraïne finds it; the COA, whose
bullet stands beside MAenM's OEK bullets in March 2025, said nothing about it."""

from __future__ import annotations

from lrt_search.service import Engine

_VNG = "Op verzoek van de VNG zal er dit overleg uitgebreider bij OEK worden stilgestaan"


def test_oekraine_finds_the_minutes_oek(engine: Engine) -> None:
    question = "Op wiens verzoek werd er in maart 2025 uitgebreider over Oekraïne gesproken?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.citations[0].quote.startswith(_VNG)


def test_a_speaker_who_never_names_oek_is_still_refused(engine: Engine) -> None:
    answer = engine.ask("Wat zei het COA in maart 2025 over Oekraïne?")
    assert answer.abstained and answer.reason_code == "topic_not_quoted"
