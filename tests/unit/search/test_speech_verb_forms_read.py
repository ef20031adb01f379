"""Rule ``speech_verb_forms_read`` by hand (issue 16 session 28 task B2): a verb of speech in
any form closes the topic and is no content word; a form that is a noun after an article or a
preposition stays a topic word; a particle verb's finite form is speech only with its particle
later in the clause. No index."""

from __future__ import annotations

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.lexicon.speech_verbs import speech_verb_forms, speech_verb_tail
from lrt_search.search.parsed import read_question
from lrt_search.search.phrases import without_speech_verb
from lrt_search.search.query import SpeakerRules, is_speech_word
from lrt_search.search.speech_forms import separable_spans
from lrt_search.search.unread import content_words

_OFF = SpeakerRules(speech_verb_forms_read=False)


def _topic(question: str, rules: SpeakerRules | None = None) -> str:
    return read_question(question, OrgTable.default(), rules=rules).topic


def test_a_closing_verb_of_speech_leaves_the_topic() -> None:
    assert _topic("Wat heeft de VNG over de spreidingswet voorgesteld?") == "de spreidingswet"
    assert _topic("Wat had de VNG over de opvang aan te geven?") == "de opvang"
    assert _topic("Wat had de VNG over de opvang te zeggen?") == "de opvang"
    assert _topic("Wat wilde het IPO over de taakstelling vragen?") == "de taakstelling"


def test_off_the_verb_stays_in_the_topic() -> None:
    question = "Wat heeft de VNG over de spreidingswet voorgesteld?"
    assert _topic(question, _OFF) == "de spreidingswet voorgesteld"


def test_a_form_that_is_a_noun_stays() -> None:
    assert without_speech_verb("de vragen") == "de vragen"
    assert without_speech_verb("de antwoorden op vragen") == "de antwoorden op vragen"
    assert _topic("Wat zei de VNG over de voorstellen?") == "de voorstellen"


def test_the_tail_of_a_topic() -> None:
    assert speech_verb_tail(["de", "opvang", "op", "te", "merken"]) == 3
    assert speech_verb_tail(["de", "opvang", "te", "zeggen"]) == 2
    assert speech_verb_tail(["de", "opvang", "aangegeven"]) == 1
    assert speech_verb_tail(["de", "opvang"]) == 0


def test_every_form_is_a_word_of_speech() -> None:
    for word in ("aangaf", "voorstelde", "opmerken", "toezeggen", "tells", "told"):
        assert is_speech_word(word), word
    assert not is_speech_word("uit") and not is_speech_word("notes")
    single, phrases = speech_verb_forms()
    assert "aan te geven" in phrases and "pushed for" in phrases and "geven" not in single


def test_a_particle_verb_needs_its_particle() -> None:
    question = "Wat stelden de provincies voor over de opvang?"
    assert separable_spans(question) == [(4, 11)]
    assert read_question(question, OrgTable.default()).speaker == ("IPO",)
    assert not separable_spans("Hoeveel woningen stelde de VNG beschikbaar?")
    assert not read_question(question, OrgTable.default(), rules=_OFF).speech


def test_no_form_is_a_content_word() -> None:
    words = [w for w, _, _ in content_words("Wat had het COA over de opvang op te merken?",
                                            OrgTable.default())]  # fmt: skip
    assert words == ["opvang"]
