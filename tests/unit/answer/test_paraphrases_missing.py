"""When a topic's paraphrase words (everyday Dutch adjectives and verb forms the minutes lack)
count as missing: only beside a missing word that names something (no index needed)."""

from __future__ import annotations

from lrt_search.answer.topics import paraphrases_missing

_GESTEGEN = ("gestegen", ("gestegen",), frozenset[str]())


def _lacking(word: str) -> tuple[str, tuple[str, ...], frozenset[str]]:
    return (word, (word,), frozenset())


def test_beside_found_words_only_a_paraphrase_word_is_not_missing() -> None:
    # "Werd het rustiger in Ter Apel?": "Ter Apel" found, "rustiger" paraphrases "stabiel".
    assert paraphrases_missing([], [_lacking("rustiger")], english=False, least=2.0) == []


def test_beside_a_missing_noun_a_paraphrase_word_is_missing_too() -> None:
    # "Is de criminaliteit rond azc's gestegen?": no statement holds "criminaliteit".
    lacking = [_lacking("criminaliteit")]
    assert paraphrases_missing(lacking, [_GESTEGEN], english=False, least=2.0) == [_GESTEGEN]


def test_a_missing_general_word_does_not_count() -> None:
    # "Wat vonden de leden ervan dat de stukken zo laat binnenkwamen?": "ervan" is general.
    paraphrase = _lacking("binnenkwamen")
    assert paraphrases_missing([_lacking("ervan")], [paraphrase], False, least=2.0) == []
    assert paraphrases_missing([_lacking("ervan")], [paraphrase], False, least=1.0) == [paraphrase]
