"""A person named as the speaker of a question ("Wat zei Faber ...", "Wat zei mevrouw Van der
Burg ..."): their organisation from the attendee lists, and the name as the question writes it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.surnames import COMMON_WORD, fold_index, fold_surname
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import alternation, word_set
from ..search.parsed import ParsedQuestion
from ..search.query import SpeakerRules
from ..search.speaker_people import person_speaks
from .attendance import people_orgs
from .person_period import body_in_period

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def person_speaker(retriever: Retriever, parsed: ParsedQuestion) -> tuple[str, str] | None:
    """A person the question names as speaker ("Wat zei Faber ...") and their organisation,
    from the attendee lists."""
    if not parsed.speech:
        return None
    people = people_orgs(retriever)
    rules = SpeakerRules.of(retriever.settings)
    for m in re.finditer(r"\b[A-Z][a-zà-ÿ]+\b", parsed.text):
        code = people.get(m.group(0).lower()) or folded_person(retriever, m.group(0))
        if code and person_speaks(parsed.text, m.start(), m.end(), rules):
            return m.group(0), body_in_period(retriever, parsed, m.group(0), code)
    return None


def source_person(retriever: Retriever, parsed: ParsedQuestion) -> tuple[str, str] | None:
    """Rule ``person_source_speaker``: a person of the attendee lists the question names as
    its source ("..., according to De Jonge?", "volgens Keizer") and their organisation; the
    source is who spoke, also when the question names an organisation as the subject of its
    clause ("Which step do provinces shy away from, according to De Jonge?")."""
    if not retriever.settings.person_source_speaker:
        return None
    people = people_orgs(retriever)
    one = alternation("speech", "speaker_before")
    two = alternation("speech", "speaker_before_two")
    particles = alternation("function_words", "name_particles")
    source = re.compile(rf"\b(?:{two}|{one})\s+(?:(?:{particles})\s+)*([A-Z][a-zà-ÿ]+)\b", re.I)
    for m in source.finditer(parsed.text):
        word = m.group(1)
        if not word[0].isupper():
            continue
        code = people.get(word.lower()) or folded_person(retriever, word)
        if code:
            return word, body_in_period(retriever, parsed, word, code)
    return None


def folded_person(retriever: Retriever, word: str) -> str | None:
    """Rule surname_folding: the organisation of the one listed person whose surname folds
    like ``word`` ("Keijzer" -> "Mw. Keizer (VRO)"); a common Dutch word names nobody."""
    if not retriever.settings.surname_folding or zipf(word.lower(), "nl") >= COMMON_WORD:
        return None
    return _folded_people(retriever).get(fold_surname(word))


def _folded_people(retriever: Retriever) -> dict[str, str]:
    """``{folded surname: organisation code}`` of the attendee lists (``lexicon/surnames.py``)."""
    cached = getattr(retriever, "_folded_people", None)
    if cached is None:
        cached = fold_index(people_orgs(retriever).items())
        retriever._folded_people = cached  # type: ignore[attr-defined]
    return cached


def written_name(text: str, surname: str) -> str:
    """``surname`` as the question writes it, with the name particles before it ("Van der
    Burg", not "Burg": lexicon/data/function_words.toml ``name_particles``); a lower-case
    article before it is left out ("de Faber" -> "Faber")."""
    particles = alternation("function_words", "name_particles")
    found = re.search(rf"\b(?:(?:{particles})\s+)*{re.escape(surname)}\b", text, re.I)
    if not found:
        return surname
    articles = word_set("function_words", "articles")
    written = found.group(0).split()
    while len(written) > 1 and written[0] in articles:  # "zei de Faber": the article is no name
        written.pop(0)
    return " ".join(written)
