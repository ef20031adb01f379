"""Rule ``glossary_head_unchecked`` (off by default; issue 16 task F2, docs/settings.md): an
English topic word that heads a two-word glossary term whose Dutch term the minutes hold
("secretary" of "state secretary": "staatssecretaris") is not reported missing - the reason
"'secretary' does not occur in the minutes" would be false."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.glossary_head import glossary_head_held
from lrt_search.service import Engine

QUESTION = (
    "What did Klijnsma, for the Commissioners of the King, raise with the state secretary at "
    "the end of the April 2023 meeting?"
)


def _terms(engine: Engine):  # type: ignore[no-untyped-def]
    known = engine.bm25.terms
    return lambda t: {x for x in engine.analyzer.tokenize_query(t, known) if x in known}


def test_the_head_of_a_glossary_term_the_minutes_hold_is_held(engine: Engine) -> None:
    on = switched(engine, glossary_head_unchecked=True)
    assert glossary_head_held(on, "secretary", _terms(on))
    assert not glossary_head_held(on, "groceries", _terms(on))
    off = switched(engine, glossary_head_unchecked=False)
    assert not glossary_head_held(off, "secretary", _terms(off))


def test_secretary_is_not_reported_absent(engine: Engine) -> None:
    on = switched(engine, glossary_head_unchecked=True).ask(QUESTION)
    assert (on.reason_code, on.reason_params.get("words")) != ("topic_absent", ["secretary"])
    off = switched(engine, glossary_head_unchecked=False).ask(QUESTION)
    assert (off.reason_code, off.reason_params.get("words")) == ("topic_absent", ["secretary"])
