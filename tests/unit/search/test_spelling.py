"""The closest word of a vocabulary: edit limits, transpositions, frequency as tie-break."""

from __future__ import annotations

from collections import Counter

from lrt_search.search.spelling import closest_word


def _vocab(**counts: int) -> dict[int, Counter[str]]:
    out: dict[int, Counter[str]] = {}
    for word, n in counts.items():
        out.setdefault(len(word), Counter())[word] = n
    return out


def test_one_missing_letter_and_a_transposition() -> None:
    words = _vocab(spreidingswet=3, huisvesting=9, opvang=5)
    assert closest_word("spreidinswet", words, 2) == "spreidingswet"
    assert closest_word("huisvestnig", words, 2) == "huisvesting"  # one swap = one edit
    assert closest_word("Opvnag", words, 2) == "opvang"


def test_limits() -> None:
    words = _vocab(opvang=5, coa=3)
    assert closest_word("opvang", words, 2) is None  # known as written
    assert closest_word("opzang", words, 2) == "opvang"
    assert closest_word("ovzanq", words, 2) is None  # three edits
    assert closest_word("cao", _vocab(coa=3), 2) == "coa"
    assert closest_word("abcd", _vocab(abxy=1), 2) is None  # short words: one edit at most


def test_more_frequent_word_wins_a_tie() -> None:
    words = _vocab(gemeente=2, gemeenten=40)
    assert closest_word("gemeenteb", words, 2) == "gemeenten"
