"""A list lead-in (a statement ending in ":") is quoted with its sub-items, and a sub-item
without its own speaker has the lead-in's speaker (real examples from the corpus)."""

from __future__ import annotations

from pathlib import Path

from lrt_search.ingest.corpus import read_minutes
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine


def test_lead_in_is_quoted_with_its_sub_items_and_their_speaker(engine: Engine) -> None:
    answer = engine.ask("Welke opmerkingen maakte de VNG over het uitplaatsen van statushouders?")
    assert not answer.abstained, answer.reason
    quotes = [c.quote for c in answer.citations]
    lead = next(i for i, q in enumerate(quotes) if q.startswith("VNG maakt de volgende"))
    following = answer.citations[lead + 1 : lead + 5]
    assert following[0].quote.startswith("VNG steunt het voorstel")
    # "Oproep om ..." names no speaker; it is VNG's as a sub-item of VNG's lead-in.
    oproep = next(c for c in following if c.quote.startswith("Oproep om te blijven kijken"))
    assert oproep.speakers == ("VNG",)
    assert oproep.span.line_start > answer.citations[lead].span.line_end
    source = normalize_for_match(
        (Path(engine.settings.corpus_dir) / answer.citations[lead].source).read_text()
    )
    for c in answer.citations[lead : lead + 5]:
        assert normalize_for_match(c.quote) in source, c.quote  # source text


def test_numbered_plans_follow_their_lead_in(engine: Engine) -> None:
    answer = engine.ask(
        "Welke plannen zijn er om te voorkomen dat te veel statushouders in de asielopvang zitten?"
    )
    assert not answer.abstained, answer.reason
    quotes = [c.quote for c in answer.citations]
    lead = next(i for i, q in enumerate(quotes) if q.endswith("een aantal plannen:"))
    assert quotes[lead + 1].startswith("1. De DSL's")
    assert any(q.startswith("2. De 30.000 regeling") for q in quotes[lead + 1 :])


def test_sub_items_inherit_the_lead_in_speaker_when_parsed() -> None:
    m = read_minutes("corpus/2023-11-03-lrt.txt")
    statements = list(m.statements)
    lead = next(
        i for i, s in enumerate(statements) if s.text.startswith("VNG maakt de volgende opmerk")
    )
    subs = []
    for s in statements[lead + 1 :]:
        if s.level <= statements[lead].level:
            break
        subs.append(s)
    assert len(subs) >= 3
    assert all(s.speakers == ("VNG",) for s in subs)
