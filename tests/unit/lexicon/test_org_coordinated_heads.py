"""Rules org_english_forms and org_coordinated_heads (issue 16 session 23 task E2,
lexicon/english_forms.py): a body's English subjects make its question forms, and bodies
coordinated under one plural head are each named. Inputs built by hand."""

from __future__ import annotations

from lrt_search.lexicon.english_forms import coordinated, english_forms
from lrt_search.lexicon.organisations import OrgTable

_TEMPLATES = {"ministry": ["ministry of {s}", "{s} ministry"], "minister": ["{s} minister"]}
_NAMES = {
    "education ministry": "OCW",
    "housing ministry": "MVRO",
    "ministry of justice": "JenV",
    "ministry of the interior": "BZK",
    "justice and security ministry": "JenV",
}
_HEADS = {"ministries": "ministry", "ministers": "minister"}


def test_a_subject_makes_every_form_of_its_kind() -> None:
    forms = english_forms({"ministry": ["education"]}, _TEMPLATES)
    assert forms == ["ministry of education", "education ministry"]


def test_an_article_is_kept_only_after_a_preposition() -> None:
    forms = english_forms({"ministry": ["the interior"]}, _TEMPLATES)
    assert forms == ["ministry of interior", "ministry of the interior", "interior ministry"]


def test_two_subjects_before_a_plural_head_are_two_bodies() -> None:
    text = "at what level were the education and housing ministries represented"
    found = coordinated(text, _HEADS, _NAMES.get)
    assert [(c.code, text[c.start : c.end]) for c in found] == [
        ("OCW", "the education"),
        ("MVRO", "housing ministries"),
    ]


def test_subjects_after_a_plural_head_and_a_preposition() -> None:
    text = "what did the ministries of justice and the interior say"
    found = coordinated(text, _HEADS, _NAMES.get)
    assert [(c.code, text[c.start : c.end]) for c in found] == [
        ("JenV", "ministries of justice"),
        ("BZK", "the interior"),
    ]


def test_one_body_named_with_and_is_no_coordination() -> None:
    assert coordinated("the justice and security ministries said", _HEADS, _NAMES.get) == []


def test_a_conjunct_that_names_no_body_names_none() -> None:
    assert coordinated("the education and culture ministries said", _HEADS, _NAMES.get) == []


def test_a_plural_head_alone_names_none() -> None:
    assert coordinated("which ministries were represented", _HEADS, _NAMES.get) == []


def test_the_table_reads_coordinated_bodies_only_with_the_rule() -> None:
    question = "What did the education and housing ministries say about schools?"
    on = OrgTable.default(None, True, True, True, True, True).query_mentions(question)
    off = OrgTable.default(None, True, True, True, True, False).query_mentions(question)
    assert [m.code for m in on] == ["OCW", "MVRO"]
    assert off == []


def test_a_generated_form_names_its_body_only_with_the_rule() -> None:
    question = "What did the Education Minister say?"
    on = OrgTable.default(None, True, True, True, True, True).query_mentions(question)
    off = OrgTable.default(None, True, True, True, False, True).query_mentions(question)
    assert [m.code for m in on] == ["OCW"]
    assert off == []


def test_an_alias_of_the_table_wins_over_a_generated_form() -> None:
    # "minister for housing" is MBZK's own alias; the housing subject of MVRO makes it too
    table = OrgTable.default(None, True, True, True, True, True)
    assert table.resolve("minister for housing") == "MBZK"
