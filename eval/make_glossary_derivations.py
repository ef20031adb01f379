"""Write tests/data/glossary_derivations.toml: English questions asking with a word that shares
a derivation family with a one-word English term of the glossary, and which glossary entry the
word is read as (rule glossary_derivations_read, issue 16 session 30 task D; blind29 class 7,
blind28 class 2; measured and deleted, its code at commit e9744c07), read by
tests/unit/lexicon/test_glossary_derivations.py (no index).

    python eval/make_glossary_derivations.py

Rows (seeded, from the data, never from eval questions): every word of wordfreq's English list
with a Zipf of 3 or more (letters only, four or more) that no glossary term reads as written
(lexicon/data/glossary.toml and glossary_minutes.toml, rule glossary_matches_read) and whose
family meets a one-word English term of an entry (the term, or its singular, or the verb of an
"-ed" term): the same English Snowball stem ("integrate" / "integration", but also "integrity",
"participants", "organisers": a stem is no family), or one of the noun / verb pairs of
:data:`PAIRS` (lexicon/data/english_derivations.toml at e9744c07: "agreement" / "agree",
"billion" / "bill" - candidates only; the pairs decide nothing here). Each is asked in a
question made from a statement of the minutes holding the Dutch term of the entry it meets (its
first, by seed 30): "What did <the statement's speaker> say about <the word>?"
(a verb form "having to <verb>", "what was <-ed>").
Expected, by meaning, each row read:
- "derived": the act and its verb, an inflection of either ("integrate", "integrated",
  "justify", "normalised", "modifications"): read as the entry's Dutch terms;
- "freedict": FreeDict eng-nld reads the word or its lemma ("participate", "distribution",
  "decide", "register"): not read through the glossary (the topic check reads it through
  FreeDict; the rule is for words nothing reads);
- "frame": a verb of speech or of the question's frame (speech.toml: "commit", "committed",
  "presented", "stated"): not read (glossary_minutes keeps those out: "What did X commit to"
  asks a promise, not "inzet");
- "other": another sense or word class of the stem or of a derivation pair - a person or thing
  that acts ("participants", "organisers", "regulators"), an adjective or adverb ("integrity",
  "educational", "substantially"), another word ("billion" / "bill", "placement" / "places",
  "apprehended" / "apprehension", "organise" / "organisation": the glossary's entry is the body,
  "organisatie", not the act): not read;
- "mislead": hand rows where the family would mislead - "state", "stated", "stating" beside
  "state secretary" and "state of affairs"; "present", "presented", "presenting",
  "presentation"; "inhabit", "reside" beside "residents": not read.
- "attributive": each "-ed" word of the "derived" rows before a noun ("an integrated
  approach", as tests/data/glossary_matches.toml decides "integrated package"): an adjective,
  not read.
With the rule (e9744c07) every row but two was read as expected; "apprehended" (read as
"apprehension", fear) and "remission" (read as "remit", mandate) were its listed misses.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import Stemmer
from toml_rows import unique_rows, write_rows  # the script's folder is on the path
from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.freedict import dutch_for, english_lemmas  # noqa: E402
from lrt_search.lexicon.glossary import _PLURAL, _VERBAL, Glossary, _bases  # noqa: E402
from lrt_search.lexicon.wordlists import alternation  # noqa: E402

OUT = ROOT / "tests" / "data" / "glossary_derivations.toml"
SEED = 30
STEMMER = Stemmer.Stemmer("english")

#: The words of the act and its verb (kind "derived"), by reading each candidate (see above).
DERIVED = {
    "integrate", "integrated", "integrates", "integrating", "justify", "justified",
    "justifies", "justifying", "evaluate", "evaluated", "evaluating", "modification",
    "modifications", "discriminate", "discriminated", "discriminating", "normalize",
    "normalized", "legislate", "transportation", "incorporation", "inclusion",
}  # fmt: skip
#: Below Zipf 3 but of the class (British spellings FreeDict lacks): asked too.
RARE = ("normalise", "normalised", "naturalise", "naturalised")
#: Hand rows where the family would mislead, with the entry term they stand beside.
MISLEAD = {
    "state": "state secretary", "stated": "state secretary", "stating": "state of affairs",
    "present": "state of affairs", "presented": "state of affairs",
    "presenting": "state of affairs", "presentation": "state of affairs",
    "inhabit": "residents", "reside": "residents", "organise": "organisation",
}  # fmt: skip
#: The noun / verb ending pairs of English derivation (the rule's data file at e9744c07).
PAIRS = (
    ("ication", "y"), ("ration", "er"), ("ation", "e"), ("ation", ""), ("ssion", "t"),
    ("sion", "de"), ("ion", "e"), ("ion", ""), ("ment", ""), ("wal", "w"), ("al", "e"),
    ("ance", ""), ("ance", "e"), ("ure", "e"), ("ure", ""),
)  # fmt: skip
_SPEAKER = re.compile(r"^- ([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b")


def _one_word_terms(glossary: Glossary) -> dict[str, set[int]]:
    """Every form of a one-word English term (the term, its singular, the verb of "-ed")."""
    out: dict[str, set[int]] = {}
    for index, entry in enumerate(glossary.entries):
        for term in entry.en:
            if term.isalpha():
                word = term.lower()
                for base in _bases(word, _VERBAL if word.endswith("ed") else _PLURAL):
                    out.setdefault(base, set()).add(index)
    return out


def _counterparts(word: str) -> set[str]:
    """The other side of every pair of english_derivations.toml that ``word`` (or a base of
    its inflection) fits."""
    out = set()
    for base in _bases(word, _VERBAL, True):
        for noun, verb in PAIRS:
            for have, other in ((noun, verb), (verb, noun)):
                if base.endswith(have) and len(base) - len(have) >= 3:
                    out.add(base[: len(base) - len(have)] + other)
    return out


def _freedict(word: str) -> bool:
    return bool(dutch_for(word)) or any(dutch_for(lemma) for lemma in english_lemmas(word))


def _frame(word: str) -> bool:
    lists = ("speech", "speaker_verbs_en", "discussion")
    pattern = "|".join(alternation("speech", name) for name in lists)
    return bool(re.fullmatch(rf"(?:{pattern})", word, re.I))


def _statements() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out += [line for line in path.read_text("utf-8").splitlines() if line.startswith("- ")]
    return out


def _question(word: str, nl: tuple[str, ...], statements: list[str], rng: random.Random) -> str:
    """A question with ``word`` from a statement holding a Dutch term of ``nl``."""
    holding = [s for s in statements if any(re.search(rf"\b{re.escape(t)}\b", s, re.I) for t in nl)]
    speaker = "the LRT"
    if holding and (found := _SPEAKER.match(rng.choice(holding))):
        speaker = f"the {found.group(1)}"
    if word.endswith("ed"):
        about = f"what was {word}"
    elif word.endswith(("ing", "ly")):
        about = f"acting {word}" if word.endswith("ly") else word
    elif word.endswith(_ADJECTIVE):
        about = f"a {word} approach"
    elif _noun_like(word):
        about = f"the {word}"
    elif word.endswith("s"):
        about = f"how the municipality {word}"
    else:
        about = f"having to {word}"
    return f"What did {speaker} say about {about}?"


_ADJECTIVE = ("al", "ive", "ic", "ful", "able", "ible", "ous", "ant", "ent", "ary", "ite")


def _noun_like(word: str) -> bool:
    endings = ("ion", "ions", "ment", "ments", "ance", "ure", "er", "ers", "or", "ors", "cy")
    return word.endswith(endings) or word.endswith(("ity", "ities", "ism", "ness", "ist", "ists"))


def _kind(word: str) -> str:
    if word in MISLEAD:
        return "mislead"
    if _frame(word):
        return "frame"
    if _freedict(word):
        return "freedict"
    return "derived" if word in DERIVED or word in RARE else "other"


def rows() -> list[dict[str, object]]:
    """Every row of the table (see the module)."""
    glossary = Glossary(Glossary.default().entries)  # as written and inflected only
    terms = _one_word_terms(glossary)
    stems: dict[str, set[int]] = {}
    for base, indexes in terms.items():
        stems.setdefault(STEMMER.stemWord(base), set()).update(indexes)
    listed = [w for w in top_n_list("en", 60000) if w.isalpha() and len(w) >= 4]
    listed = [w for w in listed if zipf_frequency(w, "en") >= 3.0]
    statements, rng = _statements(), random.Random(SEED)
    out: list[dict[str, object]] = []
    for word in [*listed, *RARE, *MISLEAD]:
        if glossary.matches(word) and word not in MISLEAD:
            continue
        met = set().union(*(terms.get(c, set()) for c in _counterparts(word)))
        met |= stems.get(STEMMER.stemWord(word), set())
        if word in MISLEAD:
            met = {i for i, e in enumerate(glossary.entries) if MISLEAD[word] in e.en}
        if not met:
            continue
        entry = glossary.entries[min(met)]
        kind = _kind(word)
        row: dict[str, object] = {
            "kind": kind,
            "word": word,
            "question": _question(word, entry.nl, statements, rng),
            "term": entry.en[0],
            "nl": list(entry.nl) if kind == "derived" else [],
        }
        out.append(row)
    out = unique_rows(out, ("word",))
    for row in [r for r in out if r["kind"] == "derived" and str(r["word"]).endswith("ed")]:
        question = f"What did the LRT say about an {row['word']} approach?"
        out.append({**row, "kind": "attributive", "question": question, "nl": []})
    return out


def main() -> int:
    """Write the table."""
    text = (__doc__ or "").strip()
    head = "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines()) + "\n"
    write_rows(OUT, head, rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
