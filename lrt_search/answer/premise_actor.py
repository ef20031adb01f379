"""Rule ``premise_actor_checked`` (``Settings.premise_actor_checked``; issue 16 session 27 task
E2): a why-premise names who did the act ("Waarom is de VNG uit de LRT gestapt?", "Why did the
municipal association withdraw ..."), and a statement supports it only when its actor is that
body or of its family (a member of a group, a ministry's state secretary, a body's ministry).

- The question's actor (:func:`premise_actors`): the organisations the question reader finds
  (``OrgTable.query_mentions``) at the premise's subject - after its finite verb and an article
  ("heeft de VNG", "did the municipal association"), after "dat"/"that" ("is het zo dat VNG"),
  or after "door"/"by" in a passive; a passive's subject is acted on ("Waarom werd de VNG
  gevraagd"): none. Bodies joined by "en"/"and" all count.
- The statement's actor (:func:`statement_actors`): of its sentences that hold the most of the
  premise's needs, the subject the minutes' speaker reader gives (ingest.speakers
  ``sentence_speakers``), or, when the sentence reports another body's act ("VNG geeft aan dat
  het COA ..."), the subject of the clause after "dat"; a sentence with none takes the
  statement's speakers. A premise that is itself of speaking ("Why did the VNG say that ...")
  takes the speaker, not the reported subject. A statement naming no actor is not judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords
from ..ingest.speakers import sentence_speakers, split_sentences
from ..lexicon.wordclass import dutch_class, english_not_noun, english_noun
from ..lexicon.wordlists import word_set
from ..search.group_speaker import writes_group
from ..search.query import group_words, is_speech_word_in

if TYPE_CHECKING:
    from ..lexicon.organisations import Mention, OrgTable
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever
    from .checks import Quote
    from .evidence import Requirements

_ARTICLES = word_set("function_words", "articles")
_OPENERS = word_set("speech", "content_openers")
_AGENT = word_set("speech", "speaker_before") & {"door", "by"}
_PASSIVE = word_set("function_words", "passive_auxiliaries")
_BE_EN = word_set("function_words", "passive_auxiliaries_en")
_JOINERS = frozenset({"en", "and", ","})
_REPRESENTS = word_set("speech", "represents")
#: Before a body, words that make it no doer: a preposition's object, an owner.
_NOT_DOER = (word_set("speech", "object_prepositions") - _AGENT) | {"van", "of"}
#: "Waarom is het zo dat X ...", "Why is it that X ...": the premise's own clause after "dat".
_IS_IT = frozenset({"is", "het", "zo", "it"})


@dataclass(frozen=True)
class PremiseActor:
    """Who a why-premise says did the act: the codes as named (joined by ", "), with their
    family, and the codes named by a group noun ("gemeenten": VNG), whose statements and
    every statement that writes the group support it (as rule group_speaker_subject)."""

    named: str
    codes: frozenset[str]
    group: tuple[str, ...] = ()


def premise_actor(retriever: Retriever, parsed: ParsedQuestion) -> PremiseActor | None:
    """The actor of the question's why-premise (see the module); None when the rule is off,
    the question does not ask why, or no body stands where the actor stands."""
    premise = parsed.premise
    if not retriever.settings.premise_actor_checked or not parsed.asks("why") or not premise:
        return None
    orgs = retriever.orgs
    found: list[Mention] = []
    for m in orgs.query_mentions(premise):
        if premise[m.end : m.end + 1] == "-" and not _represents(premise[m.end + 1 :]):
            continue  # the first part of a compound ("de IND-wachtruimte")
        if _modifies(premise[m.start : m.end], premise[m.end :]):
            continue  # a noun's modifier ("the IND waiting room", "de IND wachtruimte")
        before = premise[: m.start].lower().replace(",", " , ").split()
        if found:
            gap = premise[found[-1].end : m.start].lower().replace(",", " , ").split()
            if all(w in _JOINERS | _ARTICLES for w in gap):
                found.append(m)
            continue
        if _is_subject(before, premise[m.end :]) or _is_agent(before):
            found.append(m)
    if not found:
        return None
    codes = list(dict.fromkeys(m.code for m in found))
    group = tuple(m.code for m in found if group_words(m.text))
    family_codes = frozenset(c for code in codes for c in family(orgs, code))
    return PremiseActor(", ".join(codes), family_codes, group)


def _modifies(name: str, after: str) -> bool:
    """Whether a body (as written, ``name``) before ``after`` modifies the noun after it: in
    English two words that read as nouns follow ("waiting room"); after an abbreviation a
    lower-case word that is no function word, no English word and no adjective or verb form of
    the word-class table ("de IND wachtruimte"; not "gemeenten geld")."""
    nxt = [w.strip(",.?'\"") for w in after.split()[:2]]
    if not nxt or not nxt[0].isalpha() or not nxt[0].islower():
        return False
    if nxt[0] in english_stopwords() or nxt[0] in dutch_stopwords():
        return False
    if len(nxt) == 2 and english_noun(nxt[0])[0] and english_noun(nxt[1])[0]:
        return True
    if not name.isupper() or english_noun(nxt[0])[0] or english_not_noun(nxt[0]):
        return False
    return not dutch_class(nxt[0])


def _represents(rest: str) -> bool:
    """Whether the compound's part after "-" is who speaks for the body ("VNG-delegatie")."""
    part = rest.split(maxsplit=1)[:1]
    return bool(part) and part[0].lower().strip(".,?") in _REPRESENTS


def _is_subject(before: list[str], after: str) -> bool:
    """Whether a body after the premise words ``before`` is its subject and the act's doer: one
    finite verb (and articles) before it, not a passive's auxiliary; or right after "is het zo
    dat" (the premise's own clause, not one it reports: "besloten dat gemeenten")."""
    words = [w for w in before if w not in _ARTICLES]
    if words and words[-1] in _OPENERS:
        return set(words[:-1]) <= _IS_IT
    if len(words) != 1 or words[0] in _PASSIVE:
        return False
    nxt = after.split()[:1]
    passive_en = words[0] in _BE_EN and bool(nxt) and nxt[0].lower().endswith("ed")
    return not passive_en  # "Why was the COA asked": acted on


def _is_agent(before: list[str]) -> bool:
    """Whether a body after ``before`` is a passive's agent ("door de VNG", "by the COA")."""
    words = [w for w in before if w not in _ARTICLES]
    return bool(words) and words[-1] in _AGENT


def family(orgs: OrgTable, code: str) -> set[str]:
    """``code`` and every organisation of its ministry or group: its top parent's members and
    children (``OrgTable.expand``; "the housing minister" MVRO and the minister of BZK, MBZK,
    who held housing in 2023, are one family)."""
    org = orgs.organisations.get(code)
    top = code
    while org is not None and org.parent and org.parent != top:
        top = org.parent
        org = orgs.organisations.get(top)
    return orgs.expand(top) | {code}


def statement_actors(
    retriever: Retriever,
    text: str,
    speakers: tuple[str, ...],
    needs: tuple[frozenset[str], ...],
    speech: bool,
) -> frozenset[str]:
    """The codes of who did the act of ``text`` (see the module); ``speech``: the premise is
    of speaking, so a reported act's speaker is its actor."""
    orgs = retriever.orgs
    own = frozenset(orgs.resolve(s) or s for s in speakers)
    out: set[str] = set()
    for sentence in _best(retriever, text, needs):
        found = [] if speech else _reported(sentence, orgs)
        found = found or sentence_speakers(sentence, orgs)
        out.update(found or own)
    return frozenset(out)


def _best(retriever: Retriever, text: str, needs: tuple[frozenset[str], ...]) -> list[str]:
    """The sentences of ``text`` that hold the most of the premise's ``needs``."""
    sentences = split_sentences(text) or [text]
    tokenize = retriever.analyzer.tokenize
    held = [sum(bool(n.intersection(tokenize(s))) for n in needs) for s in sentences]
    return [s for s, h in zip(sentences, held, strict=True) if h == max(held)]


def _named_doer(retriever: Retriever, sentences: list[str], codes: frozenset[str]) -> bool:
    """Whether one of ``sentences`` names a body of ``codes`` other than as a preposition's
    object or an owner ("bij de VNG", "het aanbod van de VNG"): the act may be that body's in a
    noun ("aansluiting VWS en OCW bij LRT") or a second clause."""
    for sentence in sentences:
        speaking = set(sentence_speakers(sentence, retriever.orgs))  # judged as its actor
        for m in retriever.orgs.mentions(sentence):
            before = [w for w in sentence[: m.start].lower().split() if w not in _ARTICLES]
            if (
                m.code in codes
                and m.code not in speaking
                and not (before and before[-1] in _NOT_DOER)
            ):
                return True
    return False


def _reported_at(text: str) -> int:
    """Where the clause after "dat"/"that" begins when a word of speech stands before it in
    ``text`` ("VNG geeft aan dat ..."); 0 when none."""
    lower = f" {text.lower()} "
    for opener in _OPENERS:
        at = lower.find(f" {opener} ")
        if at > 0 and is_speech_word_in(text[:at]):
            return at + len(opener) + 1
    return 0


def _reported(sentence: str, orgs: OrgTable) -> list[str]:
    """The subject of a clause after "dat"/"that" that follows a word of speech in
    ``sentence`` ("VNG geeft aan dat het COA de locatie sluit": COA); [] when none."""
    at = _reported_at(sentence)
    clause = sentence[at:].strip() if at else ""
    first = orgs.mentions(clause)[:1]
    if first and len(clause[: first[0].start].split()) <= 2:
        return sentence_speakers(clause, orgs)
    return []


def actor_held(quote: Quote) -> bool:
    """Whether ``quote``'s actor is the premise's (rule ``premise_actor_checked``); True when
    the premise names no actor or the statement names none, and (a group noun's actor) when
    the statement writes the group."""
    actor = quote.needs.premise_actor
    if actor is None or (actor.group and writes_group(quote.text, actor.group)):
        return True
    speech = bool(_reported_at(quote.needs.premise))  # "Why did the VNG say that ..."
    needs = quote.needs.premise_terms
    doers = statement_actors(quote.retriever, quote.text, quote.speakers, needs, speech)
    if not doers or doers & actor.codes:
        return True
    return _named_doer(quote.retriever, _best(quote.retriever, quote.text, needs), actor.codes)


def actor_params(needs: Requirements) -> dict[str, object]:
    """The parameter ``actor`` of reason ``premise_unsupported`` when the premise names one:
    the codes as the question reader gave them (their family left out)."""
    return {"actor": needs.premise_actor.named} if needs.premise_actor else {}
