"""Speakers named as people: surnames of the meeting's attendee list, the chair, titles
(``ingest/people.py``), and sentence ends after "Dhr." (``ingest/speakers.py``)."""

from __future__ import annotations

from pathlib import Path

from lrt_search.config import Settings
from lrt_search.ingest.corpus import meeting_from_source
from lrt_search.ingest.people import People, parse_attendees, surname
from lrt_search.ingest.reading import SourceText
from lrt_search.ingest.speakers import attribute, split_sentences
from lrt_search.lexicon.organisations import OrgTable

TABLE = OrgTable.default()
ATTENDEES = (
    "Mw. Faber (AenM, voorzitter), Dhr. J. van der Maat (SJenV), Dhr. Jansen (IPO), "
    "Mevr. De Vries (VNG), [redacted] (COA), secretariaat"
)


def people(text: str = ATTENDEES) -> People:
    return People.from_attendees(parse_attendees(text, TABLE))


def speakers(text: str, who: People | None = None) -> tuple[str, ...]:
    return attribute([(text, 0)], TABLE, people() if who is None else who)[0]


def test_surnames_and_chair_from_the_attendee_list() -> None:
    found = people()
    assert found.surnames == {
        "Faber": "MAenM",
        "van der Maat": "SJenV",
        "Jansen": "IPO",
        "De Vries": "VNG",
    }
    assert found.chair == "MAenM"
    assert surname("Dhr. J.M. Jansen") == "Jansen" and surname("[redacted]") is None


def test_a_surname_speaks_for_the_attendees_organisation() -> None:
    assert speakers("Dhr. Jansen geeft aan dat de provincies de taakstelling volgen.") == ("IPO",)
    assert speakers("Jansen licht toe dat het toezicht werkt.") == ("IPO",)
    assert speakers("De heer Van der Maat vat de discussie samen.") == ("SJenV",)
    assert speakers("Mevrouw De Vries (voorzitter) concludeert dat er draagvlak is.") == ("VNG",)
    # Without the attendee list, or for a name it does not hold, nobody is named.
    assert speakers("Dhr. Jansen geeft aan dat de provincies volgen.", People()) == ()
    assert speakers("Dhr. Willems geeft aan dat de evaluatie volgt.") == ()


def test_a_surname_as_object_names_nobody() -> None:
    assert speakers("Er wordt een afspraak gemaakt met mevr. De Vries over de planning.") == ()
    assert speakers("De leden danken dhr. Jansen voor zijn toelichting.") == ()


def test_a_surname_shared_by_two_organisations_names_nobody() -> None:
    both = people("Dhr. Jansen (IPO), Mw. Jansen (VNG)")
    assert both.surnames == {} and speakers("Dhr. Jansen geeft aan dat het werkt.", both) == ()


def test_the_chair_and_titles() -> None:
    assert speakers("De voorzitter stelt voor het punt te agenderen.") == ("MAenM",)
    assert speakers("De voorzitter stelt voor het punt te agenderen.", people("Dhr. A (IPO)")) == ()
    assert speakers("De voorzitter van de VNG stelt voor de werkgroep uit te breiden.") == ("VNG",)
    assert speakers("De gedeputeerde van Gelderland wijst op de krapte.") == ("IPO",)
    assert speakers("De burgemeester van Utrecht meldt dat de opvang vol zit.") == ("VNG",)
    assert speakers("Er gaat een brief naar de burgemeesters.") == ()


def test_a_pronoun_inherits_the_persons_organisation() -> None:
    text = "Dhr. Jansen geeft een toelichting op de instroom. Hij verwacht dat de druk aanhoudt."
    assert attribute([(text, 0), ("Hij wijst op de kosten.", 0)], TABLE, people()) == [
        ("IPO",),
        ("IPO",),
    ]


def test_a_full_stop_after_a_form_of_address_ends_no_sentence() -> None:
    assert split_sentences("De leden danken Dhr. Jansen. Mw. A. Faber sluit af.") == [
        "De leden danken Dhr. Jansen.",
        "Mw. A. Faber sluit af.",
    ]
    assert split_sentences("VNG vraagt wanneer; SJenV antwoordt dat.") == [
        "VNG vraagt wanneer;",
        "SJenV antwoordt dat.",
    ]


def test_a_question_answered_by_another_organisation() -> None:
    assert set(speakers("VNG vraagt wanneer de middelen komen; SJenV antwoordt dat.")) == {
        "VNG",
        "SJenV",
    }
    text = "Op de vraag van het IPO over de planning antwoordt het COA dat de locaties opengaan."
    assert set(speakers(text)) == {"IPO", "COA"}


def test_the_attendee_list_reaches_the_parsed_statements() -> None:
    lines = [
        "Vergaderdatum 8 juli 2022",
        f"Aanwezig {ATTENDEES}",
        "1. Opening",
        "- De voorzitter opent de vergadering.",
        "- Dhr. Jansen vraagt om duidelijkheid over de taakstelling.",
    ]
    source = SourceText(Path("m.txt"), tuple(lines), None, "utf-8", (), frozenset())
    [item] = meeting_from_source(source, Settings(), stem="m").items
    assert [s.speakers for s in item.statements] == [("MAenM",), ("IPO",)]


def test_who_asks_speaks_also_before_a_passive() -> None:
    """ "Op verzoek van X wordt ...": X asked, as in "Op verzoek van X zal ..." (2025-03-19: "Op
    verzoek van de CDK's wordt het perspectief na 1 juli hierin meegenomen" now reads CdK)."""
    assert speakers("Op verzoek van dhr. Jansen wordt het punt geagendeerd.") == ("IPO",)
    assert speakers("Op verzoek van de VNG wordt het punt geagendeerd.") == ("VNG",)
    assert speakers("De brief aan de VNG wordt verstuurd.") == ()


def test_a_listed_first_name_may_be_left_out() -> None:
    listed = people("Mevr. Annemarie Jorritsma (VNG), Dhr. Hugo de Jonge (MBZK)")
    assert speakers("Mevr. Jorritsma vraagt om meer tijd.", listed) == ("VNG",)
    assert speakers("Annemarie Jorritsma vraagt om meer tijd.", listed) == ("VNG",)
    assert speakers("Dhr. De Jonge licht het wetsvoorstel toe.", listed) == ("MBZK",)
    # A surname that is a common word is only looked for as listed: "Slot" is a word.
    assert people("Mw. Bruins Slot (MBZK)").surnames == {"Bruins Slot": "MBZK"}


def test_an_organisation_as_the_first_part_of_a_compound_does_not_speak() -> None:
    assert speakers("De COA-locaties worden verlengd tot 1 juli.") == ()
    assert speakers("De VNG-delegatie vraagt om meer tijd.") == ("VNG",)
    assert speakers("Het IPO-bestuur steunt het voorstel.") == ("IPO",)


def test_attendee_table_rows_read_as_name_and_organisation() -> None:
    from lrt_search.ingest.people import parse_attendee_lines

    rows = [
        "Naam Organisatie",
        "Mw. Faber AenM, voorzitter",
        "Dhr. Jansen IPO",
        "VNG",
        "secretariaat, ondersteuning",
    ]
    got = [(a.name, a.org_code, a.role) for a in parse_attendee_lines(rows, TABLE)]
    assert got == [
        ("Mw. Faber", "MAenM", "voorzitter"),
        ("Dhr. Jansen", "IPO", None),
        ("[redacted]", "VNG", None),
        ("secretariaat", None, None),
        ("ondersteuning", None, None),
    ]
    # a list written as text, over lines, reads as before
    text = ["Dhr. Jansen (IPO), Mevr. De", "Vries (VNG)"]
    assert parse_attendee_lines(text, TABLE) == parse_attendees(" ".join(text), TABLE)

    # a list of organisations without brackets over two lines is no table
    orgs = ["VNG, IPO, COA,", "SJenV, Aedes"]
    assert parse_attendee_lines(orgs, TABLE) == parse_attendees(" ".join(orgs), TABLE)
