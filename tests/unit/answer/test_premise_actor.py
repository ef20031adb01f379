"""Rule ``premise_actor_checked`` (issue 16 session 27 task E2): every row of the generated table
tests/data/premise_actors.toml (eval/make_premise_actors.py: why-questions built from the
minutes' statements whose subject is a body, asked of the true actor and of every other body)
is read by the premise check on its statement and the statement's speaker alone, no index: a
stand-in engine fitted on the corpus text (eval/premise_text.py). The actor is read for every
row; the whole check (words and actor) for the Dutch rows of the minutes' own sentences (the
English rows keep the minutes' Dutch act words, and a reported row's verb stands joined, which
the words check reads as another form: rule premise_restatements_read's table covers that)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))

from premise_text import TextEngine, actor_supports  # noqa: E402

from lrt_search.answer.messages import render  # noqa: E402
from lrt_search.answer.premise_actor import (  # noqa: E402
    PremiseActor,
    actor_held,
    actor_params,
    family,
    premise_actor,
    statement_actors,
)
from lrt_search.config import Settings  # noqa: E402
from lrt_search.search.parsed import read_question  # noqa: E402
from lrt_search.search.query import SpeakerRules  # noqa: E402

ROWS = tomllib.loads((ROOT / "tests/data/premise_actors.toml").read_text("utf-8"))["row"]


@pytest.fixture(scope="module")
def engine() -> TextEngine:
    return TextEngine(Settings(premise_actor_checked=True))


def _wrong(engine: TextEngine, words: bool) -> list[str]:
    rows = [r for r in ROWS if not words or (r["lang"] == "nl" and r["kind"] == "own")]
    return [
        f"{r['kind']} {r['body']}: {r['question']} / {r['statement']}"
        for r in rows
        if actor_supports(
            engine, r["question"], r["statement"], r["speakers"], r["lang"] == "en", words
        )
        != r["supports"]
    ]


def test_the_table_holds_both_labels_and_both_kinds() -> None:
    assert len(ROWS) >= 600
    assert {r["supports"] for r in ROWS} == {True, False}
    assert {r["kind"] for r in ROWS} == {"own", "reported"}
    assert {r["lang"] for r in ROWS} == {"nl", "en"}


def test_every_row_is_read_as_the_table_says(engine: TextEngine) -> None:
    assert _wrong(engine, words=False) == []
    assert _wrong(engine, words=True) == []


def test_with_the_rule_off_every_other_body_is_supported() -> None:
    off = TextEngine(Settings(premise_actor_checked=False))
    # at main (no actor check) every false row but none of the true ones is read wrong
    assert len(_wrong(off, words=False)) == sum(not r["supports"] for r in ROWS) == 608


def _actor(engine: TextEngine, question: str) -> PremiseActor | None:
    rules = SpeakerRules.of(engine.settings)
    parsed = read_question(question, engine.orgs, engine.glossary, rules=rules)
    return premise_actor(engine, parsed)  # type: ignore[arg-type]


def test_where_the_actor_stands(engine: TextEngine) -> None:
    vng = _actor(engine, "Why did the municipal association withdraw from the LRT?")
    assert vng is not None and vng.named == "VNG" and not vng.group
    assert _actor(engine, "Waarom is de VNG uit de LRT gestapt?").named == "VNG"  # type: ignore[union-attr]
    both = _actor(engine, "Waarom waarschuwen het IPO en de VNG voor het IBT?")
    assert both is not None and both.named == "IPO, VNG"
    assert _actor(engine, "Waarom is het zo dat het COA de locatie sluit?").named == "COA"  # type: ignore[union-attr]
    assert _actor(engine, "Waarom werd de locatie door het COA gesloten?").named == "COA"  # type: ignore[union-attr]
    # acted on, a compound's first part, a body inside a reported clause: no actor
    assert _actor(engine, "Waarom werd de VNG gevraagd mee te denken?") is None
    assert _actor(engine, "Why was the COA asked to open more places?") is None
    assert _actor(engine, "Waarom moest de IND-wachtruimte als slaapruimte dienen?") is None
    assert _actor(engine, "Waarom heeft de minister besloten dat gemeenten betalen?") is None
    assert _actor(engine, "Why did the IND waiting room have to be a sleeping area?") is None
    assert _actor(engine, "Waarom moest de IND wachtruimte als slaapruimte dienen?") is None
    group = _actor(engine, "Waarom krijgen gemeenten geld uit de regeling?")
    assert group is not None and group.group == ("VNG",)
    off = TextEngine(Settings(premise_actor_checked=False))
    assert _actor(off, "Waarom is de VNG uit de LRT gestapt?") is None


def _quote(
    engine: TextEngine, actor: PremiseActor | None, text: str, speakers: tuple[str, ...]
) -> Any:
    needs = SimpleNamespace(premise="", premise_terms=(), premise_actor=actor)
    return SimpleNamespace(retriever=engine, needs=needs, text=text, speakers=speakers)


def test_the_statement_actor(engine: TextEngine) -> None:
    # a reported act is the reported body's; its speaker's when the premise itself reports
    said = "VNG geeft aan dat het COA de locatie in Budel sluit"
    assert statement_actors(engine, said, ("VNG",), (), False) == {"COA"}  # type: ignore[arg-type]
    assert statement_actors(engine, said, ("VNG",), (), True) == {"VNG"}  # type: ignore[arg-type]
    # the sentence holding the premise's words, not the statement's first
    two = "VNG vraagt naar de cijfers. MBZK sluit de locatie in Budel."
    needs = (frozenset(engine.analyzer.tokenize("Budel")),)
    assert statement_actors(engine, two, ("VNG",), needs, False) == {"MBZK"}  # type: ignore[arg-type]
    vng = PremiseActor("VNG", frozenset({"VNG"}))
    held = actor_held  # (the quote is a stand-in)
    assert not held(_quote(engine, vng, "SJenV stapt uit de werkgroep met de VNG.", ("SJenV",)))
    assert held(_quote(engine, vng, "SJenV licht toe dat de VNG is uitgestapt.", ("SJenV",)))
    assert held(_quote(engine, vng, "De VNG stapt uit de LRT.", ("VNG",)))
    assert held(_quote(engine, vng, "Er is zorg over de LRT.", ()))  # no actor named
    group = PremiseActor("VNG", frozenset({"VNG"}), ("VNG",))
    assert held(_quote(engine, group, "MBZK: gemeenten krijgen geld.", ("MBZK",)))
    assert held(_quote(engine, None, "MBZK sluit de locatie.", ("MBZK",)))
    # the asked body named as the act's doer in a noun, not as an object or owner
    joined = PremiseActor("VWS", frozenset({"VWS"}))
    said = "DGSZW ziet aansluiting VWS en OCW bij LRT als positief signaal."
    assert held(_quote(engine, joined, said, ("SZW",)))
    owner = "MVRO maakt graag gebruik van het aanbod van de VNG."
    assert not held(_quote(engine, vng, owner, ("MVRO",)))
    # one ministry: the housing minister (MVRO) and the minister of BZK (MBZK) in 2023
    assert held(
        _quote(
            engine,
            PremiseActor("MVRO", frozenset(family(engine.orgs, "MVRO"))),
            "MBZK onderstreept de nood.",
            ("MBZK",),
        )
    )


def test_the_reason_names_the_actor() -> None:
    needs = SimpleNamespace(premise_actor=PremiseActor("VNG", frozenset({"VNG"})))
    params = {**actor_params(needs), "premise": "uit de LRT gestapt"}  # type: ignore[arg-type]
    assert render("premise_unsupported", params, "nl").startswith("geen uitspraak van VNG ")
    assert render("premise_unsupported", params, "en").startswith("no statement of VNG ")
    assert actor_params(SimpleNamespace(premise_actor=None)) == {}  # type: ignore[arg-type]
