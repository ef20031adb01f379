"""Speaker attribution on the hand-written statements of ``eval/speaker_probe.jsonl`` (labels
by form: "VNG:", "Dhr. Jansen (IPO)", "Vanuit Aedes wordt ...", "Door het IPO wordt ...")."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))
import speaker_probe  # noqa: E402


def test_probe_statements_get_their_speakers() -> None:
    accuracy, per_form, misses = speaker_probe.run()
    assert sum(n for key, (_, n) in per_form.items() if not key.startswith("set: ")) >= 40
    assert accuracy >= 0.95, misses
    right, total = per_form["set: after the fix"]
    assert total == 20 and right >= 19, misses
    for form in ("vanuit", "namens", "passive", "object", "attendance"):
        assert per_form[form][0] == per_form[form][1], (form, misses)


def test_blind_statements_get_their_speakers() -> None:
    """eval/speaker_blind.jsonl: 40 statements written before the attendee-list rules (18/40
    then); b01-b20 shaped the rules, b21-b40 were held out."""
    _, per_form, misses = speaker_probe.run(speaker_probe.BLIND)
    assert per_form["set: blind: shaped rules"] == (20, 20), misses
    assert per_form["set: blind: held out"][0] >= 19, misses
    for form in ("surname", "chair", "chair unknown", "unknown surname", "surname object"):
        assert per_form[form][0] == per_form[form][1], (form, misses)


def test_blind2_statements_get_their_speakers() -> None:
    """eval/speaker_blind2_*.jsonl: 70 statements in forms the first two sets lack, split seeded
    before the probe ran (24/35 on each half then); the design half shaped the rules of session
    8 task G, the holdout half is only measured. Two design misses are "medeoverheden" labelled
    VNG and IPO, which the corpus labels (tests/data/speaker_labels.jsonl) read as nobody."""
    accuracy, per_form, misses = speaker_probe.run(speaker_probe.DESIGN2)
    assert accuracy >= 32 / 35, misses
    for form in ("bij X leeft", "mede namens", "two clauses", "object", "case typo"):
        assert per_form[form][0] == per_form[form][1], (form, misses)
    holdout, _, _ = speaker_probe.run(speaker_probe.HOLDOUT2)
    assert holdout >= 27 / 35


def test_pronoun_and_coordinated_objects_do_not_speak() -> None:
    """eval/speaker_objects_probe.jsonl (task G2, written before it ran): "Zij roept het COA op"
    inherits the speaker before it, "Tussen het COA en de VNG" names nobody (12/14; 8/14 without
    the pronoun part of speakers._opening, 7/14 without the coordinated part)."""
    accuracy, per_form, misses = speaker_probe.run(speaker_probe.OBJECTS)
    assert accuracy >= 12 / 14, misses
    assert per_form["coordinated object"] == (6, 6), misses
    assert per_form["pronoun object"][0] >= 4, misses
