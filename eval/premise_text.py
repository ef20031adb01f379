"""The why-premise check of ``ask`` (check ``premise_supported``: answer.premise.premise_terms,
answer.premise_restated.premise_held) on a statement text, with no index: a stand-in engine whose
analyzer and vocabulary are fitted on the bundled corpus's text (as ``lrt-search index`` fits
them), with the organisation table, glossary and settings of the project. Used by
eval/make_premise_restatements.py and tests/unit/answer/test_premise_restatements.py.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import SimpleNamespace

from lrt_search.answer.premise import premise_terms
from lrt_search.answer.premise_common import common_needs
from lrt_search.answer.premise_restated import premise_held, restated_nouns
from lrt_search.config import Settings
from lrt_search.index.build import make_analyzer
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[1]


class TextEngine:
    """The parts of a retriever the premise check reads, fitted on the corpus text."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
        self.analyzer = make_analyzer(self.settings).fit(texts)
        self.bm25 = SimpleNamespace(terms={t for x in texts for t in self.analyzer.tokenize(x)})

    @cached_property
    def orgs(self) -> OrgTable:
        """The organisation alias table."""
        s = self.settings
        return OrgTable.default(
            s.organisations_file, s.org_full_names, s.org_groups, s.org_longest_title,
            s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms,
        )  # fmt: skip

    @cached_property
    def glossary(self) -> Glossary:
        """The bilingual glossary."""
        s = self.settings
        return Glossary.default(s.glossary_file, s.glossary_minutes, s.glossary_matches_read)


def supports(engine: TextEngine, question: str, statement: str, english: bool) -> bool:
    """Whether ``statement`` supports the premise of the why-question ``question`` by the check
    ``premise_supported`` (its heading empty); True when the question has no premise needs."""
    parsed = read_question(
        question, engine.orgs, engine.glossary, rules=SpeakerRules.of(engine.settings)
    )
    premise, needs = premise_terms(engine, parsed, english)  # type: ignore[arg-type]
    if not needs:
        return True
    req = SimpleNamespace(
        premise_terms=needs,
        premise_nouns=restated_nouns(engine, premise, needs, english),  # type: ignore[arg-type]
        premise_common=common_needs(engine, premise, needs, english),  # type: ignore[arg-type]
        premise_apart=engine.settings.premise_words_apart and not english,
    )
    terms = set(engine.analyzer.tokenize(statement))
    quote = SimpleNamespace(
        retriever=engine, needs=req, text=statement, terms=terms, heading_terms=set()
    )
    return premise_held(quote)  # type: ignore[arg-type]


def needs_of(engine: TextEngine, question: str, english: bool) -> tuple[frozenset[str], ...]:
    """The premise needs of ``question`` (for listings)."""
    parsed = read_question(
        question, engine.orgs, engine.glossary, rules=SpeakerRules.of(engine.settings)
    )
    return premise_terms(engine, parsed, english)[1]  # type: ignore[arg-type]
