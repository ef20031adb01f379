"""Rule count_other_noun (answer/shape.py): a statement that does not name what a "how many X"
question counts answers only with a number that counts no other noun. Inputs built by hand."""

from __future__ import annotations

from lrt_search.answer.shape import answers_shape, counts_other, others_only


def _families(word: str) -> bool:
    return word.lower() in {"gezinnen", "gezin"}


def test_a_number_before_a_noun_counts_it() -> None:
    text = "Ook verblijven momenteel circa 1500 mensen in voorportalen."
    assert counts_other(text, text.index("1500") + 4)
    text = "De inzet is om per week 500 extra plekken te realiseren."
    assert counts_other(text, text.index("500") + 3)  # an adjective between them is skipped


def test_a_number_before_a_function_word_or_a_stop_counts_nothing() -> None:
    for text, number in (
        ("De kale taakstelling van 10.000 is behaald.", "10.000"),
        ("De taakstelling voor 2025-II wordt op 13.000 gezet.", "13.000"),
        ("De taakstelling is vastgesteld op 13.500.", "13.500"),
    ):
        assert not counts_other(text, text.index(number) + len(number)), text


def test_another_nouns_number_is_no_count_of_what_is_asked() -> None:
    text = "Ook verblijven momenteel circa 1500 mensen in voorportalen."
    assert answers_shape(text, set(), set(), True, _families)  # without the rule: any number
    assert not answers_shape(text, set(), set(), True, _families, other_noun=True)


def test_a_bare_number_still_answers() -> None:
    text = "De taakstelling is vastgesteld op 13.500. Er wordt bezien of dat genoeg is."
    assert answers_shape(text, set(), set(), True, _families, other_noun=True)


def test_the_counted_noun_named_is_read_as_before() -> None:
    text = "Er verblijven 40 gezinnen en 1500 mensen in voorportalen."
    assert answers_shape(text, set(), set(), True, _families, other_noun=True)
    text = "Er verblijven 1500 mensen in voorportalen, ook gezinnen."
    assert not answers_shape(text, set(), set(), True, _families, other_noun=True)


def test_without_a_counted_noun_the_rule_does_not_apply() -> None:
    text = "Ook verblijven momenteel circa 1500 mensen in voorportalen."
    assert answers_shape(text, set(), set(), True, None, other_noun=True)


def test_others_only_reads_every_number_of_the_statement() -> None:
    assert others_only("Er verblijven 1500 mensen in voorportalen.", _families)
    assert not others_only("Er verblijven 1500 mensen, in totaal 1800.", _families)
    assert not others_only("Er is geen aantal genoemd.", _families)
