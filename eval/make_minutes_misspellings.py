"""Write tests/data/minutes_misspellings.toml: the words of the bundled minutes that no dictionary
holds, what each is, and questions in the right form for the minutes' own misspellings (issue 16,
session 30 task A2, rule ``minutes_misspellings_read``; blind30 class 7).

Rules of the table (also in its header):
- The tokens: every word of corpus/*.txt as written (letters only, four letters or more; the
  words of an e-mail address or a web address left out: a run holding "@", "/" or "www") that
  no dictionary holds: wordfreq nl and en Zipf below 1 (the word in lower case) and Hunspell nl
  (/usr/share/hunspell/nl, spylls) accepting neither the form as written nor its lower case.
- Its nearest common words: the words of wordfreq nl of Zipf 3 or more (letters only) within
  Damerau-Levenshtein (OSA) distance 1 of the lower-case token when it has five letters or
  fewer, 2 when longer.
- Its kind, decided in this order:
  ``name_code`` - written with a capital after its first letter ("AenM", "REDACTED", "TWEDE"),
  or with a capital where no sentence starts (the text before it, spaces left out, does not
  end in ".", "!", "?", ":", a bullet or the start of the file), or a word of the alias table
  (lexicon/data/organisations.toml, codes and aliases, any case);
  ``typo`` - exactly one nearest common word (``right``);
  ``compound`` - no nearest common word, and the lower-case token splits into two parts of
  three letters or more (an optional linking "s", "e" or "en" after the first) that are each
  a word of Hunspell nl or of wordfreq nl Zipf 1 or more ("hoogambtelijk",
  "inburgeringstelsel");
  ``far`` - none of these (no common word near, no split: the minutes' own term).
- Split typos: two words standing apart with one space between them, the first a separable
  particle of lexicon/data/inflections.toml ``dutch_verb_particles``, the second of four letters
  or more starting "ge", that written as one are a word of wordfreq nl of Zipf 3 or more (the
  participle of a separable verb written apart: "in gehaald" -> "ingehaald"); kind ``split``.
- Question rows, for each typo and split: the sentence of the minutes holding it (``statement``,
  verbatim, cut at ". " and line ends), asked with the right form in two Dutch forms - a search
  box ("<right> <word>") and a sentence ("Wat staat er in de notulen over <right> en <word>?")
  - with <word> a content word of the statement (seven letters or more, letters only, no
  stopword, Zipf nl below 5, no token of the table; the first of the seeded shuffle, seed 30),
  and in English through
  the glossary when a lexicon/data/glossary.toml term lists the right form in ``nl`` ("What do
  the minutes say about the <en> and <word>?", its first ``en``). ``expected = "reached"``:
  the right form's terms meet the statement's (the analyzer fitted on the minutes).
- Injected typos (the misspellings a PDF or another minute-taker would make): words of the
  minutes written in lower case, seven letters or more, wordfreq nl Zipf 3 or more, no
  stopword; 60 drawn (seed 30), each with one letter dropped or two neighbours swapped (drawn),
  kept when the result is a word no dictionary holds (as above) whose one nearest common word
  is the word itself; set into the first sentence of the minutes holding the word (no web or
  e-mail address in it; kind
  ``injected``, ``right`` the word); and twins, kind ``injected_name``: the same typo
  capitalised mid-sentence, which stays unread (a name).
- Checked by hand (session 30): the typos are "achtstand" (achterstand), the split "in gehaald"
  (ingehaald); "Accomodatieregeling" is a name (capitalised mid-sentence, "Huisvesting
  Accomodatieregeling (HAR)"), reached already by the doubled-letter variants of
  ``DutchAnalyzer.variants``; "Gededeputeerden" (for "gedeputeerden", Zipf 2.7) is ``far``,
  a known miss of the Zipf 3 bar; "TWEDE" (for "tweede") is ``name_code`` (capitals), and two
  common words are near it ("twee", "tweede"); "indeplaatstelling(en)" are ``far`` (the minutes'
  other spelling of "indeplaatsstelling", reached by the doubled-letter variants).
Run: PYTHONPATH=. .venv/bin/python eval/make_minutes_misspellings.py
"""

from __future__ import annotations

import random
import re
import sqlite3
import tomllib
from pathlib import Path

from editdistpy import damerau_osa
from toml_rows import write_rows  # the script's folder is on the path

from lrt_search.index.analysis import dutch_stopwords
from lrt_search.lexicon.datafiles import DATA_DIR, bundled_toml
from lrt_search.lexicon.wordfreq import zipf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "minutes_misspellings.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
HUNSPELL = "/usr/share/hunspell/nl"
SEED = 30
LINKS = ("s", "e", "en")
_RUN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")
_STARTS = tuple(".!?:•-–*")


def common_words() -> dict[int, list[str]]:
    """wordfreq nl words of Zipf 3 or more, letters only, by length."""
    table = sqlite3.connect(f"file:{DATA_DIR / 'wordfreq.sqlite'}?mode=ro", uri=True)
    rows = table.execute("SELECT word FROM zipf WHERE lang = 'nl' AND bucket <= 600")
    out: dict[int, list[str]] = {}
    for (word,) in rows:
        if word.isalpha():
            out.setdefault(len(word), []).append(word)
    return out


def nearest(token: str, common: dict[int, list[str]]) -> list[str]:
    limit = 1 if len(token) <= 5 else 2
    return sorted(
        w
        for n in range(len(token) - limit, len(token) + limit + 1)
        for w in common.get(n, [])
        if w != token and damerau_osa.distance(token, w, limit) >= 0
    )


def org_words() -> set[str]:
    out: set[str] = set()
    for code, org in bundled_toml("organisations.toml").get("org", {}).items():
        for name in [code, *org.get("aliases", [])]:
            out.update(w.lower() for w in _WORD.findall(name))
    return out


def tokens() -> dict[str, dict]:
    """Every word of the minutes as written: its first file, whether it stood mid-sentence with
    a capital, its sentences."""
    out: dict[str, dict] = {}
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text("utf-8")
        for run in _RUN.finditer(text):
            if "@" in run.group() or "/" in run.group() or "www" in run.group().lower():
                continue
            for m in _WORD.finditer(run.group()):
                word = m.group()
                start = run.start() + m.start()
                before = text[:start].rstrip()
                at_start = not before or before.endswith(_STARTS) or m.start() > 0
                info = out.setdefault(word, {"file": path.name, "mid_capital": False})
                if word[:1].isupper() and not at_start:
                    info["mid_capital"] = True
    return out


def split_compound(word: str, known) -> bool:
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for link in ("", *LINKS):
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)]
            if len(first) >= 3 and known(first) and known(tail):
                return True
    return False


def sentences(word: str) -> list[tuple[str, str]]:
    """(date, sentence) of every sentence of the minutes holding ``word`` as written."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            for sentence in re.split(r"(?<=\.) ", line.strip(" -•\t")):
                if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence):
                    out.append((path.name[:10], sentence.strip()))
    return out


def questions(
    typo: str, right: str, rng: random.Random, glossary: list[dict], unknown: set[str]
) -> list[dict]:
    rows = []
    for date, statement in sentences(typo):
        content = [
            w
            for w in _WORD.findall(statement)
            if len(w) >= 7
            and w.lower() not in dutch_stopwords()
            and w not in typo.split()
            and zipf(w.lower(), "nl") < 5
            and w not in unknown
        ]
        rng.shuffle(content)
        word = content[0].lower() if content else ""
        forms = [
            ("nl", f"{right} {word}"),
            ("nl", f"Wat staat er in de notulen over {right} en {word}?"),
        ]
        for term in glossary:
            if right in term.get("nl", []):
                forms.append(
                    ("en", f"What do the minutes say about the {term['en'][0]} and {word}?")
                )
                break
        for lang, question in forms:
            rows.append({"question": question, "lang": lang, "token": typo, "right": right,
                         "date": date, "statement": statement, "expected": "reached"})  # fmt: skip
    return rows


def absent(word: str, hunspell) -> bool:
    low = word.lower()
    if max(zipf(low, "nl"), zipf(low, "en")) >= 1:
        return False
    return not (hunspell.lookup(word) or hunspell.lookup(low))


def injected(rng: random.Random, common: dict[int, list[str]], hunspell) -> list[dict]:
    words = sorted(
        {
            w
            for path in sorted((ROOT / "corpus").glob("*.txt"))
            for w in _WORD.findall(path.read_text("utf-8"))
            if w.islower() and len(w) >= 7 and zipf(w, "nl") >= 3 and w not in dutch_stopwords()
        }
    )
    rows = []
    for word in rng.sample(words, 60):
        i = rng.randrange(1, len(word) - 1)
        if rng.random() < 0.5:
            typo = word[:i] + word[i + 1 :]
        else:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if typo == word or not absent(typo, hunspell) or nearest(typo, common) != [word]:
            continue
        plain = [(d, t) for d, t in sentences(word) if not re.search(r"@|/|www", t)]
        if not plain:
            continue
        statement = plain[0][1]
        written = re.sub(rf"(?<!\w){word}(?!\w)", typo, statement, count=1)
        name = re.sub(rf"(?<!\w){word}(?!\w)", "de " + typo.title(), statement, count=1)
        rows.append({"token": typo, "kind": "injected", "right": word, "statement": written})
        rows.append({"token": typo.title(), "kind": "injected_name", "right": "",
                     "statement": "Volgens ons " + name})  # fmt: skip
    return rows


def main() -> None:
    from spylls.hunspell import Dictionary

    hunspell = Dictionary.from_files(HUNSPELL)
    common = common_words()
    orgs = org_words()
    known = lambda w: zipf(w, "nl") >= 1 or hunspell.lookup(w)  # noqa: E731
    glossary = tomllib.loads((DATA_DIR / "glossary.toml").read_text("utf-8"))["term"]
    rng = random.Random(SEED)
    token_rows, question_rows = [], []
    absent = [
        (word, info)
        for word, info in sorted(tokens().items(), key=lambda kv: (kv[0].lower(), kv[0]))
        if len(word) >= 4
        and max(zipf(word.lower(), "nl"), zipf(word.lower(), "en")) < 1
        and not (hunspell.lookup(word) or hunspell.lookup(word.lower()))
    ]
    unknown = {word for word, _ in absent}
    for word, info in absent:
        low = word.lower()
        near = nearest(low, common)
        if any(c.isupper() for c in word[1:]) or info["mid_capital"] or low in orgs:
            kind = "name_code"
        elif len(near) == 1:
            kind = "typo"
        elif not near and split_compound(low, known):
            kind = "compound"
        else:
            kind = "far"
        right = near[0] if kind == "typo" else ""
        token_rows.append({"token": word, "file": info["file"], "nearest": near, "kind": kind,
                           "right": right})  # fmt: skip
        if kind == "typo":
            question_rows += questions(word, right, rng, glossary, unknown)
    particles = set(bundled_toml("inflections.toml")["dutch_verb_particles"])
    seen = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for m in re.finditer(r"(?<!\w)([a-z]+) (ge[a-z]{2,})(?!\w)", path.read_text("utf-8")):
            a, b = m.groups()
            if a in particles and zipf(a + b, "nl") >= 3 and (a, b) not in seen:
                seen.add((a, b))
                row = {"token": f"{a} {b}", "file": path.name, "nearest": [a + b]}
                token_rows.append({**row, "kind": "split", "right": a + b})
                question_rows += questions(f"{a} {b}", a + b, rng, glossary, unknown)
    token_rows += injected(rng, common, hunspell)
    head = "".join(f"# {line}".rstrip() + "\n" for line in HEADER.strip("\n").splitlines())
    write_rows(OUT, head + "\n", token_rows + question_rows)


if __name__ == "__main__":
    main()
