"""Write tests/data/glossary_heads.toml: English questions whose topic check lacks a word, and
whether the refusal's reason reads that word as the head of two-word glossary terms (rule
glossary_head_reason, issue 16 session 28 task H2), read by
tests/unit/answer/test_glossary_heads.py (no index: every Dutch term counts as held).

    python eval/make_glossary_heads.py

Rows (seeded, from the data, never from eval questions): the English words of
lexicon/data/glossary.toml and glossary_minutes.toml, and general English words (wordfreq).
- "head": every word that is the last word of a two-word English term without function words
  (articles, "of", "to", name particles; letters only) and no one-word term of any entry (the
  same word, or the same English Snowball stem: the topic check reads one-word terms so, and
  "executives" is read as "execute"), asked as "What did the VNG say about the <word>?" with
  the word lacking: the reason names the word, for each entry (glossary order, at most three)
  its first two-word term the word heads, and that entry's first Dutch term (each named once);
- "named": the same question naming such a two-word term: no such reason (the question names
  what the minutes write; the word is not lacking alone);
- "one_word": a one-word English term that also heads a two-word term: no such reason (the
  word is read by its own term);
- "general": 40 frequent English words (wordfreq, Zipf order, letters only, 5+ letters) in no
  glossary term: no such reason;
- "mixed": a head word lacking beside a general word: no such reason (the general word is
  lacking in any form; rule glossary_word_reason names it alone).
A word and a term word are the same when equal or one is the other with "s" / "es" (or "-y"
as "-ies"): "duty" / "duties"; a derivation is another word ("sharing" is no "share").
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

import Stemmer
from toml_rows import unique_rows, write_rows  # the script's folder is on the path
from wordfreq import top_n_list

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.glossary import Glossary  # noqa: E402

OUT = ROOT / "tests" / "data" / "glossary_heads.toml"
FRAME = "What did the VNG say about the {}?"
SMALL = {"a", "an", "the", "of", "to", "de", "den", "der", "een", "en", "het", "van", "voor"}
MOST = 3
SEED = 28
STEMMER = Stemmer.Stemmer("english")


def same(a: str, b: str) -> bool:
    """``a`` and ``b`` are one word: equal, or one is the other with "s" / "es" / "-y" as
    "-ies"."""
    plural = {b + "s", b + "es", b[:-1] + "ies" if b.endswith("y") else b}
    single = {a + "s", a + "es", a[:-1] + "ies" if a.endswith("y") else a}
    return a == b or a in plural or b in single


def _terms() -> tuple[list[tuple[list[str], str]], set[str]]:
    """(two-word terms of each entry with its first Dutch term, the one-word terms)."""
    entries, one = [], set()
    for entry in Glossary.default().entries:
        two = []
        for term in entry.en:
            parts = term.lower().split()
            if len(parts) == 1:
                one.add(parts[0])
            elif len(parts) == 2 and not SMALL & set(parts) and all(p.isalpha() for p in parts):
                two.append(" ".join(parts))
        entries.append((two, entry.nl[0]))
    return entries, one


def rows() -> list[dict[str, object]]:
    """Every row of the table (see the module)."""
    entries, one = _terms()
    heads = list(dict.fromkeys(t.split()[1] for two, _ in entries for t in two))
    out: list[dict[str, object]] = []
    for word in heads:
        if any(same(word, o) or _stem(word) == _stem(o) for o in one):
            out.append(_row("one_word", word, [word], [], []))
            continue
        found = [(own[0], nl) for two, nl in entries if (own := _headed(two, word))][:MOST]
        phrases, terms = _unique(p for p, _ in found), _unique(nl for _, nl in found)
        out.append(_row("head", word, [word], phrases, terms))
        out += [_row("named", p, [word], [], []) for p, _ in found]
    words = {w for two, _ in entries for t in two for w in t.split()} | one
    general = [w for w in top_n_list("en", 3000) if w.isalpha() and len(w) >= 5]
    general = [w for w in general if not any(same(w, x) for x in words)]
    picked = random.Random(SEED).sample(general, 40)
    out += [_row("general", w, [w], [], []) for w in picked]
    lone = [r["missing"][0] for r in out if r["kind"] == "head"]  # type: ignore[index]
    pairs = zip(random.Random(SEED).sample(lone, 10), picked[:10], strict=True)
    out += [_row("mixed", f"{g} {h}", [g, h], [], []) for h, g in pairs]
    return unique_rows(out, ("question", "kind"))


def _stem(word: str) -> str:
    return str(STEMMER.stemWord(word))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _headed(two: list[str], word: str) -> list[str]:
    """The two-word terms of ``two`` whose last word is ``word``."""
    return [t for t in two if same(t.split()[1], word)]


def _row(kind: str, asked: str, missing: list[str], phrases: list, terms: list) -> dict:
    return {"kind": kind, "question": FRAME.format(asked), "missing": missing,
            "phrases": phrases, "terms": terms}  # fmt: skip


def main() -> int:
    """Write the table."""
    text = (__doc__ or "").strip()
    head = "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines()) + "\n"
    write_rows(OUT, head, rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
