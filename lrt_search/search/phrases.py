"""The phrases of a question, read from its words alone (no index): the topic ("about X"),
the names (runs of capitalised words, acronyms) and who is asked about as the speaker ("the red
cross" in "What did the red cross say ...?")."""

from __future__ import annotations

import re
from functools import cache

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lazyre import lazy
from ..lexicon.dates import MONTH_WORDS, MONTHS
from ..lexicon.wordlists import alternation, word_regex, word_set, words
from .address import without_address
from .everyday import everyday_spans
from .opener_verbs import opens_sentence, verb_opens
from .perfect_topic import perfect_topic
from .topic_clause import clause_cut

ACRONYM = lazy(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
PARTICLES = word_set("function_words", "name_particles")
_OPENING_PREPOSITIONS = word_set("function_words", "opening_prepositions")
#: The articles among the name particles ("de", "het", "the"): where two names glue (rule
#: name_article_apart: :mod:`lrt_search.answer.name_glue`, :mod:`lrt_search.search.parsed`).
ARTICLES = word_set("function_words", "articles") & PARTICLES


# The words that open and close a topic phrase: lexicon/data/topics.toml; a question word after
# the opener ("Over hoeveel statushouders", "about how many") is no topic: questions.toml.
_TOPIC = lazy(
    rf"\b{alternation('topics', 'openers')}\s+"
    rf"(?!{alternation('questions', 'topic_askers')}\b)(?P<topic>[^?.!;]+)",
    re.I,
)


def _lead_then(lead: str, preposition: str) -> re.Pattern[str]:
    """A lead word (``lead``, an alternation), any words, then ``preposition``: what follows it
    is the topic."""
    return lazy(rf"\b{lead}\b[^?.!;]*?\b{preposition}\s+(?P<topic>[^?.!;]+)", re.I)


# "de reactie van X op Y", "criticism of the plan by X on Y": Y is the topic.
_REACTION = _lead_then(alternation("topics", "reactions"), "(?:op|on|to)")
# "the position of X on Y", "VNG's stance on Y": Y is the topic.
_STANCE = _lead_then(alternation("topics", "stances"), alternation("topics", "stance_prepositions"))
# "Hoe stond X tegenover Y": Y is the topic.
_STANDS = _lead_then(alternation("topics", "stand_verbs"), "tegenover")
# "Wat vond X van Y", "What did X think of Y", "Hoe keek X tegen Y aan": Y is the topic.
_OPINION = lazy(rf"(?<=\s){alternation('topics', 'opinion_verbs')}\b(?P<rest>[^?.!;]+)", re.I)
_OPINION_OF = lazy(rf"\b{alternation('topics', 'opinion_prepositions')}\s+", re.I)
_OPINION_PARTICLES = word_set("topics", "opinion_particles")
# "How did X view Y": the object of the verb is the topic.
_VIEW = lazy(
    rf"\bhow\s+(?:did|does|do)\b[^?.!;]*?\b{alternation('topics', 'view_verbs')}\s+"
    r"(?P<topic>[^?.!;]+)",
    re.I,
)
# Where a topic phrase ends: a period, a meeting or a speaker clause.
_TOPIC_END = lazy(
    rf"\s+{alternation('topics', 'end_prepositions')}\s+(?:the\s+|de\s+|het\s+)?"
    rf"(?:\d|{alternation('topics', 'end_words')}|" + MONTH_WORDS + r")",
    re.I,
)
_LAST_PREPOSITION = lazy(
    rf"\s*\b{alternation('topics', 'end_prepositions')}(?:\s+(?:the|de|het))?\s*$", re.I
)
# Verbs that end a topic phrase wherever they stand, and the Dutch past participle that closes
# a question ("... over de Spreidingswet gezegd?") when it is the topic's last word.
_VERB = word_regex("topics", "closers")
_PARTICIPLE = lazy(r"ge\w{3,}(?:d|t)")


def topic_of(
    question: str,
    mention: bool = True,
    perfect: bool = True,
    addressee: bool = True,
    both: bool = True,
    clause: bool = True,
) -> str:
    """The "about X" / "over X" phrase of a question ("" when there is none); with
    ``mention`` (rule ``topic_after_mention``) else what it says was mentioned (not whom it was
    raised with: ``addressee``, rule ``mention_addressee_not_topic``), with ``perfect`` (rule
    ``topic_after_perfect``) else the object of a Dutch perfect. Rule
    ``comparison_word_not_topic`` (``both``): a word of "both" (comparison_both.toml) that
    ends the topic or opens it before a period is no topic word ("de taakstelling zowel in
    2022 als in 2025": "de taakstelling"). Rule ``topic_clause`` (``clause``): topic_clause.py."""
    m = (
        _TOPIC.search(question)
        or _REACTION.search(question)
        or _STANCE.search(question)
        or _VIEW.search(question)
        or _STANDS.search(question)
    )
    topic = m.group("topic") if m else _opinion_object(question)
    if not topic and mention:
        topic = mentioned_topic(question, addressee, both)
    if not topic and perfect:
        topic = _perfect_object(question)
    topic = clause_cut(topic) if clause else topic
    if not topic:
        return ""
    end = _TOPIC_END.search(topic)
    if end:
        topic = topic[: end.start()]
    periods = everyday_spans(topic)  # "housing in Q3 2023": the period is no topic word
    if periods:
        topic = _LAST_PREPOSITION.sub("", topic[: min(a for a, _ in periods)])
    # The verb that closes a Dutch question ("... over de Spreidingswet gezegd?") or an
    # English clause ("... about X said by ...") is not part of the topic.
    kept = []
    for word in topic.split():
        if _VERB.fullmatch(word.strip(",").lower()):
            break
        kept.append(word)
    if len(kept) > 2 and _PARTICIPLE.fullmatch(kept[-1].strip(",").lower()):
        kept.pop()
    if len(kept) > 1 and kept[-1].strip(",").lower() in _OPINION_PARTICLES:
        kept.pop()
    while both and len(kept) > 1 and kept[-1].strip(",").lower() in _BOTH:
        kept.pop()  # rule comparison_word_not_topic: "de taakstelling zowel (in 2022 als ...)"
    return " ".join(kept).strip(" ,")


# Rule topic_after_mention: the object of a verb of mentioning, or the subject said to have
# been mentioned (lexicon/data/topics.toml).
_MENTION = lazy(rf"\b{alternation('topics', 'mention_verbs')}\s+(?P<topic>[^?.!;]+)", re.I)
_MENTIONED = lazy(
    rf"\b{alternation('topics', 'mention_auxiliaries')}\s+(?P<topic>[^?.!;]+?)\s+"
    rf"{alternation('topics', 'mention_closers')}(?!\w)",
    re.I,
)
_MENTION_END = lazy(
    rf"\b(?:{alternation('topics', 'mention_closers')}|{alternation('topics', 'mention_agents')})"
    r"(?!\w)",
    re.I,
)
_CLAUSE = word_set("topics", "mention_clause_openers") | word_set("topics", "end_prepositions")
_FILLERS = word_set("topics", "mention_fillers")
_ADDRESSEES = word_set("topics", "mention_addressees")
_BOTH = word_set("comparison_both", "words")


def _opens_clause(word: str) -> bool:
    """Whether ``word`` opens a clause, a date or a period rather than a topic."""
    word = word.strip(",").lower()
    return word in _CLAUSE or word[:1].isdigit() or word in _month_words()


def mentioned_topic(question: str, addressee: bool = True, both: bool = True) -> str:
    """What a question without an "about X" phrase says was mentioned: the object of a verb
    of mentioning ("Who brought up the capacity decision?"), else the subject between an
    auxiliary and a closing participle or particle ("When was road pricing discussed?",
    "Wanneer kwam de zorgpremie ter sprake?"); "" for a clause, a date or a place in the
    meeting ("How many X were mentioned at the meeting ..."). Rule
    ``mention_addressee_not_topic`` (``addressee``): "" for whom it was raised with ("What did
    the CdK raise with the state secretary ...?": the object is what is asked). Rule
    ``comparison_word_not_topic`` (``both``): a word of "both" (comparison_both.toml) before a
    period or clause is no object ("Were X mentioned both in 2022 and in 2025?": X is)."""
    for m in (_MENTION.search(question), _MENTIONED.search(question)):
        topic = m.group("topic") if m else ""
        end = _MENTION_END.search(topic)
        kept = (topic[: end.start()] if end else topic).split()
        while kept and kept[0].lower() in _FILLERS:
            kept.pop(0)
        if both and len(kept) > 1 and kept[0].lower() in _BOTH and _opens_clause(kept[1]):
            kept.pop(0)  # rule comparison_word_not_topic: the clause word below refuses it
        topic = " ".join(kept)
        first = kept[0].lower() if kept else ""
        if addressee and first in _ADDRESSEES:
            return ""
        if first and first not in _CLAUSE and not first[0].isdigit():
            return "" if first in _month_words() else topic.strip(" ,")
    return ""


def _perfect_object(question: str) -> str:
    """:func:`perfect_topic`, unless it opens with a clause, a place or a date."""
    topic = perfect_topic(question)
    first = topic.split()[0].lower() if topic else ""
    if not first or first in _CLAUSE or first[0].isdigit() or first in _month_words():
        return ""
    return topic


def _opinion_object(question: str) -> str:
    """Y of "Wat vond X van Y?", "What did X think of Y?": what follows the first "van"/"of"
    after the verb (not the question's first word) that does not open a name while another
    follows ("de burgemeester van Groningen van ..."); "" when none."""
    m = _OPINION.search(question)
    if not m:
        return ""
    rest = m.group("rest")
    preps = list(_OPINION_OF.finditer(rest))
    for i, prep in enumerate(preps):
        after = rest[prep.end() :]
        if after[:1].isupper() and i + 1 < len(preps):
            continue  # part of who is asked: "Raad van State", "Ministry of Justice"
        if re.match(rf"{alternation('questions', 'topic_askers')}\b", after, re.I):
            return ""
        return after
    return ""


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


def _opener_dropped(parts: list[str]) -> bool:
    """Drop, in place, the prepositions that open a sentence before a run of capitalised
    words ("Per the ...", "According To", function_words.toml ``opening_prepositions``),
    capitalised only because they open it, then the particles left at either end ("the")."""
    lead = 0
    while lead < len(parts) and parts[lead].lower() in _OPENING_PREPOSITIONS:
        lead += 1
    if not lead:
        return False
    del parts[:lead]
    while parts and parts[0].islower() and parts[0] in PARTICLES:  # "the", not "De Jonge"
        parts.pop(0)
    while parts and parts[-1].lower() in PARTICLES:
        parts.pop()
    return True


def names_in(
    question: str,
    sentence_starts: bool = True,
    address: bool = True,
    opener: bool = True,
    verbs: bool = True,
) -> list[str]:
    """Names a question uses: runs of capitalised words (Dutch name particles allowed inside)
    and acronyms, minus question words, months and words that open the question (or, with
    ``sentence_starts``, one of its sentences); with ``address`` (rule ``address_not_name``)
    minus a form of address or title before a name ("Mr De Jonge" -> "De Jonge"); ``opener``:
    rule ``opener_names_kept`` ("Was the Rekenkamer ...": a name; not "The Minister ...");
    ``verbs``: rule ``sentence_opener_verbs_unnamed`` (:mod:`.opener_verbs`: "Zag de VNG")."""
    out, months = [], _month_words()
    plain = _OPENING_PREPOSITIONS | word_set("function_words", "articles") | months
    periods = everyday_spans(question)  # "Pasen", "Christmas 2023", "Q3 2023": no names
    for m in _NAME.finditer(question):
        if any(a <= m.start() < b for a, b in periods):
            continue
        parts = m.group(0).split()
        # leading question words (or a finite verb) dropped ("Wat", "Was", "Zag"), one no article
        asked = verbs and verb_opens(question, m.start(), parts)
        del parts[: int(asked)]
        if asked and not parts:
            continue
        while parts and (parts[0].lower() in _NOT_NAMES or parts[0].lower() in months):
            asked |= parts.pop(0).lower() not in plain
        while parts and parts[-1].lower() in PARTICLES:
            parts.pop()
        if address:
            parts = without_address(parts)
        parts = [p for p in parts if p.lower() not in months]
        if not parts:
            continue
        opens = opens_sentence(question, m.start(), sentence_starts)
        if opens and _opener_dropped(parts):
            opens = False  # "Per the April record": the name, if any, follows the opener
            if not parts:
                continue
        name = " ".join(parts).strip("'’-")
        if opens and len(parts) == 1 and not ACRONYM.match(name) and not (opener and asked):
            continue  # the first word of a sentence is capitalised anyway
        lower = name.lower()
        if lower in english_stopwords() or lower in dutch_stopwords() or len(name) < 2:
            continue
        out.append(name)
    return out


# "What did <who> say ...", "Wat vond <who> van ...", "Wat heeft <who> gezegd ...": the one
# who spoke, which may be written in lower case ("the red cross", "vluchtelingenwerk"); the
# verbs are those of lexicon/data/speech.toml, the question words of function_words.toml.
# Rule ``speaker_verb_finite``: no verb of speech right after a word of speech.toml
# ``verb_not_finite_after_en`` ("the secretary of state explain") or an article ("What
# should the note ... contain": "note" is a noun here).
_NOT_FINITE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (*words("speech", "verb_not_finite_after_en"), *words("function_words", "articles"))
)


def _speaker_en(finite: bool, title: bool) -> str:
    """The English "What did <who> say" pattern, with rule ``speaker_verb_finite``
    (``finite``) and rule ``title_not_speech_verb`` (``title``)."""
    return (
        rf"^\s*(?:{alternation('function_words', 'question_words_en')}|did|does|has|have)\s+"
        r"(?:(?:did|does|do|has|have|had)\s+)?"
        rf"(?P<who>[^?,;]+?)\s+{_NOT_FINITE if finite else ''}"
        rf"{alternation('speech', 'speaker_verbs_en')}\b"
        + (rf"(?!\s+(?:{alternation('speech', 'verb_title_nouns')})\b)" if title else "")
    )


_SPEAKER_EN = lazy(_speaker_en(False, False), re.I)
# Rule ``title_not_speech_verb``: the same, but a verb of speech followed by a noun of
# speech.toml ``verb_title_nouns`` is the first word of a title ("the new state secretary Van
# der Maat respond ...": "state" is no verb here), so the one who spoke reads on past it.
_SPEAKER_EN_TITLE = lazy(_speaker_en(False, True), re.I)
_SPEAKER_EN_FINITE = lazy(_speaker_en(True, False), re.I)
_SPEAKER_EN_FINITE_TITLE = lazy(_speaker_en(True, True), re.I)
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
_BE_EN = word_set("function_words", "passive_auxiliaries_en")
_ARTICLE = lazy(rf"^{alternation('function_words', 'articles')}\s+", re.I)
_QUANTIFIER = lazy(rf"^{alternation('function_words', 'quantifiers')}\s+", re.I)
_AUX_IN_WHO = word_set("speech", "auxiliaries_in_who_en")


def _after_auxiliary(who: str) -> str:
    """Rule ``speaker_verb_finite``: what follows the last auxiliary of an English phrase ("often
    will the PRTs" -> "the PRTs"); what precedes it when it is a modal "have to" or ends the
    phrase, "not" aside ("VNG have to" -> "VNG", "if Defence does not" -> "if Defence"); else the
    phrase."""
    tokens = who.split()
    at = max((i for i, t in enumerate(tokens) if t.lower() in _AUX_IN_WHO), default=-1)
    if at < 0:
        return who
    rest = [t for t in tokens[at + 1 :] if t.lower() != "not"]
    if not rest or rest[0].lower() == "to":
        return " ".join(tokens[:at])
    return " ".join(rest)


def speaker_phrase(
    question: str, passive: bool = True, title: bool = True, finite: bool = True
) -> str:
    """Who a question asks about as the speaker ("the red cross" in "What did the red cross
    say about ...?"), without an article; "" when the question names none or asks about the
    table as a whole ("What did the LRT say ..."). Rule ``speaker_passive`` (``passive``): a
    phrase holding a form of English "be" ("What concerns were raised", "What suggestion was
    made about the support ...": "support" is the verb read) is the subject of a passive, what
    was said: no speaker. Rule ``title_not_speech_verb`` (``title``): see ``_SPEAKER_EN_TITLE``.
    Rule ``speaker_verb_finite`` (``finite``): a verb of speech right after a word of
    speech.toml ``verb_not_finite_after_en`` or an article is no finite verb ("What did the
    secretary of state explain ...": a title; "What should the note ... contain": a noun), so
    the phrase reads on to a later verb of speech, or there is no speaker; an auxiliary inside
    the phrase ends what the question word asks ("How often will the PRTs report": "PRTs") and
    a quantifier is skipped like the article ("several members": "members", anyone)."""
    english = _SPEAKER_EN_TITLE if title else _SPEAKER_EN
    if finite:
        english = _SPEAKER_EN_FINITE_TITLE if title else _SPEAKER_EN_FINITE
    m_en = english.search(question)
    m = m_en or _SPEAKER_NL_PERFECT.search(question) or _SPEAKER_NL.search(question)
    if not m:
        return ""
    who = m.group("who").strip()
    if passive and _BE_EN & set(who.lower().split()):
        return ""
    if finite and m_en:
        who = _after_auxiliary(who)
    who = _ARTICLE.sub("", who)
    if finite:
        who = _QUANTIFIER.sub("", who)
    if not who or who.lower().split()[0] in _ANYONE:
        return ""
    return who
