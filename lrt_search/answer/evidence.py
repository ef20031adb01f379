"""Evidence checks before answering: does the question ask for something the minutes hold?

A cosine threshold alone cannot tell "the minutes do not say" from "the minutes say it in other
words" (e5 scores are compressed into a narrow band). These checks look at what the question
names and asks for, and abstain with a reason that names what is missing:

- **names**: a name in the question (capitalised words or an acronym: an organisation, a
  person, a law, a place) must occur in the minutes, in the organisation alias table or in the
  glossary (whose Dutch terms must then occur in the minutes), else "PVV is not in the minutes";
- **period**: a period in the question (day, month, year) must hold a meeting, else "no
  meeting in ...";
- **topic**: the topic of "about X" / "over X" must occur in the minutes: Dutch words through
  the analyzer (Snowball stems, compound parts, spelling variants, another derivation of the
  same stem), English words through the glossary (whose general vocabulary names Dutch words
  the minutes may lack). Words weigh by their rarity in general Dutch or English (wordfreq):
  the question abstains when the missing words carry ``topic_missing_share`` of the weight
  ("de dwangsom bij te late opvang": "dwangsom"), and a quote must hold a topic term (in the
  statement or its item heading);
- **unit**: a question for an amount of money needs a quote that states one (a number with €,
  euro, miljoen, ...; "een bedrag" is not one), a question for a percentage a number with %
  or procent; both about the question's most specific word (a percentage of flexwoningen, not
  of the backlog). A question for the chair needs "voorzitter".

This module reads the question (:class:`Asked`) and says what a quote must hold
(:func:`requirements`); the gates that abstain on the question before searching are in
:mod:`lrt_search.answer.gates`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lazyre import lazy
from ..lexicon.wordlists import alternation
from ..search.parsed import ParsedQuestion, read_question
from ..search.phrases import names_in as names_in
from ..search.query import SpeakerRules
from .act_stated import asked_acts
from .asked_class import asked_member
from .asked_detail import asks_quantity
from .asked_document import asked_document
from .compound_names import compound_parts
from .consequence import asks_consequence
from .frame_words import without_frame
from .implied_topic import without_speaker
from .money import digits, number_near_money_word
from .name_glue import article_parts
from .name_words import general_word
from .names import (
    NOT_FOCUS,
    has_phrase,
    known_form,
    name_forms,
    name_parts,
)
from .number_forms import money_asked
from .person_period import as_speaker_body
from .premise import premise_terms
from .premise_common import common_needs
from .premise_restated import restated_nouns
from .property_forms import money_in_words, percent_in_words, shares_read
from .shape import PERCENT_UNIT
from .stance import asks_whether, stance_premise
from .topic_parts import whole_terms
from .topics import TopicCheck, topic_terms
from .unnamed_agent import asked_agent
from .unread_topic import check_of, keyword_implied

if TYPE_CHECKING:
    from ..search.query import QueryScope
    from ..search.retriever import Retriever

# An amount of money: a number with a currency or a multiplier ("€ 30.000", "12 miljoen",
# "1,2 mld euro"); "een bedrag" names an amount without stating it.
_NUMBER = r"\d[\d.,]*"
_MONEY_A = lazy(
    rf"(?:€|\beur\b|\beuros?\b)\s*{_NUMBER}|"
    rf"\b{_NUMBER}\s*(?:{alternation('numbers', 'multipliers')}\b\.?\s*)?"
    r"(?:€|\beuros?\b|\beur\b)|"
    rf"\b{_NUMBER}\s*{alternation('numbers', 'large_multipliers')}\b",
    re.I,
)
_PERCENT_A = lazy(_NUMBER + PERCENT_UNIT, re.I)
#: A share in words ("de helft", "een derde"; numbers.toml ``shares``): a percentage too.
_SHARE_A = lazy(rf"\b{alternation('numbers', 'shares')}\b", re.I)


@dataclass(frozen=True)
class Requirements:
    """What a quote must hold to answer the question."""

    topic: str = ""  # the "about X" phrase
    topic_terms: frozenset[str] = frozenset()  # its index terms (one must stand in a quote)
    money: bool = False
    percent: bool = False
    chair: bool = False
    # Every name of the question's focus: alternative forms (word sequences, folded; one must
    # stand as written in the quote or its item heading) and the organisation codes that stand
    # for it (a statement by, or naming, that organisation holds it).
    names: tuple[tuple[str, tuple[tuple[str, ...], ...], frozenset[str]], ...] = ()
    # For an amount or a percentage: the terms of the question's most specific word ("welk
    # percentage van de statushouders woont in een flexwoning": flexwoning); one must stand in
    # the statement or its item heading, so a percentage of something else does not answer.
    subject: str = ""
    subject_terms: frozenset[str] = frozenset()
    # For "why did X ...": the premise, and per content word the terms one of which a
    # statement must hold to support it (lrt_search.answer.premise).
    premise: str = ""
    premise_terms: tuple[frozenset[str], ...] = ()
    # Whether the topic is implied by the question's content words, not an "about X" phrase.
    topic_implied: bool = False
    # Per word (or English term) of the topic the minutes hold, its index terms; and the
    # share of the topic's weight they lack (features of the confidence).
    topic_units: tuple[frozenset[str], ...] = ()
    topic_missing: float = 0.0
    # The topic terms without those that are only compound parts of its words ("taak" of
    # "taakstelling"; lrt_search.answer.topic_parts).
    topic_whole: frozenset[str] = frozenset()
    # The topic's content words neither found nor found lacking: no quote can be checked on
    # them (an English word no lexicon knows, a paraphrasing adjective).
    topic_unchecked: tuple[str, ...] = ()
    # Of an implied topic: the index terms of all its words the minutes hold, general ones too
    # ("bepaalde", "gemeente"; rule speaker_general_topic of lrt_search.answer.checks).
    topic_general_terms: frozenset[str] = frozenset()
    # Rule money_word_amount (Settings.money_word_amount; lrt_search.answer.money): a bare
    # number next to a money word ("30.000 ..., een bedrag") states an amount too.
    money_words: bool = False
    named_numbers: frozenset[str] = frozenset()  # the question's own numbers (digits only)
    # Rule which_member_named (lrt_search.answer.asked_class): the class ("place", "country",
    # "org") of which a "which <class>" question asks a member; "" when none is checked.
    member_class: str = ""
    member_noun: str = ""  # its noun as asked ("gemeenten"), named by reason no_member
    # Rule negative_stance_stated (lrt_search.answer.stance): the negative stance the question
    # presupposes ("weigerden statushouders te huisvesten"); a quote must state one.
    stance: str = ""
    # Rule stance_whether_asked: a yes/no question asks whether the stance was taken.
    stance_whether: bool = False
    # Rule premise_noun_restated (lrt_search.answer.premise_restated): the premise's needs that
    # are a noun's own terms, of which a supporting statement may lack one.
    premise_nouns: frozenset[frozenset[str]] = frozenset()
    # Rule document_content_named (lrt_search.answer.asked_document): the document whose
    # content the question asks ("memo" of "What was in the memo ..."); a quote must name one.
    document: str = ""
    # Rules consequence_stated / cause_stated (answer.consequence): the question asks what
    # happens if ("consequence") or what caused something ("cause"); "" when neither.
    consequence: str = ""
    # Rule act_stated (answer.act_stated): the acts the question presupposes ("vote", "leak")
    # and their words as asked; a quote must state each.
    acts: tuple[str, ...] = ()
    act_words: str = ""
    agent_asked: str = ""  # rule unnamed_agent: "agent" / "first" when the question asks who did it
    # Rule premise_common_paraphrased (answer.premise_common): the premise's needs of a common
    # word, which a supporting statement may say in other words.
    premise_common: frozenset[frozenset[str]] = frozenset()
    premise_apart: bool = False  # rule premise_words_apart: a Dutch premise's words apart
    forms: bool = True  # rule property_forms_read (answer.property_forms)

    def money_ok(self, text: str) -> bool:
        """Whether ``text`` states an amount of money: with a currency or a multiplier, or (rule
        money_word_amount) as a number next to a money word."""
        return states_money(text, self.forms) or (
            self.money_words and number_near_money_word(text, self.named_numbers)
        )

    def names_ok(
        self,
        texts: list[list[str]],
        codes: set[str],
        only: tuple[str, tuple[tuple[str, ...], ...], frozenset[str]] | None = None,
    ) -> bool:
        """Whether every focus name (or ``only`` that one) stands, as written, in one of
        ``texts`` (the words of the statement and of its item heading), or is the
        organisation that speaks or is named (``codes``). A word may carry an inflection
        ("COA's", "gemeentes")."""
        for _name, forms, orgs in self.names if only is None else (only,):
            if orgs & codes:
                continue
            if forms and not any(has_phrase(t, form) for form in forms for t in texts):
                return False
        return True

    def quote_ok(self, text: str, heading_terms: set[str], terms: set[str]) -> bool:
        """Whether a statement (``text``, its index ``terms``, its item heading's terms) holds
        what the question asks for: the unit, the chair, a topic term."""
        return (
            (not self.money or self.money_ok(text))
            and (not self.percent or states_percentage(text, self.forms))
            and (not self.chair or names_chair(text))
            and (not self.subject_terms or bool(self.subject_terms & (terms | heading_terms)))
            and (not self.topic_terms or bool(self.topic_terms & (terms | heading_terms)))
        )


def states_money(text: str, forms: bool = True) -> bool:
    """Whether ``text`` states an amount of money ("€ 30.000"; property_forms_read: in words)."""
    return bool(_MONEY_A.search(text)) or (forms and money_in_words(text))


def states_percentage(text: str, forms: bool = True) -> bool:
    """Whether ``text`` states a percentage ("50%", "50 procent") or a share in words ("de
    helft", "een derde"; rule property_forms_read: not "een derde bijeenkomst")."""
    return states_figure_percentage(text, forms) or shares_read(text, _SHARE_A, forms)


def states_figure_percentage(text: str, forms: bool = True) -> bool:
    """Whether ``text`` states a percentage in figures ("50%"; property_forms_read: in words)."""
    return bool(_PERCENT_A.search(text)) or (forms and percent_in_words(text))


def names_chair(text: str) -> bool:
    """Whether ``text`` names the chair ("voorzitter")."""
    return "voorzitter" in text.lower()


@dataclass
class Asked:
    """A question with what was understood of it: what the gates and
    :func:`requirements` look at."""

    retriever: Retriever
    question: str
    scope: QueryScope
    since: dt.date | None = None
    until: dt.date | None = None
    attendance: bool = False
    parsed: ParsedQuestion | None = None  # the question read once (read here when None)
    dropped: tuple[str, ...] = ()  # the speaker the search dropped (no passage of theirs)

    @cached_property
    def reading(self) -> ParsedQuestion:
        """The question read once: ``parsed``, or read with the retriever's tables."""
        retriever = self.retriever
        return self.parsed or read_question(
            self.question,
            retriever.orgs,
            retriever.glossary,
            rules=SpeakerRules.of(retriever.settings),
        )

    @cached_property
    def names(self) -> list[tuple[str, bool]]:
        """The question's names, each in the form the minutes know, and whether they do. Not
        names: the words of an organisation the question names as its speaker ("the Minister
        for Asylum and Migration"), and in an English question a capitalised word of general
        English the minutes lack ("Dutch", "Asylum"): a topic word, not a name (a run of
        capitalised words, "Red Cross", stays a name)."""
        retriever, question = self.retriever, self.question
        out: list[tuple[str, bool]] = []
        for name, kind in self.reading.names:
            # the organisation's name stands for its words, as a person's found in the attendee
            # lists does (answer.person_speaker; "Keijzer" for "Mw. Keizer": surname_folding)
            if kind == "speaker" or name in self.reading.speaker_words:
                if (name, True) not in out:
                    out.append((name, True))
                continue
            apart = retriever.settings.name_parts_apart
            parts = name_parts(retriever, name, question) if apart else [name]
            if retriever.settings.name_article_apart:  # rule of that name (answer.name_glue)
                parts = [p for n in parts for p in article_parts(retriever, n, question)]
            if retriever.settings.acronym_compound_apart:  # rule of that name
                parts = [p for n in parts for p in compound_parts(retriever, n, question)]
            name_forms = retriever.settings.name_forms_read
            for part in parts:
                form, known = known_form(retriever, part, question)
                if (
                    not known
                    and self.scope.english
                    and " " not in part
                    and general_word(part, retriever.settings.general_word_zipf, name_forms)
                ):
                    continue
                out.append((form, known))
        return out

    @cached_property
    def topic(self) -> str:
        """The "about X" phrase, else the implied topic (see :attr:`topic_implied`); "" for
        attendance questions."""
        if self.attendance:
            return ""
        return self.reading.topic or self.implied_topic

    @cached_property
    def implied_topic(self) -> str:
        """The topic of a question without an "about X" phrase
        (:mod:`lrt_search.answer.implied_topic`); rule ``speaker_name_not_topic``: without
        the words that name the asked speaker when they are no organisation's name (a person
        of the attendee lists: an organisation's words are no topic words already, and its
        name's words may stand in the topic too, "civic integration")."""
        topic = keyword_implied(self.retriever, self.question, self.scope.english)
        if self.retriever.settings.question_frame_words:  # rule of that name
            topic = without_frame(topic, self.question)
        if not self.retriever.settings.speaker_name_not_topic:
            return topic
        question, orgs = self.question, self.retriever.orgs
        named = {question[m.start : m.end] for m in orgs.query_mentions(question)}
        people = tuple(w for w in self.reading.speaker_words if w not in named)
        return without_speaker(topic, people)

    @cached_property
    def topic_check(self) -> TopicCheck | None:
        """What the minutes hold of :attr:`topic` (``None`` without one; of an implied topic,
        its specific words only)."""
        english, implied = self.scope.english, self.topic_implied
        return check_of(self.retriever, self.topic, english, implied, self.question)

    @property
    def topic_implied(self) -> bool:
        """Whether :attr:`topic` is implied, not an "about X" phrase."""
        return bool(self.topic) and not self.reading.topic


def requirements(asked: Asked) -> Requirements:
    """What a quote must hold to answer the question (the quote checks' data)."""
    retriever, english = asked.retriever, asked.scope.english
    parsed, check = asked.reading, asked.topic_check
    missing = check.missing_share if check else 0.0  # rule embedded_quantity_read reads it
    quantity = asks_quantity(retriever.settings, parsed, missing) and not asked.attendance
    money = quantity and parsed.asks("money")
    money = money and money_asked(retriever.settings, parsed.text, english)  # number_forms
    percent = quantity and parsed.asks("percent")
    chair = parsed.asks("chair")
    topic = asked.topic
    terms = check.terms if check else frozenset[str]()
    focus = tuple(  # rule person_body_of_period: the speaker's body in the question's period
        as_speaker_body(retriever, parsed, name_forms(retriever, n))
        for n, _ in asked.names
        if n and n.lower() not in NOT_FOCUS
    )
    subject, subject_terms = "", frozenset[str]()
    if money or percent:
        subject, subject_terms = topic_terms(retriever, parsed.counted, english).key
    premise, needed = premise_terms(retriever, parsed, english)
    return Requirements(
        topic, terms, money, percent, chair, focus, subject, subject_terms, premise, needed,
        asked.topic_implied,
        tuple(found for _, _, found in check.found) if check else (),
        check.missing_share if check else 0.0,
        whole_terms(retriever, topic, terms) if terms else frozenset(),
        _unchecked(topic, check),
        _all_terms(asked) if asked.topic_implied else frozenset(),
        retriever.settings.money_word_amount,
        digits(parsed.text),
        *_member_class(asked),
        _stance(retriever, parsed, premise),
        retriever.settings.stance_whether_asked
        and asks_whether(parsed.text, parsed.asks("yes_no")),
        restated_nouns(retriever, premise, needed, english),
        _document(asked),
        asks_consequence(retriever, parsed),
        *asked_acts(retriever, parsed.text, parsed.asks("why") or parsed.asks("claim_check")),
        agent_asked=asked_agent(retriever, parsed.text, asked.attendance),
        premise_common=common_needs(retriever, premise, needed, english),
        premise_apart=retriever.settings.premise_words_apart and not english,
        forms=retriever.settings.property_forms_read,
    )  # fmt: skip


def _stance(retriever: Retriever, parsed: ParsedQuestion, premise: str) -> str:
    """The negative stance the question presupposes (rule negative_stance_stated), "" when off."""
    if not retriever.settings.negative_stance_stated:
        return ""
    return stance_premise(parsed.text, premise)


def _member_class(asked: Asked) -> tuple[str, str]:
    """The class of which the question asks a member and its noun (rule which_member_named),
    else ("", "")."""
    if not asked.retriever.settings.which_member_named or asked.attendance:
        return "", ""
    s = asked.retriever.settings
    return asked_member(asked.question, s.person_name_asked, s.member_asks_read)


def _document(asked: Asked) -> str:
    """The document whose content the question asks (rule document_content_named), else ""."""
    if not asked.retriever.settings.document_content_named or asked.attendance:
        return ""
    return asked_document(asked.question, asked.scope.english)


def _all_terms(a: Asked) -> frozenset[str]:
    """The index terms of every word of the question's topic the minutes hold."""
    return topic_terms(a.retriever, a.topic, a.scope.english, question=a.question).terms


def _unchecked(topic: str, check: TopicCheck | None) -> tuple[str, ...]:
    """The content words of ``topic`` that ``check`` neither found nor found lacking."""
    if check is None:
        return ()
    seen = {w for _, parts, _ in (*check.found, *check.lacking) for w in parts}
    stop = english_stopwords() | dutch_stopwords()
    return tuple(
        w for w in words(topic) if len(w) >= 3 and not w.isdigit() and w not in stop | seen
    )
