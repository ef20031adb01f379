"""Write tests/data/unread_notes.toml: questions and the words the "niet begrepen / not
understood" note (:func:`lrt_search.search.unread.find_unread`) must list (issue 16, session 26
task B4).

    python eval/make_unread_notes.py

The questions are the rows of the generated tables (tests/data/frequency_forms.toml,
meeting_references.toml, date_roles.toml, intent_forms.toml, and the frames of
speaker_roles.toml filled with a body), read here, not copied. A question's words are its fills
(the topics, speakers and date phrases of the table's generator, eval/make_*.py) and its frame
(every other word). A row is kept when each word of its topic fills occurs in the minutes
(corpus/*.txt, whole word, case and accents ignored): then every word is read (frame, speaker,
period, topic) and the note must list nothing (``unread = []``). intent_forms rows are kept only
when their frame words too occur in the minutes or are stopwords (their templates hold topic
words: "Is de monitor geactualiseerd?"), and so are the words of a reported clause ("Wie meldde
dat X zou stoppen?"). Rows whose date phrase has no year, and meeting
references the reader leaves unread, are left out (their note is a date note by design).

Each kept question also gets variants with one inserted word the reader cannot place, and the
note must list exactly that: a nonsense topic word ("het zorbaxplan" for the topic), a day it
cannot read ("op de 45e" / "on the 45th" before the question mark), and a name the minutes,
the alias table and the glossary lack ("de XQB" for the speaker).
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = DATA / "unread_notes.toml"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_date_roles as dr  # noqa: E402
import make_frequency_forms as ff  # noqa: E402
import make_intent_forms as fi  # noqa: E402
import make_meeting_references as mr  # noqa: E402

WORD = re.compile(r"[^\W\d_][\w'’-]*")
NONSENSE = {"nl": ("het zorbaxplan", "zorbaxplan"), "en": ("the zorbaxplan", "zorbaxplan")}
BAD_DAY = {"nl": "op de 45e", "en": "on the 45th"}
BAD_DAY_NOTE = {"nl": "de 45e", "en": "the 45th"}
NO_NAME = {"nl": ("de XQB", "XQB"), "en": ("the XQB", "XQB")}
PER_SOURCE = 40  # kept questions per source table and language (the first, in table order)


def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))


def minutes_words() -> frozenset[str]:
    """Every word of the bundled minutes, folded."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    return frozenset(_fold(w) for w in WORD.findall(text))


def _topics(lang: str) -> list[str]:
    nl = lang == "nl"
    out = list(ff.TOPICS_NL + ff.TOOLS_NL if nl else ff.TOPICS_EN + ff.TOOLS_EN)
    out += list(fi.TOPICS_NL + fi.NOUNS_NL if nl else fi.TOPICS_EN + fi.NOUNS_EN)
    out += list(dr.TOPIC_NL if nl else dr.TOPIC_EN) + list(mr.TOPICS[lang])
    return sorted(set(out), key=len, reverse=True)


def _speakers(lang: str) -> list[str]:
    nl = lang == "nl"
    out = list(ff.SPEAKERS if nl else ff.SPEAKERS_EN)
    out += list(dr.SPEAKERS_NL if nl else dr.SPEAKERS_EN)
    return sorted(set(out + (["de VNG"] if nl else ["the VNG"])), key=len, reverse=True)


def _fill_in(question: str, fills: list[str]) -> str | None:
    for fill in fills:
        if re.search(rf"(?<!\w){re.escape(fill)}(?!\w)", question, re.I):
            return fill
    return None


def _topic_found(question: str, lang: str, known: frozenset[str]) -> tuple[bool, str | None]:
    """Whether every word of the question's topic fill occurs in the minutes (a question with
    no topic fill: True), and the fill."""
    topic = _fill_in(question, _topics(lang))
    if topic is None:
        return True, None
    stop = {"de", "het", "van", "the", "of", "in"}
    words = [_fold(w) for w in WORD.findall(topic) if w.lower() not in stop]
    return all(w in known or w in _glossed(topic, known) for w in words), topic


def _glossed(text: str, known: frozenset[str]) -> set[str]:
    """The (folded) words of the glossary terms of ``text`` one of whose Dutch terms occurs in
    the minutes (every word of it): English topic words the reader finds."""
    from lrt_search.lexicon.glossary import Glossary

    out: set[str] = set()
    for term, entry in Glossary.default().matches(text):
        if any(all(_fold(w) in known for w in WORD.findall(nl)) for nl in entry.nl):
            out |= {_fold(w) for w in WORD.findall(term)}
    return out


def _stopwords() -> frozenset[str]:
    from lrt_search.index.analysis import dutch_stopwords, english_stopwords

    return frozenset(dutch_stopwords() | english_stopwords())


def _variants(question: str, lang: str, topic: str | None) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    if topic is not None:
        phrase, word = NONSENSE[lang]
        at = re.search(rf"(?<!\w){re.escape(topic)}(?!\w)", question, re.I)
        if at:
            out.append((question[: at.start()] + phrase + question[at.end() :], [word]))
    body = question.rstrip("?").rstrip()
    mark = "?" if question.rstrip().endswith("?") else ""
    out.append((f"{body} {BAD_DAY[lang]}{mark}", [BAD_DAY_NOTE[lang]]))
    speaker = _fill_in(question, _speakers(lang))
    if speaker is not None:
        phrase, name = NO_NAME[lang]
        at = re.search(rf"(?<!\w){re.escape(speaker)}(?!\w)", question, re.I)
        if at:
            out.append((question[: at.start()] + phrase + question[at.end() :], [name]))
    return out


def _load(name: str) -> list[dict[str, object]]:
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8")).get("row", [])


def _speaker_role_questions() -> list[tuple[str, str]]:
    table = tomllib.loads((DATA / "speaker_roles.toml").read_text(encoding="utf-8"))
    body, other = table["body"]["VNG"], table["other"]
    out = []
    for frame in table["frame"]:
        lang = frame["lang"]
        text = re.sub(r"\[(\w+)\|\w+\]", r"\1", frame["text"])
        out.append((lang, text.replace("{X}", body[lang][0]).replace("{Y}", other[lang])))
    return out


def base_questions() -> list[tuple[str, str, str]]:
    """(source, language, question) of every table, before the checks."""
    out = [
        ("frequency_forms", str(r["language"]), str(r["question"]))
        for r in _load("frequency_forms")
    ]
    out += [
        ("meeting_references", str(r["lang"]), str(r["question"]))
        for r in _load("meeting_references")
        if r.get("read", True)  # read = false: a form left unread (a date note by design)
    ]
    out += [
        ("date_roles", str(r["lang"]), str(r["question"]))
        for r in _load("date_roles")
        if all(
            re.search(r"\d{4}", str(r.get(k) or "2000"))
            for k in ("meeting_phrase", "content_phrase")
        )
    ]
    out += [("intent_forms", str(r["language"]), str(r["question"])) for r in _load("intent_forms")]
    out += [("speaker_roles", lang, q) for lang, q in _speaker_role_questions()]
    return out


def rows() -> list[dict[str, object]]:
    """The kept questions (note: none) and their variants (note: the inserted word)."""
    known, stop = minutes_words(), _stopwords()
    out: list[dict[str, object]] = []
    taken: dict[tuple[str, str], int] = {}
    for source, lang, question in base_questions():
        found, topic = _topic_found(question, lang, known)
        if not found or taken.get((source, lang), 0) >= PER_SOURCE:
            continue
        clause = re.search(r"\b(?:dat|that)\b(.*)", question)  # a reported clause: topic words
        rest = clause.group(1) if clause else ""
        if source == "intent_forms":
            rest = question.replace(topic, " ") if topic else question
        if rest and any(
            _fold(w) not in known | stop | _glossed(rest, known) for w in WORD.findall(rest)
        ):
            continue
        taken[(source, lang)] = taken.get((source, lang), 0) + 1
        out.append({"source": source, "lang": lang, "question": question, "unread": []})
        for text, unread in _variants(question, lang, topic):
            out.append({"source": source, "lang": lang, "question": text, "unread": unread})
    return unique_rows(out, ("question",))


def main() -> None:
    """Write the table."""
    head = (
        "# Written by eval/make_unread_notes.py (do not edit): questions of the generated tables\n"
        "# and the words the note of what was not understood must list ([] = none). Read by\n"
        "# tests/unit/search/test_unread_notes.py.\n\n"
    )
    write_rows(OUT, head, rows())


if __name__ == "__main__":
    main()
