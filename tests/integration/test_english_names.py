"""Issues 16 and 21 task B2: everyday English names of the minutes' bodies and procedures
(lexicon/data/organisations.toml query aliases, lexicon/data/glossary.toml): "interior
department" is BZK, "reception organisation" the COA, "immigration authority" the IND,
"umbrella bodies" the "koepels"."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the interior department", "BZK"),
        ("the home affairs ministry", "BZK"),
        ("the home affairs minister", "MBZK"),
        ("the reception organisation", "COA"),
        ("the immigration authorities", "IND"),
        ("the local government association", "VNG"),
        ("the provincial association", "IPO"),
        # session 21 task A2: official English and full Dutch names
        ("the Ministry of Asylum and Migration", "MAenM"),
        ("the state secretary of Justice and Security", "SJenV"),
        ("the Ministry of Social Affairs and Employment", "SZW"),
        ("de minister van Onderwijs, Cultuur en Wetenschap", "OCW"),
        ("de minister van Volksgezondheid, Welzijn en Sport", "VWS"),
        ("the defence ministry", "Defensie"),
        ("the provinces' association", "IPO"),
        ("the umbrella of the housing associations", "Aedes"),
        ("the asylum seekers' reception agency", "COA"),
        ("the director-general for migration", "DGM"),
    ],
)
def test_an_everyday_english_name_finds_the_body(name: str, code: str) -> None:
    mentions = OrgTable.default().query_mentions(f"What did {name} say about housing?")
    assert [m.code for m in mentions] == [code]


def test_an_official_english_name_is_answered(engine: Engine) -> None:
    # without the alias "ministry of asylum and migration": name_absent "Ministry of Asylum"
    answer = engine.ask(
        "What did the Ministry of Asylum and Migration explain about Syria in March 2025?"
    )
    assert not answer.abstained, answer.reason
    assert any(
        "vertrekmoratorium (BVM) is voor Syrië" in " ".join(c.quote.split())
        for c in answer.citations
    )


def test_umbrella_bodies_are_the_koepels() -> None:
    assert Glossary.default().expand("the umbrella bodies") == ["koepels"]


def test_a_question_by_an_everyday_name_is_answered(engine: Engine) -> None:
    # without the alias "interior department" names no body: name_absent
    question = "Did the interior department expect the new housing target to stay large in 2023?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "BZK" in answer.filters["org"]
    assert any(c.quote.startswith("BZK benoemt dat nieuwe taakstelling") for c in answer.citations)


# Session 17 task E2: the English names a foreign correspondent uses for Dutch bodies, offices
# and terms (eval/english_names2_probe.jsonl).
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the housing ministry", "MVRO"),
        ("the Ministry of Housing and Spatial Planning", "MVRO"),
        ("the guardianship institution", "Nidos"),
    ],
)
def test_a_correspondents_name_finds_the_body(name: str, code: str) -> None:
    mentions = OrgTable.default().query_mentions(f"What did {name} say about housing?")
    assert [m.code for m in mentions] == [code]


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("the implementing decree", "AMvB"),
        ("the implementing order", "AMvB"),
        ("the housing duty", "taakstelling"),
        ("the housing requirement", "taakstelling"),
        ("the tools", "instrumenten"),
        ("the dispersal bill", "Spreidingswet"),
        ("the national steering committee", "Landelijke Regietafel"),
    ],
)
def test_a_correspondents_term_finds_the_minutes_word(english: str, dutch: str) -> None:
    assert dutch in Glossary.default().expand(english)


def test_a_question_with_the_housing_duty_is_answered(engine: Engine) -> None:
    # without "housing duty" in the glossary: topic_absent {'words': ['duty']}
    question = "Was the VNG worried about the size of the housing duty in April 2023?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(c.quote.startswith("VNG maakt zich zorgen over hoogte") for c in answer.citations)
