"""Names in questions: whether the minutes know them, and whether a quote holds them as written
(an inflected word, an acronym's plural, a country for its people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.analysis import words
from ..index.facts import CorpusFacts, corpus_facts
from ..lazyre import lazy
from ..lexicon.textnorm import same_word_family
from ..lexicon.wordfreq import zipf
from ..lexicon.wordlists import word_set
from ..search.body_names import body_noun, is_body_name
from ..search.phrases import ACRONYM as ACRONYM
from ..search.phrases import PARTICLES as PARTICLES
from ..search.phrases import speaker_phrase as speaker_phrase
from .attendance import people_orgs
from .name_words import no_name
from .person_speaker import folded_person

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def _word_matches(word: str, name_word: str) -> bool:
    if word == name_word or (word.startswith(name_word) and len(word) - len(name_word) <= 3):
        return True
    # A plural of a name ("DSLs", "PRTs") stands where the singular does ("DSL's", "PRT").
    if len(name_word) > 3 and name_word.endswith("s") and _word_matches(word, name_word[:-1]):
        return True
    # The people of a country stand where the country does ("Oekraïners": "Oekraïne").
    stem = _DEMONYM.sub("", name_word)
    if stem != name_word and len(stem) >= 5 and word.startswith(stem):
        return True
    # Its adjective too ("Oekraïense": "Oekraïne").
    return same_word_family(word, name_word)


def has_phrase(text: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the word sequence ``phrase`` stands in ``text`` (each word maybe inflected)."""
    n = len(phrase)
    return any(
        all(_word_matches(text[i + j], phrase[j]) for j in range(n))
        for i in range(len(text) - n + 1)
    )


def _phrase_in_corpus(retriever: Retriever, phrase: str) -> bool:
    tokens = [t for t in words(phrase) if t not in PARTICLES]
    if not tokens:
        return True
    vocab = corpus_words(retriever)
    known = retriever.bm25.terms

    def found(token: str) -> bool:
        if token in vocab or (token.endswith("s") and token[:-1] in vocab):  # "PRTs"
            return True
        if retriever.settings.name_forms_read and _compound_part(vocab, token):
            return True
        # The stem of the whole word, not its compound parts ("Vluchtelingenwerk" is not found
        # because "vluchteling" and "werk" are).
        return retriever.analyzer.tokenize_query(token, known)[:1] in ([t] for t in known)

    if all(found(t) for t in tokens):
        return True
    # Rule name_forms_read: a word the minutes write without its hyphen ("Tafel-sessie").
    joined = [t for t in words(phrase.replace("-", "")) if t not in PARTICLES]
    return retriever.settings.name_forms_read and "-" in phrase and all(map(found, joined))


#: The least Dutch Zipf of a compound's second part (rule name_forms_read): a word of general
#: Dutch ("sessie"), not a word's remaining letters ("essie").
_PART_ZIPF = 3.0


def _compound_part(vocab: CorpusFacts, token: str) -> bool:
    """Rule ``name_forms_read``: ``token`` is the first part of a word of the minutes, of five
    letters or more before a word of general Dutch of four or more ("Benen op Tafel session":
    "Tafelsessie"; not "tafels" of "tafel-sessie")."""
    return bool(compounds_of(vocab, token))


def compounds_of(vocab: CorpusFacts, token: str) -> list[str]:
    """The words of the minutes ``token`` (five letters or more) is the first part of, before
    a word of general Dutch of four letters or more ("tafel": "tafelsessie"); rule
    ``name_forms_read``: a focus name's forms hold them."""
    if len(token) < 5:
        return []
    out = []
    for w in vocab.with_prefix(token):
        rest = w[len(token) :]
        if len(rest) >= 4 and zipf(rest, "nl") >= _PART_ZIPF:
            out.append(w)
    return out


def corpus_words(retriever: Retriever) -> CorpusFacts:
    """The words of the minutes (``in`` and :meth:`~CorpusFacts.with_prefix`), stored with the
    index."""
    return corpus_facts(retriever.chunks)


def name_known(retriever: Retriever, name: str) -> bool:
    """Whether ``name`` occurs in the minutes, the alias table or the glossary (with a Dutch
    term that occurs in the minutes)."""
    if _phrase_in_corpus(retriever, name) and _body_together(retriever, name):
        return True
    if retriever.orgs.resolve(name) is not None:
        return True
    if retriever.orgs.query_mentions(name) and not _body_of_its_own(retriever, name):
        return True
    dutch = retriever.glossary.expand(name)
    return any(_phrase_in_corpus(retriever, term) for term in dutch)


def _body_of_its_own(retriever: Retriever, name: str) -> bool:
    """Rule ``body_names_read``: a body name that opens with a body noun of its own and holds
    another body's name ("Inspectie Justitie en Veiligheid") is not that body."""
    first = name.split()[0]
    return retriever.settings.body_names_read and is_body_name(name) and body_noun(first)


def _body_together(retriever: Retriever, name: str) -> bool:
    """Rule ``body_names_read``: a body name (:func:`~..search.body_names.is_body_name`: "Eerste
    Kamer", "Raad van State") is in the minutes only where a chunk holding all its index terms
    writes its words together (each maybe inflected); any other name is not asked this."""
    if not retriever.settings.body_names_read or not is_body_name(name):
        return True
    terms = retriever.analyzer.tokenize_query(name, retriever.bm25.terms)
    if not terms:
        return True
    docs = retriever.bm25.scores([terms[0]]) != 0
    for term in dict.fromkeys(terms[1:]):
        docs &= retriever.bm25.scores([term]) != 0
    phrase = tuple(words(name))
    return any(has_phrase(words(retriever.chunks[int(i)].text), phrase) for i in docs.nonzero()[0])


# Names that stand for the LRT itself or the country as a whole: every statement is "in" them.
NOT_FOCUS = word_set("questions", "not_focus")
# Suffixes of inhabitants' names and adjectives ("Oekraïners", "Oekraïense"): the country's
# name in the minutes counts as the name.
_DEMONYM = lazy(r"(?:ers|er|se|sche|ns|n|s)$")
_ADJECTIVE = lazy(r"(?:se|sche|ean|ian|ese|ish)$")


def _body_or_person(retriever: Retriever, name: str) -> bool:
    """Whether ``name`` names a body of the alias table ("Defence") or a person of the attendee
    lists ("Jonge" of "De Jonge"): a name, whatever its word."""
    if retriever.orgs.resolve(name) is not None or retriever.orgs.query_mentions(name):
        return True
    return any(w in people_orgs(retriever) for w in words(name))


def known_form(retriever: Retriever, name: str, question: str) -> tuple[str, bool]:
    """``name`` or the form of it the minutes know: without the question's capitalised first
    word ("Blijft de Europese" -> "Europese"), or the country of a demonym ("Oekraïners").
    Rule ``name_forms_read``: a capitalised word that names no one (:mod:`.name_words`), and
    no body of the alias table nor person of the attendee lists, is ``""``, known."""
    settings = retriever.settings
    if (
        settings.name_forms_read
        and no_name(name, question)
        and not _body_or_person(retriever, name)
    ):
        return "", True
    if name_known(retriever, name):
        return name, True
    parts = name.split()
    if question.lstrip().startswith(parts[0]) and len(parts) > 1:
        rest = parts[1:]
        while rest and rest[0].lower() in PARTICLES:
            rest.pop(0)
        if rest:
            return known_form(
                retriever, " ".join(rest), question[question.index(parts[0]) + len(parts[0]) :]
            )
    if len(parts) == 1:
        folded = words(name)[0] if words(name) else name.lower()
        stem = _DEMONYM.sub("", folded)
        if len(stem) >= 5 and corpus_words(retriever).with_prefix(stem, len(stem) + 2):
            return name, True
        if _ADJECTIVE.search(folded) and not ACRONYM.match(name):
            # A capitalised adjective ("Europese", "European") describes the focus rather
            # than naming it: not a reason to abstain, and not required in the quote.
            return "", True
    return name, False


def name_parts(retriever: Retriever, name: str, question: str) -> list[str]:
    """Rule ``name_parts_apart``: a run of capitalised words joined by name particles that
    holds an acronym ("AMvB of the Spreidingswet", "COA van Ter Apel"), does not open the
    question ("Wilde de VNG ...": its first word is capitalised anyway) and that neither the
    alias table nor the glossary knows whole is two names, each required on its own (the
    minutes say "AMvB voor de Spreidingswet"); else ``[name]``."""
    tokens = name.split()
    if len(tokens) < 3 or not any(ACRONYM.match(t) for t in tokens):
        return [name]
    if question.lstrip().startswith(tokens[0]):
        return [name]
    if retriever.orgs.resolve(name) is not None or retriever.glossary.expand(name):
        return [name]
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token.lower() in PARTICLES:
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(token)
    out = [" ".join(p) for p in parts if p]
    return out if len(out) > 1 else [name]


def dutch_synonyms(retriever: Retriever, name: str) -> list[str]:
    """The other Dutch terms of the glossary entries that hold ``name`` (or its country, for a
    demonym) as a Dutch term: "Oekraïners" -> "Oekraïne" -> "OEK"."""
    seq = words(name)
    if len(seq) != 1:
        return []
    out: list[str] = []
    for entry in retriever.glossary.entries:
        if any(len(t := words(term)) == 1 and _word_matches(seq[0], t[0]) for term in entry.nl):
            out.extend(entry.nl)
    return out


def name_forms(
    retriever: Retriever, name: str
) -> tuple[str, tuple[tuple[str, ...], ...], frozenset[str]]:
    """A focus name with its alternative forms as folded word sequences (the name, its
    glossary terms; rule ``name_forms_read``: the minutes' compounds it is the first part of)
    and the organisation codes it names."""
    forms = []
    for phrase in [name, *retriever.glossary.expand(name), *dutch_synonyms(retriever, name)]:
        seq = tuple(words(phrase))
        if seq:
            forms.append(seq)
    if retriever.settings.name_forms_read and len(seq := tuple(words(name))) == 1:
        forms.extend((w,) for w in compounds_of(corpus_words(retriever), seq[0]))
    codes: set[str] = set()
    code = retriever.orgs.resolve(name)
    if code is None:
        found = retriever.orgs.query_mentions(name)
        code = found[0].code if found else None
    if code is None:
        # A person named in the attendee lists stands for their organisation ("Faber").
        people = people_orgs(retriever)
        code = next((people[w] for w in reversed(words(name)) if w in people), None)
        code = code or folded_person(retriever, name)  # "Keijzer": rule surname_folding
    if code is not None:
        codes |= retriever.orgs.expand(code)
    return name, tuple(forms), frozenset(codes)
