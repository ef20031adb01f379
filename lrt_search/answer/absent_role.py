"""Rule ``absent_role_speaker``: an office asked as the speaker that the minutes never record.

"What did the prime minister say about Ter Apel?", "Wat zei de minister-president ...?", "Wat
vond de burgemeester van Amsterdam ...?", "Wat zei de minister van Defensie over de opvang?":
the minutes record no statement of that office (no minister-president or mayor sits at the
LRT; Defensie speaks in no statement), so any quote on the topic answers what nobody asked.
The office is read from the question's speaker phrase (English roles through
lexicon/data/roles.toml ``dutch_forms``, their Dutch words through ``office_forms``); it is
unrecorded when none of its Dutch forms is a word of the minutes, or, named with its
organisation ("van Defensie", "of Defence", "the Defence minister"), when that organisation
speaks in no statement. An organisation the alias table does not know leaves the question be.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..index.analysis import words
from ..lazyre import lazy
from ..lexicon.intents import pattern
from ..lexicon.wordlists import mapping
from ..search.query import is_speech_word_in
from .names import corpus_words
from .role_speaker import dutch_role

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .evidence import Asked

_FORMS = {k.lower(): tuple(v) for k, v in mapping("roles", "office_forms").items()}
_OF = lazy(r"(?i)^(?P<office>.+?)\s+(?:van|voor|of|for)\s+(?:de\s+|het\s+|the\s+)?(?P<org>\S.*)$")
_AFTER = lazy(
    r"^\s+(?:van|voor|of|for)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?P<org>[A-Z][\w-]*(?:\s+(?:en|and)\s+[A-Z][\w-]*)?)"
)


def office_of(question: str, phrase: str) -> tuple[str, str, tuple[str, ...]] | None:
    """``(office as asked, organisation words or "", Dutch forms)`` of the speaker ``phrase``
    of ``question`` when it names an office of roles.toml ``office_forms``, else None
    ("Wat zei de minister van Defensie ...", "minister" -> ("minister van Defensie",
    "Defensie", ("minister",)))."""
    org = ""
    head = phrase
    m = _OF.match(phrase)
    if m:
        head, org = m.group("office"), m.group("org")
    else:
        at = question.find(phrase)
        after = _AFTER.match(question[at + len(phrase) :]) if at >= 0 else None
        if after:
            org = after.group("org")
        elif len(phrase.split()) == 2 and phrase[:1].isupper():  # "Defence minister"
            org, head = phrase.split()
    dutch = dutch_role(head) or head.lower()
    forms = _FORMS.get(dutch)
    if forms is None:
        return None
    asked = f"{phrase} van {org}" if org and not m and org not in phrase else phrase
    if asked.lower().startswith(("de ", "het ", "the ")):
        asked = asked.split(" ", 1)[1]
    return asked, org, forms


def _speaks(retriever: Retriever, code: str) -> bool:
    """Whether ``code`` speaks in some statement (the attendee lists are no statements)."""
    mask = retriever.filter_mask([code], None, None, None)
    if mask is None:
        return True
    mask[retriever.chunks.rows_of_kind("header")] = False
    return bool(mask.any())


def gate_role_unrecorded(asked: Asked) -> dict[str, Any] | None:
    """Rule ``absent_role_speaker``: the office the question asks as its speaker, when the
    minutes record no statement of it."""
    retriever, reading = asked.retriever, asked.reading
    if not retriever.settings.absent_role_speaker or reading.chair:
        return None
    if reading.office and retriever.settings.office_names_read:
        return _office_unrecorded(asked)
    if not reading.speaker_phrase:
        return None
    office = office_of(asked.question, reading.speaker_phrase)
    if office is None:
        return None
    asked_as, org, forms = office
    vocab = corpus_words(retriever)
    # every word of a form ("minister-president": both parts) a word of the minutes
    if forms and not any(all(_known(vocab, w) for w in words(f)) for f in forms):
        return {"names": [asked_as], "forms": list(forms), "org": ""}
    head = asked_as.split(" ")[0]
    orgs = retriever.orgs
    code = (orgs.resolve(f"{head} van {org}") or orgs.resolve(org)) if org else None
    if code is None or _speaks(retriever, code):
        return None
    return {"names": [asked_as], "forms": [], "org": code}


def _office_unrecorded(asked: Asked) -> dict[str, Any] | None:
    """Rule ``office_names_read``: the office the question reads (``reading.office``: "the
    Prime Minister", "de burgemeester van Zwolle", "the Minister of Education") asked as the
    speaker - the question asks what was said, or does not ask who attended - when no
    statement records it: a body of the alias table (OCW) that speaks in no statement, or an
    office of roles.toml ``office_codes`` ("MP", a place office) none of whose Dutch forms is a
    word of the minutes and whose code speaks in no statement ("de brief van de MP" mentions
    it)."""
    retriever, reading = asked.retriever, asked.reading
    if reading.attendance and not is_speech_word_in(pattern("attendance").sub(" ", asked.question)):
        return None  # who attended: the attendee lists answer (answer.attendance.not_listed)
    code, orgs = reading.office_code, retriever.orgs
    if reading.speaker and code not in reading.speaker:
        return None  # another body speaks ("What did the VNG say when the Prime Minister ...")
    if orgs.resolve(code) is not None:
        return (
            None
            if _speaks(retriever, code)
            else {"names": [reading.office], "forms": [], "org": code}
        )
    base = re.split(r"\s+(?:van|of|in)\s+", reading.office.lower(), maxsplit=1)[0]
    dutch = dutch_role(base) or base  # "mayor of Zwolle": "burgemeester"
    head = next((k for k in sorted(_FORMS, key=len, reverse=True) if dutch.startswith(k)), "")
    forms = _FORMS.get(head, ())
    vocab = corpus_words(retriever)
    if any(all(_known(vocab, w) for w in words(f)) for f in forms):
        return None
    return {"names": [reading.office], "forms": list(forms), "org": code}


def _known(vocab: Any, word: str) -> bool:
    return word in vocab or word.capitalize() in vocab
