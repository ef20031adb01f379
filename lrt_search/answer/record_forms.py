"""Rule ``record_abbreviation_forms`` (issue 16, session 26 task G4): the register's records
write a term's abbreviation where a question writes it in full, or the other way round
("provinciale regietafels" / "Afspraak: ... aansluit bij de PRT's"; "ministerraad" / "voor MR
van 21 april"; "interbestuurlijk toezicht" / "IBT"). The record checks (rules
record_holds_topic and record_holds_claim, :mod:`.records`) compare index terms, and the
glossary's Dutch forms of one term are matched only from English, so such a record did not
count as holding the topic. Here a topic word counts as held by a record that writes another
Dutch form of its glossary term, when one of the two forms is an abbreviation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..index.analysis import words
from ..lazyre import lazy
from .frame import Frame

#: A form written as an abbreviation: two capitals or more in one word ("PRT's", "MR", "AMvB").
_ABBREVIATION = lazy(r"^[A-Z&]*[A-Z][a-z]?[A-Z][A-Z&]*(?:'s|'ers)?$")


@dataclass(frozen=True)
class TermForms:
    """A glossary term the question's topic names: the index terms of its Dutch forms (the
    topic's units they meet are the ones a record may hold through it), and the forms a record
    may write, as words, each with whether it counts (an abbreviation, or any form when the
    topic wrote the abbreviation)."""

    terms: frozenset[str]
    forms: tuple[tuple[str, ...], ...]


def is_abbreviation(form: str) -> bool:
    """Whether a glossary form is written as an abbreviation ("PRT's", "MR", "DSL")."""
    return " " not in form.strip() and bool(_ABBREVIATION.match(form.strip()))


def _keys(frame: Frame, seq: Iterable[str]) -> tuple[str, ...]:
    """Each word by its first analyzer term (its stem; "regietafels": regietafel), or itself
    when the analyzer drops it (a stop word: "mr")."""
    tokenize = frame.retriever.analyzer.tokenize
    return tuple((tokenize(w) or [w])[0] for w in seq)


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` stands in ``whole`` as consecutive words."""
    n = len(part)
    return bool(n) and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def topic_term_forms(frame: Frame) -> tuple[TermForms, ...]:
    """The glossary terms with an abbreviation among their Dutch forms that the question's
    topic names (a Dutch form in a Dutch topic, an English term in an English one), with the
    forms a record may write for them; () when rule record_abbreviation_forms is off."""
    retriever = frame.retriever
    if not retriever.settings.record_abbreviation_forms or not frame.needs.topic:
        return ()
    topic = frame.needs.topic
    index_terms = retriever.bm25.terms
    asked = _keys(frame, words(topic))
    out = []
    english = (
        {id(e) for _, e in retriever.glossary.matches(topic)} if frame.scope.english else set()
    )
    for entry in retriever.glossary.entries:
        abbreviations = [f for f in entry.nl if is_abbreviation(f)]
        if not abbreviations or len(entry.nl) < 2:
            continue
        written = [f for f in entry.nl if _within(_keys(frame, words(f)), asked)]
        if not written and id(entry) not in english:
            continue
        whole = bool(written) and all(is_abbreviation(f) for f in written)
        forms = tuple(_keys(frame, words(f)) for f in entry.nl if whole or is_abbreviation(f))
        tokenize = retriever.analyzer.tokenize
        terms = frozenset(t for f in entry.nl for t in tokenize(f) if t in index_terms)
        out.append(TermForms(terms, tuple(f for f in forms if f)))
    return tuple(out)


def held_units(
    frame: Frame, text: str, units: list[frozenset[str]], entries: tuple[TermForms, ...]
) -> list[frozenset[str]]:
    """The units a record (``text``: the statement with its item heading) holds through a
    glossary term's other form: those meeting a term's index terms when the record writes one
    of its counted forms."""
    if not entries:
        return []
    seq = _keys(frame, words(text))
    held = [e for e in entries if any(_within(f, seq) for f in e.forms)]
    return [u for u in units if any(u & e.terms for e in held)]


def widened(units: list[frozenset[str]], entries: tuple[TermForms, ...]) -> list[frozenset[str]]:
    """The units with the index terms of the glossary forms they meet: what the register's
    read of the period looks up in the index ("provinciaal" also finds the chunks with "prt";
    a form the index drops, "MR", is found only among the candidates)."""
    return [u | frozenset().union(*(e.terms for e in entries if u & e.terms)) for u in units]
