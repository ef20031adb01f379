"""The glossary maps an English noun to a Dutch noun (or a phrase), never to Dutch verb forms
only (eval/glossary_audit.py's check), and the general English nouns of questions reach the
minutes' words (issue 16, session 20, task F)."""

from __future__ import annotations

from eval_scripts import load_eval_script

from lrt_search.lexicon.glossary import Glossary, GlossaryEntry


def test_the_check_finds_a_noun_mapped_to_a_verb() -> None:
    noun_to_verbs = load_eval_script("glossary_audit").noun_to_verbs
    assert noun_to_verbs(GlossaryEntry(("organisation", "organisations"), ("organiseer",)))
    assert not noun_to_verbs(GlossaryEntry(("organisation",), ("organisatie",)))
    assert not noun_to_verbs(GlossaryEntry(("withdraw", "withdrawal"), ("intrekken",)))


def test_no_english_noun_maps_to_dutch_verb_forms_only() -> None:
    noun_to_verbs = load_eval_script("glossary_audit").noun_to_verbs
    wrong = [entry.en for entry in Glossary.default().entries if noun_to_verbs(entry)]
    assert wrong == []


def test_general_nouns_reach_the_minutes_words() -> None:
    glossary = Glossary.default()
    cases = {
        "How many refugees with a permit were housed?": "statushouders",
        "young adults with a residence permit": "statushouders",
        "Which organisations spoke?": "organisaties",
        "Which organization spoke?": "organisatie",
        "Which location was used?": "locatie",
    }
    for question, dutch in cases.items():
        assert dutch in glossary.expand(question), question
