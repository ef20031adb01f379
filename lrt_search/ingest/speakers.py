"""Attribute statements to the organisations that speak in them.

The minutes name the speaker at the start of a sentence ("IPO herkent ...", "Het IPO vraagt ...",
"Vanuit SJenV en MBZK ...", "Kritiek van IPO ..."). An organisation counts as a speaker when it
is named among the first words of a sentence and not as the object of a preposition ("vraagt aan
Aedes"), in a sentence that is no attendance note ("De Ministers van VWS en OCW zijn
verhinderd", "wordt vervangen door DGRVB", see ``lexicon/data/attendance.toml``). Sub-bullets
and sentences that open with "Hij"/"Zij" inherit the speaker before them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..lexicon.datafiles import bundled_text, parse_toml
from ..lexicon.organisations import Mention, OrgTable
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import alternation, word_set
from .people import People, is_abbreviation, merge

#: How many words into a sentence a speaker may be named.
SUBJECT_WINDOW = 8
_OBJECT_PREPOSITIONS = frozenset(
    [
        "aan",
        "met",
        "naar",
        "bij",
        "voor",
        "over",
        "door",
        "tot",
        "tegen",
        "dan",
        "zoals",
        "richting",
        "op",
        "in",
        "uit",
        "om",
    ]
)
_ARTICLES = word_set("function_words", "articles")
_PRONOUNS = frozenset(["hij", "zij", "ze", "hun"])
# A sentence ends at ". X", at "(Actie:" and at "; X" ("VNG vraagt ...; SJenV antwoordt ...").
_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z(])|\((?=(?:Actie|Afspraak|NB)\s*:)|(?<=;)\s+(?=[A-Z])"
)
# A label of the register ("Afspraak:", "Actiepunten:") or a note ("NB:") opens a sentence.
_PREFIX = re.compile(rf"^(?:{alternation('minutes', 'register_labels')}|NB)\s*:\s*", re.I)
_LABEL = re.compile(r"^([^:]{1,40}):\s+")
_WORD = re.compile(r"\S+")
_JOINERS = frozenset({"en", "and", "&", "de", "het", "als"})  # "zowel Aedes als de VNG"
_PASSIVE = word_set("function_words", "passive_auxiliaries")
_SPEAKER_PREPOSITIONS = word_set("speech", "speaker_prepositions")
_SPEECH_NOUNS = word_set("speech", "speech_nouns")
# "De VNG-delegatie vraagt" speaks; "De COA-locatie in Budel sluit" does not.
_REPRESENTS = word_set("speech", "represents") | {"voorzitter", "bestuur", "leden", "top"}
_COMPOUND = re.compile(r"-([a-zà-ÿ][^\W\d_]*)")


@cache
def _attendance() -> re.Pattern[str]:
    phrases = parse_toml("attendance.toml", bundled_text("attendance.toml"))["phrases"]
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len)[::-1])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def is_attendance(sentence: str) -> bool:
    """Whether ``sentence`` says who is present, absent or replaced ("De Ministers van VWS en
    OCW zijn verhinderd", "wordt vervangen door DGRVB"): its organisations do not speak. The
    phrases are data (``lexicon/data/attendance.toml``)."""
    return bool(_attendance().search(sentence))


def _mentions(text: str, table: OrgTable, people: People | None) -> list[Mention]:
    """Organisations and people (``people``: the meeting's attendee list) named in ``text``."""
    found = table.mentions(text)
    return merge(found, people.mentions(text)) if people is not None else found


def _is_verb(word: str) -> bool:
    return dutch_class(word.strip(".,;:()")) == "V"


def _inverted_subject(words: list[tuple[int, str]], start: int) -> bool:
    """Whether the name at ``start`` is the subject after the verb of a sentence that opens
    with a prepositional phrase ("Op de vraag van het IPO ... antwoordt het COA dat ..."):
    the word before it (articles skipped) is the sentence's first verb."""
    before = [w.lower().strip(".,;:()") for position, w in words if position < start]
    if not before or before[0] not in _OBJECT_PREPOSITIONS:
        return False
    while before and before[-1] in _ARTICLES:
        before.pop()
    verbs = [index for index, word in enumerate(before) if _is_verb(word)]
    return verbs == [len(before) - 1]


def sentence_speakers(sentence: str, table: OrgTable, people: People | None = None) -> list[str]:
    """Speakers named as subject of one sentence, in order of mention; ``people`` (the
    meeting's attendee list) resolves persons ("Dhr. Jansen", "de voorzitter")."""
    sentence = _PREFIX.sub("", sentence.strip(" ()"))
    label = _LABEL.match(sentence)
    if label:
        named = _mentions(label.group(1), table, people)
        rest = label.group(1)
        # "MBZK: we moeten ..." and "Vraag van de VNG: ..." name the speaker; "Bod van Aedes:
        # MBZK ..." is a topic label.
        if named and (len(rest.split()) <= 2 or rest.split()[0].lower() in _SPEECH_NOUNS):
            return list(dict.fromkeys(m.code for m in named))
        sentence = sentence[label.end() :]
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(sentence)]
    if not words:
        return []
    # Allow a parenthesised list right after the subject noun: "Verschillende leden (VNG, IPO)".
    window_end = words[min(SUBJECT_WINDOW, len(words)) - 1][0] + 1
    open_paren = sentence.find("(")
    if 0 <= open_paren < (words[min(3, len(words)) - 1][0] + 1):
        close = sentence.find(")", open_paren)
        if close > 0:
            window_end = max(window_end, close)
    speakers: list[str] = []
    last_end: int | None = None
    for mention in _mentions(sentence, table, people):
        inverted = last_end is not None and _inverted_subject(words, mention.start)
        if mention.start >= window_end and not inverted:
            break
        if last_end is not None and not inverted:
            # After the subject, only a coordinated name ("IPO en VNG", "(VNG, IPO)") counts.
            gap = re.sub(r"[\s,()'&]+", " ", sentence[last_end : mention.start]).split()
            if any(word.lower() not in _JOINERS for word in gap):
                break
        compound = _COMPOUND.match(sentence, mention.end)
        if compound and compound.group(1).lower() not in _REPRESENTS:
            continue  # the first part of a compound ("COA-locaties"), not the organisation
        after = sentence[mention.end :].split(maxsplit=1)
        passive_after = bool(after) and after[0].lower() in _PASSIVE
        agent = False
        if last_end is None:
            before = [w.lower().strip("(,") for start, w in words if start < mention.start]
            while before and before[-1] in _ARTICLES:
                before.pop()
            # "wordt door VNG ervaren", "Door het IPO wordt opgemerkt": a passive's agent
            passive_agent = before[-1:] == ["door"] and (
                passive_after or (len(before) > 1 and before[-2] in _PASSIVE)
            )
            # "Vanuit Aedes wordt aangegeven", "Namens de VNG", "Volgens het COA"; "Op verzoek
            # van IPO wordt ...": who asks speaks
            last = before[-1] if before else ""
            asks = last == "van" and len(before) > 1 and before[-2] in _SPEECH_NOUNS
            agent = passive_agent or asks or last in _SPEAKER_PREPOSITIONS
            if agent:
                pass
            elif before and before[-1] in _OBJECT_PREPOSITIONS:
                continue
            elif before[:1] and before[0] in _ARTICLES and any(map(_is_verb, before[1:])):
                continue  # "De leden danken dhr. Jansen": the object of the subject's verb
            elif before and before[-1] == "van" and len(before) > 4:
                continue  # "Kritiek van IPO" names a speaker; "gebruik ... van de IND" does not
        if passive_after and not agent:
            continue
        speakers.append(mention.code)
        last_end = mention.end
    return list(dict.fromkeys(speakers))


def split_sentences(text: str) -> list[str]:
    """The sentences of a statement. A full stop after a form of address or an initial
    ("Dhr. Jansen", "mevr. A. Bakker", "t.a.v. IPO") ends none."""
    out: list[str] = []
    start = 0
    for end in _SENTENCE_SPLIT.finditer(text):
        head = text[start : end.start()].split()
        if head and head[-1].endswith(".") and is_abbreviation(head[-1]):
            continue
        out.append(text[start : end.start()])
        start = end.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def starts_with_pronoun(text: str) -> bool:
    """Whether a sentence of the statement opens with a personal pronoun ("Hij geeft aan ...")."""
    for sentence in split_sentences(text):
        words = sentence.split(maxsplit=1)
        if words and words[0].lower() in _PRONOUNS:
            return True
    return False


def attribute(
    statements: Sequence[tuple[str, int]], table: OrgTable, people: People | None = None
) -> list[tuple[str, ...]]:
    """Speakers of each ``(text, level)`` statement of one agenda item, in order; ``people``
    (the meeting's attendee list, :class:`People`) resolves the persons named."""
    result: list[tuple[str, ...]] = []
    parent: tuple[str, ...] = ()
    previous: tuple[str, ...] = ()
    for text, level in statements:
        speakers: list[str] = []
        sentences = split_sentences(text)
        for sentence in sentences:
            if not is_attendance(sentence):
                speakers.extend(sentence_speakers(sentence, table, people))
        found = tuple(dict.fromkeys(speakers))
        # An attendance note: nobody speaks in it, and it inherits no speaker.
        inherits = not found and not (sentences and all(is_attendance(s) for s in sentences))
        if inherits and starts_with_pronoun(text):
            found = previous
        if inherits and not found and level > 0:
            found = parent
        if level == 0:
            parent = found
        result.append(found)
        previous = found
    return result
