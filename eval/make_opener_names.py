"""Write tests/data/opener_names.toml: one capitalised name right after the question's opening
auxiliary and an article ("Was the Rekenkamer mentioned ...?", "Heeft de Kiesraad ...?", "Did
Aedes ...?") (issue 16, session 29 task D2; rule ``opener_names_kept``).

Rules of the table (also in its header):
- The names: single capitalised words the minutes (corpus/*.txt) write in capitals inside a
  line (not its first word, not after ". "), four letters or more, not in capitals throughout
  (acronyms are read already), whose lower case is no general word (wordfreq nl and en Zipf
  below 3.0), no Hunspell nl lower-case word (nor it + "-e", "-en", "-s"), and which the
  minutes never write in lower case (source "minutes"); and single capitalised entries of
  Hunspell nl (/usr/share/hunspell/nl.dic) ending in a Dutch body noun of
  lexicon/data/speech.toml ``body_heads`` ("Rekenkamer", "Kiesraad"; no "PN"/"Fw" flags, no
  general word) that the minutes never write, a sample of 30 (or all)
  (source "hunspell").
- Frames: a sentence-initial auxiliary (Dutch "Is", "Was", "Werd", "Heeft", "Wordt"; English
  "Is", "Was", "Did", "Has", "Does") + an article ("de"/"het"; "the") or none + the name + a
  verb and a topic in lower case; two frames per language per name, a seeded draw.
- Expected: the name among the question's names (``ParsedQuestion.names``) and ``present``
  whether the minutes hold it (its word in a line of corpus/*.txt, case folded).
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_opener_names.py
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from make_body_names import dutch_heads, minutes_lines, present  # the script's folder
from toml_rows import write_rows
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "opener_names.toml"
HUNSPELL = Path("/usr/share/hunspell/nl.dic")
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 29
TOPICS_NL = ["de spreidingswet", "de opvang in ter apel", "de huisvesting van statushouders"]
TOPICS_EN = ["the dispersal act", "reception in ter apel", "housing status holders"]
FRAMES_NL = [
    "Was {a}{n} aanwezig bij het overleg over {t}?",
    "Is {a}{n} genoemd bij {t}?",
    "Heeft {a}{n} iets gezegd over {t}?",
    "Werd {a}{n} genoemd in de discussie over {t}?",
    "Wordt {a}{n} betrokken bij {t}?",
]
FRAMES_EN = [
    "Was {a}{n} mentioned in the discussion of {t}?",
    "Is {a}{n} involved in {t}?",
    "Did {a}{n} say anything about {t}?",
    "Has {a}{n} been consulted on {t}?",
    "Does {a}{n} take part in {t}?",
]
_INNER = re.compile(r"(?<![.!?:]\s)(?<=\s)([A-ZÀ-Þ][a-zà-ÿ]{3,})\b")


def general(word: str) -> bool:
    low = word.lower()
    return zipf_frequency(low, "nl") >= 3.0 or zipf_frequency(low, "en") >= 3.0


def minutes_names() -> list[str]:
    seen: Counter[str] = Counter()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            seen.update(_INNER.findall(line))
    lower = {w for line in minutes_lines() for w in line}  # folded words: any case
    low = {w for w in re.findall(r"\b[a-zà-ÿ]+\b", _corpus_text())}
    common = hunspell_lower()
    return sorted(
        w for w in seen if not general(w) and w.lower() not in low | common and w.lower() in lower
    )


def hunspell_lower() -> set[str]:
    """Hunspell nl's lower-case entries, also without an ending "-e", "-en" (general words)."""
    out = set()
    for line in HUNSPELL.read_text(encoding="utf-8").splitlines()[1:]:
        entry = line.replace("ĳ", "ij").partition("/")[0]
        if entry.islower():
            out |= {entry, entry + "e", entry + "en", entry + "s"}
    return out


def _corpus_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))


def hunspell_names(heads: list[str]) -> list[str]:
    out = []
    for line in HUNSPELL.read_text(encoding="utf-8").splitlines()[1:]:
        entry, _, flags = line.replace("ĳ", "ij").replace("Ĳ", "IJ").partition("/")
        if not entry[:1].isupper() or not entry.isalpha() or not entry[1:].islower():
            continue
        if "PN" in flags or "Fw" in flags or general(entry):
            continue
        if any(entry.lower().endswith(h) and entry.lower() != h for h in heads):
            out.append(entry)
    return out


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    lines = minutes_lines()
    names = [(n, "minutes") for n in minutes_names()]
    absent = [n for n in hunspell_names(dutch_heads()) if not present(n, lines)]
    names += [(n, "hunspell") for n in rng.sample(absent, min(30, len(absent)))]
    out: list[dict[str, object]] = []
    for name, source in names:
        for lang, frames, topics, articles in (
            ("nl", FRAMES_NL, TOPICS_NL, ["de ", "het ", ""]),
            ("en", FRAMES_EN, TOPICS_EN, ["the ", ""]),
        ):
            for frame in rng.sample(frames, 2):
                a = rng.choice(articles)
                q = frame.format(a=a, n=name, t=rng.choice(topics))
                row = {"q": q, "lang": lang, "source": source, "name": name}
                out.append({**row, "present": present(name, lines)})
    return out


def main() -> None:
    write_rows(
        OUT, "".join("# " + line + "\n" for line in HEADER.strip().splitlines()) + "\n", rows()
    )


if __name__ == "__main__":
    main()
