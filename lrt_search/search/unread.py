"""What of a question was *not* understood, so that it can be shown instead of silently ignored.

Three kinds, each an :class:`Unread` with the words as the question wrote them:

- ``date``: a date expression the period grammar (:mod:`lrt_search.search.periods`) cannot read:
  an impossible day ("31 februari 2023"), quarters ("in Q3", "het derde kwartaal"), relative
  or festive dates ("last Christmas", "vorige maand", "na de zomer"), a month or season without
  a year when no period was read ("in maart");
- ``name``: an acronym that looks like an organisation ("PVV") but is in neither the alias table,
  the minutes nor the glossary;
- ``speaker``: an acronym where the speaker stands ("Wat zei de PRT ...") that the minutes use
  but the alias table does not know, so it filters nothing and is searched as a word;
- ``words``: content words that match nothing in the index (stems, compound parts, spelling
  variants) and no glossary term, so only the dense side can use them, and (rule
  ``unread_from_topic_check``) topic words the topic check finds lacking;
- ``absent``: a glossary term of the topic whose Dutch the minutes lack (the topic check).

Words that frame a question ("what was said", "afgesproken", "meeting", a speaker, the period)
are not content words: :func:`content_words` leaves them out, and ``ask`` uses it to see
whether a "what was agreed in April 2023" question names a topic at all.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, is_english
from ..lazyre import lazy
from ..lexicon.dates import MONTHS, ORDINAL_SUFFIX, SHORT_ORDINAL, find_date
from ..lexicon.glossary import Glossary
from ..lexicon.intents import framing_spans
from ..lexicon.organisations import OrgTable
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordlists import word_set, words
from .bridges import bridges_of
from .everyday import everyday_spans
from .periods import PERIOD_ORDINALS
from .query import is_speech_word, is_speech_word_in
from .question_period import find_period
from .role_words import dutch_role_forms
from .speaker_position import is_speaker_position, speaker_mentions
from .spoken_letters import known_abbreviations

if TYPE_CHECKING:
    from .parsed import ParsedQuestion
    from .retriever import Retriever

#: Note keys, in the order notes are shown.
KINDS = ("date", "name", "speaker", "words", "absent")

_MONTH_RE = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
_SEASON_RE = "|".join(words("periods", "seasons"))
# "eerste", "first" ... "fourth": the ordinals of a quarter in words ([ordinals] of periods.toml).
_ORDINAL_WORDS = "|".join(w for w in PERIOD_ORDINALS if w.isalpha())
_FEAST_RE = (
    r"christmas|xmas|easter|new\s+year|kerst\w*|pasen|paas\w*|nieuwjaar|oud\s+en\s+nieuw|"
    r"zomerreces|kerstreces|meireces|herfstreces|summer\s+recess|(?:zomer|kerst)vakantie"
)
_UNREAD_DATES = (
    # an impossible day: the grammar reads only valid dates
    rf"\b\d{{1,2}}{SHORT_ORDINAL}?\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}\b|"
    r"\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    # quarters
    rf"\bQ[1-4]\b(?:\s+\d{{4}})?|\b(?:[1-4]{ORDINAL_SUFFIX}?|{_ORDINAL_WORDS}|"
    r"last|laatste)\s+(?:quarter|kwartaal)(?:\s+(?:of|van)\s+\d{4})?\b",
    # relative and festive dates
    r"\b(?:last|next|this|previous|coming|past|vorige|vorig|volgende|volgend|afgelopen|"
    rf"komende|deze|dit|na\s+de|voor\s+de|rond|around|before|after|since|sinds|tijdens)\s+"
    rf"(?:week|month|year|maand|jaar|kwartaal|quarter|{_SEASON_RE}|{_FEAST_RE})\b"
    r"(?:\s+(?:of\s+|van\s+)?(?:19|20)\d{2}\b)?|"
    rf"\b(?:{_FEAST_RE})(?:\s+\d{{4}})?\b|\b(?:yesterday|gisteren|eergisteren|vandaag|today)\b",
)
_UNREAD_DATE = lazy("|".join(f"(?:{p})" for p in _UNREAD_DATES), re.I)
# A month or season without a year, read only when the question names a year elsewhere.
_NO_YEAR = lazy(
    r"\b(?:in|during|tijdens|gedurende|begin|eind|medio|early|late|mid|halverwege|"
    r"sinds|since|before|after|vóór|na|vanaf|from|until|tot|the|this|het|de)\s+"
    rf"(?:{_MONTH_RE}|{_SEASON_RE})\b(?!\s*,?\s*(?:van\s+|of\s+)?(?:19|20)\d{{2}})",
    re.I,
)
# Rule unread_notes_read: a day without a month it could belong to ("op de 45e", "on the 5th"),
# ending the clause or before a preposition; not "de 2e vergadering", "the 3rd of November".
_BAD_DAY = lazy(
    rf"(?<=\b(?:op|on)\s)(?:de|the)\s+\d{{1,3}}{ORDINAL_SUFFIX}\b"
    rf"(?!\s+(?:of\s+|van\s+)?(?:{_MONTH_RE})\b)"
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:over|about|on|in|met|with|for|voor|bij|at|aan|to|tot)\b)",
    re.I,
)
ACRONYM = lazy(r"(?<![\w-])(?:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|[A-Z]{2,})(?:'?s)?(?![\w-])")
_THE_TABLE = frozenset(["LRT", "HLRT"])
_ROMAN = lazy(r"^(?:I{1,3}|IV|V|VI{0,3})$")
#: Words that frame a question rather than name its topic (lower case, accents folded), and
#: forms of address before a name ("mevrouw Faber", "de heer Schoenmaker").
_FRAME = word_set("questions", "frame") | word_set("roles", "honorifics")
_WORD = lazy(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True)
class Unread:
    """A part of a question that was not understood: ``kind`` (date, name or words) and the
    words as written."""

    kind: str
    text: str

    @property
    def note(self) -> str:
        """The note as :class:`lrt_search.results.Answer` keeps it ("unread date: in Q3")."""
        return f"unread {self.kind}: {self.text}"

    def describe(self, english: bool) -> str:
        """What was not understood, for people, in the question's language."""
        return describe(self.kind, self.text, "en" if english else "nl")

    def to_dict(self, english: bool) -> dict[str, str]:
        """JSON form: ``{"kind", "text", "note"}``, the note in the question's language."""
        return {"kind": self.kind, "text": self.text, "note": self.describe(english)}


_DESCRIBE = {
    "en": {
        "date": "date \u201c{}\u201d (no period read from it)",
        "name": "name \u201c{}\u201d (not in the alias table, the minutes or the glossary)",
        "speaker": "speaker \u201c{}\u201d (not in the alias table: searched as a word, not "
        "as who speaks)",
        "words": "\u201c{}\u201d (in neither the minutes nor the glossary)",
        "absent": "\u201c{}\u201d (in the glossary, not in the minutes)",
    },
    "nl": {
        "date": "datum \u201c{}\u201d (geen periode uit te lezen)",
        "name": "naam \u201c{}\u201d (niet in de aliastabel, de notulen of de woordenlijst)",
        "speaker": "spreker \u201c{}\u201d (niet in de aliastabel: als woord gezocht, niet als "
        "wie spreekt)",
        "words": "\u201c{}\u201d (niet in de notulen of de woordenlijst)",
        "absent": "\u201c{}\u201d (in de woordenlijst, niet in de notulen)",
    },
}


def describe(kind: str, text: str, lang: str) -> str:
    """One thing not understood (``kind`` date, name or words) for people, in ``lang``."""
    return _DESCRIBE["en" if lang == "en" else "nl"][kind].format(text)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def unread_dates(
    question: str, parsed: ParsedQuestion | None = None, notes: bool = False
) -> list[str]:
    """Date expressions of ``question`` the period grammar cannot read (see module docstring);
    ``parsed`` is the question read once (read here when None); ``notes`` (rule
    ``unread_notes_read``): a day without a month ("op de 45e") too."""
    out = [m.group(0) for m in _BAD_DAY.finditer(question)] if notes else []
    # Read by rule everyday_periods (without the minutes' years: only the periods with a year).
    understood = everyday_spans(question, parsed is not None) if not parsed or parsed.period else []
    for m in _UNREAD_DATE.finditer(question):
        text = m.group(0)
        if any(a < m.end() and m.start() < b for a, b in understood):
            continue
        if re.search(r"\d{4}", text) and find_date(text) and not re.search(r"(?i)q[1-4]", text):
            continue  # a valid day
        out.append(text.strip())
    period = parsed.period if parsed is not None else find_period(question)[2]
    if not period:
        out += [m.group(0) for m in _NO_YEAR.finditer(question) if m.group(0) not in " ".join(out)]
    return list(dict.fromkeys(out))


def _date_spans(question: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"\b(?:{_MONTH_RE}|{_SEASON_RE}|(?:19|20)\d{{2}})\b", re.I)
    everyday = everyday_spans(question)
    return _spans(_UNREAD_DATE.finditer(question)) + _spans(pattern.finditer(question)) + everyday


def content_words(
    question: str,
    table: OrgTable,
    keep: list[tuple[int, int]] | None = None,
    gap: bool = False,
    main: bool = True,
) -> list[tuple[str, int, int]]:
    """The words of ``question`` that name its topic, with their character spans: not stopwords
    (Dutch or English), not words of speech or of the question's frame ("afgesproken",
    "meeting") unless inside a span of ``keep`` (a glossary phrase: "calling campaign"), not an
    organisation of the alias table, not part of a date; ``gap`` (rule ``frame_gap_topic``): the
    words between "how" and "evolve" of a timeline question are topic words
    (:func:`~lrt_search.lexicon.intents.framing_spans`); ``main``: rule ``main_clause_intent``."""
    stop = dutch_stopwords() | english_stopwords()
    skip = [(m.start, m.end) for m in table.query_mentions(question)] + _date_spans(question)
    skip += framing_spans(question, gap, main)
    out = []
    for m in _WORD.finditer(question):
        word = m.group(0).strip("'’-")
        key = fold_accents(word.lower()).removesuffix("'s").removesuffix("’s")
        if len(key) < 2 or key in stop:
            continue
        if (key in _FRAME or is_speech_word(key)) and not _inside(m.start(), m.end(), keep or []):
            continue
        if key in MONTHS or _inside(m.start(), m.end(), skip):
            continue
        out.append((word, m.start(), m.end()))
    return out


def is_known_word(word: str, analyzer: object, known: Container[str]) -> bool:
    """Whether one of ``word``'s query terms (stem, compound part, spelling variant) is in the
    index vocabulary ``known``."""
    terms = analyzer.tokenize_query(word, known)  # type: ignore[attr-defined]
    return any(t in known for t in terms)


def find_unread(
    question: str,
    table: OrgTable,
    glossary: Glossary | None,
    analyzer: object,
    known: Container[str],
    bridged: Container[str] = (),
    parsed: ParsedQuestion | None = None,
    topic: tuple[Sequence[str], Sequence[str]] = ((), ()),
    roles: bool = False,
    gap: bool = False,
    written: Container[str] = (),
    main: bool = True,
    notes: bool = False,
) -> list[Unread]:
    """Everything of ``question`` that was not understood, dates first, then names, then
    words; ``analyzer`` is the index's (:class:`lrt_search.index.analysis.DutchAnalyzer`),
    ``known`` its vocabulary and ``bridged`` the (folded) words the dictionary bridges
    translated into corpus words (:mod:`.bridges`), which count as understood, as do the words
    ``parsed`` was read with by a later step (:attr:`~.parsed.ParsedQuestion.understood`).
    ``topic`` (rule ``unread_from_topic_check``): the topic's words the topic check finds,
    which count as understood, and those it finds lacking, listed whatever the index holds
    (lower case; :func:`lrt_search.answer.unread_topic.topic_words`). With ``roles`` (rule
    ``unread_role_forms``) a role word whose Dutch form the index holds is read ("secretary":
    "staatssecretaris", lexicon/data/roles.toml ``dutch_forms``). ``gap``, ``main``: as in
    :func:`content_words`. ``written``: the abbreviations the minutes write, which are no
    unread name though the index keeps no term of them ("I&R": single letters). ``notes``: rule
    ``unread_notes_read`` (:func:`note_read_spans`, a day without a month, "the XQB's")."""
    found = [Unread("date", text) for text in unread_dates(question, parsed, notes)]
    glossed = _glossed_spans(question, glossary)
    orgs = [(m.start, m.end) for m in table.query_mentions(question)]
    names, speakers = [], []
    # only when the alias table gives no speaker; "the LRT" is the whole table, not a speaker
    if parsed is not None:
        speech = parsed.speech and not parsed.speaker
    else:
        speech = is_speech_word_in(question) and not speaker_mentions(question, table)
    for m in ACRONYM.finditer(question):
        name = re.sub(r"'?s$", "", m.group(0)) if m.group(0).endswith("s") else m.group(0)
        if _ROMAN.match(name) or _inside(m.start(), m.end(), orgs + glossed):
            continue
        if table.resolve(name):
            continue
        if not is_known_word(name, analyzer, known) and name not in written:
            names.append(name)
        elif (
            speech
            and name.upper() not in _THE_TABLE
            and is_speaker_position(question, m.start(), m.end())
        ):
            speakers.append(name)  # "Wat zei de PRT": a word of the minutes, but no speaker
    found += [Unread("name", n) for n in dict.fromkeys(names)]
    found += [Unread("speaker", n) for n in dict.fromkeys(speakers)]
    unmatched, absent = [], []
    read = glossed + _understood_spans(question, parsed)
    read += role_spans(question, analyzer, known) if roles else []
    noted = note_read_spans(question) if notes else []  # frame verbs: unless the check lacks them
    read += date_lead_spans(question) if notes else []
    found_words, lacking = (frozenset(fold_accents(w) for w in ws) for ws in topic)
    for word, start, end in content_words(question, table, gap=gap, main=main):
        key = fold_accents(word).lower()
        if key in lacking and _inside(start, end, glossed):
            absent.append(word)  # a glossary term whose Dutch the minutes lack
        bare = re.sub(r"['’]s$", "", word) if notes else word  # "the XQB's": "XQB"
        end -= len(word) - len(bare)
        if bare in names or word.rstrip("s") in names or _inside(start, end, read):
            continue
        if key in lacking:
            unmatched.append(word)  # the topic check finds it lacking
        elif _inside(start, end, noted):
            continue
        elif key in found_words:
            continue  # found by the topic check (translation, compound, cognate, ...)
        elif not is_known_word(bare, analyzer, known) and key not in bridged:
            unmatched.append(word)
    if unmatched:
        found.append(Unread("words", ", ".join(dict.fromkeys(unmatched))))
    if absent:
        found.append(Unread("absent", ", ".join(dict.fromkeys(absent))))
    return found


def _glossed_spans(question: str, glossary: Glossary | None) -> list[tuple[int, int]]:
    """The spans of ``question``'s glossary terms (none without a glossary)."""
    if glossary is None:
        return []
    return [
        span
        for term, _ in glossary.matches(question)
        for span in _spans(re.finditer(re.escape(term), question, re.I))
    ]


def note_read_spans(question: str) -> list[tuple[int, int]]:
    """Rule ``unread_notes_read``: the spans of ``question``'s words that the note reads though
    they stay content words (:func:`content_words`): the verbs and particles of a question's
    frame (frame_words.toml ``note_frame``: "Hoe vaak stond X op de agenda", "wat zeiden ze
    nou") and the spoken fillers; a word the topic check finds lacking is still listed
    (the note agrees with the check: tests/integration/test_unread_from_topic_check.py)."""
    frame = words("frame_words", "note_frame") + words("questions", "spoken_fillers")
    found = re.finditer(rf"(?<![\w'’-])(?:{'|'.join(frame)})(?![\w'’-])", question, re.I)
    return _spans(found)


def date_lead_spans(question: str) -> list[tuple[int, int]]:
    """Rule ``unread_notes_read``: the lead of a content date before its day ("met ingang van
    1 januari 2024", "uiterlijk 1 juli": periods.toml ``content_leads``), read by the note."""
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("periods", "content_leads"))
    return _spans(re.finditer(rf"(?<!\w)(?:{leads})(?=\s+\d)", question, re.I))


def role_spans(question: str, analyzer: object, known: Container[str]) -> list[tuple[int, int]]:
    """The spans of the role words of ``question`` (lexicon/data/roles.toml ``dutch_forms``:
    "secretary", "the chair") whose Dutch form the index vocabulary ``known`` holds."""
    out: list[tuple[int, int]] = []
    for role, dutch in dutch_role_forms().items():
        found = _spans(re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", question, re.I))
        if found and all(is_known_word(w, analyzer, known) for w in dutch.split()):
            out += found
    return out


def _understood_spans(question: str, parsed: ParsedQuestion | None) -> list[tuple[int, int]]:
    """The spans of ``question`` holding the words ``parsed`` records as understood by a later
    reading (rule comparison_both_sides: "gedaald", "het aantal")."""
    if parsed is None:
        return []
    out: list[tuple[int, int]] = []
    for phrase in parsed.understood:
        out += _spans(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", question, re.I))
    return out


def not_understood(
    retriever: Retriever,
    question: str,
    parsed: ParsedQuestion | None = None,
    topic: tuple[Sequence[str], Sequence[str]] = ((), ()),
) -> list[dict[str, str]]:
    """:func:`find_unread` with the retriever's alias table, glossary, analyzer and
    vocabulary, in JSON form with notes in the question's language (what ``ask`` and ``search``
    show); ``parsed`` is the question as read by :func:`~.parsed.read_question`; ``topic``
    as in :func:`find_unread`."""
    english = parsed.english if parsed is not None else is_english(question)
    found = find_unread(
        question,
        retriever.orgs,
        retriever.glossary,
        retriever.analyzer,
        retriever.bm25.terms,
        bridged=set(bridges_of(retriever, question)),
        parsed=parsed,
        topic=topic,
        roles=retriever.settings.unread_role_forms,
        gap=retriever.settings.frame_gap_topic,
        written=frozenset(known_abbreviations(retriever).values()),
        main=retriever.settings.main_clause_intent,
        notes=retriever.settings.unread_notes_read,
    )
    return [u.to_dict(english) for u in found]
