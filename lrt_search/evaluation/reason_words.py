"""Checks of a reason's words that hold for every reason code (issue 16, task F2): read by
:func:`lrt_search.evaluation.reason_truth.false_reason` before the check of the code.

- a list the message names (``{names}``, ``{words}``, ``{topic}``) that is empty: a reason
  naming nothing;
- a missing word or name that is the question's own speaker or organisation ("no statement of
  COA mentions 'coa'"), in any case, with or without an article;
- a word reported absent whose Dutch form - the Dutch terms of the glossary entry or the role
  (roles.toml) it is the English word or head of, or its own Dutch Snowball stem - is an index
  term ("'chair' does not occur" where the minutes say "voorzitter")."""

from __future__ import annotations

import functools
import re
from typing import Any

import Stemmer

from ..answer.act_stated import states_named_acts
from ..answer.glossary_reason import glossary_forms
from ..answer.messages import MESSAGES
from ..lazyre import lazy
from ..lexicon.datafiles import bundled_toml
from ..lexicon.glossary import Glossary
from ..lexicon.stemmers import stem_word

#: The parameters a message names, by the field of its template.
_LISTED = {"{names}": "names", "{words}": "words", "{topic}": "topic", "{dates}": "dates"}
#: The reason codes whose ``words`` / ``names`` are said not to occur in the minutes.
ABSENT_CODES = ("topic_absent", "name_absent")
#: The codes whose names or words are missing from the minutes or from the statements found
#: (``not_listed`` and ``absence_unstated`` name the organisation asked about, rightly).
_SPEAKER_CODES = ("name_absent", "topic_absent", "name_not_quoted", "not_together")
#: Articles a name may be written with ("de COA", "the COA").
_ARTICLE = lazy(r"^(?:de|het|een|the|a|an)\s+", re.I)
#: A word of a question, as the phrases of reason ``topic_head_unread`` are compared.
_WORD = lazy(r"[\w-]+")


def empty_list(code: str, params: dict) -> str | None:
    """A list or topic the message of ``code`` names that is empty."""
    templates = " ".join(t for lang in MESSAGES.get(code, {}).values() for t in lang)
    empty = [
        name
        for field, name in _LISTED.items()
        if field in templates and name in params and not params[name]
    ]
    return f"the reason names nothing: empty {empty}" if empty else None


def own_speaker(orgs: Any, answer: Any, code: str, params: dict) -> str | None:
    """A missing word or name that resolves to the question's speaker (the ``org`` filter or
    the reason's ``speaker``), for the codes of :data:`_SPEAKER_CODES`."""
    filters = getattr(answer, "filters", None) or {}
    asked = set(filters.get("org") or [])
    speaker = params.get("speaker")
    if speaker:
        asked |= {orgs.resolve(s) or s for s in str(speaker).split(", ")}
    if not asked or code not in _SPEAKER_CODES:
        return None
    listed = [*(params.get("names") or []), *(params.get("words") or [])]
    own = [n for n in listed if _code(orgs, n) in asked]
    return f"it lists the question's own speaker: {own}" if own else None


def _code(orgs: Any, name: str) -> str | None:
    return orgs.resolve(name) or orgs.resolve(_ARTICLE.sub("", name.strip()))


def english(answer: Any) -> bool:
    """Whether ``answer`` is to an English question (its ``language`` filter)."""
    return bool(answer) and (getattr(answer, "filters", None) or {}).get("language") == "en"


def dutch_form_known(engine: Any, occurs: Any, params: dict, en: bool = True) -> str | None:
    """A word said not to occur whose Dutch form does: its Snowball stem, and of an English
    question (``en``) its glossary and role forms."""
    listed = [*(params.get("words") or []), *(params.get("names") or [])]
    found = []
    for word in listed:
        forms = [f for f in (dutch_forms(word) if en else ()) if occurs(f)]
        stem = stem_word(engine.analyzer.stemmer, word.lower())
        if " " not in word and stem in engine.bm25.terms:
            forms.append(f"stem {stem}")
        if forms:
            found.append(f"{word} -> {forms[0]}")
    return f"a Dutch form occurs: {found}" if found else None


def dutch_forms(word: str, heads: bool = True) -> list[str]:
    """The Dutch terms of the glossary entries ``word`` is an English term of (``heads``: or
    the head, the last word of a two-word term without function words), and of the role
    (roles.toml) whose English name it starts with."""
    stem = _english_stem(word.lower())
    out = list(glossary_forms(Glossary.default(), heads).get(stem, ()))
    lowered = word.lower()
    out += [nl for role, forms in _roles().items() if lowered.startswith(role) for nl in forms]
    return out


@functools.cache
def _roles() -> dict[str, tuple[str, ...]]:
    data = bundled_toml("roles.toml")
    return {
        key: tuple(value)
        for key, value in data.items()
        if isinstance(value, list) and key != "honorifics" and len(key) >= 4
    }


@functools.cache
def _english() -> Any:
    return Stemmer.Stemmer("english")


def _english_stem(word: str) -> str:
    return str(_english().stemWord(word))


def act_unstated_shown(minutes: Any, answer: Any, params: dict) -> str | None:
    """Reason ``premise_unsupported`` of rule act_stated (parameter ``act``): false when a
    quote or a passage shown with the abstention states the act in one of its ways of writing
    it. Without ``act`` (a "why" premise, a stance): None here; the premise's words are
    checked by :func:`.reason_premise.premise_unsupported`."""
    acts = str(params.get("act") or "")
    if not acts:
        return None
    shown = [c.quote for c in answer.citations] + [h.text for h in answer.closest]
    found = [t for t in shown if states_named_acts(acts, t)]
    return f"a passage shown states it: {found[0][:160]!r}" if found else None


def head_unread(minutes: Any, answer: Any, params: dict) -> str | None:
    """Reason ``topic_head_unread`` (rule glossary_head_reason): "“target” alone is not read
    as a word of the minutes: they write “taakstelling” for “housing target”, which the question
    does not name". False when a word occurs as written, through a one-word glossary or role
    form or as its Dutch stem; when a named Dutch term does not occur; when a named phrase is no
    two-word glossary term headed by a named word; or when the question names a phrase."""
    engine = minutes.engine
    read = [
        w
        for w in params["words"]
        if minutes.occurs(w)
        or any(minutes.occurs(f) for f in dutch_forms(w, heads=False))
        or stem_word(engine.analyzer.stemmer, w.lower()) in engine.bm25.terms
    ]
    if read:
        return f"the word is read as written or by a one-word form: {read}"
    absent = [t for t in params["terms"] if not minutes.occurs(t)]
    if absent:
        return f"a Dutch term it names does not occur: {absent}"
    heads = {_english_stem(w.lower()) for w in params["words"]}
    terms = {" ".join(t.lower().split()) for e in Glossary.default().entries for t in e.en}
    wrong = [
        p
        for p in params["phrases"]
        if p not in terms or len(p.split()) != 2 or _english_stem(p.split()[-1]) not in heads
    ]
    if wrong:
        return f"a phrase it names is no two-word glossary term of the word: {wrong}"
    asked = " " + " ".join(_WORD.findall(answer.question.lower())) + " "
    named = [p for p in params["phrases"] if f" {p} " in asked]
    return f"the question names it: {named}" if named else None
