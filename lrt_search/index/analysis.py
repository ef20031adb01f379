"""The Dutch analyzer for BM25: tokens, numbers, stopwords, stemming, compounds and variants.

Pipeline of :meth:`DutchAnalyzer.tokenize`: lower-case and fold accents; join thousands
separators ("13.000", "13,000" -> "13000"); keep half-year terms ("2025-II") as one token; drop
Dutch stopwords (stopwordsiso's); Snowball-stem (PyStemmer); add the parts of compounds found in
the corpus vocabulary ("opvanglocaties" -> also "opvang", "locatie").

Queries also lose English stopwords (never the documents), and each query term that is not in
the vocabulary is matched to the vocabulary terms one edit away ("indeplaatsstelling" finds
"indeplaatstelling") so spelling variants still meet.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..lazyre import lazy
from ..lexicon.stemmers import STEMMERS as _STEMMER_NAMES
from ..lexicon.stemmers import stem_word
from ..lexicon.textnorm import fold_accents, straighten_quotes

_THOUSANDS = lazy(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d])")
_TOKEN = lazy(r"\d{4}-(?:iii|ii|iv|i)\b|[a-z0-9]+")
_LINKS = ("s", "en", "e")  # Dutch linking morphemes between compound parts ("taakstellingsbrief")

_LIGHT_VERBS = (
    "komen kom komt kwam kwamen gekomen gaan gaat ging gingen gegaan krijgen krijg krijgt "
    "kreeg kregen gekregen blijven blijf blijft bleef bleven gebleven laten liet lieten "
    "gelaten staan stond stonden gestaan liggen ligt lag lagen zitten zit zat zaten gezeten "
    "houden houdt hield hielden gehouden brengen brengt bracht brachten gebracht"
)
#: Dutch light and aspectual verbs (komen, gaan, krijgen, blijven, laten, staan, liggen, zitten,
#: houden, brengen) in their unambiguous forms. They frame a question ("Mogen ze een huis krijgen
#: voordat hun familie is gekomen?") but say little about its topic, like the verbs the stopword
#: list already has (doen, maken, nemen, worden). A search with other content words leaves them
#: out (a chunk that says "komen" is no lexical match for "... voordat hun familie is gekomen?");
#: a search of light verbs alone keeps them (see :meth:`DutchAnalyzer.tokenize_query`). `ask`
#: keeps them when it weighs statements, where they can be the point ("Blijven ze?").
LIGHT_VERBS = frozenset(_LIGHT_VERBS.split())


#: The Snowball Dutch stemmers the setting ``stemmer`` chooses from: "dutch_porter" is the
#: original Snowball Dutch stemmer; "dutch" (Snowball 3) also strips "ge-" from any word, which
#: merges words that only look like participles ("gezin" with "zin", "gebied" with "bied",
#: "gewoon" with "woon" of "woning", "gemeente" with "meen").
#: "dutch_porter_plurals" is "dutch_porter" with vowel plurals made singular first
#: (lexicon/stemmers.py).
STEMMERS = _STEMMER_NAMES


#: Stopword lists by language, from an index (see :func:`use_stopwords`) or the bundled data.
_STOPWORDS: dict[str, frozenset[str]] = {}


def _stopwords(lang: str) -> frozenset[str]:
    found = _STOPWORDS.get(lang)
    if found is None:
        # stopwordsiso's nl and en lists as data (lexicon/data/stopwords.toml, written by
        # eval/make_stopwords_data.py): the package itself parses every language's list and
        # imports importlib.metadata (tens of ms of every CLI start-up).
        from ..lexicon.datafiles import bundled_toml

        words_ = bundled_toml("stopwords.toml")[lang].split()
        found = _STOPWORDS[lang] = (
            frozenset(fold_accents(w) for w in words_) if lang == "nl" else frozenset(words_)
        )
    return found


def dutch_stopwords() -> frozenset[str]:
    """Dutch stopwords (stopwordsiso's list), accent-folded."""
    return _stopwords("nl")


def english_stopwords() -> frozenset[str]:
    """English stopwords (stopwordsiso's list; removed from queries only)."""
    return _stopwords("en")


def stopword_lists() -> dict[str, list[str]]:
    """The stopword lists in use, to store in an index (the inverse of :func:`use_stopwords`)."""
    return {"nl": sorted(dutch_stopwords()), "en": sorted(english_stopwords())}


def use_stopwords(lists: dict[str, list[str]]) -> None:
    """Take the stopword lists stored in an index, so a query never loads stopwordsiso."""
    for lang in ("nl", "en"):
        if lang in lists and lang not in _STOPWORDS:
            _STOPWORDS[lang] = frozenset(lists[lang])


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded word tokens with normalised numbers (no stemming)."""
    return list(_words(text))


@lru_cache(maxsize=2048)
def _words(text: str) -> tuple[str, ...]:
    # Kept per text: one ask tokenises the same statements, headings and question words
    # again and again (734-1,963 calls on 563-704 texts for three dev questions).
    text = fold_accents(unicodedata.normalize("NFKC", straighten_quotes(text))).lower()
    text = _THOUSANDS.sub(lambda m: re.sub(r"[.,]", "", m.group(0)), text)
    text = re.sub(r"\s?'s\b", "", text)  # PRT's -> prt, CdK 's -> cdk
    text = text.replace("'", "")  # OEK'ers -> oekers
    return tuple(t for t in _TOKEN.findall(text) if len(t) > 1 or t.isdigit())


def query_words(text: str) -> list[str]:
    """The content words of a query as written (see :func:`words`): no Dutch stopwords, and
    no English stopwords in an English query of more than one word."""
    tokens = words(text)
    english = english_stopwords() if len(tokens) > 1 and is_english(text) else frozenset()
    return [t for t in tokens if t not in dutch_stopwords() and t not in english]


#: A query whose stopwords do not tell is English when its other words lean this far to English
#: (the sum of :func:`~lrt_search.lexicon.wordfreq.english_lean`: "reception" 2.4, "reception
#: of refugees" 4.0, "budget" 0.5, "asylum Ter Apel" -1.7).
ENGLISH_LEAN = 1.0


def is_english(text: str) -> bool:
    """A guess whether a query is English: more English than Dutch stopwords; when those tie
    (a search of a few words), words more usual in English than in Dutch (``ENGLISH_LEAN``)."""
    tokens = words(text)
    en = sum(t in english_stopwords() and t not in dutch_stopwords() for t in tokens)
    nl = sum(t in dutch_stopwords() and t not in english_stopwords() for t in tokens)
    if en != nl:
        return en > nl
    from ..lexicon.wordfreq import english_lean

    content = [t for t in tokens if t not in dutch_stopwords() and t not in english_stopwords()]
    return sum(english_lean(t) for t in content) >= ENGLISH_LEAN


@dataclass
class DutchAnalyzer:
    """Tokenizer for BM25, separate from the scorer (like ``bm25s.Tokenizer``).

    Call :meth:`fit` on the corpus texts to learn the vocabulary used for decompounding and
    spelling variants; :meth:`to_dict` / :meth:`from_dict` persist it as JSON.
    """

    stem: bool = True
    remove_stopwords: bool = True
    decompound: bool = True
    spelling_variants: bool = True
    min_part: int = 4
    #: The Snowball stemmer (:data:`STEMMERS`); an index stored without one used "dutch".
    stemmer: str = "dutch"
    #: Rule ``minutes_misspellings_read``: a text also gives the right forms of the minutes'
    #: own misspellings (:attr:`corrections`), in the postings and in every check.
    misspellings_read: bool = True
    #: Folded, unstemmed words of the corpus (a set, or a stored table of an index).
    vocabulary: Collection[str] = field(default_factory=set)
    #: ``{misspelling: right form}`` of the corpus (:mod:`lrt_search.index.misspellings`),
    #: learned by :meth:`fit` whatever :attr:`misspellings_read` says.
    corrections: Mapping[str, str] = field(default_factory=dict)
    _stems: Collection[str] = field(default_factory=set, repr=False)
    _split_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def fit(self, texts: Iterable[str]) -> DutchAnalyzer:
        """Learn the corpus vocabulary (for compounds), the indexed terms (for variants) and
        the minutes' misspellings (:attr:`corrections`)."""
        from .misspellings import minutes_misspellings

        texts = list(texts)
        vocab: set[str] = set()
        for text in texts:
            vocab.update(w for w in words(text) if len(w) >= self.min_part and w.isalpha())
        self.vocabulary = vocab - dutch_stopwords()
        self.corrections = minutes_misspellings(texts)
        self._refresh()
        return self

    def with_options(self, **changes: Any) -> DutchAnalyzer:
        """A copy with other options (e.g. ``spelling_variants``) and the same vocabulary."""
        analyzer = dataclasses.replace(self, **changes)
        if {"stem", "min_part", "stemmer"} & set(changes):
            analyzer._refresh()  # the stems depend on these; other options keep them
        else:
            analyzer._split_cache = {}
        return analyzer

    def _refresh(self) -> None:
        self._stems = {self._stem(w) for w in self.vocabulary}
        self._split_cache = {}

    @property
    def stems(self) -> Collection[str]:
        """The stems of :attr:`vocabulary` (computed by :meth:`fit`, stored in the index)."""
        return self._stems

    def _stem(self, word: str) -> str:
        return stem_word(self.stemmer, word) if self.stem else word

    def split_compound(self, word: str) -> tuple[str, ...]:
        """Parts of a compound that are corpus words themselves (empty when not a compound)."""
        if not self.decompound or len(word) < 2 * self.min_part or not word.isalpha():
            return ()
        cached = self._split_cache.get(word)
        if cached is not None:
            return cached
        best: tuple[str, ...] = ()
        for i in range(self.min_part, len(word) - self.min_part + 1):
            head, tail = word[:i], word[i:]
            if not self._known(head):
                trimmed = next(
                    (
                        head[: -len(link)]
                        for link in _LINKS
                        if head.endswith(link) and self._known(head[: -len(link)])
                    ),
                    None,
                )
                if trimmed is None or len(trimmed) < self.min_part:
                    continue
                head = trimmed
            if self._known(tail):
                parts: tuple[str, ...] = (head, tail)
            else:
                rest = self.split_compound(tail)
                if not rest:
                    continue
                parts = (head, *rest)
            if not best or min(map(len, parts)) > min(map(len, best)):
                best = parts
        self._split_cache[word] = best
        return best

    def _known(self, part: str) -> bool:
        return (
            len(part) >= self.min_part
            and (part in self.vocabulary or self._stem(part) in self._stems)
            and part not in dutch_stopwords()
        )

    def tokenize(self, text: str) -> list[str]:
        """Index terms of a document text; with :attr:`misspellings_read`, after them the terms
        of the right forms of its misspellings (rule ``minutes_misspellings_read``: the
        postings hold "achterstand" where the minutes write "achtstand", and so does every
        check that reads a statement's terms)."""
        out: list[str] = []
        tokens = words(text)
        for word in tokens:
            if self.remove_stopwords and word in dutch_stopwords():
                continue
            out.append(self._stem(word))
            for part in self.split_compound(word):
                out.append(self._stem(part))
        if self.misspellings_read and self.corrections:
            out.extend(self._corrected(tokens))
        return out

    def _corrected(self, tokens: tuple[str, ...] | list[str]) -> list[str]:
        """Rule ``minutes_misspellings_read``: the terms of the right forms of the misspellings
        among ``tokens`` (a word, or two in a row: "in gehaald")."""
        found = [self.corrections.get(w) for w in tokens]
        found += [self.corrections.get(f"{a} {b}") for a, b in pairwise(tokens)]
        out = []
        for right in found:
            if right:
                out.append(self._stem(right))
                out.extend(self._stem(p) for p in self.split_compound(right))
        return out

    def tokenize_query(
        self,
        text: str,
        known_terms: Container[str] | None = None,
        drop_light_verbs: bool = False,
    ) -> list[str]:
        """Query terms: like :meth:`tokenize`, minus English stopwords, plus spelling variants;
        ``drop_light_verbs`` leaves out :data:`LIGHT_VERBS` when other content words remain.

        ``known_terms`` (the index vocabulary) enables variant matching: a query term of >= 7
        letters also matches the indexed terms within one edit of it.
        """
        out: list[str] = []
        tokens = words(text)
        # A one-word query is a word the user wants found, even if English uses it too.
        english = (
            english_stopwords()
            if self.remove_stopwords and len(tokens) > 1 and is_english(text)
            else set()
        )
        light: Collection[str] = ()
        if drop_light_verbs and self.remove_stopwords:
            stop = dutch_stopwords()
            content = [w for w in tokens if w not in english and w not in stop]
            if any(w not in LIGHT_VERBS for w in content):
                light = LIGHT_VERBS
        for word in tokens:
            if word in english or word in light:
                continue
            if self.remove_stopwords and word in dutch_stopwords():
                continue
            terms = [self._stem(word)] + [self._stem(p) for p in self.split_compound(word)]
            if (
                known_terms is not None
                and terms[0] not in known_terms
                and terms[0][:-1] in (known_terms if terms[0].endswith("s") else ())
            ):
                terms[0] = terms[0][:-1]  # "PRTs" -> "prt": plurals of acronyms
            for i, term in enumerate(terms):
                out.append(term)
                # A word's own stem the index lacks is looked up by its variants from 5
                # letters: "leveren" stems to "leveer", the minutes' "geleverd" to "lever".
                least = 5 if i == 0 and term not in (known_terms or ()) else 8
                if (
                    known_terms is not None
                    and self.spelling_variants
                    and len(term) >= least
                    and term.isalpha()
                ):
                    out.extend(v for v in self.variants(term, known_terms) if v != term)
        return out

    def variants(self, term: str, known_terms: Container[str]) -> list[str]:
        """Indexed spelling variants of ``term`` that differ by one doubled letter
        ("indeplaatsstel" <-> "indeplaatstel", "accomodatie" <-> "accommodatie").

        The candidates are generated (undouble a doubled letter, double a single one) and
        looked up, so the cost does not grow with the vocabulary."""
        candidates = set()
        for i, ch in enumerate(term):
            if i + 1 < len(term) and term[i + 1] == ch:
                candidates.add(term[:i] + term[i + 1 :])
            candidates.add(term[:i] + ch + term[i:])
        candidates.discard(term)
        return sorted(c for c in candidates if c in known_terms and c.isalpha())

    def describe(self) -> dict[str, Any]:
        """The options that change the index; stored in the index manifest."""
        return {
            "name": "dutch",
            "stem": self.stem,
            "remove_stopwords": self.remove_stopwords,
            "decompound": self.decompound,
            "spelling_variants": self.spelling_variants,
            "misspellings_read": self.misspellings_read,
            "min_part": self.min_part,
            "stemmer": self.stemmer,
        }

    def to_dict(self) -> dict[str, Any]:
        """Options plus the learned vocabulary and misspellings, as JSON-able data."""
        return {
            **self.describe(),
            "vocabulary": sorted(self.vocabulary),
            "corrections": dict(self.corrections),
        }

    @classmethod
    def from_dict(
        cls,
        data: dict[str, Any],
        vocabulary: Collection[str] | None = None,
        stems: Collection[str] | None = None,
    ) -> DutchAnalyzer:
        """Rebuild an analyzer saved with :meth:`to_dict`, or from its options
        (:meth:`describe`) plus a stored ``vocabulary`` and its ``stems`` (nothing recomputed)."""
        analyzer = cls(
            stem=bool(data["stem"]),
            remove_stopwords=bool(data["remove_stopwords"]),
            decompound=bool(data["decompound"]),
            spelling_variants=bool(data.get("spelling_variants", True)),
            misspellings_read=bool(data.get("misspellings_read", True)),
            corrections=dict(data.get("corrections") or {}),
            min_part=int(data["min_part"]),
            stemmer=str(data.get("stemmer", "dutch")),
            vocabulary=set(data["vocabulary"]) if vocabulary is None else vocabulary,
        )
        if stems is None:
            analyzer._refresh()
        else:
            analyzer._stems = stems
        return analyzer
