"""The Dutch BM25 analyzer and the BM25 index: tokens, numbers, stopwords, stems, compounds,
spelling variants, and equality with rank-bm25."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from lrt_search.index.analysis import DutchAnalyzer, english_stopwords, is_english, words
from lrt_search.index.backends.bm25 import FILES as BM25_FILES
from lrt_search.index.backends.bm25 import BM25Index
from lrt_search.ingest.corpus import load_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    """The chunk texts of the corpus (read only, no index)."""
    return [c.text for m in load_corpus(CORPUS) for c in m.chunks]


@pytest.fixture(scope="module")
def fitted(corpus_texts: list[str]) -> DutchAnalyzer:
    return DutchAnalyzer().fit(corpus_texts)


#: Unrelated documents added to every toy collection: with only two documents, Okapi's idf of
#: a term in one of them is log(1.5 / 1.5) = 0 and nothing could score.
FILLER = [
    "De staatssecretaris licht de stand van zaken toe.",
    "Het Veiligheidsberaad vraagt om duidelijkheid over de planning.",
    "Afspraak: het verslag wordt vastgesteld.",
]


def bm25_scores(analyzer: DutchAnalyzer, docs: list[str], query: str) -> np.ndarray:
    """Scores of ``docs`` (plus :data:`FILLER`) for ``query`` through the analyzer, as the
    engine computes them; only the scores of ``docs`` are returned."""
    index = BM25Index.build([analyzer.tokenize(d) for d in [*docs, *FILLER]])
    return index.scores(analyzer.tokenize_query(query, index.terms))[: len(docs)]


# ------------------------------------------------------------------------------- tokens


@pytest.mark.parametrize("number", ["13.000", "13000", "13,000"])
def test_thousands_separators_give_one_token(number: str) -> None:
    analyzer = DutchAnalyzer()
    assert analyzer.tokenize(f"{number} statushouders") == ["13000", "statushouder"]
    assert words(number) == ["13000"]


def test_larger_numbers_and_number_at_sentence_end() -> None:
    analyzer = DutchAnalyzer()
    assert analyzer.tokenize("1.500.000") == analyzer.tokenize("1500000") == ["1500000"]
    assert analyzer.tokenize("Er zijn 13.000.") == analyzer.tokenize("Er zijn 13000") == ["13000"]


def test_half_year_is_one_token_and_years_differ() -> None:
    analyzer = DutchAnalyzer()
    assert analyzer.tokenize("taakstelling 2025-II")[1:] == ["2025-ii"]
    assert analyzer.tokenize("2023-II") == ["2023-ii"]
    assert analyzer.tokenize("2025-I") == ["2025-i"]
    docs = ["De taakstelling voor 2025-II is hoog.", "De taakstelling voor 2023-II was laag."]
    scores = bm25_scores(analyzer, docs, "2023-II")
    assert scores[1] > 0
    assert scores[0] == 0  # "2023-II" does not match "2025-II"
    assert bm25_scores(analyzer, docs, "2025-II")[0] > 0


def test_lower_case_and_accent_folding() -> None:
    analyzer = DutchAnalyzer()
    assert analyzer.tokenize("coördinatiecentrum") == analyzer.tokenize("coordinatiecentrum")
    assert analyzer.tokenize("COÖRDINATIECENTRUM") == analyzer.tokenize("coordinatiecentrum")
    assert analyzer.tokenize("Financiële") == analyzer.tokenize("financiele")
    assert all(t == t.lower() and t.isascii() for t in analyzer.tokenize("Überhaupt Één ÇA"))


def test_dutch_stopwords_removed_from_documents_but_not_english_words() -> None:
    analyzer = DutchAnalyzer()
    tokens = analyzer.tokenize("De VNG en het IPO hebben de brief over the housing gelezen")
    for stopword in ("de", "en", "het", "over", "hebben"):
        assert stopword not in tokens
    assert "the" in tokens  # English words in Dutch documents are content, not stopwords
    assert "vng" in tokens and "ipo" in tokens
    # With stopword removal off, Dutch stopwords stay.
    assert "de" in DutchAnalyzer(remove_stopwords=False).tokenize("de brief")


def test_english_query_drops_english_stopwords() -> None:
    analyzer = DutchAnalyzer()
    query = "what did the provinces say about the housing of status holders"
    assert is_english(query)
    tokens = analyzer.tokenize_query(query)
    assert "the" not in tokens and "what" not in tokens and "about" not in tokens
    assert not set(tokens) & english_stopwords()
    assert tokens  # content words remain
    # The same words in a document are kept.
    assert "the" in analyzer.tokenize(query)


def test_dutch_query_keeps_english_looking_words_and_drops_dutch_stopwords() -> None:
    analyzer = DutchAnalyzer()
    query = "wat zei het IPO over de opvang"
    assert not is_english(query)
    assert analyzer.tokenize_query(query) == ["ipo", "opvang"]


def test_stemming_singular_and_plural() -> None:
    analyzer = DutchAnalyzer()
    assert analyzer.tokenize("statushouders") == analyzer.tokenize("statushouder")
    assert analyzer.tokenize("woningen") == analyzer.tokenize("woning")
    assert DutchAnalyzer(stem=False).tokenize("statushouders") == ["statushouders"]


# ---------------------------------------------------------------------------- compounds


def test_compound_parts_from_corpus_vocabulary(fitted: DutchAnalyzer) -> None:
    opvang = fitted.tokenize("opvang")
    assert len(opvang) == 1
    tokens = fitted.tokenize("opvanglocatie")
    assert opvang[0] in tokens
    assert len(tokens) > 1  # the whole word plus its parts
    assert fitted.split_compound("opvanglocaties")[0] == "opvang"
    # Without decompounding the compound is a single token.
    plain = DutchAnalyzer(decompound=False).fit(["opvang locaties opvanglocaties"])
    assert plain.tokenize("opvanglocatie") == [plain._stem("opvanglocatie")]


def test_compound_part_query_scores_compound_document(fitted: DutchAnalyzer) -> None:
    docs = ["Er komen drie nieuwe opvanglocaties in Gelderland.", "De woningbouw loopt achter."]
    scores = bm25_scores(fitted, docs, "opvang")
    assert scores[0] > 0
    assert scores[1] == 0
    no_split = DutchAnalyzer(decompound=False)
    no_split.fit([*docs, "opvang"])
    assert bm25_scores(no_split, docs, "opvang")[0] == 0


def test_non_compounds_are_not_split(fitted: DutchAnalyzer) -> None:
    assert fitted.split_compound("opvang") == ()
    assert fitted.split_compound("ipo") == ()


# ----------------------------------------------------------------------- spelling variants


def test_spelling_variant_matches(corpus_texts: list[str]) -> None:
    docs = ["De indeplaatstellingen lopen vertraging op.", "Gemeenten bouwen woningen."]
    with_variants = DutchAnalyzer(decompound=False).fit(corpus_texts)
    scores = bm25_scores(with_variants, docs, "indeplaatsstelling")
    assert scores[0] > 0
    assert scores[1] == 0
    without = DutchAnalyzer(decompound=False, spelling_variants=False).fit(corpus_texts)
    assert bm25_scores(without, docs, "indeplaatsstelling")[0] == 0


def test_spelling_variant_with_default_options(fitted: DutchAnalyzer) -> None:
    docs = ["De indeplaatstellingen lopen vertraging op.", "Gemeenten bouwen woningen."]
    assert bm25_scores(fitted, docs, "indeplaatsstelling")[0] > 0


def test_variants_need_an_index_vocabulary() -> None:
    analyzer = DutchAnalyzer()
    assert analyzer.tokenize_query("indeplaatsstelling") == analyzer.tokenize("indeplaatsstelling")


# ------------------------------------------------------------------------ persistence


def test_analyzer_round_trip(fitted: DutchAnalyzer) -> None:
    restored = DutchAnalyzer.from_dict(fitted.to_dict())
    text = "De opvanglocaties en de indeplaatsstelling van 13.000 statushouders in 2025-II"
    assert restored.tokenize(text) == fitted.tokenize(text)
    assert restored.describe() == fitted.describe()


# ------------------------------------------------------------------------------- BM25


TOY = [
    ["opvang", "gemeent", "woning", "opvang"],
    ["woning", "bouw", "corporatie"],
    ["statushouder", "woning", "huisvest", "huisvest", "gemeent"],
    ["ipo", "provincie", "opvang"],
    ["vng", "gemeent", "taakstelling", "woning", "bouw", "bouw"],
    ["coa", "locatie"],
]
QUERIES = [
    ["opvang"],
    ["woning"],  # in most documents: rank-bm25's idf floor applies
    ["gemeent", "bouw"],
    ["huisvest", "statushouder", "statushouder"],
    ["onbekend"],
    ["coa", "opvang", "woning", "ipo"],
]


@pytest.mark.parametrize(("k1", "b"), [(1.2, 0.75), (1.5, 0.3), (0.9, 1.0)])
def test_bm25_equals_rank_bm25(k1: float, b: float) -> None:
    index = BM25Index.build(TOY, k1=k1, b=b)
    reference = BM25Okapi(TOY, k1=k1, b=b)
    for query in QUERIES:
        expected = reference.get_scores(query)
        got = index.scores(query)
        assert got.shape == (len(TOY),)
        assert np.allclose(got, expected, rtol=1e-5, atol=1e-6), query
    assert index.n_docs == len(TOY)


def test_bm25_save_load_round_trip(tmp_path: Path) -> None:
    index = BM25Index.build(TOY)
    index.save(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == set(BM25_FILES)
    loaded = BM25Index.load(tmp_path)
    assert loaded.terms == index.terms
    for query in QUERIES:
        assert np.allclose(loaded.scores(query), index.scores(query))
    for name in BM25_FILES:
        if name.endswith(".npy"):
            np.load(tmp_path / name, allow_pickle=False)  # no pickled objects inside


def test_bm25_empty_document_and_empty_corpus() -> None:
    docs = [["opvang"], [], ["woning", "opvang"]]
    scores = BM25Index.build(docs).scores(["opvang"])
    assert scores[1] == 0 and scores[0] > 0 and scores[2] > 0
    assert BM25Index.build([]).scores(["opvang"]).shape == (0,)
