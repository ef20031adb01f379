"""Integrity checks for the retrieval evaluation question set ``eval/questions.jsonl``."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from lrt_search.lexicon.textnorm import normalize_for_match

ROOT = Path(__file__).resolve().parents[3]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
CORPUS = ROOT / "corpus"

KEYS = {"id", "question", "lang", "type", "split", "answerable", "gold"}
LANGS = {"nl", "en"}
SPLITS = {"dev", "test"}  # of eval/questions.jsonl; eval/generated.jsonl is "generated"
TYPES = {"fact", "org", "topic", "paraphrase", "scoped", "multi", "attendees", "unanswerable"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _load_questions() -> list[dict]:
    rows = []
    with QUESTIONS.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
                pytest.fail(f"line {lineno}: invalid JSON: {exc}")
    return rows


def _load_corpus() -> dict[str, str]:
    """Map meeting date (from the file name) to the normalised text of that file."""
    corpus = {}
    for path in sorted(CORPUS.glob("*.txt")):
        date = path.name[:10]
        assert DATE_RE.match(date), path.name
        corpus[date] = normalize_for_match(path.read_text(encoding="utf-8"))
    return corpus


@pytest.fixture(scope="module")
def questions() -> list[dict]:
    return _load_questions()


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    return _load_corpus()


def _gold_entries() -> list[tuple[str, int, dict]]:
    return [
        (q.get("id", "?"), i, g)
        for q in _load_questions()
        for i, g in enumerate(q.get("gold") or [])
    ]


def test_corpus_present(corpus):
    assert len(corpus) == 5


def test_schema(questions):
    ids = []
    for q in questions:
        assert set(q) == KEYS, f"{q.get('id')}: keys {sorted(q)}"
        assert isinstance(q["id"], str) and re.fullmatch(r"q\d{3,}", q["id"]), q["id"]
        assert isinstance(q["question"], str) and q["question"].strip(), q["id"]
        assert q["lang"] in LANGS, q["id"]
        assert q["type"] in TYPES, q["id"]
        assert q["split"] in SPLITS, q["id"]
        assert isinstance(q["answerable"], bool), q["id"]
        assert isinstance(q["gold"], list), q["id"]
        for g in q["gold"]:
            assert isinstance(g, dict) and set(g) == {"date", "quote"}, q["id"]
            assert isinstance(g["date"], str) and DATE_RE.match(g["date"]), q["id"]
            assert isinstance(g["quote"], str) and g["quote"].strip(), q["id"]
        ids.append(q["id"])
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"


def test_ids_in_order(questions):
    assert [q["id"] for q in questions] == [f"q{i:03d}" for i in range(1, len(questions) + 1)]


def test_size(questions):
    assert len(questions) >= 100


def test_language_balance(questions):
    counts = Counter(q["lang"] for q in questions)
    for lang in LANGS:
        share = counts[lang] / len(questions)
        assert 0.4 <= share <= 0.6, f"{lang}: {share:.2f}"


def test_unanswerable(questions):
    unans = [q for q in questions if q["type"] == "unanswerable" or not q["answerable"]]
    assert len(unans) >= 10
    for q in unans:
        assert q["type"] == "unanswerable", q["id"]
        assert q["answerable"] is False, q["id"]
        assert q["gold"] == [], q["id"]


def test_answerable_have_gold(questions):
    for q in questions:
        if q["answerable"]:
            assert len(q["gold"]) >= 1, q["id"]


def test_multi_spans_meetings(questions):
    multi = [q for q in questions if q["type"] == "multi"]
    assert multi
    for q in multi:
        assert len({g["date"] for g in q["gold"]}) >= 2, q["id"]


def test_splits_stratified(questions):
    assert {q["split"] for q in questions} == SPLITS
    for t in TYPES:
        splits = {q["split"] for q in questions if q["type"] == t}
        assert splits == SPLITS, f"type {t} present only in {splits}"


def test_gold_dates_are_meetings(questions, corpus):
    for q in questions:
        for g in q["gold"]:
            assert g["date"] in corpus, f"{q['id']}: no minutes for {g['date']}"


@pytest.mark.parametrize(
    ("qid", "idx", "gold"),
    _gold_entries(),
    ids=[f"{qid}-{idx}" for qid, idx, _ in _gold_entries()],
)
def test_gold_quote_unique_and_in_dated_file(qid, idx, gold, corpus):
    quote = normalize_for_match(gold["quote"])
    assert quote, qid
    total = sum(text.count(quote) for text in corpus.values())
    in_file = corpus.get(gold["date"], "").count(quote)
    assert in_file == 1, f"{qid}: quote occurs {in_file}x in {gold['date']}: {gold['quote']!r}"
    assert total == 1, f"{qid}: quote occurs {total}x in the corpus: {gold['quote']!r}"


def _content_terms(text: str, analyzer) -> set[str]:
    """Stems of the content words of ``text`` with the parts of its compounds (corpus-fitted
    analyzer), plus the folded words themselves, minus English stopwords."""
    from lrt_search.index.analysis import dutch_stopwords, english_stopwords, words

    stop = english_stopwords() | dutch_stopwords()
    kept = " ".join(w for w in words(text) if w not in stop)
    return set(analyzer.tokenize(kept)) | set(words(kept))


#: The paraphrases written for issue 21 (q168 on): held to the strict rule below. Older ones
#: were written to share no content word "in spirit" and some share a stem or a compound part.
FIRST_STRICT_PARAPHRASE = 168


def test_paraphrases_share_no_content_word_with_their_gold(questions: list[dict]) -> None:
    """A paraphrase question (from q168 on) uses none of the content words of its gold quote:
    no word, no stem and no compound part in common (stemmed and decompounded with the corpus
    vocabulary), so only a bridge between different words can find it."""
    from lrt_search.index.analysis import DutchAnalyzer

    analyzer = DutchAnalyzer().fit(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt"))
    shared = {}
    for q in questions:
        if q["type"] != "paraphrase" or int(q["id"][1:]) < FIRST_STRICT_PARAPHRASE:
            continue
        question = _content_terms(q["question"], analyzer)
        for gold in q["gold"]:
            common = question & _content_terms(gold["quote"], analyzer)
            if common:
                shared[q["id"]] = sorted(common)
    assert not shared, shared


def test_enough_paraphrases_in_both_splits_and_languages(questions: list[dict]) -> None:
    counts = Counter((q["split"], q["lang"]) for q in questions if q["type"] == "paraphrase")
    assert all(counts[(s, lang)] >= 15 for s in SPLITS for lang in LANGS), counts
