"""Decisions and actions in statements: phrase recognition against hand labels, the clause
each marker covers, and the organisation that must act (no index needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lrt_search import load_corpus
from lrt_search.answer.decisions import all_decisions
from lrt_search.ingest.statement_kinds import find_markers, statement_kind
from lrt_search.lexicon.organisations import OrgTable

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"


def _labels(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def corpus_decisions():
    table = OrgTable.default()
    chunks = [c for m in load_corpus(ROOT / "corpus") for c in m.chunks]
    return all_decisions(chunks, table)


def _precision_recall(found: set, gold: set) -> tuple[float, float]:
    hits = len(found & gold)
    return (hits / len(found) if found else 1.0), (hits / len(gold) if gold else 1.0)


def test_corpus_decisions_against_hand_labels(corpus_decisions, capsys) -> None:
    """Every statement of the corpus labelled by hand (tests/data/decision_labels.jsonl):
    (meeting, line, kind) triples found vs labelled, and the acting organisations."""
    labels = _labels("decision_labels.jsonl")
    gold = {(lab["meeting"], lab["line"], lab["kind"]): lab for lab in labels}
    found = {(d.meeting_date.isoformat(), d.span.line_start, d.kind): d for d in corpus_decisions}
    precision, recall = _precision_recall(set(found), set(gold))
    both = set(found) & set(gold)
    orgs_right = sum(sorted(found[k].orgs) == sorted(gold[k]["orgs"]) for k in both)
    for key in set(found) & set(gold):
        assert gold[key]["text"] in found[key].text or found[key].text in gold[key]["text"], key
    with capsys.disabled():
        print(
            f"\ndecisions register vs {len(gold)} hand labels (corpus): precision "
            f"{precision:.3f}, recall {recall:.3f}; acting organisation right "
            f"{orgs_right}/{len(both)}"
        )
    assert precision >= 0.9 and recall >= 0.9, set(found) ^ set(gold)
    assert orgs_right >= 0.9 * len(both)


def test_decision_phrases_against_hand_labels(capsys) -> None:
    """Sentences written as Dutch minutes phrase decisions, with near misses
    (tests/data/decision_phrases.jsonl); the rules were not tuned on them."""
    rows = _labels("decision_phrases.jsonl")
    found, gold = set(), set()
    for i, row in enumerate(rows):
        found |= {(i, m.kind) for m in find_markers(row["text"])}
        gold |= {(i, kind) for kind in row["kinds"]}
    precision, recall = _precision_recall(found, gold)
    with capsys.disabled():
        print(
            f"\ndecision phrases vs {len(rows)} hand-labelled sentences: precision "
            f"{precision:.3f}, recall {recall:.3f}; missed: "
            f"{sorted(rows[i]['text'][:40] for i, _ in gold - found)}; wrong: "
            f"{sorted(rows[i]['text'][:40] for i, _ in found - gold)}"
        )
    assert precision >= 0.8
    assert recall >= 0.6


def test_action_inside_brackets_names_its_own_organisation(corpus_decisions) -> None:
    (action,) = [
        d for d in corpus_decisions if d.kind == "actie" and d.text.startswith("Actie: VNG levert")
    ]
    assert action.orgs == ("VNG",)
    assert action.text.endswith("meegestuurd")  # up to the closing bracket, verbatim
    assert action.text in action.statement
    (approval,) = [d for d in corpus_decisions if d.kind == "besluit" and d.span == action.span]
    assert approval.text == "Het verslag wordt geaccordeerd met een wijziging namens VNG"
    assert approval.orgs == ()


def test_statement_kinds_recognise_phrases() -> None:
    assert statement_kind("Er wordt ingestemd met de taakstelling.") == "decision"
    assert statement_kind("Er wordt besloten de stukken mee te sturen.") == "decision"
    assert statement_kind("Het verslag van 18 december is vastgesteld.") == "decision"
    assert statement_kind("Er is een vastgestelde werkwijze.") is None
    assert statement_kind("COA heeft een capaciteitsbesluit genomen.") is None
    assert statement_kind("Het verslag wordt geaccordeerd (Actie: VNG levert aan).") == "action"
    meeting = load_corpus(ROOT / "corpus")[-1]
    kinds = {s.text: s.kind for s in meeting.statements}
    assert kinds["Er wordt ingestemd met de taakstelling."] == "decision"


def test_fresh_decision_phrases_one_by_one() -> None:
    """Sentences written after the phrase rules of issue 8 (tests/data/
    decision_phrases_fresh.jsonl): separable verbs ("spraken ... af", "komen overeen"),
    consensus ("bestaat overeenstemming", "zijn het erover eens"), the members as subject of
    "besluiten", taking a task on ("neemt op zich"); and the near misses: denied ("nog geen
    overeenstemming", "niet akkoord"), asked ("vraagt of ... akkoord gaan", a question mark),
    the noun "besluit", one party's opinion, "op zich" meaning "in itself", "af en toe"."""
    for row in _labels("decision_phrases_fresh.jsonl"):
        kinds = sorted({m.kind for m in find_markers(row["text"])})
        assert kinds == sorted(row["kinds"]), row["text"]


def test_denied_or_asked_decisions_are_none() -> None:
    assert statement_kind("De gemeenten zijn nog niet akkoord, zegt VNG.") is None
    assert statement_kind("Er wordt niet ingestemd met de termijn.") is None
    assert statement_kind("IPO vraagt of de leden akkoord gaan.") is None
    # the denial belongs to its own sentence only
    text = "VNG is nog niet akkoord. Er wordt besloten de brief aan te houden."
    assert [m.kind for m in find_markers(text)] == ["besluit"]


def test_commitments_without_a_label_against_hand_labels(capsys) -> None:
    """ "X zal/gaat ..." with an organisation as subject is an action: precision and recall on
    sentences labelled by hand before the rule was written (tests/data/commitment_labels.jsonl),
    half of them look-alikes that are no action ("gaat in op", "zal ... zijn", "zal niet")."""
    rows = _labels("commitment_labels.jsonl")
    found = {
        i for i, row in enumerate(rows) if "actie" in [m.kind for m in find_markers(row["text"])]
    }
    gold = {i for i, row in enumerate(rows) if row["action"]}
    precision, recall = _precision_recall(found, gold)
    with capsys.disabled():
        print(
            f"\ncommitments: precision {precision:.3f}, recall {recall:.3f} on {len(rows)} labels"
        )
    assert precision >= 0.9 and recall >= 0.8, (found - gold, gold - found)
