"""eval/make_function_compounds.py keeps an invariable Hunspell entry made of stopwords only,
and leaves out an entry with affix flags, a word with another part, a capitalised word and a
noun found on review."""

from __future__ import annotations

from eval_scripts import load_eval_script


def test_only_invariable_compounds_of_stopwords_are_kept() -> None:
    script = load_eval_script("make_function_compounds")
    dic = [
        "8",
        "naartoe",  # naar + toe, no flags: kept
        "evenveel",  # even + veel: kept
        "huurwoning/Zb",  # flags (a plural): a noun
        "naarhuis",  # "huis" is no stopword
        "Daarvoor",  # capitalised: a name
        "uitweg",  # uit + weg, but a noun (REVIEWED_NOUNS)
        "daarvoor",
        "daarvoor/Zb",  # a second entry with flags: not invariable
    ]
    assert script.function_compounds(dic) == ["evenveel", "naartoe"]
