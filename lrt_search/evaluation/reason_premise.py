"""Reason ``premise_unsupported`` of a "why" premise or a stance (no ``act`` parameter) checked
from the index, independently of the premise check (answer/premise*.py). The reason says that
no statement (in its period; the text names no speaker) supports the premise; a statement can
only support it when it holds every content word of the premise, in some form. The checker
reads each content word in every form it could stand in - the analyzer's terms and spelling
variants, every form of a strong Dutch verb (``inflections.toml``), a participle without its
"ge-", and of an English question its one-word Dutch glossary / role terms and every FreeDict
translation - and calls the reason false when a statement of the period holds all of them (with
its item heading; a name also by its speaker or a mention). A word none of whose forms any
statement holds is in no statement: the reason is then true, whatever the rest. Words that
frame the question (stopwords, questions.toml ``frame`` / ``claim_openers``, modals, light
verbs, months, numbers) are not required."""

from __future__ import annotations

import functools
from typing import Any

from ..answer.act_stated import states_named_acts
from ..index.analysis import LIGHT_VERBS, dutch_stopwords, english_stopwords, words
from ..lexicon.datafiles import bundled_toml
from ..lexicon.dates import MONTHS
from ..lexicon.freedict import english_headword, english_lemmas, english_to_dutch
from ..lexicon.glossary import Glossary
from ..lexicon.wordlists import word_set
from .reason_words import act_unstated_shown, dutch_forms, english


@functools.cache
def _strong_forms() -> dict[str, frozenset[str]]:
    """Every form of a strong Dutch verb (with each prefix and particle) -> all its forms."""
    data = bundled_toml("inflections.toml")
    affixes = ["", *data["dutch_verb_prefixes"], *data["dutch_verb_particles"]]
    out: dict[str, set[str]] = {}
    for row in data["dutch_strong"]:
        for affix in affixes:
            forms = {affix + str(f) for f in row} | {affix + str(f)[2:] for f in row[-1:]}
            for form in forms:
                out.setdefault(form, set()).update(forms)
    return {form: frozenset(forms) for form, forms in out.items()}


@functools.cache
def _frame() -> frozenset[str]:
    """The words a supporting statement need not hold: stopwords, the words that frame a
    question, open a claim or are modals, light verbs, and month names (the period is the
    reason's ``period``). A word of speech or stance ("klaagde", "steun") is a claim: kept."""
    lists = [("questions", "frame"), ("questions", "claim_openers"),
             ("speech", "actor_verbs_before"), ("speech", "possibility_modals"),
             ("speech", "speaker_prepositions")]  # fmt: skip
    out = set(english_stopwords() | dutch_stopwords() | LIGHT_VERBS | set(MONTHS))
    for kind, name in lists:
        out |= word_set(kind, name)
    return frozenset(out)


def word_forms(word: str, is_english: bool, glossed: tuple[str, ...] = ()) -> set[str]:
    """Every form ``word`` (lower case) may stand in, in a statement of the minutes; ``glossed``:
    the Dutch terms of a glossary entry an English phrase holding it matches."""
    forms = {word, *_strong_forms().get(word, ()), *glossed}
    if word.startswith("ge") and len(word) > 5:
        forms.add(word[2:])  # "gestapt": "(uit)stapt"
    if is_english:
        for head in {word, english_headword(word), *english_lemmas(word)}:
            forms.update(d for d in english_to_dutch(head) if " " not in d)
        forms.update(dutch_forms(word, heads=False))
    return {f for f in forms if " " not in f}  # a term of several words is no form of one


def premise_units(engine: Any, premise: str, is_english: bool) -> list[frozenset[str]] | None:
    """Per content word of ``premise`` (not a stopword): the index terms of its forms
    (:func:`word_forms`), and a name's organisation code as ``org:CODE``; None when some word
    has no form the index holds: no statement holds it."""
    known, held = engine.bm25.terms, _all_terms(engine)
    glossed: dict[str, list[str]] = {}
    for found, entry in Glossary.default().matches(premise) if is_english else ():
        for word in words(found):
            glossed.setdefault(word, []).extend(nl for nl in entry.nl if " " not in nl)
    units = []
    for word in words(premise):
        if word in _frame() or word.isdigit():
            continue
        text = " ".join(word_forms(word, is_english, tuple(glossed.get(word, ()))))
        terms = {t for t in engine.analyzer.tokenize_query(text, known) if t in held}
        code = engine.orgs.resolve(word)
        terms |= {f"org:{code}"} if code else set()
        if not terms:
            return None
        units.append(frozenset(terms))
    return units


@functools.cache
def _said_terms(engine: Any) -> tuple[tuple[Any, frozenset[str], str], ...]:
    """Every statement: its chunk, its terms with its item heading's, speakers' and mentioned
    organisations' codes (``org:CODE``), and its text."""
    tokenize, orgs = engine.analyzer.tokenize, engine.orgs
    out = []
    for chunk in engine.chunks:
        heading = set(tokenize(chunk.item_title or ""))
        for s in chunk.statements:
            codes = {orgs.resolve(x) or x for x in s.speakers}
            codes |= {m.code for m in orgs.mentions(s.text)}
            terms = set(tokenize(s.text)) | heading | {f"org:{c}" for c in codes}
            out.append((chunk, frozenset(terms), s.text))
    return tuple(out)


@functools.cache
def _all_terms(engine: Any) -> frozenset[str]:
    """Every term of every statement (:func:`_said_terms`)."""
    return frozenset(t for _, terms, _ in _said_terms(engine) for t in terms)


def premise_unsupported(minutes: Any, answer: Any, params: dict) -> str | None:
    """Reason ``premise_unsupported``: of rule act_stated (``act``) by
    :func:`.reason_words.act_unstated_shown`; else false when a statement of the reason's
    period (its text names no speaker: of any) holds every content word of the premise in some
    form."""
    if params.get("act"):
        return _act_unstated(minutes, answer, params)
    units = premise_units(minutes.engine, str(params.get("premise") or ""), english(answer))
    if not units:
        return None
    # The text names a period, never a speaker: every statement of the period.
    wanted = {(s.date, s.text) for s in minutes.statements({**params, "speaker": None})}
    found = [
        text
        for chunk, terms, text in _said_terms(minutes.engine)
        if (chunk.meeting_date, text) in wanted and all(u & terms for u in units)
    ]
    return f"a statement holds every word of the premise: {found[0][:160]!r}" if found else None


def _act_unstated(minutes: Any, answer: Any, params: dict) -> str | None:
    """Reason ``premise_unsupported`` of rule act_stated: with the act's ``object`` (the
    question's topic less the act's words; session 30 task C2), false when a passage shown
    states the act and holds every content word of the object in some form
    (:func:`premise_units`; a long statement holding the act and the object's words apart, in
    other sentences, is shown and read as stating it); true when some word of the object no
    statement holds. Without
    an object: :func:`.reason_words.act_unstated_shown` (any passage shown stating the act)."""
    thing = str(params.get("object") or "")
    if not thing:
        return act_unstated_shown(minutes, answer, params)
    engine, acts = minutes.engine, str(params["act"])
    units = premise_units(engine, thing, english(answer))
    if units is None:
        return None
    shown = [c.quote for c in answer.citations] + [h.text for h in answer.closest]
    tokenize = engine.analyzer.tokenize
    texts = [(t, frozenset(tokenize(t))) for t in shown]
    found = [
        t for t, terms in texts if all(u & terms for u in units) and states_named_acts(acts, t)
    ]
    return f"a passage shown states the act of its object: {found[0][:160]!r}" if found else None
