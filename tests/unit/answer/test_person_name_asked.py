"""Rule ``person_name_asked`` (answer/asked_class.py): a question asking a person's name
("Noem de namen van de rijksambtenaren ...", "whats the name of the new DG") or a member of a
class of persons ("Which mayors ...") is answered only by a statement that names a person.
Inputs built by hand; no index."""

from __future__ import annotations

import pytest

from lrt_search.answer.asked_class import asked_member, name_asked, names_member, names_person
from lrt_search.lexicon.organisations import OrgTable

ORGS = OrgTable.default()


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Noem de namen van de rijksambtenaren die aansluiten bij de PRT's.", "rijksambtenaren"),
        ("whats the name of the new DG migration mentioned in 2025", "DG"),
        ("Wat is de naam van degene die Van Rijn verving?", "degene"),
        ("What is the name of the new state secretary of JenV?", "state secretary"),
        ("Hoe heet de staatssecretaris die Van der Burg verving?", "staatssecretaris"),
        ("Which mayors opposed the coordination centre?", "mayors"),
        ("Welke wethouders reageerden op de regeling?", "wethouders"),
    ],
)
def test_a_person_asked_is_read(question: str, noun: str) -> None:
    assert asked_member(question) == ("person", noun)
    assert asked_member(question, persons=False) == ("", "")


def test_other_questions_ask_no_person() -> None:
    # a role that sits at the LRT as a code is an organisation when only "which" asks it
    assert asked_member("Which minister wants to withdraw the Spreidingswet?") == (
        "org",
        "minister",
    )
    assert name_asked("What is the name of the plan?") == ""
    assert asked_member("Wie verving minister De Jonge in juli 2022?") == ("", "")
    # a later, embedded "which" does not say what the question asks
    assert asked_member("Welke afspraak is er gemaakt over welke rijksambtenaren aansluiten?") == (
        "",
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dhr. Van Rijn kan niet aanwezig zijn en wordt vervangen door mw. Lamers.",
        "Introductie SJenV Van der Maat die tijdelijk vervangt als SJenV.",
        "De voorzitter De Vries opent de vergadering.",
        "Mw. Faber (AenM, voorzitter)",
    ],
)
def test_a_named_person_is_recognised(text: str) -> None:
    assert names_person(text, ORGS)
    assert names_member("person", text, ORGS)


@pytest.mark.parametrize(
    "text",
    [
        "Mw. Van Gennip kan niet aanwezig zijn en wordt vervangen door DGSZI.",  # hers is asked
        "De Staatssecretaris van JenV geeft een toelichting.",  # a title of an organisation
        "Zij roept medeoverheden op hun ideeën met directeur OEK te delen.",  # a role, no name
        "[REDACTED] (DGSZI), [REDACTED] (DG)",
        "Afspraak: een lijst met wie vanuit Rijk hoogambtelijk aansluit bij de PRT's.",
        "Het COA Ter Apel is vol.",
    ],
)
def test_no_person_but_the_question_s_own_is_named(text: str) -> None:
    assert not names_person(text, ORGS, known=["Van Gennip"])
