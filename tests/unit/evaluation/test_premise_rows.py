"""eval/premise_rows.py (issue 16, session 23 task B): the folds declared before fitting, and the
hard facts of a why-premise a statement must hold (its dates are the period, not facts)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from lrt_search.lexicon.organisations import OrgTable

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "eval"))

import premise_rows


def test_folds_as_declared() -> None:
    assert premise_rows.fold("blind11_design") == 1
    assert premise_rows.fold("blind19_design") == 1
    assert premise_rows.fold("blind3_design") == 2
    assert premise_rows.fold("blind10_design") == 2
    assert premise_rows.fold("premise_paraphrase_probe") == 1
    assert premise_rows.fold("why_premise_probe") == 1
    assert premise_rows.fold("probes") == 1
    assert premise_rows.fold("compound_probe") == 2
    assert premise_rows.fold("blind2_probe") == 2
    for name in ("dev", "generated", "reworded", "everyday_speech", "perfect_form"):
        assert premise_rows.fold(name) == 2


def _retriever() -> SimpleNamespace:
    return SimpleNamespace(orgs=OrgTable.default())


def test_dates_are_no_facts_names_and_numbers_are() -> None:
    retriever = _retriever()
    facts = premise_rows.premise_facts(
        retriever, "waarschuwde Aedes in juli 2022 voor 1500 flexwoningen in Ter Apel"
    )
    codes, names, numbers, negated = facts
    assert codes == {"Aedes"}
    assert "2022" not in numbers and "1500" in numbers
    assert {"ter", "apel"} <= names and "juli" not in names
    assert not negated
    said = "Aedes waarschuwt voor 1500 flexwoningen in Ter Apel."
    assert premise_rows.holds_facts(retriever, facts, said, "", ())
    assert not premise_rows.holds_facts(
        retriever, facts, "Aedes waarschuwt voor 1500 woningen.", "", ()
    )
    assert not premise_rows.holds_facts(
        retriever, facts, "Aedes: 1200 flexwoningen in Ter Apel", "", ()
    )


def test_a_negated_premise_needs_a_negation() -> None:
    retriever = _retriever()
    facts = premise_rows.premise_facts(retriever, "kon de VNG niet instemmen")
    assert facts[3]
    assert not premise_rows.holds_facts(retriever, facts, "De VNG stemt in.", "", ())
    assert premise_rows.holds_facts(retriever, facts, "De VNG kan nog niet instemmen.", "", ())
