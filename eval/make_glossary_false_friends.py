"""Write tests/data/glossary_false_friends.toml: the English forms of the glossary that are also
Dutch words, each in a Dutch question and an English one, with the glossary entries (each by its
first Dutch term) the question must trigger (issue 16, session 26 task D3; rule
glossary_matches_read), read by tests/unit/lexicon/test_glossary_false_friends.py (no index).

    python eval/make_glossary_false_friends.py

Found from the Dutch side: every word of wordfreq's Dutch list (lexicon/data/wordfreq.sqlite,
Zipf >= 3) that is a Dutch word (in /usr/share/hunspell/nl.dic when present, else more usual in
Dutch than in English) and triggers a glossary entry alone (glossary.toml and
glossary_minutes.toml). Each is decided by meaning, here by hand: a word every candidate must
be listed in FALSE (Dutch in another meaning) or SAME (Dutch uses it in the entry's sense, or a
loan or English word nl.dic lists); the script fails on a candidate it lacks.

Decided:
- false friends (FALSE; lexicon/data/false_friends.toml): in a Dutch question they are Dutch
  and trigger nothing ("Werd de opvang plots gesloten?": suddenly; "Het concern": a company;
  "Wie rent weg?": runs; "de controles": checks, no control (regie); "links": left; "word":
  become; "strand": beach; "letter": of the alphabet; ...); in an English question they trigger
  their entry;
- the same word (SAME): loanwords Dutch uses in the English sense trigger in both languages
  ("deadline", "budget", "hotel", "pilot", "media", "planning", "tent", "bus", "gas",
  "agenda", "minister", "school", "student", "protest", "forum", "trend"): the Dutch frame
  "Wat zei de VNG over de {}?" and the English "What did the VNG say about the {}?";
- "data" (Dutch: also the plural of datum, dates) triggers (the loan sense "gegevens" is the
  usual one in the field); "familie", "studie", "subsidie(s)" are the entry's words in Dutch.
Left: multi-word terms of Dutch words ("in charge", "state land"): no Dutch question writes
them; "crisis" and "check" are no glossary terms alone (nothing to trigger in either language).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.datafiles import DATA_DIR  # noqa: E402
from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.wordfreq import zipf  # noqa: E402

OUT = ROOT / "tests" / "data" / "glossary_false_friends.toml"
NL_DIC = Path("/usr/share/hunspell/nl.dic")
FRAME_NL = "Wat zei de VNG over de {}?"
FRAME_EN = "What did the VNG say about the {}?"

# word | a Dutch question with it in its Dutch meaning | an English one with it in the entry's
FALSE = """
plots | Werd de opvang plots gesloten? | Which plots were sold?
plot | Wat is het plot van de film? | Which plot was sold?
concern | Wat betaalt het concern aan de gemeente? | What concern did the VNG voice?
rent | Wie rent er weg uit het azc? | What rent do they pay?
controles | Hoeveel controles deed de inspectie? | Who controls it?
links | Staat de VNG links of rechts? | Which links did the VNG see?
linke | Was het een linke situatie? | Which links were named?
word | Hoe word ik lid van de LRT? | Which word did they use?
worde | Opdat het beter worde? | Which word was used?
strand | Ligt het azc aan het strand? | Which strand is new?
sleep | Wie nam de gemeente op sleeptouw of in de sleep mee? | Where do they sleep?
bid | Hoe vaak bid je per dag? | Which bid did the COA make?
spot | Was het een spot op de wethouder? | Which spot was found?
spots | Hoeveel spots hangen er in de zaal? | How many spots were found?
back | Speelt hij als back bij de club? | Did they back the plan?
close | Zijn de gemeenten close met het COA? | Did they close it?
object | Welk object werd gevonden? | Did they object?
doctor | Is zij doctor in de rechten? | Did a doctor see them?
minor | Welke minor volgt hij? | Was the minor placed?
pupil | Hoe groot is de pupil van het oog? | Which pupil went to school?
border | Wie plantte de border in de tuin? | What was said about the border?
joint | Rookte hij een joint? | Was it a joint plan?
penalty | Wie nam de penalty? | Was a penalty imposed?
court | Wie speelde op de court? | What did the court rule?
letter | Met welke letter begint het woord? | What was in the letter?
"""

# Dutch words that trigger their entry in both languages: the entry's sense in Dutch, a loan
# Dutch uses in the English sense, or an English word nl.dic lists.
SAME = """
administrator agenda annex arrangement bed budget bus care challenge chance choice colombia cost
crime data deadline easy email eritrea eu familie family finance fine fora forum gas gym
holland hollands home hotel house incident instrument intake intensive interface job
journalist kid law level link mail mailing mails media minister money partner pilot planning
protest research resident return school security senior student studentes studie study subsidie
subsidies support survey tent tool tools track train training transport trend turk turkey turks
wording
"""


def candidates() -> list[str]:
    """The Dutch words (wordfreq nl Zipf >= 3, and nl.dic when present) that trigger a glossary
    entry alone."""
    dic = set()
    if NL_DIC.exists():
        for line in NL_DIC.read_text("utf-8").splitlines():
            dic.add(line.split("/")[0].strip())
    table = sqlite3.connect(str(DATA_DIR / "wordfreq.sqlite"))
    rows = table.execute("SELECT word FROM zipf WHERE lang = 'nl' AND bucket <= 600").fetchall()
    glossary = Glossary.default()
    out = []
    for (word,) in rows:
        dutch = word in dic or zipf(word, "nl") >= zipf(word, "en")
        if word.isalpha() and dutch and glossary.matches(word):
            out.append(word)
    return sorted(out)


def _entry(word: str) -> str:
    return Glossary.default().matches(word)[0][1].nl[0]


def main() -> int:
    """Write the table (and fail on a candidate no list decides)."""
    false = [[p.strip() for p in line.split("|")] for line in FALSE.strip().splitlines()]
    same = SAME.split()
    undecided = sorted(set(candidates()) - {w for w, *_ in false} - set(same))
    if undecided:
        print("undecided candidates:", ", ".join(undecided))
        return 1
    rows: list[dict[str, object]] = []
    for word, nl, en in false:
        row = {"kind": "false", "word": word}
        rows.append({**row, "lang": "nl", "question": nl, "nl": []})
        rows.append({**row, "lang": "en", "question": en, "nl": [_entry(word)]})
    for word in same:
        if not Glossary.default().matches(word):
            continue  # a word of another list of the generator (a wordfreq form it lacks)
        for lang, frame in (("nl", FRAME_NL), ("en", FRAME_EN)):
            row = {"kind": "same", "word": word, "lang": lang, "question": frame.format(word)}
            rows.append({**row, "nl": [_entry(word)]})
    write_rows(OUT, _head(), unique_rows(rows, ("question",)))
    return 0


def _head() -> str:
    """The table's comment: this script's docstring."""
    text = (__doc__ or "").strip()
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines()) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
