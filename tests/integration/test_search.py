"""Search over the session index: relevance, modes, filters before the top-k cut, errors."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from lrt_search.errors import QueryError
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.search.bridges import bridged_words
from lrt_search.search.query import glossary_terms
from lrt_search.service import Engine

MODES = ("hybrid", "bm25", "dense")


def allowed_ids(engine: Engine, code: str) -> set[str]:
    """Chunk ids where ``code`` (or an organisation under it) speaks."""
    codes = engine.orgs.expand(code)
    return {c.chunk_id for c in engine.chunks if codes.intersection(c.speakers)}


# ---------------------------------------------------------------------------- relevance


def test_english_question_finds_ipo_on_indeplaatsstelling(engine: Engine) -> None:
    hits = engine.search("what did IPO say about indeplaatsstelling", k=5)
    assert any(h.meeting_date == dt.date(2023, 11, 3) and "IPO herkent" in h.text for h in hits), [
        h.citation for h in hits
    ]


def test_half_year_query_finds_its_meeting(engine: Engine) -> None:
    hits = engine.search("taakstelling 2022-II", k=5)
    assert hits[0].meeting_date == dt.date(2022, 7, 8)
    assert "2022-II" in hits[0].text


def test_dutch_query_finds_the_right_meeting(engine: Engine) -> None:
    hits = engine.search("IPO twijfelt over de haalbaarheid van versnelling", k=3)
    assert hits[0].meeting_date == dt.date(2023, 11, 3)
    assert "IPO herkent" in hits[0].text


def test_english_query_uses_the_glossary(engine: Engine) -> None:
    # "housing target" is not in the Dutch minutes; the glossary adds "taakstelling".
    query = "what is the housing target for status holders"
    hits = engine.search(query, k=5, mode="bm25")
    assert hits[0].score > 0
    assert "taakstelling" in hits[0].text.lower()
    plain = engine.with_settings(engine.settings.replace(expand_glossary=False))
    assert plain.search(query, k=1, mode="bm25") == []  # no match, no zero-score padding


# -------------------------------------------------------------------------------- modes


@pytest.mark.parametrize("mode", MODES)
def test_modes_return_k_hits_with_fields(engine: Engine, mode: str) -> None:
    hits = engine.search("opvang van asielzoekers", k=7, mode=mode)
    assert len(hits) == 7
    assert [h.rank for h in hits] == list(range(1, 8))
    assert len({h.chunk_id for h in hits}) == 7
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    for h in hits:
        assert h.text.strip()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-lrt#[\w.-]+", h.chunk_id)
        assert isinstance(h.meeting_date, dt.date)
        assert h.item
        assert h.citation.startswith(f"LRT {h.meeting_date.isoformat()} · {h.item} · line")
        data = h.to_dict()
        for key in ("text", "chunk_id", "meeting_date", "item", "citation", "score"):
            assert key in data
    if mode == "bm25":
        assert all(h.dense_rank is None for h in hits)
        assert hits[0].bm25_rank == 1
    if mode == "dense":
        assert all(h.bm25_rank is None and h.dense_rank is not None for h in hits)
        assert all(-1.0 <= h.score <= 1.0 for h in hits)


def test_settings_mode_is_used(engine: Engine) -> None:
    bm25_engine = engine.with_settings(engine.settings.replace(mode="bm25"))
    hits = bm25_engine.search("opvang", k=5)
    assert all(h.dense_rank is None for h in hits)
    assert [h.chunk_id for h in hits] == [
        h.chunk_id for h in engine.search("opvang", k=5, mode="bm25")
    ]
    dense_engine = engine.with_settings(engine.settings.replace(mode="dense"))
    assert all(h.bm25_rank is None for h in dense_engine.search("opvang", k=5))


def test_convex_fusion(engine: Engine) -> None:
    convex = engine.with_settings(engine.settings.replace(fusion="convex", convex_alpha=0.5))
    hits = convex.search("what did IPO say about indeplaatsstelling", k=5)
    assert len(hits) == 5
    # The convex score in [0, 1], plus 1 for a lexical match and 1 for all words as written.
    assert all(0.0 <= h.score <= 3.0 + 1e-9 for h in hits)
    assert all((h.score >= 1.0) == (h.bm25_rank is not None) for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert any("IPO herkent" in h.text for h in hits)
    # alpha = 0 is pure BM25, alpha = 1 pure dense.
    only_bm25 = engine.with_settings(engine.settings.replace(fusion="convex", convex_alpha=0.0))
    assert (
        only_bm25.search("opvang", k=1)[0].chunk_id
        == engine.search("opvang", k=1, mode="bm25")[0].chunk_id
    )
    only_dense = engine.with_settings(engine.settings.replace(fusion="convex", convex_alpha=1.0))
    assert (
        only_dense.search("opvang", k=1)[0].chunk_id
        == engine.search("opvang", k=1, mode="dense")[0].chunk_id
    )


def test_rrf_fusion(engine: Engine) -> None:
    rrf = engine.with_settings(engine.settings.replace(fusion="rrf", rrf_k=60))
    hits = rrf.search("what did IPO say about indeplaatsstelling", k=5)
    assert len(hits) == 5
    s = rrf.settings
    assert all(0 < h.score % 1.0 <= (s.bm25_weight + s.dense_weight) / 61 + 1e-12 for h in hits)
    assert any("IPO herkent" in h.text for h in hits)
    # A chunk first in both rankings gets the maximum RRF score.
    top = hits[0]
    if top.bm25_rank == 1 and top.dense_rank == 1:
        assert top.score % 1.0 == pytest.approx((s.bm25_weight + s.dense_weight) / 61)


def test_deterministic(engine: Engine) -> None:
    for mode in MODES:
        first = [h.chunk_id for h in engine.search("uitstroom statushouders", k=10, mode=mode)]
        second = [h.chunk_id for h in engine.search("uitstroom statushouders", k=10, mode=mode)]
        assert first == second


def test_k_larger_than_the_corpus(engine: Engine) -> None:
    hits = engine.search("opvang", k=1000)
    # Every chunk but those that would only pad: headers and empty items without the word.
    padding = {
        c.chunk_id
        for c in engine.chunks
        if (c.kind == "header" or not c.statements) and "opvang" not in c.text.lower()
    }
    assert padding
    assert {h.chunk_id for h in hits} == {c.chunk_id for c in engine.chunks} - padding
    assert len(hits) == len({h.chunk_id for h in hits})


# ------------------------------------------------------------------------------ filters


def reachable(engine: Engine, ids: set[str], query: str, mode: str) -> set[str]:
    """The chunks of ``ids`` a search may return: dense mode any; bm25 mode the lexical
    matches; hybrid the matches and the agenda items with statements (no padding by headers
    or empty items)."""
    known = engine.bm25.terms
    terms = engine.analyzer.tokenize_query(query, known)
    for phrase in glossary_terms(query, engine.glossary, synonyms=engine.synonyms):
        terms += engine.analyzer.tokenize_query(phrase, known)  # glossary and synonyms
    terms += [t for w in bridged_words(engine, query) for t in engine.analyzer.tokenize(w)[:1]]
    scores = engine.bm25.scores(terms)
    matched = {c.chunk_id for c, v in zip(engine.chunks, scores, strict=True) if v > 0}
    items = {c.chunk_id for c in engine.chunks if c.kind == "item" and c.statements}
    if mode == "dense":
        return set(ids)
    return ids & (matched if mode == "bm25" else matched | items)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("k", [3, 10, 50])
def test_org_filter_before_top_k(engine: Engine, mode: str, k: int) -> None:
    wanted = allowed_ids(engine, "CdK")
    assert 3 < len(wanted) < len(engine.chunks)
    hits = engine.search("woningbouw en huisvesting van statushouders", k=k, org="cdk", mode=mode)
    can = reachable(engine, wanted, "woningbouw en huisvesting van statushouders", mode)
    assert len(hits) == min(k, len(can))
    for h in hits:
        assert "CdK" in h.chunk.speakers
    if k >= len(can):
        assert {h.chunk_id for h in hits} == can


def test_org_filter_when_query_matches_no_keyword(engine: Engine) -> None:
    # No chunk contains the words, but the filter still yields every CdK chunk (up to k).
    wanted = allowed_ids(engine, "CdK")
    for mode in MODES:
        hits = engine.search("xyzzy quux", k=50, org="CdK", mode=mode)
        assert {h.chunk_id for h in hits} == reachable(engine, wanted, "xyzzy quux", mode)
        assert all("CdK" in h.chunk.speakers for h in hits)


@pytest.mark.parametrize(
    "alias", ["CDK's", "Rijksheren", "cdk", "CdK", "Commissarissen van de Koning"]
)
def test_org_aliases_resolve_the_same(engine: Engine, alias: str) -> None:
    assert engine.orgs.resolve(alias) == "CdK"
    expected = [h.chunk_id for h in engine.search("opvang", k=50, org="CdK")]
    assert [h.chunk_id for h in engine.search("opvang", k=50, org=alias)] == expected


def test_parent_org_includes_children(engine: Engine) -> None:
    hits = engine.search("woningen", k=100, org="BZK", mode="bm25")
    ids = {h.chunk_id for h in hits}
    assert ids == reachable(engine, allowed_ids(engine, "BZK"), "woningen", "bm25")
    mbzk_only = {
        c.chunk_id for c in engine.chunks if "MBZK" in c.speakers and "BZK" not in c.speakers
    }
    assert mbzk_only, "the corpus has chunks where only MBZK speaks"
    assert reachable(engine, mbzk_only, "woningen", "bm25") <= ids
    # The child alone does not include the parent.
    child = {h.chunk_id for h in engine.search("woningen", k=100, org="MBZK", mode="bm25")}
    assert all("MBZK" in c.speakers for c in engine.chunks if c.chunk_id in child)
    assert child < ids


def test_several_orgs(engine: Engine) -> None:
    hits = engine.search("opvang", k=100, org=["IPO", "VNG"])
    both = allowed_ids(engine, "IPO") | allowed_ids(engine, "VNG")
    assert {h.chunk_id for h in hits} == reachable(engine, both, "opvang", "hybrid")


@pytest.mark.parametrize(
    ("since", "until"),
    [
        (dt.date(2023, 11, 3), dt.date(2023, 11, 10)),
        ("2023-11-03", "2023-11-10"),
        ("3 november 2023", "10-11-2023"),
        (dt.datetime(2023, 11, 3, 12, 0), "2023-11-10"),
    ],
)
def test_date_filters_inclusive(engine: Engine, since: object, until: object) -> None:
    for mode in MODES:
        hits = engine.search("opvang", k=100, since=since, until=until, mode=mode)
        dates = {h.meeting_date for h in hits}
        assert dates == {dt.date(2023, 11, 3), dt.date(2023, 11, 10)}, mode
        in_dates = {c.chunk_id for c in engine.chunks if c.meeting_date in dates}
        assert {h.chunk_id for h in hits} == reachable(engine, in_dates, "opvang", mode)


def test_since_only_and_until_only(engine: Engine) -> None:
    assert {h.meeting_date for h in engine.search("opvang", k=100, since="2023-11-10")} == {
        dt.date(2023, 11, 10),
        dt.date(2025, 3, 19),
    }
    assert {h.meeting_date for h in engine.search("opvang", k=100, until="2023-04-06")} == {
        dt.date(2022, 7, 8),
        dt.date(2023, 4, 6),
    }


def test_meeting_filter(engine: Engine) -> None:
    for meeting in ("2023-04-06", dt.date(2023, 4, 6)):
        hits = engine.search("taakstelling", k=100, meeting=meeting)
        assert hits
        assert {h.meeting_date for h in hits} == {dt.date(2023, 4, 6)}
    assert engine.search("taakstelling", k=5, meeting="2024-01-01") == []


def test_filters_combine(engine: Engine) -> None:
    hits = engine.search(
        "indeplaatsstelling", k=50, org="IPO", since="2023-11-01", until="2023-11-30"
    )
    assert hits
    for h in hits:
        assert "IPO" in h.chunk.speakers
        assert dt.date(2023, 11, 1) <= h.meeting_date <= dt.date(2023, 11, 30)


# ------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": ""}, "empty"),
        ({"query": "   \n"}, "empty"),
        ({"query": "opvang", "mode": "foo"}, "mode"),
        ({"query": "opvang", "k": 0}, "-k"),
        ({"query": "opvang", "k": -3}, "-k"),
        ({"query": "opvang", "org": "nobody"}, "nobody"),
        ({"query": "opvang", "org": ["IPO", "nobody"]}, "nobody"),
        ({"query": "opvang", "since": "notadate"}, "since"),
        ({"query": "opvang", "until": "2023-13-45"}, "until"),
        ({"query": "opvang", "meeting": "gisteren"}, "meeting"),
        ({"query": "opvang", "since": "2024-01-01", "until": "2023-01-01"}, "after"),
        ({"query": "opvang", "since": dt.date(2024, 1, 1), "until": dt.date(2023, 1, 1)}, "after"),
    ],
)
def test_query_errors(engine: Engine, kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message) as info:
        engine.search(**kwargs)
    assert "\n" not in str(info.value)


def test_ask_errors(engine: Engine) -> None:
    with pytest.raises(QueryError):
        engine.ask("  ")
    with pytest.raises(QueryError):
        engine.ask("wat zei het IPO?", org="nobody")


# ------------------------------------------------------------------------------ answers


def test_ask_quotes_verbatim_with_citations(engine: Engine, built) -> None:
    answer = engine.ask("what did IPO say about indeplaatsstelling")
    assert not answer.abstained
    assert answer.filters["org"] == ["IPO"]
    assert answer.citations
    assert any("IPO herkent" in c.quote for c in answer.citations)
    for c in answer.citations:
        assert c.speaker and "IPO" in c.speaker
        chunk = next(ch for ch in engine.chunks if ch.chunk_id == c.chunk_id)
        assert c.meeting_date == chunk.meeting_date
        assert normalize_for_match(c.quote) in normalize_for_match(chunk.text)
        # The cited lines of the source file hold the quote.
        source = Path(built.corpus, chunk.source).read_text(encoding="utf-8").split("\n")
        cited = " ".join(source[c.span.line_start - 1 : c.span.line_end])
        assert normalize_for_match(c.quote) in normalize_for_match(cited.replace("- ", " "))
        assert c.citation == (f"LRT {c.meeting_date.isoformat()} · {c.item} · {c.span.describe()}")


def test_ask_explicit_filters_override(engine: Engine) -> None:
    answer = engine.ask(
        "wat is er gezegd over de taakstelling?", org="VNG", since="2023-01-01", until="2023-12-31"
    )
    assert answer.filters["org"] == ["VNG"]
    assert answer.filters["since"] == "2023-01-01"
    assert answer.filters["until"] == "2023-12-31"
    for c in answer.citations:
        assert dt.date(2023, 1, 1) <= c.meeting_date <= dt.date(2023, 12, 31)


# ------------------------------------------------------------------------ with_settings


def test_with_settings_does_not_change_the_original_engine(built) -> None:
    """Bug check: ``with_settings(spelling_variants=False)`` must not switch spelling variants
    off in the engine it was derived from (they share the analyzer object)."""
    original = Engine.load(
        corpus=built.corpus, index=built.index, settings=built.settings, build=False
    )
    assert original.analyzer.spelling_variants is True
    variant = original.with_settings(original.settings.replace(spelling_variants=False))
    assert variant.analyzer.spelling_variants is False
    assert original.analyzer.spelling_variants is True
    assert original.settings.spelling_variants is True


def test_sentence_evidence_rescores_the_pool_as_the_whole_index_would(built) -> None:
    """Dense = (1 - w) * cos(chunk) + w * max cos(statement), computed for the chunk-level
    candidates only; with a pool at least the corpus size it equals the full computation,
    and a small pool rescores exactly its own candidates."""
    import numpy as np

    engine = built.engine
    w = engine.settings.sentence_weight
    offsets = engine.statement_offsets
    chunks = np.asarray(engine.vectors.vectors())
    statements = np.asarray(engine.statement_vectors)
    for query in ("kritiek", "what did IPO say about indeplaatsstelling", "budget"):
        qv = engine.query_vector(query)
        own = chunks @ qv
        best = own.copy()
        for i in range(len(own)):
            if offsets[i + 1] > offsets[i]:
                best[i] = (statements[offsets[i] : offsets[i + 1]] @ qv).max()
        full = (1 - w) * own + w * best
        expected = list(np.lexsort((np.arange(len(full)), -full))[:20])
        got = engine._dense_ranking(query, 20, None)
        assert [row for row, _ in got] == expected, query
        np.testing.assert_allclose([s for _, s in got], full[expected], atol=1e-5)
        small = engine.with_settings(engine.settings.replace(sentence_pool=5))
        pool = [row for row, _ in engine.vectors.search(qv, 5)]
        rescored = small._dense_ranking(query, 5, None)
        assert sorted(row for row, _ in rescored) == sorted(pool)
        np.testing.assert_allclose(
            [s for _, s in rescored], full[[row for row, _ in rescored]], atol=1e-5
        )


# ------------------------------------------------------------------------------ syntax


def test_phrase_and_exclusion_filter_passages(engine: Engine) -> None:
    from lrt_search.search.syntax import syntax_search

    plain = engine.search("Ter Apel", k=10)
    assert any("COA" in h.text for h in plain)  # the exclusion has something to remove
    hits, parsed = syntax_search(engine, '"Ter Apel" -gemeenten', k=10)
    assert parsed.phrases == ("Ter Apel",)
    assert hits and [h.rank for h in hits] == list(range(1, len(hits) + 1))
    for hit in hits:
        assert re.search(r"ter\s+apel", hit.text, re.I), hit.citation
        assert engine.analyzer.tokenize("gemeenten")[0] not in engine.analyzer.tokenize(hit.text)


def test_or_keeps_passages_with_one_alternative(engine: Engine) -> None:
    from lrt_search.search.syntax import syntax_search

    hits, _ = syntax_search(engine, "indeplaatsstelling OR versnelling", k=20, mode="hybrid")
    assert hits
    for hit in hits:
        text = hit.text.lower()
        assert "indeplaats" in text or "versnel" in text, hit.citation


def test_field_filters_narrow_like_the_options(engine: Engine) -> None:
    from lrt_search.search.syntax import syntax_search

    hits, _ = syntax_search(engine, "opvang org:VNG date:2023-11", k=5)
    assert hits == engine.search("opvang", k=5, org="VNG", since="2023-11-01", until="2023-11-30")
    assert all(h.meeting_date.strftime("%Y-%m") == "2023-11" for h in hits)
    # date: narrows an option's period, never widens it.
    _, narrowed = syntax_search(engine, "opvang date:2023", since="2023-11-01")
    assert (narrowed.since, narrowed.until) == (dt.date(2023, 11, 1), dt.date(2023, 12, 31))
    with pytest.raises(QueryError, match="nothing to search"):
        syntax_search(engine, "org:VNG -COA")


@pytest.mark.parametrize("query", ["?", "...", "\x00", "🙂", '"?" org:VNG'])
def test_a_query_without_a_word_is_an_error_not_arbitrary_passages(engine: Engine, query) -> None:
    """Without a letter or digit BM25 matches nothing and the dense neighbours are arbitrary
    passages (ten of them, ranked, for "?"): a one-line error says so instead."""
    from lrt_search.interfaces.error_texts import error_text
    from lrt_search.search.syntax import syntax_search

    with pytest.raises(QueryError, match="holds no word to search for") as info:
        syntax_search(engine, query)
    assert "bevat geen woord om naar te zoeken" in error_text(info.value, "nl")
    hits, _ = syntax_search(engine, "opvang ?", k=2)  # beside a word, punctuation is harmless
    assert len(hits) == 2


def test_not_excludes_and_and_is_no_word(engine: Engine) -> None:
    from lrt_search.search.syntax import syntax_search

    hits, parsed = syntax_search(engine, "opvang AND NOT COA", k=5)
    assert hits and parsed.excluded == ("COA",)
    assert all("coa" not in h.text.lower() for h in hits)
    assert [h.chunk_id for h in hits] == [
        h.chunk_id for h in syntax_search(engine, "opvang -COA", k=5)[0]
    ]


def test_a_stem_the_index_lacks_is_looked_up_by_its_spelling_variants(engine: Engine) -> None:
    """Dutch "leveren" stems to "leveer", the minutes' "geleverd" to "lever": a word's own stem the
    index lacks is looked up by its doubled-letter variants from 5 letters (from 8 else), so
    the passage is found and the word is no 'not understood' note; off with the rule."""
    question = "Wat moet de LRT op dit punt leveren?"
    known = engine.bm25.terms
    assert "lever" in engine.analyzer.tokenize_query("leveren", known)
    hits = engine.search("leveren", mode="bm25", k=5)
    assert any("geleverd" in h.chunk.text for h in hits)
    assert not any("leveren" in u["text"] for u in engine.ask(question).unread)
    off = engine.with_settings(engine.settings.replace(spelling_variants=False))
    assert "lever" not in off.analyzer.tokenize_query("leveren", known)
