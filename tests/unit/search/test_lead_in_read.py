"""Rule ``lead_ins_read`` by hand (no index): search.asides.read_lead_in finds an asker's
lead-in before a colon, and answer.lead_in.without_lead_in reads the question from its body
(the lead-in's "over X" only for a body with no topic of its own)."""

from __future__ import annotations

import pytest

from lrt_search.answer.lead_in import without_lead_in
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.asides import read_lead_in, with_about
from lrt_search.search.query import SpeakerRules


@pytest.mark.parametrize(
    ("question", "body", "about"),
    [
        ("In het kader van een klacht over de uitvoering: is in juli 2022 vastgelegd dat de "
         "PRT's worden betrokken?", "Is in juli 2022 vastgelegd dat de PRT's worden betrokken?",
         "de uitvoering"),
        ("For a complaint file: was it recorded on 10 November 2023 that clear coordination "
         "had to take place?", "Was it recorded on 10 November 2023 that clear coordination "
         "had to take place?", ""),
        ("In the context of a complaint about housing status holders: did the Interior "
         "minister stress it?", "Did the Interior minister stress it?",
         "housing status holders"),
        ("Ten behoeve van ons onderzoek: wat zei de VNG?", "Wat zei de VNG?", ""),
        ("Quick question for a report: what did the IPO say?", "What did the IPO say?", ""),
        ("For our inquiry into the dispersal act: what did the VNG say?",
         "What did the VNG say?", "the dispersal act"),
        ("Voor een klachtdossier: Wat is er besloten?", "Wat is er besloten?", ""),
        ("Ik schrijf een artikel over Ter Apel: wat is er besloten?", "Wat is er besloten?",
         "Ter Apel"),
        ("I'm writing a story about flex homes: what did Aedes say?", "What did Aedes say?",
         "flex homes"),
    ],
)  # fmt: skip
def test_an_askers_lead_in_is_read_apart(question: str, body: str, about: str) -> None:
    lead = read_lead_in(question)
    assert lead is not None and (lead.body, lead.about) == (body, about)


@pytest.mark.parametrize(
    "question",
    [
        "Spreidingswet: wat zei de VNG?",  # the topic
        "Over de spreidingswet: wat zei de VNG?",
        "Vraag over de taakstelling: wat zei de VNG?",
        "Klacht van de VNG: wat was die?",  # the question's own
        "Voor het verslag van 8 juli 2022: wat zei het IPO?",  # the minutes named
        "For the minutes of 8 July 2022: what did the IPO say?",
        "Voor een klacht: wat?",  # too little left
        "Wat zei de VNG om 9:15 over de klacht?",  # no lead-in
        "Voor de gemeenten: wat is de taakstelling?",  # no asker's role
    ],
)
def test_what_is_no_askers_lead_in_is_kept(question: str) -> None:
    assert read_lead_in(question) is None


def test_a_topic_is_added_in_the_bodys_language() -> None:
    assert (
        with_about("Wat is er besloten?", "Ter Apel", False) == "Wat is er besloten over Ter Apel?"
    )
    assert with_about("What was agreed", "reception", True) == "What was agreed about reception"


def _read(question: str) -> tuple[str, str]:
    s = Settings()
    return without_lead_in(question, OrgTable.default(), Glossary.default(), SpeakerRules.of(s))


def test_the_lead_ins_over_x_is_the_topic_only_of_a_topicless_body() -> None:
    text, note = _read("Voor een klacht over Ter Apel: wat is er besloten?")
    assert text == "Wat is er besloten over Ter Apel?"
    assert (
        note
        == "lead-in, not the question: Voor een klacht over Ter Apel (its topic read: Ter Apel)"
    )
    text, note = _read("Voor een klacht over Ter Apel: wat zei de VNG over de taakstelling?")
    assert text == "Wat zei de VNG over de taakstelling?"
    assert note == "lead-in, not the question: Voor een klacht over Ter Apel"
    assert _read("Wat zei de VNG over de klacht?") == ("Wat zei de VNG over de klacht?", "")
