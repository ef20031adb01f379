"""Rule ``question_asides_read``: the asker's asides are no part of the question.

Users write more than the question: where they heard it ("zo las ik in de krant", "heard it from
another volunteer", "a colleague told me"), how sure they are ("volgens mij", "naar ik begrijp",
"if I remember well", "correct me if I'm wrong"), a hedge ("roughly", "ongeveer", "or so"), a
politeness frame ("Kunt u mij vertellen", "Could you tell me", "please", "graag"), why they ask
("voor een artikel", "for my briefing", "because our volunteers ask"), and a gloss of their own
word ("derde landers (derdelanders)", "the BRP (registration)", "(= ...)", ", i.e. ..."). Before,
their words were topic words a quote had to hold ("krant", "begrijp", "briefing") or names and
speakers ("a colleague"). :func:`read_asides` returns the question without them and the asides
it dropped. An aside is a clause of its own (between commas, dashes or brackets, or a sentence)
that lexicon/data/questions.toml ``aside_clause`` matches as a whole, a lead ``aside_lead``
before the question clause, a closing ``aside_tail`` or a hedge ``aside_hedge`` before "how
many". A bracket or a clause opened by ``gloss_openers`` that glosses the words before it is the
same topic, not a second one: the gloss is read in place of the glossed words when ``known``
(the minutes' vocabulary and glossary) holds it, else both as written; without ``known`` (no
index) the glossed words. A bracket of acronyms ("(VNG)") or with a digit is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lazyre import lazy
from ..lexicon.intents import expand
from ..lexicon.wordlists import regex_text, words

_BRACKET = lazy(r"\s*[(\[]([^()\[\]]*)[)\]]")
#: A clause's end: a comma, semicolon or dash, or a sentence's end ("i.e." and "2.193" none).
_DELIMITER = lazy(r",|;|\s[-–—]\s|(?<![.\s]\w)[.?!]+(?=\s|$)")
_LEADING_JOIN = lazy(r"^(?:but|and|so|maar|en|dus)\s+", re.I)
_ACRONYM = lazy(r"^[A-Z][A-Z-]*[A-Z](?:['’]?s)?$")
#: A gloss has at most this many words.
_GLOSS_WORDS = 4
#: The glossed words: at most this many words before a bracket, back to a stopword.
_HEAD_WORDS = 3
#: Fewer words than this left: the asides are kept (the question was all aside).
_MIN_WORDS = 3


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(expand(regex_text("questions", name)), re.I)


def is_aside(clause: str) -> bool:
    """Whether ``clause`` (a bracket's or a clause's words) is an aside as a whole."""
    return _pattern("aside_clause").fullmatch(clause.strip(" \t\"'")) is not None


def _gloss(content: str) -> str:
    """``content`` read as a gloss: its words without an opener ("= X", "i.e. X"); "" when it
    is none (an acronym, a digit, too many words)."""
    text = content.strip()
    for opener in sorted(words("questions", "gloss_openers"), key=len, reverse=True):
        if text.lower().startswith(opener + " ") or text.lower() == opener:
            return text[len(opener) :].strip()
    ws = text.split()
    if not ws or len(ws) > _GLOSS_WORDS or any(c.isdigit() for c in text):
        return ""
    return "" if all(_ACRONYM.match(w) for w in ws) else text


def _head(before: str, gloss: str) -> str:
    """The glossed words at the end of ``before``: those the gloss writes closed up ("derde
    landers (derdelanders)"), else back to a stopword, at most three."""
    ws = before.split()
    for n in range(1, min(_HEAD_WORDS, len(ws)) + 1):
        if "".join(ws[-n:]).lower() == gloss.replace(" ", "").lower():
            return " ".join(ws[-n:])
    stop = dutch_stopwords() | english_stopwords()
    out: list[str] = []
    for word in reversed(before.split()):
        if word.lower().strip(",.") in stop or len(out) == _HEAD_WORDS:
            break
        out.insert(0, word)
    return " ".join(out)


def _gloss_kept(head: str, gloss: str, known: Callable[[str], bool] | None) -> str:
    """Which form of a glossed topic is read: "head" (the glossed words) without ``known``,
    "gloss" when the minutes hold the gloss (the asker wrote their word), else "both" (read as
    written, as before: a word the asker glossed and the minutes lack stays asked)."""
    if known is None:
        return "head"
    return "gloss" if head and known(gloss) else "both"


def _brackets(text: str, asides: list[str], known: Callable[[str], bool] | None) -> str:
    """``text`` without its bracketed asides and with one form of each bracketed gloss."""
    out, last = [], 0
    for m in _BRACKET.finditer(text):
        content = m.group(1)
        if is_aside(content):
            out.append(text[last : m.start()])
            asides.append(content.strip())
        elif gloss := _gloss(content):
            before = text[last : m.start()]
            head = _head(before, gloss)
            kept = _gloss_kept(head, gloss, known)
            if kept == "both":  # neither form held: read as written
                out.append(text[last : m.end()])
                last = m.end()
                continue
            if kept == "gloss":  # the dropped form is noted
                before = before[: len(before) - len(head)] + gloss
            out.append(before)
            asides.append(head if kept == "gloss" else f"({content.strip()})")
        else:
            out.append(text[last : m.end()])
        last = m.end()
    return "".join(out) + text[last:]


def _clauses(text: str, asides: list[str]) -> str:
    """``text`` without its clauses that are asides as a whole, or glosses opened by a word of
    ``gloss_openers`` (", i.e. the target")."""
    parts: list[list[str]] = []  # [clause, the delimiter after it]
    last = 0
    for m in _DELIMITER.finditer(text):
        parts.append([text[last : m.start()], m.group(0)])
        last = m.end()
    parts.append([text[last:], ""])
    kept: list[list[str]] = []
    for clause, delimiter in parts:
        join = _LEADING_JOIN.match(clause.lstrip())  # "..., en kunt u aangeven welke ..."
        start = clause.lstrip()[join.end() :] if join else clause.lstrip()
        lead = _pattern("aside_lead").match(start) if kept else None
        rest = start[lead.end() :] if lead is not None else ""
        if lead is not None and len(rest.split()) >= _MIN_WORDS - 1:
            asides.append(lead.group(0).strip())  # "..., volgens mij in maart 2025, ..."
            sentence = kept[-1][1].strip()[-1:] in {".", "?", "!"}
            rest = _capital(rest) if sentence and not join else rest
            clause = " " + (join.group(0) if join else "") + rest
        stripped = clause.strip()
        opener = stripped.split(" ", 1)[0].lower() if stripped else ""
        glossing = kept and opener in words("questions", "gloss_openers") and _gloss(stripped)
        if not stripped or not (is_aside(stripped) or glossing):
            kept.append([clause, delimiter])
            continue
        asides.append(stripped)
        if not kept:  # a leading aside: the question starts after it
            continue
        prev = kept[-1][1]
        if prev in {",", ";"} or prev.strip() in {"-", "–", "—"}:
            kept[-1][1] = delimiter if delimiter not in {",", ";"} else prev
    return "".join(c + d for c, d in kept).strip()


def _capital(text: str) -> str:
    text = _LEADING_JOIN.sub("", text.lstrip(" ,;:"))
    return text[:1].upper() + text[1:]


def read_asides(
    question: str, known: Callable[[str], bool] | None = None
) -> tuple[str, tuple[str, ...]]:
    """``(question without its asides, the asides)``; ``(question, ())`` when it has none or
    nothing would be left. ``known``: whether the minutes hold a phrase (to keep a gloss's
    form); without it a gloss is dropped and the glossed words kept."""
    asides: list[str] = []
    text = _brackets(question.strip(), asides, known)
    text = _clauses(text, asides)
    lead = _pattern("aside_lead").match(text)
    if lead is not None:
        asides.insert(0, lead.group(0).strip())
        text = text[lead.end() :]
    for name in ("aside_tail", "aside_hedge"):
        if (m := _pattern(name).search(text)) is not None:
            asides.append(m.group(0).strip())
            before, after = text[: m.start()], text[m.end() :]
            opens = before.rstrip()[-1:] in {"", ".", "?", "!"}  # a sentence starts after it
            text = before + (after[:1].upper() + after[1:] if opens else after)
    text = _capital(re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", text)))
    if not asides or len(text.split()) < _MIN_WORDS:
        return question, ()
    if question.rstrip().endswith("?") and not text.endswith("?"):
        text = text.rstrip(" .,;") + "?"
    return text, tuple(asides)


@dataclass(frozen=True)
class LeadIn:
    """An asker's lead-in before a colon (rule ``lead_ins_read``) and the question after it."""

    body: str  # the question after the colon, its first letter a capital
    lead_in: str  # the lead-in as written, without its colon
    about: str  # what the lead-in's purpose is about ("over X", "about X"), "" when none


def read_lead_in(question: str) -> LeadIn | None:
    """Rule ``lead_ins_read``: the asker's purpose or file before the question's first colon
    ("In het kader van een klacht over de uitvoering:", "For a complaint file:", "Quick
    question for a report:"; lexicon/data/questions.toml ``lead_in``) and the question after
    it; ``None`` when there is none or fewer than three words follow."""
    head, colon, rest = question.strip().partition(":")
    if not colon or not rest[:1].isspace() or len(rest.split()) < _MIN_WORDS:
        return None
    match = _pattern("lead_in").fullmatch(head.strip())
    if match is None:
        return None
    body = rest.strip()
    about = (match.group("about") or "").strip(" ,")
    return LeadIn(body[:1].upper() + body[1:], head.strip(), about)


def with_about(body: str, about: str, english: bool) -> str:
    """``body`` asked about ``about``: "Wat is er besloten?" -> "Wat is er besloten over X?"."""
    end = "?" if body.rstrip().endswith("?") else ""
    return f"{body.rstrip().rstrip('?.!').rstrip()} {'about' if english else 'over'} {about}{end}"
