"""Rule ``silent_body``: a body asked as the speaker that never speaks in the minutes.

Two readings of one class ("what did X say / which objections did X have" where X has no
statement of its own in the minutes, and any quote on the topic is someone else's):

- **Stance frames** (:func:`stance_frame`): "Welke argumenten gaf Defensie over ...", "Welke
  bezwaren had Defensie tegen ...", "Which objections did X raise": a question word, a word of
  speech or stance, and a body read as the speaker; the gate ``speaker_not_silent``
  (:mod:`~lrt_search.answer.speaker_silent`) applies as to "Wat zei X over", which it read only
  from the "Wat zei <wie>" pattern.
- **Bodies the alias table does not know** (:func:`unknown_body`, gate
  :func:`gate_body_silent`): "Wat zei de Tweede Kamer zelf over ...", "wat zei de gemeente
  amsterdam eh over ...": the speaker phrase, without fillers (speech.toml ``speaker_fillers``),
  holds a body noun (``body_heads``) and another content word, or is an acronym. The minutes'
  speakers are the alias table's bodies and the attendee lists' people, so such a body makes
  no statement; the reason names the meetings whose minutes write it (reason ``body_silent``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

from ..index.analysis import words
from ..index.facts import corpus_facts
from ..lexicon.wordlists import alternation, word_set
from ..search.query import is_speech_word
from .meeting_not_held import phrase_pattern
from .person_speaker import person_speaker

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever
    from .evidence import Asked

_LEADS = (
    word_set("function_words", "question_words_en")
    | word_set("function_words", "question_words_nl")
    | word_set("speech", "asked_before")
)
_STANCE_NOUNS = (
    word_set("speech", "stance_nouns")
    | word_set("topics", "stances")
    | word_set("topics", "reactions")
)
_FILLERS = word_set("speech", "speaker_fillers")
_HEADS = word_set("speech", "body_heads")
_PREPOSITIONS = alternation("speech", "speaker_prepositions")
_ENDS = word_set("speech", "not_speaker_before") | word_set("topics", "openers")
_ARTICLES = word_set("function_words", "articles")
_PARTICLES = word_set("function_words", "name_particles") | word_set("function_words", "articles")


def stance_frame(question: str, reading: ParsedQuestion) -> bool:
    """Whether ``question`` opens with a question word ("Welke", "What") and a noun of stance
    or objection among its next three words (speech.toml ``stance_nouns``, topics.toml
    ``stances``, ``reactions``), with a body read as its speaker ("Welke argumenten gaf
    Defensie", "Welke bezwaren had Defensie tegen ...", "What was the position of X"): it asks
    what that body said or holds."""
    lead = words(question)[:4]
    return (
        bool(lead)
        and lead[0] in _LEADS
        and bool(_STANCE_NOUNS & set(lead[1:]))
        and bool(reading.speaker)
        and reading.speech
    )


def stance_subject(question: str) -> str:
    """Who a stance frame names after its verb when no speaker phrase was read ("Welke
    argumenten gaf de Tweede Kamer over X": "Tweede Kamer"): the words after a question word,
    a noun of stance among the next two words and one verb, up to a preposition or topic opener
    (speech.toml ``not_speaker_before``, topics.toml ``openers``), articles left out; else ""."""
    tokens = question.strip().rstrip("?").split()
    lowered = [t.lower().strip(",") for t in tokens]
    if not lowered or lowered[0] not in _LEADS:
        return ""
    at = next((i for i in (1, 2) if i < len(lowered) and lowered[i] in _STANCE_NOUNS), 0)
    who: list[str] = []
    for token, low in zip(tokens[at + 2 :], lowered[at + 2 :], strict=True) if at else ():
        if low in _ENDS or token.endswith(","):
            break
        who.append(token)
    while who and who[0].lower() in _ARTICLES:
        who.pop(0)
    return " ".join(who)


def unknown_body(reading: ParsedQuestion) -> str:
    """The body the speaker phrase of ``reading`` names when no body of the alias table was
    read ("Tweede Kamer" of "Tweede Kamer zelf", "gemeente amsterdam" of "gemeente amsterdam
    eh"), else "": the phrase without fillers holds a body noun (speech.toml ``body_heads``)
    and, in a question with capitals, one to three other words all capitalised ("Raad voor
    Vluchtelingenwerk", "Ministry of Finance"), in a question in lower case exactly one other
    word; or it is one acronym ("EU", "UWV"). A person's name or an office alone names no body
    here, nor a phrase holding a verb ("led the ministry to"). Without a speaker phrase, the
    subject of a stance frame (:func:`stance_subject`) is read."""
    phrase = reading.speaker_phrase or stance_subject(reading.text)
    if reading.speaker or not phrase:
        return ""
    kept = [w.removesuffix("'s").removesuffix("\u2019s") for w in phrase.split()
            if w.lower().strip(",") not in _FILLERS]  # fmt: skip
    content = [w for w in kept if w.lower() not in _PARTICLES]
    if len(content) == 1 and re.fullmatch(r"[A-Z]{2,6}", content[0]):
        return content[0]
    if not any(w.lower() in _HEADS for w in content):
        return ""
    others = [w for w in content if w.lower() not in _HEADS]
    if any(c.isupper() for c in reading.text):  # every other word a name: "Tweede Kamer"
        fits = 2 <= len(content) <= 4 and all(w[:1].isupper() for w in others)
    else:  # a question in lower case: a body noun and one word ("gemeente amsterdam")
        fits = len(content) == 2 and len(others) == 1
    return " ".join(kept) if fits else ""


def mentioned_on(retriever: Retriever, name: str) -> tuple[list[str], bool]:
    """The meeting days (ISO) whose minutes write ``name`` (any case, a space any whitespace
    or hyphen), and whether one of them reports it speaking (:func:`reports_speech`: "heeft de
    Raad van State aangegeven", "volgens de Tweede Kamer"). Only the chunks holding each of its
    words are read (the corpus facts' word rows)."""
    facts, rows = corpus_facts(retriever.chunks), None
    for word in words(name):
        found = facts.rows_of(word)
        if found is None:
            return [], False
        rows = found if rows is None else np.intersect1d(rows, found)
    pattern = phrase_pattern(name)
    texts = [(c.meeting_date.isoformat(), c.text) for c in map(retriever.chunks.__getitem__,
             (int(r) for r in (rows if rows is not None else ())))]  # fmt: skip
    days = sorted({day for day, text in texts if pattern.search(text)})
    return days, any(reports_speech(text, name) for _, text in texts)


def reports_speech(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` speaking: a word of speech among the four words after
    it in its sentence (speech.toml ``speech``, :func:`~lrt_search.search.query.
    is_speech_word`: "de Raad van State aangegeven", "de Kamer vraagt") or a speaker
    preposition before it ("volgens de Tweede Kamer", "vanuit de EU"; speech.toml
    ``speaker_prepositions``)."""
    written = phrase_pattern(name).pattern
    before = rf"(?<!\w)(?:{_PREPOSITIONS})\s+(?:(?:de|het|the)\s+)?{written}"
    if re.search(before, text, re.I):
        return True
    for m in re.finditer(written, text, re.I):
        after = re.findall(r"[\w'-]+", re.split(r"[.;:!?]", text[m.end() :], maxsplit=1)[0])
        if any(is_speech_word(w) for w in after[:4]):
            return True
    return False


def gate_body_silent(asked: Asked) -> dict[str, Any] | None:
    """Rule ``silent_body``: the body the question asks as its speaker when the alias table
    does not know it (:func:`unknown_body`; not a person of the attendee lists), with the
    meetings whose minutes name it."""
    retriever, reading = asked.retriever, asked.reading
    if not retriever.settings.silent_body:
        return None
    body = unknown_body(reading)
    if not body or person_speaker(retriever, reading) is not None:
        return None
    forms = dutch_forms(retriever, body)
    found = [mentioned_on(retriever, form) for form in forms]
    if any(speaks for _, speaks in found):
        return None
    days = sorted({day for written, _ in found for day in written})
    return {"names": [body], "dates": days, "forms": forms}


def dutch_forms(retriever: Retriever, name: str) -> list[str]:
    """``name`` and the Dutch terms of a glossary term that is the whole name ("Council of
    State": "Raad van State"; "European Union": "EU", ...)."""
    glossary = getattr(retriever, "glossary", None)
    whole = [e for t, e in glossary.matches(name) if t.lower() == name.lower()] if glossary else []
    return list(dict.fromkeys([name, *(t for e in whole for t in e.nl)]))


__all__ = [
    "dutch_forms",
    "gate_body_silent",
    "mentioned_on",
    "reports_speech",
    "stance_frame",
    "unknown_body",
]
