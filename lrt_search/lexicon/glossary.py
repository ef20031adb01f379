"""The bilingual glossary: English terms of the field mapped to the Dutch words of the minutes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import Stemmer

from ..errors import ConfigError
from ..lazyre import lazy
from .datafiles import bundled_toml, parse_toml, user_text
from .stemphrases import StemPhrases
from .wordclass import english_noun
from .wordlists import word_set


@dataclass(frozen=True)
class GlossaryEntry:
    """English terms and the Dutch terms they stand for."""

    en: tuple[str, ...]
    nl: tuple[str, ...]


class Glossary:
    """Finds English glossary terms in a question and returns their Dutch equivalents.

    Terms match by the English Snowball stems of their words, so an inflection of a term
    finds it as well ("withdrawing" the term "withdraw", "municipality's" "municipality")."""

    def __init__(
        self, entries: list[GlossaryEntry], read: bool = True, senses: bool = True
    ) -> None:
        self.entries = entries
        self.read = read  # rule glossary_matches_read: see :meth:`matches`
        self.senses = senses  # rule gloss_sense_context: see :meth:`matches`
        # Each term by its stems, with its words and its entry.
        self._phrases: StemPhrases[tuple[tuple[str, ...], int]] = StemPhrases(
            (tuple(_stems(list(words))), (words, index))
            for index, entry in enumerate(entries)
            for words in (tuple(_WORD.findall(term.lower())) for term in entry.en)
        )

    @classmethod
    def default(
        cls,
        extra_file: Path | str | None = None,
        minutes: bool = True,
        read: bool = True,
        senses: bool = True,
    ) -> Glossary:
        """The bundled glossary, extended with ``extra_file`` when given; ``minutes``: with the
        English forms of the minutes' own content terms (glossary_minutes.toml, rule
        ``glossary_minutes``; question-side only: the generated sets read the core alone);
        ``read``: rule ``glossary_matches_read``, ``senses``: rule ``gloss_sense_context``
        (:meth:`matches`)."""
        return _load(str(extra_file) if extra_file else None, minutes, read, senses)

    def matches(
        self, text: str, in_dutch: bool | None = None, context: str = ""
    ) -> list[tuple[str, GlossaryEntry]]:
        """The English terms found in ``text`` (longest first, no overlaps; as they stand in
        the text) with their entries; ``in_dutch``: whether ``text`` is Dutch, so that its
        Dutch false friends are no terms (:meth:`_read`; None: judged by :func:`dutch`). Rule
        ``gloss_sense_context`` (``senses``): a one-word term written in a collocation of its
        other sense ("how close", "what arrangements were made") is none
        (:func:`other_sense`), nor, in a part of a question (a topic), a form
        the question ``context`` reads so (:func:`unglossed`)."""
        tokens = list(_WORD.finditer(text))
        lowered = [t.group(0).lower() for t in tokens]
        if in_dutch is None:  # judged only when a false friend stands in the text
            in_dutch = bool(word_set("false_friends", "dutch") & set(lowered)) and dutch(text)
        out = []
        found = self._read(lowered, in_dutch) if self.read else self._phrases.scan(_stems(lowered))
        if self.senses and not in_dutch:
            found = _sensed(found, lowered, context)
        for i, n, fitting in found:
            # Of the longest terms that fit, the one written as the text is ("houses", not
            # "housing", though both stem to "hous").
            same = [index for words, index in fitting if tuple(lowered[i : i + n]) == words]
            index = same[0] if same else fitting[0][1]
            out.append((text[tokens[i].start() : tokens[i + n - 1].end()], self.entries[index]))
        return out

    def _read(
        self, lowered: list[str], in_dutch: bool = False
    ) -> list[tuple[int, int, list[tuple[tuple[str, ...], int]]]]:
        """Rule glossary_matches_read: the terms of ``lowered`` whose every word is the text's
        word or an inflection of the same word (:func:`same_word`; a stem shared across parts of
        speech is not enough: "applications" is no "applicants"); of overlapping terms the
        longest wins wherever it starts (a leading article not counted: "the state secretary":
        "state secretary", not "the state"), then the leftmost; in text order. ``in_dutch`` (a
        Dutch text, :func:`dutch`): a term all of whose words are Dutch false friends
        (false_friends.toml: "plots", "concern", "rent") is Dutch there, no term."""
        stems = _stems(lowered)
        friends = word_set("false_friends", "dutch") if in_dutch else frozenset()
        found = []
        for i in range(len(lowered)):
            by_length: dict[int, list[tuple[tuple[str, ...], int]]] = {}
            for n, (words, index) in self._phrases.fitting(stems, i):
                if not friends.issuperset(lowered[i : i + n]) and all(
                    same_word(q, t, phrasal(words, j))
                    for j, (q, t) in enumerate(zip(lowered[i : i + n], words, strict=True))
                ):
                    by_length.setdefault(n, []).append((words, index))
            if by_length:
                n = max(by_length)
                found.append((i, n, by_length[n]))
        articles = word_set("function_words", "articles")
        articles_at = {i for i, word in enumerate(lowered) if word in articles}
        taken: set[int] = set()
        kept = []
        # longest first, a leading article not counted; then leftmost
        for i, n, fitting in sorted(found, key=lambda f: (f[0] in articles_at) - f[1]):
            if not taken.intersection(range(i, i + n)):
                taken.update(range(i, i + n))
                kept.append((i, n, fitting))
        return sorted(kept)

    def expand(self, text: str) -> list[str]:
        """The Dutch terms for every English glossary term in ``text`` (no duplicates)."""
        out: dict[str, None] = {}
        for _, entry in self.matches(text):
            for term in entry.nl:
                out.setdefault(term, None)
        return list(out)


_WORD = lazy(r"\w+")


def _sensed(
    found: list[tuple[int, int, list[tuple[tuple[str, ...], int]]]],
    lowered: list[str],
    context: str,
) -> list[tuple[int, int, list[tuple[tuple[str, ...], int]]]]:
    """``found`` without its one-word terms read in their other sense (rule
    ``gloss_sense_context``, :meth:`Glossary.matches`)."""
    elsewhere = unglossed(context) if context else frozenset()
    return [
        f
        for f in found
        if f[1] > 1 or not (lowered[f[0]] in elsewhere or other_sense(lowered, f[0]))
    ]


@cache
def _contexts() -> dict[str, tuple[tuple[bool, tuple[str, ...], tuple[str, ...]], ...]]:
    """form -> its patterns of sense_contexts.toml in order: (other sense?, words before the
    form, words after it)."""
    out: dict[str, tuple[tuple[bool, tuple[str, ...], tuple[str, ...]], ...]] = {}
    for table in bundled_toml("sense_contexts.toml").get("word", []):
        patterns = []
        for text in table["contexts"]:
            sense, _, written = text.partition(":")
            tokens = written.split()
            at = tokens.index("_")
            patterns.append((sense.strip() == "other", tuple(tokens[:at]), tuple(tokens[at + 1 :])))
        for form in table["forms"]:
            out[form] = tuple(patterns)
    return out


def other_sense(tokens: Sequence[str], i: int) -> bool:
    """Whether the lower-case English word ``tokens[i]`` stands in a collocation of the sense
    its glossary term does not gloss (lexicon/data/sense_contexts.toml: "how close", "close
    to", "what arrangements were made"): the first pattern of its word that fits decides; none
    fits: the glossed sense."""
    for other, before, after in _contexts().get(tokens[i], ()):
        start, end = i - len(before), i + 1 + len(after)
        if start < 0 or end > len(tokens):
            continue
        written = (*tokens[start:i], *tokens[i + 1 : end])
        if all(p in ("*", t) for p, t in zip((*before, *after), written, strict=True)):
            return other
    return False


def unglossed(text: str) -> frozenset[str]:
    """The forms of ``text`` that stand in a collocation of their other sense
    (:func:`other_sense`), lower case: no glossary term there, nor a translation of the glossed
    sense (:func:`~.gloss_senses.without_glossed`)."""
    tokens = [t.lower() for t in _WORD.findall(text)]
    return frozenset(t for i, t in enumerate(tokens) if t in _contexts() and other_sense(tokens, i))


def dutch(text: str) -> bool:
    """Whether ``text`` is Dutch around its words: it holds a Dutch function word more usual in
    Dutch than in English by a Zipf of 1 ("de", "het", "er", "door", "die"; not "in", "of", nor
    a false friend: "word") and is no English query
    (:func:`~lrt_search.index.analysis.is_english`). A word alone, a keyword query or a fragment
    of an English question ("the rent of", "sleep in") has no Dutch context: read as English."""
    from ..index.analysis import dutch_stopwords, is_english, words
    from .wordfreq import english_lean

    friends = word_set("false_friends", "dutch")
    return any(
        w in dutch_stopwords() and w not in friends and english_lean(w) <= -1.0 for w in words(text)
    ) and not is_english(text)


def phrasal(words: tuple[str, ...], j: int) -> bool:
    """Whether word ``j`` of a term is followed by an English stopword ("step in for", "take
    over", "work out"): read as a verb, its "-ed", "-ing" forms are its forms."""
    from ..index.analysis import english_stopwords

    return j + 1 < len(words) and words[j + 1] in english_stopwords()


def same_word(word: str, term_word: str, verb: bool = False) -> bool:
    """Whether ``word`` of a question is ``term_word`` of a glossary term or an inflection of
    the same word within its part of speech (rule glossary_matches_read): a plural or third
    person "-s", "-es", "-ies" of either ("municipalities", "deploys"); a term word that is a
    verb form ("-ing", "-ed"), no noun of the English noun table (lexicon.wordclass:
    "withdraw") or a verb (``verb``: :func:`phrasal`) also any "-ed", "-ing" form of its verb
    ("housed" / "housing", "withdrawing", "taking over"), but an English stopword in "-ing",
    "-ed" is no verb form of a single word ("concerning", "working"). A derivation is another
    word ("applications" / "applicants", "organised" / "organisation"), and so is a verb form
    of a noun ("stated" / "the state")."""
    if word == term_word:
        return True
    if bool(_bases(word, _PLURAL) & _bases(term_word, _PLURAL)):
        return True
    from ..index.analysis import english_stopwords

    if not verb and word.endswith(("ing", "ed")) and word in english_stopwords():
        return False  # "concerning", "working", "following": as written only
    verbal = verb or term_word.endswith(("ing", "ed")) or not english_noun(term_word)[0]
    return verbal and bool(_bases(word, _VERBAL, True) & _bases(term_word, _VERBAL))


_PLURAL = (("ies", "y"), ("es", ""), ("s", ""))
_VERBAL = (*_PLURAL, ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _bases(word: str, endings: tuple[tuple[str, str], ...], double: bool = False) -> set[str]:
    """``word`` and what it is with one of ``endings`` taken off (and replaced); ``double``:
    also a doubled last consonant undone ("putting": "put"; of the question's word only, so
    the term "planning" is not the verb "plan")."""
    out = {word}
    for ending, back in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            base = word[: -len(ending)] + back
            out.add(base)
            if double and not back and base[-1] == base[-2] and base[-1] not in "aeiouls":
                out.add(base[:-1])
    return out


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def _stems(words: list[str]) -> list[str]:
    return _stemmer().stemWords(words) if words else []


def added_senses(word: str) -> tuple[tuple[str, ...], ...]:
    """The Dutch senses of the English ``word`` that glossary.toml's ``[[sense]]`` tables add
    to FreeDict's (rule ``gloss_senses_framed``: "offer" -> "bod"), one sense a table."""
    return _added().get(word.lower(), ())


@cache
def _added() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for table in bundled_toml("glossary.toml").get("sense", []):
        for word in table["en"]:
            out[word] = (*out.get(word, ()), tuple(table["nl"]))
    return out


def _entries(source: str, data: dict[str, Any]) -> list[GlossaryEntry]:
    out = []
    for number, raw in enumerate(data.get("term", []), start=1):
        en, nl = raw.get("en"), raw.get("nl")
        if not en or not nl or not all(isinstance(t, str) for t in [*en, *nl]):
            raise ConfigError(f"{source}: [[term]] number {number} needs lists 'en' and 'nl'")
        out.append(GlossaryEntry(tuple(en), tuple(nl)))
    return out


@cache
def _load(
    extra_file: str | None, minutes: bool = True, read: bool = True, senses: bool = True
) -> Glossary:
    entries = _entries("glossary.toml", bundled_toml("glossary.toml"))
    if minutes:
        entries += _entries("glossary_minutes.toml", bundled_toml("glossary_minutes.toml"))
    if extra_file:
        entries += _entries(extra_file, parse_toml(extra_file, user_text(extra_file, "glossary")))
    return Glossary(entries, read, senses)
