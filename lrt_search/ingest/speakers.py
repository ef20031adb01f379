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

from ..lazyre import lazy
from ..lexicon.datafiles import bundled_text, parse_toml
from ..lexicon.organisations import Mention, OrgTable
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import alternation, word_regex, word_set
from .people import People, is_abbreviation, merge

#: How many words into a sentence a speaker may be named.
SUBJECT_WINDOW = 8
_OBJECT_PREPOSITIONS = word_set("speech", "object_prepositions")
_ARTICLES = word_set("function_words", "articles")
_PRONOUNS = frozenset(["hij", "zij", "ze", "hun"])
# A sentence ends at ". X", at "(Actie:" and at "; X" ("VNG vraagt ...; SJenV antwoordt ...").
_SENTENCE_SPLIT = lazy(
    r"(?<=[.!?])\s+(?=[A-Z(])|\((?=(?:Actie|Afspraak|NB)\s*:)|(?<=;)\s+(?=[A-Z])"
)
# A label of the register ("Afspraak:", "Actiepunten:") or a note ("NB:") opens a sentence.
_PREFIX = lazy(rf"^(?:{alternation('minutes', 'register_labels')}|NB)\s*:\s*", re.I)
_LABEL = lazy(r"^([^:]{1,40}):\s+")
_WORD = lazy(r"\S+")
_JOINERS = frozenset({"en", "and", "&", "de", "het", "als"})  # "zowel Aedes als de VNG"
_PASSIVE = word_set("function_words", "passive_auxiliaries")
_SPEAKER_PREPOSITIONS = word_set("speech", "speaker_prepositions")
_SPEECH_NOUNS = word_set("speech", "speech_nouns")
# "De VNG-delegatie vraagt" speaks; "De COA-locatie in Budel sluit" does not.
_REPRESENTS = word_set("speech", "represents") | {"voorzitter", "bestuur", "leden", "top"}
_COMPOUND = lazy(r"-([a-zà-ÿ][^\W\d_]*)")
_SPEECH_WORDS = word_regex("speech", "speech")
_ACCORDING = frozenset(tuple(p.split()) for p in word_set("speech", "speaker_before_two"))
_ADVERBS = word_set("speech", "preposition_adverbs")
_HELD_AT = word_set("speech", "stance_after_bij")
# "De VNG steunt het voorstel, terwijl het IPO twijfelt": a clause after a comma and one of these
# conjunctions that opens with a name (an article allowed) has a subject of its own.
_CLAUSE = lazy(
    rf",\s+(?=(?i:{alternation('function_words', 'clause_conjunctions')})\s+"
    rf"(?:(?i:{alternation('function_words', 'articles')})\s+)?[A-Z])"
)


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
    found = merge(_title_cased_code(text, table), table.mentions(text))
    return merge(found, people.mentions(text)) if people is not None else found


_FIRST_WORDS = lazy(r"^(?:(\w+)\s+)?([A-Z][a-z]{2,})(?!\w)")


def _title_cased_code(text: str, table: OrgTable) -> list[Mention]:
    """Rule title_cased_code: an organisation's code of three or more capitals written with
    one capital ("Vng geeft aan", "Het Ipo vraagt") as the first word of a sentence or right
    after its article names that organisation (the minutes match codes case-sensitively)."""
    m = _FIRST_WORDS.match(text)
    if m is None or (m.group(1) is not None and m.group(1).lower() not in _ARTICLES):
        return []
    code = _capital_codes(table).get(m.group(2).upper())
    return [Mention(code, m.start(2), m.end(2), m.group(2))] if code else []


def _capital_codes(table: OrgTable) -> dict[str, str]:
    """Codes and aliases of three or more capitals only ("VNG", "DGSZW") -> code."""
    return {
        alias: org.code
        for org in table.organisations.values()
        for alias in (org.code, *org.aliases)
        if len(alias) >= 3 and alias.isalpha() and alias.isupper()
    }


def _is_verb(word: str) -> bool:
    return dutch_class(word.strip(".,;:()")) == "V"


def _inverted_subject(words: list[tuple[int, str]], start: int) -> bool:
    """Whether the name at ``start`` is the subject after the verb of a sentence that opens
    with a prepositional phrase ("Op de vraag van het IPO ... antwoordt het COA dat ..."):
    the word before it (articles skipped) is the sentence's first verb. After a speaker's
    preposition ("Mede namens de CdK's vraagt het IPO") that verb must be one of speech
    ("Volgens het COA heeft de IND ..." names one speaker)."""
    before = [w.lower().strip(".,;:()") for position, w in words if position < start]
    opener = before[1] if before[:1] and before[0] in _ADVERBS and len(before) > 1 else ""
    opener = opener or (before[0] if before else "")
    speech_opener = opener in _SPEAKER_PREPOSITIONS
    if not (opener in _OBJECT_PREPOSITIONS or speech_opener):
        return False
    while before and before[-1] in _ARTICLES:
        before.pop()
    verbs = [index for index, word in enumerate(before) if _is_verb(word)]
    return verbs == [len(before) - 1] and (
        not speech_opener or bool(_SPEECH_WORDS.fullmatch(before[-1]))
    )


def _object_of_preposition(before: list[str]) -> bool:
    """Whether the name after ``before`` (lower-case words, trailing articles removed) is a
    preposition's object: "met het COA", "tussen Rijk en medeoverheden" (rule
    object_preposition, ``speech.toml``)."""
    if before[-1:] and before[-1] in _OBJECT_PREPOSITIONS:
        return True
    if len(before) < 3 or before[-1] not in _JOINERS:
        return False
    rest = before[:-2]
    while rest and rest[-1] in _ARTICLES:
        rest.pop()
    return bool(rest) and rest[-1] in _OBJECT_PREPOSITIONS


def _opening(before: list[str], after: list[str], passive_after: bool) -> bool | None:
    """How the first name of a sentence is read from the words ``before`` it (lower case,
    trailing articles removed) and the word ``after`` it: True when it speaks whatever
    follows (a passive's agent, "Vanuit/Namens/Volgens X", "Op verzoek van X", "according
    to X", "Bij X leeft de zorg"), False when it is an object, None for a plain subject."""
    last = before[-1] if before else ""
    # "wordt door VNG ervaren", "Door het IPO wordt opgemerkt": a passive's agent
    if last == "door" and (passive_after or (len(before) > 1 and before[-2] in _PASSIVE)):
        return True
    # "Op verzoek van IPO wordt ...": who asks speaks
    if last == "van" and len(before) > 1 and before[-2] in _SPEECH_NOUNS:
        return True
    if last in _SPEAKER_PREPOSITIONS or tuple(before[-2:]) in _ACCORDING:
        return True
    if before == ["bij"] and after[:1] and after[0].lower() in _HELD_AT:
        return True  # "Bij het IPO bestaat twijfel": the stance is the IPO's
    if _object_of_preposition(before):
        return False
    if before[:1] and before[0] in _ARTICLES | _PRONOUNS and any(map(_is_verb, before[1:])):
        return False  # "De leden danken dhr. Jansen", "Zij roept medeoverheden op": an object
    if last == "van" and not (len(before) > 1 and before[-2] in _REPRESENTS):
        return False  # "De vertegenwoordiger van de VNG" speaks; "Het dashboard van het COA" not
    return None


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
            role = _opening(before, after, passive_after)
            if role is False:
                continue
            agent = bool(role)
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
                for clause in _CLAUSE.split(sentence):
                    speakers.extend(sentence_speakers(clause, table, people))
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
