"""The shipped word frequencies agree with the wordfreq package they were made from (wordfreq
comes with the [eval] extra; eval/make_wordfreq_data.py regenerates the data)."""

from __future__ import annotations

from pathlib import Path

from wordfreq import zipf_frequency

from lrt_search.answer.informativeness import informativeness, zipf
from lrt_search.index.analysis import words

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def test_zipf_matches_wordfreq_on_corpus_words_and_numbers() -> None:
    text = (CORPUS / "2023-11-03-lrt.txt").read_text(encoding="utf-8")
    sample = [*sorted(set(words(text)))[::3], "2023", "12u", "30000", "covid-19", "qwxzv"]
    for lang in ("nl", "en"):
        wrong = [w for w in sample if zipf(w, lang) != zipf_frequency(w, lang)]
        assert not wrong, wrong[:10]


def test_informativeness_orders_common_below_rare() -> None:
    assert informativeness("late", False) < informativeness("dwangsom", False)
    assert informativeness("qwxzv", False) == 7.0
