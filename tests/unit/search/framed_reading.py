"""What the generated speaker/name tables of the question-framing rules share (tests of
alternative_tails, self_identification, preposed_clauses): the alias table and glossary of the
default settings, the settings with one rule off, the question as ``ask``'s framing readers leave
it (lead-in, asides, claim frame, preamble; answer/understanding.py), and the rows read wrong."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from lrt_search.answer.lead_in import without_lead_in
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.asides import read_asides
from lrt_search.search.claim_frame import claim_frame
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules


@cache
def tables() -> tuple[OrgTable, Glossary]:
    """The organisation alias table and the glossary of the default settings."""
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    orgs = OrgTable.default(
        None, *flags, s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms
    )
    return orgs, Glossary.default()


def rule_off(field: str) -> Settings:
    """The settings with rule ``field`` off (at a commit without the rule: the defaults)."""
    has = field in Settings.__dataclass_fields__
    return Settings().replace(**{field: False}) if has else Settings()


def framed(question: str, settings: Settings, lead_ins: bool = True) -> str:
    """``question`` as the framing readers leave it under ``settings``: a lead-in before a
    colon dropped (rule ``lead_ins_read``, when ``lead_ins``), asides read, a claim frame's
    question, else the question sentence (rule ``preamble_context``)."""
    orgs, glossary = tables()
    if lead_ins and settings.lead_ins_read:
        question, _ = without_lead_in(question, orgs, glossary, SpeakerRules.of(settings))
    if settings.question_asides_read:
        question, _ = read_asides(question)
    claim = claim_frame(question) if settings.claim_frame_read else None
    if claim is not None:
        return claim.question
    if settings.preamble_context:
        question, _ = question_sentence(question)
    return question


def wrong_rows(
    rows: list[dict],
    reading: Callable[[str, Settings], object],
    expected: Callable[[dict], object],
    settings: Settings,
) -> list[tuple[str, object, object]]:
    """The rows whose question ``reading`` reads otherwise than ``expected`` under ``settings``."""
    out = []
    for row in rows:
        got, want = reading(row["question"], settings), expected(row)
        if got != want:
            out.append((row["question"], got, want))
    return out
