"""Rule ``person_body_of_period``: a person named as the speaker speaks for the organisation the
attendee lists of the question's period give them.

The attendee lists map a surname to one organisation, the first that resolves in chunk order,
but a person may sit at the table for another body later ("Mevr. Spies (VNG)" in 2023,
"Mw. Spies (Aedes)" on 19 March 2025). "Wat zei mevrouw Spies in maart 2025 over
flexwoningen?" then asked the VNG and was refused with "geen uitspraak van VNG gaat over
flexwoningen", while Aedes, for whom she sat there, says it. With a period, the "Aanwezig"
lists of its meetings (``present_lists`` of the index's corpus facts) name the body; when they
name one body for the surname, that one speaks. Without a period, or when the lists name none
or several, the first organisation stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..index.facts import corpus_facts
from .office_period import office_named

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever


def body_in_period(retriever: Retriever, parsed: ParsedQuestion, surname: str, code: str) -> str:
    """The organisation code ``surname`` sits for in the attendee lists of the question's
    period when they give one, else ``code`` (the first one of every list)."""
    if not retriever.settings.person_body_of_period:
        return code
    if parsed.since is None and parsed.until is None:
        return code
    low = parsed.since.toordinal() if parsed.since is not None else None
    high = parsed.until.toordinal() if parsed.until is not None else None
    lists = corpus_facts(retriever.chunks).present_lists(low, high)
    entry = re.compile(rf"\b{re.escape(surname)}\s*\(([^)]*)\)", re.I)
    found = set()
    for _, people in lists or []:
        for m in entry.finditer(people):
            body = retriever.orgs.resolve(m.group(1).split(",")[0].strip())
            if body:
                found.add(body)
    return found.pop() if len(found) == 1 else code


NameForms = tuple[str, tuple[tuple[str, ...], ...], frozenset[str]]


def as_speaker_body(retriever: Retriever, parsed: ParsedQuestion, forms: NameForms) -> NameForms:
    """A focus name that is the person read as the speaker stands for the body they speak for
    in the question's period (:func:`body_in_period`), not the first of every list: a
    statement of that body names them (rule ``person_body_of_period``). So does an office
    phrase read as its holder in the period (rule ``office_of_period``: "the housing minister"
    of November 2023 is MBZK, whose statements answer for it)."""
    name, alternatives, _ = forms
    if not parsed.speaker:
        return forms
    said = {w.lower() for w in parsed.speaker_words}  # the alias table's case: an office phrase
    office = retriever.settings.office_of_period and office_named(name, parsed.speaker[0])
    if not (office and name.lower() in said):
        if not retriever.settings.person_body_of_period or name not in parsed.speaker_words:
            return forms
        if retriever.orgs.resolve(name) is not None:
            return forms
    body: set[str] = set()
    for code in parsed.speaker:
        body |= retriever.orgs.expand(code)
    return name, alternatives, frozenset(body)
