"""Rule ``self_identification_names_free`` by hand (search/self_identification.py, read by
search/alternatives.speaker_text for search/parsed.read_question; issue 16 session 30 task E2):
the spans, what is blanked and what the reading keeps. No index."""

from __future__ import annotations

from framed_reading import tables

from lrt_search.config import Settings
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.self_identification import without_self_identification


def _read(question: str, on: bool = True) -> ParsedQuestion:
    rules = SpeakerRules.of(Settings().replace(self_identification_names_free=on))
    return read_question(question, *tables(), rules=rules)


def _names(parsed: ParsedQuestion) -> list[str]:
    return [n.lower() for n, _ in parsed.names]


def test_each_form_blanks_the_askers_body_and_keeps_the_length() -> None:
    cases = {
        "Als GGD schuiven wij aan bij de tafel.": "GGD",
        "Wij als gemeente werken veel met statushouders.": "gemeente",
        "Namens de GGD Drenthe, wat zei de VNG?": "GGD Drenthe",
        "Ik werk bij Vluchtelingenwerk en volg de opvang.": "Vluchtelingenwerk",
        "Vanuit onze GGD-regio zien wij veel ontheemden.": "GGD-regio",
        "Als medewerker van het RIVM, wat zei het COA?": "RIVM",
        "As a GGD we often sit at the table.": "GGD",
        "We at the RIVM follow this closely.": "RIVM",
        "I work at the GHOR and follow this.": "GHOR",
        "As someone from the GHOR, what did the COA say?": "GHOR",
        "On behalf of our company, I have a question.": "company",
        "Speaking as a GGD doctor, did the CdK ask that?": "GGD",
    }
    for question, body in cases.items():
        blanked = without_self_identification(question)
        assert len(blanked) == len(question)
        assert body not in blanked, question


def test_what_is_no_self_identification_is_kept() -> None:
    for question in [
        "As the VNG said, was the target lowered?",
        "As far as I know, did the COA say that?",
        "As a result, did the VNG object?",
        "As for the COA, what did it say about Ter Apel?",
        "Als gevolg van de wet, wat zei de VNG?",
        "Als de VNG dat vraagt, wat doet het Rijk?",
        "Als gemeenten weigeren, wat zei de VNG?",
        "Wat zei de VNG als vertegenwoordiger van de gemeenten?",
        "Wat zei de GGD over Ter Apel?",
    ]:
        assert without_self_identification(question) == question, question


def test_the_askers_body_is_no_name_and_no_speaker() -> None:
    question = "As someone from the GHOR, what did the COA say about Ter Apel?"
    on, off = _read(question), _read(question, on=False)
    assert on.speaker == ("COA",) and "ghor" not in _names(on)
    assert "ghor" in _names(off)
    question = "Als GGD schuiven wij aan bij de tafel. Wat zei de VNG daar over de taakstelling?"
    assert "ggd" not in _names(_read(question)) and "ggd" in _names(_read(question, on=False))


def test_a_present_body_of_the_asker_is_no_speaker() -> None:
    question = "Wij als COA werken veel met statushouders. Wat zei de VNG daarover in juli 2022?"
    assert _read(question).speaker == ("VNG",)
    assert set(_read(question, on=False).speaker) == {"COA", "VNG"}


def test_the_same_body_asked_as_the_speaker_still_is() -> None:
    question = "What did the GGD say about reception in Ter Apel?"
    assert "ggd" in _names(_read(question))
    question = "Wij als gemeente werken veel met statushouders. Wat zei de VNG daarover?"
    assert _read(question).speaker == ("VNG",)
