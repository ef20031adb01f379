"""Rule ``minutes_misspellings_read``: the minutes' own misspellings, found by the right form.

Real minutes carry typos ("50% van de achtstand in gehaald", 8 July 2022) and a PDF or OCR copy
more: a question asking about the "achterstand" (or the "backlog", glossed so) never met the
statement. Worked out once per index build from the words of the corpus
(:meth:`~lrt_search.index.analysis.DutchAnalyzer.fit`, stored with the analyzer), read on every
text by the analyzer when the setting is on.

A word of the minutes is a misspelling of exactly one right form when

- it is no word of general Dutch or English: wordfreq nl and en Zipf below
  :data:`ABSENT_ZIPF` (wordfreq's lists hold the minutes' terms and compounds of any currency:
  "statushouders", "flexwoningen" is not held but is no typo of one common word);
- it is written in lower case letters only wherever it stands, or with a capital only where a
  sentence starts: a capital after the first letter ("AenM", "TWEDE") or one mid-sentence
  ("Accomodatieregeling (HAR)", "Webex") makes it a name, acronym or code, never corrected; so
  does a word of the bundled alias table (organisations.toml), and any word of an e-mail or web
  address ("minjenv");
- it is no separable particle or verb prefix before a common word ("uitplaatsen" is "uit" +
  "plaatsen", not a typo of "zitplaatsen": Dutch forms such verbs freely, the lists lack many);
- exactly one word of general Dutch of Zipf :data:`COMMON_ZIPF` or more (letters only) lies
  within one edit (Damerau-Levenshtein, OSA) of it when it has five letters or fewer, two when
  longer: "achtstand" -> "achterstand"; "redacted" is near three, "twede" two, neither read.

A split participle is one too: a separable particle of ``inflections.toml``
(``dutch_verb_particles``) and, one space after it, a word of four letters or more starting
"ge" and ending in "d", "t" or "en" (a participle's endings: never "in geval") that written as
one are a word of general Dutch of Zipf :data:`COMMON_ZIPF` or more: "in gehaald" ->
"ingehaald".

The stage is the index (the analyzer), not the question: the right form is written into the
postings beside the misspelling and every text the analyzer reads gives it, so BM25, the topic
gate's index vocabulary and every check that reads a statement's terms find "achterstand" and
"ingehaald" in that statement alike, and a refusal that says a word does not occur is true of
what the minutes mean. A query-side expansion (the misspelling added to a question in the right
form) reaches BM25 but leaves the gate saying "ingehaald" is absent, and a split's participle
("gehaald") is every "gehaald" of the minutes. Quotes stay the source text: only terms are
added. The map is a fact of the corpus, computed with the index whatever the setting
(``analyzer.json`` ``corrections``); an index built with the setting on holds the right forms
in its postings, and a retriever whose setting differs rebuilds them in memory
(:func:`lrt_search.search.analyzer_options.fitted_to_settings`). The module is in
:data:`lrt_search.index.freshness.INDEX_CODE` and the data it reads in ``INDEX_DATA``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from functools import cache

from editdistpy import damerau_osa

from ..lazyre import lazy
from ..lexicon.datafiles import DATA_DIR, bundled_toml
from ..lexicon.dutch_forms import verb_particles, verb_prefixes
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordfreq import zipf, zipf_folded

#: Below this Zipf in both wordfreq nl and en a word is no word of general language.
ABSENT_ZIPF = 1.0
#: A right form is a word of general Dutch of this Zipf or more.
COMMON_ZIPF = 3.0
#: The least letters of a word read as a misspelling.
MIN_LETTERS = 4
_RUN = lazy(r"\S+")
_WORD = lazy(r"[^\W\d_]+")
_ADDRESS = lazy(r"(?i)@|/|www")
_SENTENCE_ENDS = tuple(".!?:;•-–*")
_SPLIT = lazy(r"(?<![\w-])([a-z]+) (ge[a-z]{2,}(?:d|t|en))(?![\w-])")


@cache
def _common() -> dict[int, tuple[str, ...]]:
    """The words of wordfreq nl of Zipf :data:`COMMON_ZIPF` or more, letters only, by length."""
    path = DATA_DIR / "wordfreq.sqlite"
    table = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    bucket = round((9 - COMMON_ZIPF) * 100)
    rows = table.execute("SELECT word FROM zipf WHERE lang = 'nl' AND bucket <= ?", (bucket,))
    out: dict[int, list[str]] = {}
    for (word,) in rows:
        if word.isalpha():
            out.setdefault(len(word), []).append(word)
    table.close()
    return {n: tuple(ws) for n, ws in out.items()}


@cache
def _organisation_words() -> frozenset[str]:
    """The words of the bundled alias table's codes and aliases, lower case."""
    out: set[str] = set()
    for code, org in bundled_toml("organisations.toml").get("org", {}).items():
        for name in [code, *org.get("aliases", [])]:
            out.update(fold_accents(w).lower() for w in _WORD.findall(name))
    return frozenset(out)


def nearest_common(word: str) -> list[str]:
    """The common Dutch words within the edit limit of ``word`` (lower case), but ``word``."""
    limit = 1 if len(word) <= 5 else 2
    common = _common()
    return [
        w
        for n in range(len(word) - limit, len(word) + limit + 1)
        for w in common.get(n, ())
        if w != word and damerau_osa.distance(word, w, limit) >= 0
    ]


def _written(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """The words of ``texts`` (accent-folded, lower case) and those written as a name somewhere:
    a capital after the first letter or mid-sentence, or in an address."""
    seen: set[str] = set()
    names: set[str] = set()
    for text in texts:
        for run in _RUN.finditer(text):
            address = bool(_ADDRESS.search(run.group()))
            for m in _WORD.finditer(run.group()):
                word = m.group()
                low = fold_accents(word).lower()
                seen.add(low)
                if address or any(c.isupper() for c in word[1:]):
                    names.add(low)
                elif word[0].isupper() and m.start() == 0:
                    before = text[: run.start()].rstrip()
                    if before and not before.endswith(_SENTENCE_ENDS):
                        names.add(low)
    return seen, names


def _formed(word: str) -> bool:
    """Whether ``word`` is a particle or verb prefix of ``inflections.toml`` before a common
    Dutch word of four letters or more: a regular formation the word lists lack
    ("uitplaatsen", "herplaatsen"), not a misspelling."""
    for prefix in (*verb_particles(), *verb_prefixes()):
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and zipf(rest, "nl") >= COMMON_ZIPF:
            return True
    return False


def _misspelt(word: str) -> str:
    """The one right form of ``word`` (a word of the minutes, no name), or ""."""
    if len(word) < MIN_LETTERS or _formed(word):
        return ""
    if max(zipf_folded(word, "nl"), zipf(word, "en")) >= ABSENT_ZIPF:
        return ""
    near = nearest_common(word)
    return near[0] if len(near) == 1 else ""


def _splits(texts: Iterable[str]) -> dict[str, str]:
    particles = verb_particles()
    out: dict[str, str] = {}
    for text in texts:
        for m in _SPLIT.finditer(fold_accents(text)):
            particle, participle = m.groups()
            joined = particle + participle
            if particle in particles and zipf(joined, "nl") >= COMMON_ZIPF:
                out[f"{particle} {participle}"] = joined
    return out


def minutes_misspellings(texts: Iterable[str]) -> dict[str, str]:
    """``{misspelling: right form}`` of the minutes' ``texts`` (see the module): single words
    ("achtstand": "achterstand") and split participles ("in gehaald": "ingehaald"), accent-folded
    and lower case, in sorted order."""
    texts = list(texts)
    seen, names = _written(texts)
    names |= _organisation_words()
    out = {w: r for w in sorted(seen - names) if w.isalpha() and (r := _misspelt(w))}
    out.update(_splits(texts))
    return dict(sorted(out.items()))
