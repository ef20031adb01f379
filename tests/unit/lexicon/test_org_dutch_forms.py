"""Rule org_dutch_forms (issue 16 session 24 task B2): a body's Dutch subjects under the
``[dutch_forms]`` templates are question aliases ("het ministerie van VWS"); tables by hand."""

from __future__ import annotations

from lrt_search.lexicon.organisations import Organisation, OrgTable, _with_forms

_DATA = {
    "org": {
        "VWS": {"dutch": {"ministry": ["Volksgezondheid", "VWS"]}},
        "IND": {"dutch": {"forms": ["immigratiedienst"]}},
    },
    "dutch_forms": {"ministry": ["ministerie van {s}", "departement van {s}"]},
}


def _orgs() -> list[Organisation]:
    return [
        Organisation("VWS", "Ministerie van VWS", ("VWS",)),
        Organisation("IND", "IND", ("IND",), ("immigration service",)),
    ]


def test_subjects_under_templates_and_own_forms_are_question_aliases() -> None:
    found = {o.code: o.query_aliases for o in _with_forms(_orgs(), _DATA, "dutch")}
    assert found["VWS"] == (
        "ministerie van Volksgezondheid",
        "departement van Volksgezondheid",
        "ministerie van VWS",
        "departement van VWS",
    )
    assert found["IND"] == ("immigration service", "immigratiedienst")


def test_a_form_that_already_names_a_body_is_left_to_it() -> None:
    orgs = [*_orgs(), Organisation("X", "X", ("X",), ("ministerie van vws",))]
    found = {o.code: o.query_aliases for o in _with_forms(orgs, _DATA, "dutch")}
    assert "ministerie van VWS" not in found["VWS"]


def test_the_form_names_the_body_only_with_the_rule() -> None:
    question = "Wat zei het departement van Volksgezondheid over de opvang?"
    on = OrgTable(_with_forms(_orgs(), _DATA, "dutch"))
    assert [m.code for m in on.query_mentions(question)] == ["VWS"]
    assert OrgTable(_orgs()).query_mentions(question) == []


def test_the_bundled_table_reads_a_dutch_ministry_only_with_the_rule() -> None:
    question = "Wat zei de minister voor Asiel over de opvang?"
    on = OrgTable.default(dutch=True).query_mentions(question)
    assert [m.code for m in on] == ["MAenM"]
    assert OrgTable.default().query_mentions(question) == []
