"""The phrases of a question, read from its words alone (no index): the topic ("about X"),
the names (runs of capitalised words, acronyms) and who is asked about as the speaker ("the red
cross" in "What did the red cross say ...?")."""

from __future__ import annotations

import re
from functools import cache

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lazyre import lazy
from ..lexicon.dates import MONTHS
from ..lexicon.wordlists import alternation, word_regex, word_set

ACRONYM = lazy(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
PARTICLES = word_set("function_words", "name_particles")


# The words that open and close a topic phrase: lexicon/data/topics.toml; a question word after
# the opener ("Over hoeveel statushouders", "about how many") is no topic: questions.toml.
_TOPIC = lazy(
    rf"\b{alternation('topics', 'openers')}\s+"
    rf"(?!{alternation('questions', 'topic_askers')}\b)(?P<topic>[^?.!;]+)",
    re.I,
)
# "de reactie van X op Y", "criticism of the plan by X on Y": Y is the topic.
_REACTION = lazy(
    rf"\b{alternation('topics', 'reactions')}\b[^?.!;]*?\b(?:op|on|to)\s+(?P<topic>[^?.!;]+)",
    re.I,
)
# Where a topic phrase ends: a period, a meeting or a speaker clause.
_TOPIC_END = lazy(
    rf"\s+{alternation('topics', 'end_prepositions')}\s+(?:the\s+|de\s+|het\s+)?"
    rf"(?:\d|{alternation('topics', 'end_words')}|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")",
    re.I,
)
# Verbs that end a topic phrase wherever they stand, and the Dutch past participle that closes
# a question ("... over de Spreidingswet gezegd?") when it is the topic's last word.
_VERB = word_regex("topics", "closers")
_PARTICIPLE = lazy(r"ge\w{3,}(?:d|t)")


def topic_of(question: str) -> str:
    """The "about X" / "over X" phrase of a question ("" when there is none)."""
    m = _TOPIC.search(question) or _REACTION.search(question)
    if not m:
        return ""
    topic = m.group("topic")
    end = _TOPIC_END.search(topic)
    if end:
        topic = topic[: end.start()]
    # The verb that closes a Dutch question ("... over de Spreidingswet gezegd?") or an
    # English clause ("... about X said by ...") is not part of the topic.
    kept = []
    for word in topic.split():
        if _VERB.fullmatch(word.strip(",").lower()):
            break
        kept.append(word)
    if len(kept) > 2 and _PARTICIPLE.fullmatch(kept[-1].strip(",").lower()):
        kept.pop()
    return " ".join(kept).strip(" ,")


# Capitalised words (with Dutch name particles inside) or acronyms, e.g. "Raad van State",
# "PVV", "Van der Burg", "Safety Council".
_NAME = lazy(
    r"\b[A-ZÀ-Þ][\w'’-]*(?:\s+(?:"
    + alternation("function_words", "name_particles")
    + r"\s+)*[A-ZÀ-Þ][\w'’-]*)*"
)
# Words that open a question and name nothing (lexicon/data/questions.toml).
_NOT_NAMES = word_set("questions", "not_names")


@cache
def _month_words() -> frozenset[str]:
    return frozenset(m.lower() for m in MONTHS)


def names_in(question: str) -> list[str]:
    """Names a question uses: runs of capitalised words (Dutch name particles allowed inside)
    and acronyms, minus question words, months and words that open the question."""
    out = []
    months = _month_words()
    for m in _NAME.finditer(question):
        parts = m.group(0).split()
        # Drop leading question words ("Wat", "Who") and trailing particles.
        while parts and (parts[0].lower() in _NOT_NAMES or parts[0].lower() in months):
            parts.pop(0)
        while parts and parts[-1].lower() in PARTICLES:
            parts.pop()
        parts = [p for p in parts if p.lower() not in months]
        if not parts:
            continue
        name = " ".join(parts).strip("'’-")
        if m.start() == 0 and len(parts) == 1 and not ACRONYM.match(name):
            continue  # the first word of a sentence is capitalised anyway
        lower = name.lower()
        if lower in english_stopwords() or lower in dutch_stopwords() or len(name) < 2:
            continue
        out.append(name)
    return out


# "What did <who> say ...", "Wat vond <who> van ...", "Wat heeft <who> gezegd ...": the one
# who spoke, which may be written in lower case ("the red cross", "vluchtelingenwerk"); the
# verbs are those of lexicon/data/speech.toml, the question words of function_words.toml.
_SPEAKER_EN = lazy(
    rf"^\s*(?:{alternation('function_words', 'question_words_en')}|did|does|has|have)\s+"
    r"(?:(?:did|does|do|has|have|had)\s+)?"
    rf"(?P<who>[^?,;]+?)\s+{alternation('speech', 'speaker_verbs_en')}\b",
    re.I,
)
_SPEAKER_NL = lazy(
    rf"^\s*{alternation('function_words', 'question_words_nl')}\s+"
    rf"{alternation('speech', 'speaker_verbs_nl')}"
    r"\s+(?P<who>[^?,;]+?)"
    r"(?:\s+(?:over|van|op|tegen|bij|in|tijdens|met|dat|toen|er)\b|\s*\?|$)",
    re.I,
)
_SPEAKER_NL_PERFECT = lazy(
    rf"^\s*{alternation('function_words', 'question_words_nl')}\s+(?:heeft|hebben|had|hadden)"
    r"\s+(?P<who>[^?,;]+?)"
    r"(?=\s+(?:(?:over|van|op|tegen|bij|in|tijdens|met|dat|toen)\b|"
    rf"{alternation('speech', 'speaker_participles_nl')}\b))",
    re.I,
)
# Who stands for the table or anyone at it: nothing to look up (lexicon/data/questions.toml).
_ANYONE = word_set("questions", "anyone")
_ARTICLE = lazy(rf"^{alternation('function_words', 'articles')}\s+", re.I)


def speaker_phrase(question: str) -> str:
    """Who a question asks about as the speaker ("the red cross" in "What did the red cross
    say about ...?"), without an article; "" when the question names none or asks about the
    table as a whole ("What did the LRT say ...")."""
    m = (
        _SPEAKER_EN.search(question)
        or _SPEAKER_NL_PERFECT.search(question)
        or _SPEAKER_NL.search(question)
    )
    if not m:
        return ""
    who = _ARTICLE.sub("", m.group("who").strip())
    if not who or who.lower().split()[0] in _ANYONE:
        return ""
    return who
