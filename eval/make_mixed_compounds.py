"""Write tests/data/mixed_compounds.toml: the minutes' compounds asked as their Dutch modifier
and an English head (issue 16, session 30 task H, rule ``mixed_compounds_read``; the class of
eval/blind30.md class 4, "doorstroom places").

Rules of the table (also in its header):
- The compounds: every word of the minutes' vocabulary (the words of corpus/*.txt, four letters
  or more, letters only, no stopword, lower case) of seven letters or more split into a
  modifier of four letters or more (an optional linking "s", "e" or "en" after it) and a head
  of three letters or more, both parts words of Hunspell nl (without its compounding: the
  dictionary's stems with their affixes) or of the minutes' vocabulary; no common word of its
  own (wordfreq nl Zipf 3.5 or more: "belangrijk") and no verb or adjective form
  (``is_paraphrase_word``: "voortvloeien"). Every split is tried.
- The head in English: the English words of FreeDict nld-eng (merged with the reverse of
  eng-nld) of the head as written and of the one-word glossary term with its Dutch stem, and
  the English terms (or a term's last word) of every glossary entry with a one-word Dutch term
  of the head's stem ("locaties" -> "locations", "sites", "places"); English nouns (WordNet,
  ``english_noun``) of wordfreq en Zipf 3 or more, the three most frequent.
- The modifier kept Dutch, as the compound writes it without its link ("spreiding act").
- Each pair is set into a question made from a meeting whose minutes hold the compound: an
  English and a Dutch frame (seeded choice of five each), the meeting's month and year.
- ``finds``: empty (read as today) when the modifier is an English word too (wordfreq en Zipf
  2.5 or more, ``ENGLISH_ZIPF``: "status holder", "flex homes", "expert session" are English
    pairs, which the glossary and rule compound_synonyms_read read), and when the minutes write
  the modifier as a word of its own, or with "-en", "-s", "-e", "-n" ("taakstelling letter":
  both words are read already). Else, the modifier held only as the first part of their
  compounds, the minutes' compounds the pair must be read as: those of the modifier whose head
  translates the noun, with the same compound in its other number ("knelpunt", "knelpunten").
- Twins, ``finds = []``: each modifier the minutes hold only in compounds with an English noun
  of another row (seeded) none of whose translations is a head of its compounds ("doorstroom
  letter"), and general Dutch words (wordfreq nl Zipf 3 or more, Hunspell nl) the minutes do
  not write as a modifier with a noun of the rows (seeded): read as today.
Run: PYTHONPATH=. .venv/bin/python eval/make_mixed_compounds.py
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import wordfreq
from toml_rows import unique_rows, write_rows  # the script's folder is on the path

from lrt_search.answer.compound_words import LINKS
from lrt_search.index.analysis import dutch_stopwords, words
from lrt_search.lexicon.dates import month_name
from lrt_search.lexicon.dutch_forms import class_form
from lrt_search.lexicon.freedict import dutch_to_english
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.stemmers import stem_words
from lrt_search.lexicon.wordclass import english_noun, is_paraphrase_word
from lrt_search.lexicon.wordfreq import zipf_folded
from lrt_search.search.mixed_compounds import ENGLISH_ZIPF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "mixed_compounds.toml"
HUNSPELL = "/usr/share/hunspell/nl"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 30
EN_FRAMES = (
    "What was said about the {pair} in {month_en} {year}?",
    "Who are the {pair} meant for, according to the LRT of {month_en} {year}?",
    "What did the minutes of {month_en} {year} say about the {pair}?",
    "Was the {pair} discussed in {month_en} {year}?",
    "What happened with the {pair} in {month_en} {year}?",
)
NL_FRAMES = (
    "Wat werd er in {month_nl} {year} gezegd over de {pair}?",
    "Wat staat er in de notulen van {month_nl} {year} over de {pair}?",
    "Is de {pair} in {month_nl} {year} besproken?",
    "Voor wie zijn de {pair} bedoeld, volgens de LRT van {month_nl} {year}?",
    "Wat gebeurde er in {month_nl} {year} met de {pair}?",
)
INFLECTIONS = ("", "en", "s", "e", "n")


def meetings() -> dict[str, str]:
    """{date: the minutes' text lower case}."""
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    return {p.name[:10]: p.read_text("utf-8").lower() for p in paths}


def vocabulary(texts: dict[str, str]) -> set[str]:
    out = {w for text in texts.values() for w in words(text) if len(w) >= 4 and w.isalpha()}
    return out - dutch_stopwords()


def _stem(word: str) -> str:
    return stem_words("dutch", [word])[0]


def splits(word: str, is_word) -> list[tuple[str, str, str]]:
    """(modifier without link, link, head) of every split of ``word`` into two words."""
    if zipf_folded(word, "nl") >= 3.5 or is_paraphrase_word(class_form(word, True)):
        return []
    out = []
    for cut in range(4, len(word) - 3 + 1):
        modifier, head = word[:cut], word[cut:]
        for link in ("", *LINKS):
            if link and not modifier.endswith(link):
                continue
            base = modifier[: len(modifier) - len(link)]
            if len(base) >= 4 and base not in dutch_stopwords() and is_word(base) and is_word(head):
                out.append((base, link, head))
    return out


@cache
def english_heads(head: str, glossary: Glossary) -> list[str]:
    """The English nouns a head may be asked as (see the header), most frequent first."""
    stem = _stem(head)
    found: set[str] = set(dutch_to_english(head))
    for entry in glossary.entries:
        dutch = [t.lower() for t in entry.nl if " " not in t and t.isalpha()]
        if any(_stem(t) == stem for t in dutch):
            found.update(t.lower().split()[-1] for t in entry.en if t.strip())
            found.update(e for t in dutch if _stem(t) == stem for e in dutch_to_english(t))
    kept = [e for e in found if e.isalpha() and english_noun(e)[0] and zipf_folded(e, "en") >= 3.0]
    return sorted(kept, key=lambda e: (-zipf_folded(e, "en"), e))


def twins(
    rng: random.Random,
    by_modifier: dict[str, dict[str, str]],
    vocab: set[str],
    nouns: list[str],
    glossary: Glossary,
    texts: dict[str, str],
    is_word,
) -> list[dict[str, object]]:
    """The pairs read as today (see the header)."""
    out = []
    for modifier, compounds in sorted(by_modifier.items()):
        if held_alone(modifier, vocab):
            continue
        heads = {n for h in compounds.values() for n in english_heads(h, glossary)}
        noun = rng.choice([n for n in nouns if n not in heads])
        compound = sorted(compounds)[0]
        date = next(d for d, t in texts.items() if compound in words(t))
        out.append(_row(rng, modifier, noun, compound, date, False, []))
    general = [
        w
        for w in wordfreq.top_n_list("nl", 20000)
        if len(w) >= 5
        and w.isalpha()
        and w not in dutch_stopwords()
        and not any(v.startswith(w) for v in vocab)
        and zipf_folded(w, "nl") >= 3.0
        and is_word(w)
    ]
    for word in rng.sample(general, 60):
        date = rng.choice(sorted(texts))
        out.append(_row(rng, word, rng.choice(nouns), "", date, False, []))
    return out


def _row(
    rng: random.Random,
    modifier: str,
    noun: str,
    compound: str,
    date: str,
    alone: bool,
    finds: list[str],
) -> dict[str, object]:
    english = rng.random() < 0.5
    return {
        "question": question(rng, f"{modifier} {noun}", date, english),
        "pair": f"{modifier} {noun}",
        "compound": compound,
        "held_alone": alone,
        "finds": finds,
    }


def numbers(word: str, vocab: set[str]) -> set[str]:
    """``word`` and the words of the minutes that are its plural or singular ("knelpunt",
    "knelpunten"; "bewindspersoon", "bewindspersonen": the long vowel written once before
    "-en"; "perspectief", "perspectieven")."""
    undoubled = re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", word)
    forms = {word + end for end in ("en", "s", "n")} | {undoubled + "en"}
    forms |= {word[: -len(end)] for end in ("en", "s", "n") if word.endswith(end)}
    forms |= {re.sub(r"([aeou])([^aeiou])en$", r"\1\1\2", word)}
    forms |= {word[:-1] + {"f": "ven", "s": "zen"}[word[-1]]} if word[-1] in "fs" else set()
    forms |= (
        {word[:-3] + {"v": "f", "z": "s"}[word[-3]]} if word.endswith(("ven", "zen")) else set()
    )
    return {word} | (forms & vocab)


def held_alone(modifier: str, vocab: set[str]) -> bool:
    return any(modifier + end in vocab for end in INFLECTIONS)


def question(rng: random.Random, pair: str, date: str, english: bool) -> str:
    year, month = date[:4], int(date[5:7])
    frame = rng.choice(EN_FRAMES if english else NL_FRAMES)
    return frame.format(
        pair=pair,
        year=year,
        month_en=month_name(month, english=True),
        month_nl=month_name(month),
    )


def main() -> None:
    from spylls.hunspell import Dictionary

    hunspell = Dictionary.from_files(HUNSPELL)
    texts = meetings()
    vocab = vocabulary(texts)
    glossary = Glossary.default()

    def is_word(part: str) -> bool:
        if not part.isalpha():
            return False
        if part in vocab:
            return True
        forms = hunspell.lookuper.good_forms(part, capitalization=False, compound_forms=False)
        return next(iter(forms), None) is not None

    rng = random.Random(SEED)
    by_modifier: dict[str, dict[str, str]] = defaultdict(dict)  # modifier: {compound: head}
    for word in sorted(vocab):
        if len(word) >= 7:
            for base, _link, head in splits(word, is_word):
                by_modifier[base].setdefault(word, head)
    rows: list[dict[str, object]] = []
    nouns: set[str] = set()
    for modifier in sorted(by_modifier):
        alone = held_alone(modifier, vocab)
        compounds = by_modifier[modifier]
        for compound, head in sorted(compounds.items()):
            date = next(d for d, t in texts.items() if compound in words(t))
            for noun in english_heads(head, glossary)[:3]:
                nouns.add(noun)
                named = [c for c, h in compounds.items() if noun in english_heads(h, glossary)]
                english_word = zipf_folded(modifier, "en") >= ENGLISH_ZIPF
                finds = sorted({n for c in named for n in numbers(c, vocab)})
                finds = [] if alone or english_word else finds
                for english in (True, False):
                    pair = f"{modifier} {noun}"
                    rows.append(
                        {
                            "question": question(rng, pair, date, english),
                            "pair": pair,
                            "compound": compound,
                            "held_alone": alone,
                            "finds": finds,
                        }
                    )
    rows = unique_rows(rows, ("question",))
    rows += twins(rng, by_modifier, vocab, sorted(nouns), glossary, texts, is_word)
    header = "".join(f"# {line}\n" if line else "#\n" for line in HEADER.strip("\n").splitlines())
    write_rows(OUT, re.sub(r"\n+$", "\n", header) + "\n", rows)
    print(len(rows), "rows,", sum(1 for r in rows if r["finds"]), "read as a compound")


if __name__ == "__main__":
    main()
