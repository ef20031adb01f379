"""Write tests/data/compound_synonyms.toml: the minutes' compounds asked with one part in other
words (issue 16, session 27 task H2, rule ``compound_synonyms_read``).

Rules of the table (also in its header):
- The compounds: every word of the minutes' vocabulary (the words of corpus/*.txt, as
  ``DutchAnalyzer.fit`` keeps them: four letters or more, letters only, no stopword) of seven
  letters or more split into a modifier of four letters or more (an optional linking "s",
  "e" or "en" after it) and a head of four letters or more, both parts words: in the
  vocabulary or general Dutch of Zipf 3 or more (wordfreq); no verb or adjective form
  (``is_paraphrase_word``: "meewerken") and no common word of its own (Zipf 3.5 or more:
  "belangrijk", "gesprekken"). Every split is tried.
- Dutch forms: ONE part replaced by a one-word synonym of its group in
  lexicon/data/synonyms.toml (the head, or the modifier without its link when the group
  writes it so), lower case, no synonym holding the kept part, written as one
  word ("flexhuizen") and apart ("flex huizen"); kept only when the form is no word of the
  minutes itself. ``finds`` is the minutes' compound it must find.
- English forms: a part replaced by an English word of FreeDict nld-eng whose eng-nld
  translations return the part (the round trip; the first such word of English Zipf 3.5 or
  more), the other part kept (Dutch modifier +
  English head: "flex dwellings") or both translated ("opvang location").
- Twins, ``finds = ""``: general Dutch words (wordfreq top 50,000, Zipf 2.5 or more) that
  are a synonym-group word plus a Dutch word of four letters or more as the other part, which
  the minutes lack, and none of whose one-part replacements is a word of the minutes: the
  synonym in another sense ("huisdieren": no "woningdieren").
Run: PYTHONPATH=. .venv/bin/python eval/make_compound_synonyms.py
"""

from __future__ import annotations

import re
from pathlib import Path

import wordfreq
from toml_rows import unique_rows, write_rows  # the script's folder is on the path

from lrt_search.answer.compound_synonyms import LEXICALISED_ZIPF
from lrt_search.answer.compound_words import LINKS
from lrt_search.index.analysis import dutch_stopwords, words
from lrt_search.lexicon.dutch_forms import class_form
from lrt_search.lexicon.freedict import dutch_for, dutch_to_english
from lrt_search.lexicon.synonyms import Synonyms
from lrt_search.lexicon.wordclass import is_paraphrase_word
from lrt_search.lexicon.wordfreq import zipf_folded

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "compound_synonyms.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]


def vocabulary() -> set[str]:
    """The minutes' vocabulary as ``DutchAnalyzer.fit`` keeps it."""
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.update(
            w for w in words(path.read_text(encoding="utf-8")) if len(w) >= 4 and w.isalpha()
        )
    return out - dutch_stopwords()


def _word(part: str, vocab: set[str]) -> bool:
    return part.isalpha() and (part in vocab or zipf_folded(part, "nl") >= 3.0)


def splits(word: str, vocab: set[str]) -> list[tuple[str, str, str]]:
    """(modifier without link, link, head) of every split of ``word`` into two words."""
    out = []
    if is_paraphrase_word(class_form(word, True)) or zipf_folded(word, "nl") >= LEXICALISED_ZIPF:
        return []
    for cut in range(4, len(word) - 4 + 1):
        modifier, head = word[:cut], word[cut:]
        for link in ("", *LINKS):
            base = modifier[: len(modifier) - len(link)] if link else modifier
            if link and not modifier.endswith(link):
                continue
            if (
                len(base) >= 4
                and base not in dutch_stopwords()
                and _word(base, vocab)
                and _word(head, vocab)
            ):
                out.append((base, link, head))
    return out


def _round_trip(part: str) -> list[str]:
    kept = [e for e in dutch_to_english(part) if e.isalpha() and part in dutch_for(e)]
    return [e for e in kept if zipf_folded(e, "en") >= 3.5][:1]


def rows_of(word: str, vocab: set[str], synonyms: Synonyms) -> list[dict[str, object]]:
    """The question forms of the minutes' ``word`` with one part in other words."""
    members = {w.lower() for g in synonyms.groups for w in g.nl}
    rows: list[dict[str, object]] = []

    def add(question: str, form: str, replaced: str, by: str) -> None:
        if question.replace(" ", "") not in vocab:
            rows.append({"question": question, "form": form, "replaced": replaced, "by": by,
                         "finds": word})  # fmt: skip

    for base, link, head in splits(word, vocab):
        for other in (s.lower() for s in synonyms.expand(head) if s.isalpha()):
            add(f"{base}{link}{other}", "dutch", head, other)
            add(f"{base}{link} {other}", "apart", head, other)
        if base in members:  # a modifier as its group writes it ("kamer": "parlement")
            for other in (s.lower() for s in synonyms.expand(base) if s.isalpha()):
                if head not in other:
                    add(f"{other}{link}{head}", "dutch", base, other)
        for english in _round_trip(head):
            add(f"{base}{link} {english}", "english_head", head, english)
            for first in _round_trip(base):
                add(f"{first} {english}", "english", f"{base} {head}", f"{first} {english}")
    return rows


def twins(vocab: set[str], synonyms: Synonyms) -> list[dict[str, object]]:
    """General Dutch compounds of a synonym-group word in another sense the minutes lack."""
    members = sorted({w for g in synonyms.groups for w in g.nl if w.isalpha() and len(w) >= 4})
    out: list[dict[str, object]] = []
    for word in wordfreq.top_n_list("nl", 50000):
        if not word.isalpha() or word in vocab or len(word) < 8 or zipf_folded(word, "nl") < 2.5:
            continue
        for member in members:
            rest = (
                word[len(member) :]
                if word.startswith(member)
                else (word[: -len(member)] if word.endswith(member) else "")
            )
            if len(rest) < 4 or not _word(rest, vocab):
                continue
            replaced = [o for o in synonyms.expand(member) if o.isalpha()]
            forms = {word.replace(member, o, 1) for o in replaced}
            if not forms & vocab:
                out.append({"question": word, "form": "twin", "replaced": member,
                            "by": ", ".join(replaced), "finds": ""})  # fmt: skip
            break
    return out


def main() -> None:
    vocab = vocabulary()
    synonyms = Synonyms.default()
    rows = [r for word in sorted(vocab) if len(word) >= 7 for r in rows_of(word, vocab, synonyms)]
    rows = unique_rows(rows, ("question", "finds")) + unique_rows(
        twins(vocab, synonyms), ("question",)
    )
    header = "".join(f"# {line}\n" if line else "#\n" for line in HEADER.strip("\n").splitlines())
    write_rows(OUT, re.sub(r"\n+$", "\n", header) + "\n", rows)


if __name__ == "__main__":
    main()
