"""Topic and amount evidence: the rarer words of a topic must be in the minutes, English topic
words are checked through their Dutch words, and an amount must be stated, of the thing asked.

The questions here are written for these tests (not in eval/questions.jsonl)."""

from __future__ import annotations

import pytest

from lrt_search.answer.informativeness import informativeness
from lrt_search.answer.topics import topic_terms
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "reason_holds"),
    [
        # A rare Dutch word the minutes lack outweighs common ones they have.
        ("Wat is er gezegd over de dwangsommen voor gemeenten?", "dwangsommen"),
        ("Welke afspraken zijn er gemaakt over opvang op cruiseschepen?", "cruiseschepen"),
        # English topic words through the glossary's Dutch words, inflected or not.
        ("What did the LRT say about climate change?", "climate change"),
        ("What did the LRT decide about deporting rejected asylum seekers?", "deport"),
        ("What was said about the police and nuisance near reception centres?", "nuisance"),
        # Amounts: "een bedrag" is not an amount; a percentage of something else is not one.
        ("Hoeveel geld krijgen gemeenten precies uit de 30.000 regeling?", "geldbedrag"),
        ("What percentage of the flex homes has been built?", "percentage"),
    ],
)
def test_topics_and_amounts_the_minutes_lack_abstain(
    engine: Engine, question: str, reason_holds: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained, (question, [c.quote for c in answer.citations])
    assert answer.reason and reason_holds in answer.reason, answer.reason


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # A paraphrased topic word does not outweigh the specific words the minutes hold.
        (
            "Wat werd er gezegd over het uitlekken van cijfers voordat de ministerraad ze"
            " behandelt?",
            "het risico van het naar buiten komen van cijfers",
        ),
        # A demonym stands for its country and the minutes' abbreviation ("OEK").
        (
            "Wat is er gezegd over de bezettingsgraad van de opvang voor Oekraïners?",
            "bezettingsgraad voor de OEK opvang bijna 100% is",
        ),
        # An inflected English glossary term ("withdrawing": "withdraw" -> "intrekken").
        (
            "What did the minister say about withdrawing the Dispersal Act?",
            "de spreidingswet wil intrekken",
        ),
        # A percentage of the thing asked about.
        (
            "What percentage of the municipal reception for Ukrainians is occupied?",
            "bezettingsgraad voor de OEK opvang bijna 100% is",
        ),
    ],
)
def test_answerable_topics_are_answered(engine: Engine, question: str, quote: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    quotes = " ".join(normalize_for_match(c.quote) for c in answer.citations)
    assert normalize_for_match(quote) in quotes


def test_missing_share_weighs_rare_words_more(engine: Engine) -> None:
    rare = topic_terms(engine, "de dwangsom bij te late opvang", english=False)
    common = topic_terms(
        engine, "inburgering in relatie tot het afschaffen van de taakstelling", False
    )
    assert rare.missing == ("dwangsom",) and common.missing == ("relatie",)
    assert rare.missing_share > engine.settings.topic_missing_share > common.missing_share
    assert informativeness("dwangsom", english=False) > informativeness("opvang", english=False)
    # A multi-word glossary term counts once, found through its Dutch words.
    bill = topic_terms(engine, "the timetable of the dispersal act", english=True)
    assert bill.missing == () and "spreidingswet" in bill.terms


def test_money_needs_a_stated_amount() -> None:
    from lrt_search.answer.evidence import states_money, states_percentage

    for text in ["€ 30.000 per plek", "€30.000", "12 miljoen", "1,2 mld euro", "30.000 euro"]:
        assert states_money(text), text
    for text in ["een bedrag dat gemeenten ontvangen", "de 30.000 regeling", "geld"]:
        assert not states_money(text), text
    assert states_percentage("bijna 100% is") and states_percentage("50 procent")
    assert not states_percentage("het toewijzingspercentage")


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("What did the red cross say about emergency shelters?", "red cross"),
        ("Wat heeft de VNG over de taakstelling gezegd?", "VNG"),
        ("Wat zei MAenM in maart 2025 over de spreidingswet?", "MAenM"),
        ("How did the provinces judge the working of IBT?", "provinces"),
        ("What did the LRT say about flex homes?", ""),
        ("What was said about flex homes?", ""),
        ("Wat is er gezegd over flexwoningen?", ""),
    ],
)
def test_speaker_phrase(question: str, who: str) -> None:
    from lrt_search.answer.names import speaker_phrase

    assert speaker_phrase(question) == who


def test_a_lower_case_speaker_the_minutes_lack_abstains(engine: Engine) -> None:
    answer = engine.ask("What did the red cross say about emergency shelters?")
    assert answer.abstained and answer.reason and "red cross" in answer.reason
    # A description made of the minutes' words may stand for an organisation: not a reason.
    answer = engine.ask("Wat zei de gemeentekoepel over de hoogte van de taakstelling?")
    assert not (answer.reason or "").startswith("“gemeentekoepel”"), answer.reason


def test_a_paraphrased_topic_word_is_rescued_by_a_statement_that_stands_out(
    engine: Engine,
) -> None:
    from lrt_search.answer.topic_discussed import standout

    z = engine.settings.topic_standout_z
    paraphrase = "prijsstijgingen bij flexwoningen"  # "een prijsopdrijvend effect"
    # Without its Dutch synonyms ("prijsopdrijvend" is one), the word is missing.
    bare = engine.with_settings(engine.settings.replace(expand_synonyms=False))
    check = topic_terms(bare, paraphrase, english=False)
    assert check.missing == ("prijsstijgingen",)
    assert check.missing_share >= engine.settings.topic_missing_share
    assert standout(bare, paraphrase, check) >= z
    absent = "de dwangsom bij te late opvang"
    assert standout(engine, absent, topic_terms(engine, absent, english=False)) < z
    answer = engine.ask("Wat zei Aedes over prijsstijgingen bij flexwoningen?")
    assert not answer.abstained, answer.reason
    assert any("prijsopdrijvend effect" in c.quote for c in answer.citations)


def test_a_dutch_question_of_which_nothing_is_in_the_minutes_abstains(engine: Engine) -> None:
    answer = engine.ask("Krijgen politieagenten meer salaris?")
    assert answer.abstained and answer.reason and "politieagenten" in answer.reason
    # A word that starts a compound of the minutes is known ("bescherming").
    answer = engine.ask("Hoe lang blijft de bescherming van ontheemden gelden?")
    assert not (answer.reason or "").startswith("geen woord van de vraag"), answer.reason


def test_the_retry_without_the_speaker_really_drops_the_speaker(engine: Engine) -> None:
    # Defensie never speaks; the VNG asks whether Defensie wants to use Budel.
    answer = engine.ask("Does the Ministry of Defence want to use the Budel site?")
    assert any(note.startswith("retried: ") for note in answer.notes), answer.notes
    assert not answer.abstained, answer.reason
    assert any("Defensie de locatie Budel" in c.quote for c in answer.citations)


def test_shapes_and_forms_found_in_review() -> None:
    from lrt_search.answer.names import _word_matches
    from lrt_search.answer.shape import answers_shape

    # A share is not a count: "bijna 100%" does not answer "hoeveel ontheemden".
    text = "De gemeentelijke bezettingsgraad voor de OEK opvang is bijna 100%."
    assert not answers_shape(text, set(), set(), True, lambda w: w == "ontheemden")
    assert answers_shape(text, set(), set(), True, None)  # "hoe vol": any amount may answer
    assert answers_shape("Er zijn 1500 ontheemden.", set(), set(), True, lambda w: False)
    # A country's adjective stands for the country ("Oekraïense" for "Oekraïne").
    assert _word_matches("oekraiense", "oekraine")
    assert not _word_matches("opvang", "opstart")  # a shared "op" is not a form


def test_a_glossary_term_that_a_stopword_list_holds_still_counts(engine: Engine) -> None:
    # stopwordsiso's English list holds "bill"; as a glossary term it names the topic.
    check = topic_terms(engine, "the timetable for the bill", english=True)
    assert "wetsvoorstel" in check.terms
