"""Evidence checks before answering: does the question ask for something the minutes hold?

A cosine threshold alone cannot tell "the minutes do not say" from "the minutes say it in other
words" (e5 scores are compressed into a narrow band). These checks look at what the question
names and asks for, and abstain with a reason that names what is missing:

- **names**: a name in the question (capitalised words or an acronym: an organisation, a
  person, a law, a place) must occur in the minutes, in the organisation alias table or in the
  glossary (whose Dutch terms must then occur in the minutes), else "PVV is not in the minutes";
- **period**: a period in the question (day, month, year) must hold a meeting, else "no
  meeting in ...";
- **topic**: the topic of "about X" / "over X" must occur in the minutes (Dutch words through
  the analyzer: Snowball stems, compound parts, spelling variants; English words through the
  glossary), and a quote must hold it (in the statement or its item heading);
- **unit**: a question for an amount of money needs a quote with a money unit (€, euro,
  bedrag, ...), a question for a percentage one with a percentage; a question for the chair
  needs "voorzitter".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.dates import MONTHS
from .names import (
    _ACRONYM,
    _NOT_FOCUS,
    _PARTICLES,
    _has_phrase,
    _known_form,
    _name_forms,
)

if TYPE_CHECKING:
    from ..search.query import QueryScope
    from ..search.retriever import Retriever

# Capitalised words (with Dutch name particles inside) or acronyms, e.g. "Raad van State",
# "PVV", "Van der Burg", "Safety Council".
_NAME = re.compile(
    r"\b[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:van|der|de|den|het|of|the|voor|en)\s+)*[A-ZÀ-Þ][\w'’-]*)*"
)
_NOT_NAMES = frozenset(
    """what wat who wie which welke welk how hoe when wanneer where waar why waarom is was
    were are did does do has have had heeft hebben zijn werd worden wordt waren kan can
    could will would zal zullen in on at op the de het een a an and en or of for voor
    about over according volgens during tijdens between tussen since sinds after na before
    voor give geef list noem name summarise summarize describe beschrijf explain leg lrt
    i""".split()  # noqa: SIM905
)
_TOPIC = re.compile(
    r"\b(?:about|regarding|concerning|on the (?:topic|subject) of|over|inzake|omtrent|"
    r"betreffende|aangaande|met betrekking tot)\s+(?P<topic>[^?.!;]+)",
    re.I,
)
# "de reactie van X op Y", "criticism of the plan by X on Y": Y is the topic.
_REACTION = re.compile(
    r"\b(?:reacties?|kritiek|commentaar|response|reaction|criticism)\b[^?.!;]*?"
    r"\b(?:op|on|to)\s+(?P<topic>[^?.!;]+)",
    re.I,
)
# Where a topic phrase ends: a period, a meeting or a speaker clause.
_TOPIC_END = re.compile(
    r"\s+(?:in|during|at|op|tijdens|bij|since|sinds|before|after|vóór|voor|na|van|from|"
    r"according|volgens|between|tussen)\s+(?:the\s+|de\s+|het\s+)?(?:\d|meeting|vergadering|"
    r"lrt|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")",
    re.I,
)
# Verbs that end a topic phrase wherever they stand, and the Dutch past participle that closes
# a question ("... over de Spreidingswet gezegd?") when it is the topic's last word.
_VERB = re.compile(
    r"zei|zeiden|zeggen|zegt|zeg|vond|vonden|vindt|vinden|denkt|dacht|besproken|afgesproken|"
    r"besloten|gezegd|genoemd|gemeld|opgemerkt|said|say|says|discussed|decided|agreed|"
    r"mentioned|thought|think|stated|noted|raised|wordt|werd|worden|werden|did|does|do"
)
_PARTICIPLE = re.compile(r"ge\w{3,}(?:d|t)")
_MONEY_Q = re.compile(
    r"\b(?:money|euros?|cost\w*|kost\w*|budget\w*|bedrag\w*|geld|price|prijs|"
    r"how much (?:money|funding)|per (?:person|persoon) per (?:night|nacht)|funding)\b|€",
    re.I,
)
_MONEY_A = re.compile(r"€|\beuros?\b|\bmiljoen\b|\bmiljard\b|\bbedrag\w*\b|\bmln\b|\bmld\b", re.I)
_PERCENT_Q = re.compile(r"(?:percentage|procent|per ?cent)\b|%", re.I)
_PERCENT_A = re.compile(r"%|\bprocent\b|\bpercent\b", re.I)
_QUANTITY = re.compile(
    r"\b(?:how (?:many|much|high|large)|"
    r"(?:what|which) (?:\w+\s+)?(?:budget|amount|percentage|number|share|sum)|"
    r"hoeveel|hoe (?:hoog|groot)|welke? (?:\w+\s+)?\w*(?:bedrag|percentage|aantal)|"
    r"wat kost\w*)\b",
    re.I,
)
_CHAIR = re.compile(r"\b(?:chair\w*|presid\w*|voorzit\w*|leid(?:de|t) de vergadering)\b", re.I)


@dataclass(frozen=True)
class Requirements:
    """What a quote must hold, and why the question cannot be answered (when it cannot)."""

    reason: str | None = None  # set: abstain before looking at quotes
    topic: str = ""  # the "about X" phrase
    topic_terms: frozenset[str] = frozenset()  # its index terms (one must stand in a quote)
    money: bool = False
    percent: bool = False
    chair: bool = False
    # Every name of the question's focus: alternative forms (word sequences, folded; one must
    # stand as written in the quote or its item heading) and the organisation codes that stand
    # for it (a statement by, or naming, that organisation holds it).
    names: tuple[tuple[str, tuple[tuple[str, ...], ...], frozenset[str]], ...] = ()

    def names_ok(self, texts: list[list[str]], codes: set[str]) -> bool:
        """Whether every focus name stands, as written, in one of ``texts`` (the words of the
        statement and of its item heading), or is the organisation that speaks or is named
        (``codes``). A word may carry an inflection ("COA's", "gemeentes")."""
        for _name, forms, orgs in self.names:
            if orgs & codes:
                continue
            if forms and not any(_has_phrase(t, form) for form in forms for t in texts):
                return False
        return True

    def quote_ok(self, text: str, heading_terms: set[str], terms: set[str]) -> bool:
        """Whether a statement (``text``, its index ``terms``, its item heading's terms) holds
        what the question asks for: the unit, the chair, a topic term."""
        if self.money and not _MONEY_A.search(text):
            return False
        if self.percent and not _PERCENT_A.search(text):
            return False
        if self.chair and "voorzitter" not in text.lower():
            return False
        return not self.topic_terms or bool(self.topic_terms & (terms | heading_terms))

    def missing_in_quotes(self, english: bool, speaker: str | None) -> str:
        """Why no statement qualified, in the question's language."""
        who = f" {speaker}" if speaker else ""
        if self.money:
            return (
                f"no statement{who} states an amount of money"
                if english
                else f"geen uitspraak{who} noemt een geldbedrag"
            )
        if self.percent:
            return (
                f"no statement{who} states a percentage"
                if english
                else f"geen uitspraak{who} noemt een percentage"
            )
        if self.chair:
            return (
                "the minutes name no chair here"
                if english
                else "de notulen noemen hier geen voorzitter"
            )
        if self.names and not self.topic_terms:
            listed = ", ".join(f"\u201c{n}\u201d" for n, _, _ in self.names)
            return (
                f"no statement{who} mentions {listed}"
                if english
                else f"geen uitspraak{who} noemt {listed}"
            )
        if self.topic_terms:
            by = f" by {speaker}" if english and speaker else (f" van {speaker}" if speaker else "")
            return (
                f"no statement{by} mentions \u201c{self.topic}\u201d"
                if english
                else f"geen uitspraak{by} gaat over \u201c{self.topic}\u201d"
            )
        return ""


@cache
def _month_words() -> frozenset[str]:
    return frozenset(m.lower() for m in MONTHS)


def names_in(question: str) -> list[str]:
    """Names a question uses: runs of capitalised words (Dutch name particles allowed inside)
    and acronyms, minus question words, months and words that open the question."""
    out = []
    months = _month_words()
    for m in _NAME.finditer(question):
        parts = m.group(0).split()
        # Drop leading question words ("Wat", "Who") and trailing particles.
        while parts and (parts[0].lower() in _NOT_NAMES or parts[0].lower() in months):
            parts.pop(0)
        while parts and parts[-1].lower() in _PARTICLES:
            parts.pop()
        parts = [p for p in parts if p.lower() not in months]
        if not parts:
            continue
        name = " ".join(parts).strip("'’-")
        if m.start() == 0 and len(parts) == 1 and not _ACRONYM.match(name):
            continue  # the first word of a sentence is capitalised anyway
        lower = name.lower()
        if lower in english_stopwords() or lower in dutch_stopwords() or len(name) < 2:
            continue
        out.append(name)
    return out


def topic_of(question: str) -> str:
    """The "about X" / "over X" phrase of a question ("" when there is none)."""
    m = _TOPIC.search(question) or _REACTION.search(question)
    if not m:
        return ""
    topic = m.group("topic")
    end = _TOPIC_END.search(topic)
    if end:
        topic = topic[: end.start()]
    # The verb that closes a Dutch question ("... over de Spreidingswet gezegd?") or an
    # English clause ("... about X said by ...") is not part of the topic.
    kept = []
    for word in topic.split():
        if _VERB.fullmatch(word.strip(",").lower()):
            break
        kept.append(word)
    if len(kept) > 2 and _PARTICIPLE.fullmatch(kept[-1].strip(",").lower()):
        kept.pop()
    return " ".join(kept).strip(" ,")


def topic_terms(
    retriever: Retriever, topic: str, english: bool
) -> tuple[frozenset[str], list[str], int]:
    """The index terms of a topic phrase, its content words that the minutes lack, and how
    many content words could be checked.

    A Dutch word is found when one of its analyzer terms (stem, compound part, spelling
    variant) is in the index; an English word when it is itself, or one of its glossary
    terms is. An English word that is neither in the index nor in the glossary cannot be
    checked and is left out (not reported missing)."""
    known = retriever.bm25.terms
    analyzer = retriever.analyzer
    stop = english_stopwords() | dutch_stopwords()
    terms: set[str] = set()
    missing = []
    checked = 0
    for word in words(topic):
        if word in stop or word.isdigit() or len(word) < 3:
            continue
        found = {t for t in analyzer.tokenize_query(word, known) if t in known}
        glossed = retriever.glossary.expand(word)
        for phrase in glossed:
            found |= {t for t in analyzer.tokenize_query(phrase, known) if t in known}
        terms |= found
        if found or glossed or not english:
            checked += 1
        if not found and (glossed or not english):
            missing.append(word)
    for phrase in retriever.glossary.expand(topic):  # multi-word glossary terms
        terms |= {t for t in analyzer.tokenize_query(phrase, known) if t in known}
    return frozenset(terms), missing, checked


def period_has_meeting(retriever: Retriever, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether a meeting of the corpus falls in ``since .. until``."""
    if since is None and until is None:
        return True
    dates = {c.meeting_date for c in retriever.chunks}
    return any((since is None or d >= since) and (until is None or d <= until) for d in dates)


def requirements(
    retriever: Retriever,
    question: str,
    scope: QueryScope,
    since: dt.date | None,
    until: dt.date | None,
    attendance: bool,
) -> Requirements:
    """What the question needs from the minutes; ``reason`` set when they cannot have it."""
    english = scope.english
    if not [w for w in words(question) if w not in dutch_stopwords()]:
        return Requirements(
            reason="the question has no words to look for"
            if english
            else "de vraag bevat geen woorden om naar te zoeken"
        )
    names = [_known_form(retriever, n, question) for n in names_in(question)]
    missing = [n for n, known in names if not known]
    if missing:
        listed = ", ".join(f"\u201c{n}\u201d" for n in missing)
        return Requirements(
            reason=f"{listed} {'does' if len(missing) == 1 else 'do'} not occur in the minutes"
            if english
            else f"{listed} {'komt' if len(missing) == 1 else 'komen'} niet voor in de notulen"
        )
    if not period_has_meeting(retriever, since, until):
        when = (
            " to ".join(d.isoformat() for d in (since, until) if d)
            if since != until
            else (since.isoformat() if since else "")
        )
        return Requirements(
            reason=f"the corpus has no meeting in {when}"
            if english
            else f"er is geen vergadering in {when} in het corpus"
        )
    quantity = bool(_QUANTITY.search(question)) and not attendance
    money = quantity and bool(_MONEY_Q.search(question))
    percent = quantity and bool(_PERCENT_Q.search(question))
    chair = bool(_CHAIR.search(question))
    topic = "" if attendance else topic_of(question)
    terms: frozenset[str] = frozenset()
    if topic:
        terms, missing_words, checked = topic_terms(retriever, topic, english)
        if missing_words and 2 * len(missing_words) >= checked:
            listed = ", ".join(f"\u201c{w}\u201d" for w in missing_words)
            return Requirements(
                reason=f"the topic {listed} does not occur in the minutes"
                if english
                else f"het onderwerp {listed} komt niet voor in de notulen"
            )
    focus = tuple(_name_forms(retriever, n) for n, _ in names if n and n.lower() not in _NOT_FOCUS)
    return Requirements(None, topic, terms, money, percent, chair, focus)
