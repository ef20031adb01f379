"""The premise of a "why" question ("Waarom is de VNG uit de LRT gestapt?": the VNG left the
LRT): the index terms a statement must hold to support it.

Its content words (not names, not stopwords) each give their terms; a Dutch separable verb is
read whole ("uit ... gestapt" -> "uitstappen", not "stap"), so "stappen op de IBT ladder" does
not support "uit de LRT gestapt".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import LIGHT_VERBS
from ..lazyre import lazy
from ..lexicon.freedict import english_headword, english_to_dutch
from ..lexicon.wordclass import dutch_class
from ..search.query import is_speech_word_in
from ..search.unread import content_words
from .informativeness import informativeness
from .premise_forms import verb_form_terms
from .premise_glossary import glossary_covering
from .premise_unlisted import unlisted_claim
from .stance import stance_words
from .topics import everyday_paraphrase
from .word_forms import minutes_forms, particles_after

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever

#: Particles of Dutch separable verbs ("uit" in "uitstappen", "op" in "opvangen").
_PARTICLES = frozenset(["uit", "op", "aan", "af", "mee", "toe", "terug", "weg"])
_PARTICIPLE = lazy(r"^ge(\w{3,}(?:d|t|en))$")
#: Of the particles, those that are also prepositions ("op de agenda").
_PREPOSITIONS = frozenset(["op", "aan", "toe"])


def premise_terms(
    retriever: Retriever, parsed: ParsedQuestion, english: bool
) -> tuple[str, tuple[frozenset[str], ...]]:
    """The premise of a why-question (``parsed.premise``: its words after the question word)
    and, per content word, the index terms one of which a supporting statement must hold;
    ``("", ())`` when the question does not ask why. English words the index lacks are checked
    through their translations; one no dictionary translates is left unchecked, unless it is
    the claim verb no dictionary lists (rule ``premise_unlisted_verb``). (Rule
    ``premise_english_cognates``, an English word the index holds as written read as a
    translated word, was deleted in session 17: it changed only the question it was built on;
    docs/settings.md.)"""
    premise = parsed.premise
    if not parsed.asks("why") or not premise:
        return "", ()
    known = retriever.bm25.terms
    analyzer = retriever.analyzer
    needs: list[frozenset[str]] = []
    paraphrases: list[frozenset[str]] = []
    held: list[str] = []  # the words whose terms the index has
    bridged: list[frozenset[str]] = []  # English words whose translations the index holds
    claims = 0  # the content words that are not names
    general: list[frozenset[str]] = []  # general words (not required beside specific ones)
    # Rule negative_stance_stated: the stance's words are checked by its own check.
    stance = stance_words(premise) if retriever.settings.negative_stance_stated else frozenset()
    for word, start, _ in content_words(
        premise, retriever.orgs, main=retriever.settings.main_clause_intent
    ):
        if word[:1].isupper() and start > 0:
            continue  # a name: the names check looks for it
        claims += 1
        if word.lower() in stance:
            continue  # the claim's stance: the check negative_stance_stated looks for it
        form = _verb_whole(retriever, premise, word.lower(), start)
        terms = frozenset(analyzer.tokenize_query(form, known)[:1])
        if not english:  # rule premise_verb_forms: "sloot" is also "sluit", "sluiten"
            terms |= verb_form_terms(retriever, form) | other_forms(retriever, premise, form)
        in_index = any(t in known for t in terms)
        if english and not in_index:
            terms = _translated(retriever, form) or _glossary_terms(retriever, word)
            in_index = any(t in known for t in terms)
            # Rule premise_glossary_beside: a need is also met by the glossary's wording.
            extra = glossary_covering(retriever, premise, start)
            if not terms:  # no translation: unchecked, unless the claim no dictionary lists
                claim = unlisted_claim(retriever, premise, form, claims == 1)
                needs.append(claim | extra if claim else claim)
                continue
            # The minutes hold none of its translations: a paraphrase word; else it names
            # what the premise is about but is not required (a dictionary misses synonyms).
            if in_index:
                held.append(word)
                bridged.append(terms | extra)
            else:
                paraphrases.append(terms | extra)
            continue
        parts = [] if english or in_index else _compound_parts(retriever, form)
        if parts:  # rule premise_compound_parts: "documentaanlevering" as its two words
            held.append(word)
            needs += parts
            continue
        if _general(retriever, word, english):
            general.append(terms)  # rule premise_specific_words: frames it, names nothing
            continue
        if not english and not in_index and everyday_paraphrase(retriever, word, premise):
            paraphrases.append(terms)
            continue
        held += [word] if in_index else []
        needs.append(terms)
    if not _names_something(retriever, held, english) and (not english or len(paraphrases) == 1):
        # English: one untranslated word is the claim ("leave"); several, the dictionary
        # lacks the question's words, and their absence proves nothing.
        needs += paraphrases  # nothing else to hold: the premise is its paraphrase words
    if _one_word_claim(retriever, premise, bridged, claims):
        needs += bridged  # rule premise_translations_required: the one word besides names
    if not any(needs):
        needs += general  # a premise of general words only keeps them
    return premise, tuple(n for n in needs if n)


def other_forms(retriever: Retriever, premise: str, form: str) -> frozenset[str]:
    """Rule ``premise_restatements_read`` (``Settings.premise_restatements_read``): the index
    terms of the minutes' words that are another form of a Dutch premise word's word
    (answer.word_forms.minutes_forms: "functioneerde", "gefunctioneerd", "functioneren" ->
    "functioneert"; "aangepast" -> "aanpassen"), a separable verb's particle closing the
    premise joined to it ("paste ... aan" -> "aanpassen"). When a particle that is no
    preposition stands after the word ("stapte de VNG uit de LRT"), only forms with a particle
    count: "stappen" does not restate "uitstappen". Empty when the rule is off."""
    if not retriever.settings.premise_restatements_read or not form.isalpha():
        return frozenset()
    lower = premise.lower()
    particles = particles_after(lower, form)
    after = lower.split(form, 1)[-1].split() if form in lower else []
    found = minutes_forms(retriever, form, particles)
    if particles or _PARTICLES.difference(_PREPOSITIONS).intersection(after):
        found = [f for f in found if f.startswith(tuple(_PARTICLES | set(particles)))]
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    return frozenset(t for f in found for t in tokenize(f, known)[:1] if t in known)


def is_verb_form(retriever: Retriever, word: str) -> bool:
    """Rule ``premise_restatements_read``: whether the Dutch ``word`` the word-class table does
    not hold is a verb's participle whose other forms the minutes hold as verb forms
    ("gefunctioneerd": "functioneert"), so that it is the premise's event, not a noun."""
    if not retriever.settings.premise_restatements_read or not _PARTICIPLE.search(word):
        return False
    return any(dutch_class(f) == "V" for f in minutes_forms(retriever, word))


def _verb_whole(retriever: Retriever, premise: str, form: str, start: int) -> str:
    """A premise word (lower case, at ``start``) read whole when it is the participle of a
    separable verb whose particle stands among the three words before it ("uit de LRT gestapt"
    -> "uitstapt"); else as written. Rule ``premise_verb_forms``: a noun in "-heid"
    ("gezamenlijkheid") is no participle."""
    participle = _PARTICIPLE.match(form)
    if participle and form.endswith("heid") and retriever.settings.premise_verb_forms:
        return form
    near = premise[:start].lower().split()[-3:]
    particle = next((p for p in reversed(near) if p in _PARTICLES), None)
    if participle and particle:
        return particle + participle.group(1)  # "uit" + "stapt"
    return form


def _one_word_claim(
    retriever: Retriever, premise: str, bridged: list[frozenset[str]], claims: int
) -> bool:
    """Rule ``premise_translations_required`` (``Settings.premise_translations_required``):
    the premise's only word besides names is an English word whose translations the minutes
    hold ("Why did the COA shut Ter Apel?"), so a supporting statement must hold one of them;
    not when the premise is of speaking ("warn against speeding up the IBT": what was said is
    paraphrased, and its words are no claim of an act)."""
    if not retriever.settings.premise_translations_required:
        return False
    return len(bridged) == claims == 1 and not is_speech_word_in(premise)


def _compound_parts(retriever: Retriever, word: str) -> list[frozenset[str]]:
    """Rule ``premise_compound_parts`` (``Settings.premise_compound_parts``): the parts of a
    Dutch premise compound the index lacks whole, each as its own need, when the analyzer
    splits it into two or more parts the index all holds ("documentaanlevering": the minutes'
    "aanlevering van documenten"; "arrangementdocument": "document" under the heading
    "Arrangement ..."). A supporting statement (with its heading) must hold every part, where
    before the whole compound, in no statement, left every premise unsupported. Empty when
    the rule is off or a part is unknown ("huurwoningbouw")."""
    if not retriever.settings.premise_compound_parts:
        return []
    known = retriever.bm25.terms
    parts = retriever.analyzer.tokenize_query(word, known)[1:]
    if len(parts) < 2 or not all(part in known for part in parts):
        return []
    return [frozenset([part]) for part in parts]


def _glossary_terms(retriever: Retriever, word: str) -> frozenset[str]:
    """Rule ``premise_glossary_words`` (``Settings.premise_glossary_words``): the index terms
    of the one-word Dutch terms of the glossary entry whose English term is ``word`` alone
    ("municipality" -> "gemeente", "gemeenten"), for an English premise word FreeDict gives
    no specific translation of: the project's own dictionary of the minutes' words, so the
    word is checked through them as through a FreeDict translation instead of being required
    as written (rule ``premise_unlisted_verb``) or left unchecked. Empty when the rule is off
    or no entry's term is the word."""
    if not retriever.settings.premise_glossary_words:
        return frozenset()
    out: set[str] = set()
    for found, entry in retriever.glossary.matches(word):
        if found.lower() != word.lower():
            continue
        for dutch in entry.nl:
            if " " not in dutch and dutch.isalpha():
                out.update(retriever.analyzer.tokenize(dutch)[:1])
    return frozenset(out)


def _translated(retriever: Retriever, word: str) -> frozenset[str]:
    """Rule ``premise_english_bridges`` (``Settings.premise_english_bridges``): the index terms
    of an English premise word's one-word Dutch translations (FreeDict, by its dictionary
    form: "leave" -> "verlaten", "vertrekken", ...) that are not general (a light verb, or
    weight below ``Settings.implied_topic_min_weight``), so that "Why did the VNG leave the
    LRT?" is checked as "Waarom is de VNG uit de LRT gestapt?" is. When the index holds none,
    the word is a paraphrase word (required only when the premise names nothing else); when
    it holds one, the word counts as named but is not required (rule
    ``premise_translations_required``, ``Settings.premise_translations_required``: unless it
    is the premise's only word besides names, "Why did the COA shut Ter Apel?"); empty (the
    word unchecked) when the rule is off or the dictionary has no translation."""
    if not retriever.settings.premise_english_bridges:
        return frozenset()
    least = retriever.settings.implied_topic_min_weight
    out: set[str] = set()
    for dutch in english_to_dutch(english_headword(word)):
        if " " in dutch or not dutch.isalpha() or dutch in LIGHT_VERBS:
            continue
        if informativeness(dutch, False) < least:
            continue  # a general word ("laten", "dicht") supports any premise
        out.update(retriever.analyzer.tokenize(dutch)[:1])
    return frozenset(out)


def _general(retriever: Retriever, word: str, english: bool) -> bool:
    """Rule ``premise_specific_words`` (``Settings.premise_specific_words``): whether a premise
    word is general (weight below ``Settings.implied_topic_min_weight``, as the general words
    of an implied topic: "komen", "geworden", "zoveel", "informatie"), so that a supporting
    statement need not hold it when the premise has a word that is not general."""
    settings = retriever.settings
    if not settings.premise_specific_words:
        return False
    return informativeness(word, english) < settings.implied_topic_min_weight


def _names_something(retriever: Retriever, held: list[str], english: bool) -> bool:
    """Whether the premise's words the index holds (``held``: not its paraphrase words) name
    something: one is not general (``Settings.implied_topic_min_weight``). Only then are its
    everyday adjectives and verb forms that the minutes lack left unchecked
    (``Settings.premise_paraphrase_words``): "bang dat gemeenten afhaken bij de taakstelling"
    is what "zorgen over hoogte van de taakstelling" says in other words."""
    if not retriever.settings.premise_paraphrase_words:
        return False
    least = retriever.settings.implied_topic_min_weight
    return any(informativeness(word, english) >= least for word in held)
