"""The verbs users write beside "say" make the organisation before them the speaker
(lexicon/data/speech.toml): "express", "point out", "stress", "call for", "object to",
"benadrukte", "heeft ... gewaarschuwd". A participle used as an adjective ("erkende
vluchtelingen") and "objectives" are no words of speech."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import is_speech_word_in


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What fear did the VNG express about the flow-through locations?", ("VNG",)),
        ("What reservation did the VNG point out about the arrangement?", ("VNG",)),
        ("What did the IPO stress about the provincial tables?", ("IPO",)),
        ("Did the VNG object to the closure of libraries?", ("VNG",)),
        ("Did the IPO have doubts about speeding up the procedures?", ("IPO",)),
        ("Why was Aedes worried about giving more homes to refugees?", ("Aedes",)),
        ("Welk nadeel noemde Aedes van een hoger toewijzingspercentage?", ("Aedes",)),
        ("Heeft het COA zich uitgesproken over de Spreidingswet?", ("COA",)),
        ("Wat benadrukte het IPO over de rollen?", ("IPO",)),
        ("Did the CdK talk about flooding?", ("CdK",)),
        ("Wat merkte de VNG op over de coördinatie?", ("VNG",)),
        ("What did the IPO comment on the letter?", ("IPO",)),
        ("Welke knelpunten signaleerde het COA?", ("COA",)),
    ],
)
def test_a_verb_of_speech_makes_the_organisation_the_speaker(
    question: str, speaker: tuple[str, ...]
) -> None:
    assert read_question(question, OrgTable.default()).speaker == speaker, question


@pytest.mark.parametrize(
    "question",
    [
        "Zijn er tussenvoorzieningen voor erkende vluchtelingen?",
        "What are the objectives of the plan?",
        "Is er sprake van een tekort aan woningen?",
    ],
)
def test_words_that_only_look_like_speech_are_not(question: str) -> None:
    assert not is_speech_word_in(question), question
