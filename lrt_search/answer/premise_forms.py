"""Rule ``premise_verb_forms`` (``Settings.premise_verb_forms``): a Dutch why-premise's verb of
a strong or irregular verb is read by every form of that verb, so that "Waarom sloot het IPO
zich aan bij de VNG?" is supported by "Het IPO sluit zich aan bij de VNG". Snowball's stems
join neither "sloot" and "sluit" nor "wees" and "wijst" (nor "wijzen" and "wijst"), so the
premise's past form, which the minutes write in the present, was required as written: no
statement held it, and a true premise was refused. The forms are those of the verb's row in
``lexicon/data/inflections.toml`` (``dutch_strong``), with the premise word's prefix
("besloot": "besluit", "verzocht": "verzoekt"); the event stays required, in any of its
forms, so a premise that changes the verb ("verliet", "wees ... af" for "wijst op") is still
unsupported where the minutes lack it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lexicon.datafiles import bundled_toml
from ..search.query import is_speech_word

if TYPE_CHECKING:
    from ..search.retriever import Retriever


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    """Every form of every verb of ``dutch_strong``, with each prefix and particle, mapped to
    the forms of its verb with that prefix (an inseparable prefix drops the participle's
    "ge-": "besloten")."""
    data = bundled_toml("inflections.toml")
    rows = [tuple(str(f) for f in row) for row in data["dutch_strong"]]
    prefixes = [str(p) for p in data["dutch_verb_prefixes"]]
    particles = [str(p) for p in data["dutch_verb_particles"]]
    out: dict[str, tuple[str, ...]] = {}
    for row in rows:
        variants = [row]
        for prefix in prefixes:
            participle = row[-1][2:] if row[-1].startswith("ge") else row[-1]
            variants.append((*(prefix + f for f in row[:-1]), prefix + participle))
        variants += [tuple(particle + f for f in row) for particle in particles]
        for forms in variants:
            for form in forms:
                out.setdefault(form, forms)
    return out


def strong_forms(word: str) -> tuple[str, ...]:
    """Every form of the strong or irregular Dutch verb ``word`` (lower case) is a form of,
    with its prefix or particle ("verving" -> "vervangen", "vervangt", "verving", ...); empty
    when ``word`` is no form of ``dutch_strong``."""
    return _forms().get(word, ())


def verb_form_terms(retriever: Retriever, word: str) -> frozenset[str]:
    """The index terms of every form of the strong or irregular Dutch verb ``word`` (lower
    case) is a form of ("sloot" -> those of "sluiten", "sluit", "sloot", "sloten",
    "gesloten"); empty when the rule is off, ``word`` is no form of the table, or a form of
    its verb is a word of speech ("sprak": "spreekt"; "riep": "roept"): the question's other
    forms of speech are no premise words (search.unread.content_words), and a premise read
    as the act of speaking alone would hold whatever was said ("sprak haar steun uit" for
    "spreekt hun zorgen uit")."""
    if not retriever.settings.premise_verb_forms:
        return frozenset()
    forms = _forms().get(word, ())
    if any(is_speech_word(form) for form in forms):
        return frozenset()
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    return frozenset(t for form in forms for t in tokenize(form, known)[:1])
