"""Rule ``analyzer_splits_checked`` (index/analysis.py, lexicon/compound_cuts.py) on the
bundled corpus: the index's analyzer cuts "opvanglocaties" as before, "belangrijk" no longer
into "belang" + "rijk" (the state) nor "jongeren" into "jong" (the surname "De Jonge") +
"eren"; the manifest records the rule, and an engine whose settings switch it reads with an
analyzer and BM25 index rebuilt with the other cuts."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_the_index_cuts_only_into_words(engine: Engine) -> None:
    analyzer = engine.analyzer
    assert analyzer.split_checked
    assert engine.manifest["analyzer"]["split_checked"] is True
    assert analyzer.split_compound("opvanglocaties") == ("opvang", "locaties")
    assert analyzer.split_compound("belangrijk") == ()
    assert analyzer.split_compound("jongeren") == ()
    assert "rijk" not in analyzer.tokenize("Het is belangrijk.")


def test_switched_off_the_old_cuts_come_back(engine: Engine) -> None:
    off = switched(engine, analyzer_splits_checked=False)
    assert not off.analyzer.split_checked
    assert off.analyzer.split_compound("belangrijk") == ("belang", "rijk")
    assert off.analyzer.split_compound("jongeren") == ("jong", "eren")
    rijk = off.analyzer.tokenize_query("rijk")[0]
    assert off.bm25.doc_count([rijk]) > engine.bm25.doc_count([rijk])
