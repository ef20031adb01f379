"""Rule ``analyzer_splits_checked`` (issue 16 session 28 task C): the analyzer's compound
split (``DutchAnalyzer.split_compound``, the BM25 index's and the queries' terms) takes only
real cuts (lexicon/compound_cuts.py). Every row of tests/data/analyzer_splits.toml (written by
eval/make_analyzer_splits.py) is read by an analyzer built from the row's own corpus words and
stems: no index, no corpus."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lrt_search.index.analysis import DutchAnalyzer

_TABLE = Path(__file__).resolve().parents[2] / "data" / "analyzer_splits.toml"

#: Rows the rule reads otherwise than their label, each with why (word -> why).
KNOWN_MISSES: dict[str, str] = {
    # Real cuts the rule leaves whole: their head has no noun reading (the rule cuts compound
    # nouns; a compound adjective or adverb keeps one term, "jarenlang").
    "jarenlang": "head 'lang' an adjective",
    "wekenlang": "head 'lang' an adjective",
    "maandenlang": "head 'lang' an adjective",
    "tijdlang": "head 'lang' an adjective",
    "levensgrote": "head 'grote' an adjective",
    "toonaangevend": "head 'aangevend' a verb form (and below Zipf 2.5)",
    "toonaangevende": "head 'aangevende' a verb form (and below Zipf 2.5)",
    "nauwlettend": "head 'lettend' a verb form (and below Zipf 2.5)",
    "maatregelen": "head 'regelen' read as the verb, not the plural of 'regel'",
    # Wrong cuts the rule still takes: both sides are words of general Dutch.
    "lichtenvoorde": "a place name: 'lichten' + 'voorde'",
    "waarvandaan": "'daan' a given name general Dutch counts as a word",
    "verkleed": "ver + kleed: 'verk' + 'en' is 'verken', read as a verb's stem",
    "bestreden": "be + streden (bestrijden): 'best' + 'reden' are words",
    "lastiggevallen": "a separable verb's participle whose head 'gevallen' is a noun too",
}


def _rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


def _analyzer(row: dict, **options: bool) -> DutchAnalyzer:
    analyzer = DutchAnalyzer(vocabulary=set(row["minutes"]), **options)
    analyzer._stems = {analyzer._stem(w) for w in row["minutes"]} | set(row["stems"])
    return analyzer


def test_table_reproduces_the_split_at_main() -> None:
    """The rows' words and stems give the analyzer at main the split the table records."""
    for row in _rows():
        if row["main"]:
            assert _analyzer(row).split_compound(row["word"]) == tuple(row["parts"]), row


def test_every_row() -> None:
    """A real split is taken, a wrong one is not; only the rows of ``KNOWN_MISSES`` differ."""
    wrong = []
    for row in _rows():
        split = _analyzer(row, split_checked=True).split_compound(row["word"])
        if (split == tuple(row["parts"])) != row["real"] and row["word"] not in KNOWN_MISSES:
            wrong.append("|".join(row["parts"]))
    assert not wrong, f"{len(wrong)} of {len(_rows())} rows read wrong: {wrong}"


def _fitted(text: str, **options: bool) -> DutchAnalyzer:
    return DutchAnalyzer(**options).fit([text])


def test_pieces_of_words_are_no_parts() -> None:
    """By hand: "jongeren" is no "jong" + "eren", "belangrijk" no "belang" + "rijk"; real
    compounds are cut as before, a modifier with its link too."""
    text = "De Jonge zal hen eren om het belang van het rijk; opvang, locaties, huisvesting, beleid"
    off, on = _fitted(text), _fitted(text, split_checked=True)
    for word in ("jongeren", "belangrijk"):
        assert off.split_compound(word)
        assert on.split_compound(word) == ()
    assert on.split_compound("opvanglocaties") == off.split_compound("opvanglocaties")
    assert on.split_compound("opvanglocaties") == ("opvang", "locaties")
    # a modifier kept with its link (known by its stem, "huisvest") is read with the link
    assert on.split_compound("huisvestingsbeleid") == ("huisvestings", "beleid")


def test_tokens_follow_the_rule() -> None:
    """The index terms and the query terms lose the nonsense parts alike."""
    text = "De Jonge zal hen eren; jongeren."
    off, on = _fitted(text), _fitted(text, split_checked=True)
    assert set(off.tokenize("jongeren")) > set(on.tokenize("jongeren"))
    assert on.tokenize("jongeren") == on.tokenize_query("jongeren") == [on._stem("jongeren")]


def test_the_rule_is_part_of_the_analyzers_identity() -> None:
    """The manifest's analyzer options name the rule; an index stored without it cut any."""
    on = DutchAnalyzer(split_checked=True)
    assert on.describe()["split_checked"] is True
    again = DutchAnalyzer.from_dict({**on.describe(), "vocabulary": []})
    assert again.split_checked is True
    old = {k: v for k, v in on.describe().items() if k != "split_checked"}
    assert DutchAnalyzer.from_dict({**old, "vocabulary": []}).split_checked is False


def test_switching_the_rule_clears_the_cut_cache() -> None:
    off = _fitted("De Jonge zal hen eren.")
    assert off.split_compound("jongeren")
    assert off.with_options(split_checked=True).split_compound("jongeren") == ()
