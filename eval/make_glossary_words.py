"""Write tests/data/glossary_words.toml: English words known only inside a multi-word glossary
phrase, and the Dutch word each is read as alone (rule glossary_words_read, issue 16 session 29
task E, blind28 class 2; measured and deleted, docs/settings.md "Tried and deleted"), read by
tests/unit/lexicon/test_glossary_words.py (no index).

    python eval/make_glossary_words.py

Rules of the table (rows from lexicon/data/glossary.toml and glossary_minutes.toml, FreeDict,
wordfreq, Hunspell nl and the minutes' vocabulary; never from eval questions):
- the class: every English word of a glossary phrase of two or more content words (letters
  only, no English stopword) that FreeDict translates neither as written nor by its lemma and
  that is no one-word glossary term (by English Snowball stem);
- a word is aligned to a Dutch word of its entry's Dutch terms by one of three routes, over
  every phrase the word stands in:
  * position: a Dutch term with as many content words as the phrase, one other word of the
    phrase found at its own place (a FreeDict or one-word glossary translation, the Dutch word
    starting or ending with it, or the two sharing their first five letters) and none found at
    another place: the word is the Dutch word at its place ("coercive legal instruments" /
    "dwingend juridisch instrumentarium": "coercive" -> "dwingend");
  * compound: a one-word Dutch term that is the other word's translation with a part before or
    after it of four letters or more (a linking "s" dropped): the word is that part ("escalation
    ladder" / "escalatieladder": "escalation" -> "escalatie");
  * ending: a Dutch word of the entry no English word of the entry accounts for, whose ending
    corresponds to the word's (the cognate suffixes of lexicon/data/cognates.toml and the
    derivation endings of :data:`DERIVATIONS`, "-ness" / "-heid"): "timeliness of documents" /
    "tijdigheid";
  a word with such an ending keeps only the Dutch words of a corresponding ending from every
  route ("timeliness" / "verzending stukken" gives "verzending" by position: dropped);
- kept (`dutch` set, kind "aligned") when every route of every phrase gives one Dutch word, that
  word is a word of the minutes or of Hunspell nl, and the English word is no general word
  (wordfreq Zipf below 3.9, Settings.general_word_zipf: a frequent word has senses the phrase
  does not give it); the others are rows that must stay unread alone (kind "general",
  "ambiguous", "unaligned");
- a word that is the last word of a two-word English term without function words ("quota" of
  "housing quota", "fallback" of "national fallback") is not read alone (kind "head": rule
  glossary_head_reason's class, whose reading as the term was measured and deleted twice);
- a row of an inflection of an aligned word (the same English Snowball stem: "quotas",
  "seekers") is read as that word, as the glossary reads every term (kind "inflection");
- each word is asked in the carrier "What did the members say about the <word>?"; a row of
  kind "phrase" asks one phrase of each aligned word whole: its own entry still reads it;
- "derived": an unread word whose base after an English derivational ending ("-ness", "-ive",
  "-ly") FreeDict translates, the Dutch base with the corresponding ending a word of the
  minutes or Hunspell nl; written as a count in the header (no row reads by it: the rule reads
  the glossary's own words only).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import Stemmer
from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.index.analysis import dutch_stopwords, english_stopwords, words  # noqa: E402
from lrt_search.lexicon.cognates import suffix_pairs  # noqa: E402
from lrt_search.lexicon.freedict import english_headword, english_to_dutch  # noqa: E402
from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.wordfreq import zipf  # noqa: E402

OUT = ROOT / "tests" / "data" / "glossary_words.toml"
HUNSPELL = "/usr/share/hunspell/nl"
CARRIER = "What did the members say about the {}?"
GENERAL_ZIPF = 3.9
#: Derivation endings (English ending, the Dutch endings of a word standing for it), read before
#: the cognate suffixes of lexicon/data/cognates.toml ("timeliness" -> "tijdigheid").
DERIVATIONS = (("ness", ("heid",)), ("ive", ("ief", "ieve", "end", "ende")))
SMALL = {"a", "an", "the", "of", "to", "de", "den", "der", "een", "en", "het", "van", "voor"}
STEM = Stemmer.Stemmer("english").stemWord
LETTERS = re.compile(r"[a-zà-ÿ]+")


def same(a: str, b: str) -> bool:
    """One noun: equal, or one is the other with "s" / "es" / "-y" as "-ies"."""
    plural = {b + "s", b + "es", b[:-1] + "ies" if b.endswith("y") else b}
    single = {a + "s", a + "es", a[:-1] + "ies" if a.endswith("y") else a}
    return a == b or a in plural or b in single


def content(term: str, stop: frozenset[str] | set[str]) -> list[str]:
    return [w for w in term.lower().split() if LETTERS.fullmatch(w) and w not in stop]


def forms(word: str, one: dict[str, tuple[str, ...]]) -> set[str]:
    """Dutch forms of a read English word: FreeDict (as written and its lemma) and one-word
    glossary terms (by stem)."""
    out = set(english_to_dutch(word)) | set(english_to_dutch(english_headword(word)))
    out |= {t.lower() for t in one.get(STEM(word), ())}
    return {f for f in out if " " not in f and len(f) >= 3}


def found(dutch: str, english: str, fs: set[str]) -> bool:
    if len(english) >= 5 and dutch[:5] == english[:5]:
        return True
    return any(
        dutch == f or (len(f) >= 4 and (dutch.startswith(f) or dutch.endswith(f))) for f in fs
    )


def unread(word: str, one: dict[str, tuple[str, ...]]) -> bool:
    return not forms(word, one) and STEM(word) not in one


def by_position(i: int, cw: list[str], ct: list[str], one: dict) -> str | None:
    if len(cw) != len(ct) or len(cw) < 2:
        return None
    here = crossed = False
    for j, other in enumerate(cw):
        if j == i:
            continue
        fs = forms(other, one)
        here |= found(ct[j], other, fs)
        crossed |= any(found(ct[k], other, fs) for k in range(len(ct)) if k != j)
    return ct[i] if here and not crossed else None


def by_compound(i: int, cw: list[str], ct: list[str], one: dict) -> str | None:
    if len(cw) != 2 or len(ct) != 1:
        return None
    whole, other = ct[0], cw[1 - i]
    for f in sorted(forms(other, one), key=len, reverse=True):
        if len(f) < 4:
            continue
        if i == 0 and whole.endswith(f) and len(whole) - len(f) >= 4:
            part = whole[: -len(f)]
            return part[:-1] if part.endswith("s") and len(part) > 5 else part
        if i == 1 and whole.startswith(f) and len(whole) - len(f) >= 4:
            return whole[len(f) :]
    return None


def endings_of(word: str) -> tuple[str, ...]:
    for en, nl in (*DERIVATIONS, *suffix_pairs()):
        if word.endswith(en) or word.rstrip("s").endswith(en):
            return nl
    return ()


def by_ending(word: str, entry, one: dict) -> set[str]:
    ends = endings_of(word)
    if not ends:
        return set()
    ens = english_stopwords()
    read = {w for t in entry.en for w in content(t, ens) if w != word and not unread(w, one)}
    out = set()
    for term in entry.nl:
        for d in content(term, dutch_stopwords()):
            if d.endswith(ends) and not any(found(d, r, forms(r, one)) for r in read):
                out.add(d)
    return out


def candidates(word: str, glossary: Glossary, one: dict) -> set[str]:
    ens, nls = english_stopwords(), dutch_stopwords()
    out: set[str] = set()
    for entry in glossary.entries:
        for term in entry.en:
            cw = content(term, ens)
            if len(cw) < 2 or word not in cw:
                continue
            i = cw.index(word)
            for nl in entry.nl:
                ct = content(nl, nls)
                out |= {c for c in (by_position(i, cw, ct, one), by_compound(i, cw, ct, one)) if c}
            out |= by_ending(word, entry, one)
    ends = endings_of(word)
    return {c for c in out if c.endswith(ends)} if ends else out


def vocabulary() -> set[str]:
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.update(words(path.read_text(encoding="utf-8")))
    return out


def derived(word: str, vocab: set[str], hunspell) -> str | None:
    """The Dutch derivation of an unread word whose base FreeDict translates (none listed)."""
    for en, base_end, nl in (("iness", "y", "heid"), ("ness", "", "heid"), ("ive", "e", "end")):
        if word.endswith(en):
            base = word[: -len(en)] + base_end
            for d in english_to_dutch(base):
                form = d + ("d" if nl == "end" and d.endswith("en") else nl)
                if form in vocab or hunspell.lookup(form):
                    return form
    return None


def rows() -> tuple[list[dict[str, object]], int]:
    from spylls.hunspell import Dictionary

    hunspell = Dictionary.from_files(HUNSPELL)
    glossary, vocab = Glossary.default(), vocabulary()
    ens = english_stopwords()
    one: dict[str, tuple[str, ...]] = {}
    for entry in glossary.entries:
        for term in entry.en:
            if len(term.split()) == 1:
                one[STEM(term.lower())] = one.get(STEM(term.lower()), ()) + entry.nl
    phrases: dict[str, str] = {}
    for entry in glossary.entries:
        for term in entry.en:
            cw = content(term, ens)
            for w in cw if len(cw) >= 2 else ():
                if unread(w, one):
                    phrases.setdefault(w, term.lower())
    heads = {
        t.lower().split()[1]
        for e in glossary.entries
        for t in e.en
        if len(t.split()) == 2
        and not SMALL & set(t.lower().split())
        and t.replace(" ", "").isalpha()
    }
    out: list[dict[str, object]] = []
    derivations = 0
    for word in sorted(phrases):
        derivations += bool(derived(word, vocab, hunspell))
        found_words = candidates(word, glossary, one)
        kind, dutch = "aligned", ""
        if zipf(word, "en") >= GENERAL_ZIPF:
            kind = "general"
        elif word in heads or any(same(word, h) for h in heads):
            kind = "head"
        elif len(found_words) > 1:
            kind = "ambiguous"
        elif not found_words:
            kind = "unaligned"
        else:
            dutch = next(iter(found_words))
            if dutch not in vocab and not hunspell.lookup(dutch):
                kind, dutch = "unaligned", ""
        row: dict[str, object] = {"kind": kind, "word": word, "phrase": phrases[word]}
        row |= {"question": CARRIER.format(word), "dutch": dutch}
        if found_words and kind != "aligned":
            row["found"] = sorted(found_words)
        out.append(row)
        if kind == "aligned":
            out.append(
                {"kind": "phrase", "word": phrases[word], "phrase": phrases[word]}
                | {"question": CARRIER.format(phrases[word]), "dutch": ""}
            )
    aligned = {STEM(str(r["word"])): r["dutch"] for r in out if r["kind"] == "aligned"}
    for row in out:
        stem = STEM(str(row["word"]))
        if row["kind"] not in ("aligned", "phrase") and stem in aligned:
            row["kind"], row["dutch"] = "inflection", aligned[stem]
    return out, derivations


def main() -> None:
    table, derivations = rows()
    head = (
        "# Generated by eval/make_glossary_words.py (rules in its docstring): an English word\n"
        "# known only inside a multi-word glossary phrase read alone as the Dutch word it\n"
        "# stands for (rule glossary_words_read). `dutch` empty: not read alone (a phrase row:\n"
        "# read by its own entry, as before).\n"
        f"# Derivations whose base FreeDict translates (-ness, -ive): {derivations}.\n\n"
    )
    write_rows(OUT, head, table)


if __name__ == "__main__":
    main()
