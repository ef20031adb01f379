"""Write tests/data/tail_questions.toml: a claim followed by a learner's tail question, and the
full frame whose reading it must have (issue 16, session 29 task F, rule claim_tails_read).

    python eval/make_tail_questions.py

Blind28's class 10 (eval/blind28.md): "<claim>, is it?", "<claim>, why it did not happen?" -
the claim before the comma is what is asked. Rows cross:

- claims made from the minutes' statements (corpus/*.txt: the 2022-II and 2025-I targets,
  Ter Apel's 2.193, the 7.500 to move out, COA's 51.000 places, Aedes' warning, the 60
  municipalities interested in a DSL, the minister's withdrawal of the dispersal act, the
  occupancy of the Ukrainian reception, AenM's proposal), each in Dutch and English, in main
  clause order as a learner writes it, some with a date in front ("in juli 2022 ..."), some in
  English with the minutes' Dutch nouns (b28-066's "statushouders", "gemeente"); and their
  altered twins: a number changed (the claim's number + a seeded offset) or the actor changed
  (another body of the LRT);
- the tails of questions.toml ``claim_tail_check_nl`` / ``_en`` (", klopt dat?", ", toch?",
  ", of niet?", ", is it?", ", is it true?", ", right?", ...) and ``claim_tail_why_nl`` /
  ``_en`` (", waarom niet?", ", why it did not happen?", ", why they did not do it?", ...);
  each claim is asked with every tail of its language (the English claims with Dutch nouns
  with the English tails).

``frame`` is the question whose reading the tail question must have: a check tail as
"Klopt het dat <claim>?" / "Is it true that <claim>?" (rule claim_frame_read's reading of a
reported claim), a why tail as "Waarom <claim>?" / "Why <claim>?" (the why reader's premise is
then the claim: the words after the question word). The claim's first letter is written in
lower case there unless its first word is an acronym ("COA") or a name (``NAMES_FIRST``:
"Aedes"). Rows with ``read = false``: a tail after a question that opens with a question
word or verb ("Wat zei de VNG over de taakstelling, klopt dat?", "Klopt het dat ...,
toch?") or with its verb before its subject ("Ging SJenV akkoord ..., of niet?"), a tail
word inside a claim that is no tail (", right after the meeting?") and too short a claim
(", is it?" after one word): read as the rule off reads them. Read by
tests/unit/search/test_tail_questions.py (no index). Seed 29: which claims carry a lower-case
first letter and the twins' offsets.
"""

from __future__ import annotations

import random
import sys
import tomllib
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "tail_questions.toml"
QUESTIONS = ROOT / "lrt_search" / "lexicon" / "data" / "questions.toml"
sys.path.insert(0, str(Path(__file__).resolve().parent))
SEED = 29

#: Claims of the minutes: (lang, claim with {N} for its number, number, twin actor claim).
#: The actor twin swaps the body that speaks; None where the claim names none.
CLAIMS = [
    ("nl", "De taakstelling voor 2022-II is vastgesteld op {N}", "13.500", None),
    ("en", "The target for 2022-II was set at {N}", "13,500", None),
    ("nl", "In juli 2022 verbleven er {N} asielzoekers in Ter Apel", "2.193", None),
    ("en", "In July 2022 there were {N} asylum seekers in Ter Apel", "2,193", None),
    ("nl", "De komende periode zullen {N} statushouders uitstromen", "7.500", None),
    ("en", "in july 2022 they said {N} statushouders would move out of the azc", "7,500", None),
    ("nl", "Het COA heeft een capaciteitsbesluit genomen van {N} plekken", "51.000",
     "Het IPO heeft een capaciteitsbesluit genomen van {N} plekken"),
    ("en", "COA took a capacity decision of {N} places", "51,000",
     "IPO took a capacity decision of {N} places"),
    ("nl", "De taakstelling van 2025-I is bijgesteld van 17.700 naar {N}", "15.000", None),
    ("en", "The target for 2025-I was lowered from 17,700 to {N}", "15,000", None),
    ("nl", "Ongeveer {N} gemeenten hebben interesse in een DSL", "60", None),
    ("en", "About {N} gemeenten were interested in a DSL in 2025", "60", None),
    ("nl", "De bezettingsgraad van de OEK-opvang in gemeenten is bijna {N} procent", "100", None),
    ("en", "The occupancy of the municipal reception of Ukrainians is almost {N}%", "100", None),
    ("nl", "Aedes waarschuwt voor een prijsopdrijvend effect van flexwoningen", "",
     "De VNG waarschuwt voor een prijsopdrijvend effect van flexwoningen"),
    ("en", "Aedes warned of a price raising effect of flex homes", "",
     "The IPO warned of a price raising effect of flex homes"),
    ("nl", "De minister wil de spreidingswet intrekken", "",
     "De VNG wil de spreidingswet intrekken"),
    ("en", "MAenM wants to withdraw the spreidingswet", "",
     "COA wants to withdraw the spreidingswet"),
    ("nl", "AenM stelt voor om alleen kwetsbare OEK'ers op te vangen", "",
     "Het COA stelt voor om alleen kwetsbare OEK'ers op te vangen"),
    ("en", "COA said statushouders can choose their own gemeente now", "",
     "VNG said statushouders can choose their own gemeente now"),
    ("en", "in july 2022 they promised every statushouder a house within two weeks", "",
     "in july 2022 COA promised every statushouder a house within two weeks"),
    ("nl", "In 2025 belt het COA al met een aantal gemeenten over DSL", "",
     "In 2025 belt de IND al met een aantal gemeenten over DSL"),
]  # fmt: skip
#: The names among the claims' first words that are no acronym (the organisation table's).
NAMES_FIRST = frozenset(["Aedes"])
#: Questions a tail follows that are no claim (a question word or verb opens them), and
#: claims with a word of a tail inside and no tail at the end: read as the rule off reads them.
NOT_READ = {
    "nl": ["Wat zei de VNG over de taakstelling, klopt dat?",
           "Hoeveel statushouders zijn er in 2022 gehuisvest, toch?",
           "Klopt het dat de taakstelling op 13.500 is vastgesteld, of niet?",
           "Waarom is de taakstelling op 13.500 vastgesteld, waarom niet?",
           "Is het waar dat Aedes waarschuwt voor flexwoningen, toch?",
           "Taakstelling, klopt dat?",
           "Wat zei het COA over opvang, toch in 2023?",
           "Ging SJenV akkoord met de tekstwijziging van het IPO, of niet?",
           "Zei de VNG dat de taakstelling te hoog was, toch?",
           "Heeft het COA een capaciteitsbesluit genomen, klopt dat?"],
    "en": ["What did the VNG say about the target, is it?",
           "How many status holders were housed in 2022, right?",
           "Is it true that the target was set at 13,500, right?",
           "Why was the target set at 13,500, why not?",
           "Did COA say statushouders can choose their own gemeente, is it true?",
           "Target, right?",
           "What did COA say right after the meeting of July 2022?"],
}  # fmt: skip


def _tails() -> dict[tuple[str, str], list[str]]:
    """The tails of questions.toml by (kind, lang): kind "check" or "why"."""
    data = tomllib.loads(QUESTIONS.read_text("utf-8"))
    return {(k, g): data[f"claim_tail_{k}_{g}"] for k in ("check", "why") for g in ("nl", "en")}


def _twins(rng: random.Random, claim: str, number: str, actor: str | None) -> list[tuple]:
    """(kind, claim) of the claim as the minutes write it and of its altered twins."""
    out = [("true", claim.replace("{N}", number))]
    if number:
        digits = int(number.replace(".", "").replace(",", ""))
        other = digits + rng.choice([2, 3, 4]) * (10 ** max(len(str(digits)) - 2, 0))
        written = f"{other:,}" if "," in number else f"{other:,}".replace(",", ".")
        out.append(("number", claim.replace("{N}", written)))
    if actor:
        out.append(("actor", actor.replace("{N}", number)))
    return out


def _frame_claim(claim: str) -> str:
    """The claim as it reads after "dat" / "that": its first letter in lower case, unless
    its first word is an acronym or a name general Dutch and English do not write."""
    first = claim.split()[0]
    if any(c.isupper() for c in first[1:]) or first in NAMES_FIRST:
        return claim
    return claim[0].lower() + claim[1:]


def rows() -> list[dict[str, object]]:
    """The table's rows, in a fixed order."""
    rng = random.Random(SEED)
    tails = _tails()
    out: list[dict[str, object]] = []
    for lang, claim, number, actor in CLAIMS:
        for kind, text in _twins(rng, claim, number, actor):
            written = text[0].lower() + text[1:] if rng.random() < 0.3 else text
            inner = _frame_claim(text)
            for tail_kind in ("check", "why"):
                for tail in tails[(tail_kind, lang)]:
                    if tail_kind == "check":
                        opener = "Is it true that" if lang == "en" else "Klopt het dat"
                    else:
                        opener = "Why" if lang == "en" else "Waarom"
                    out.append({"lang": lang, "claim": kind, "tail": tail_kind,
                                "question": f"{written}, {tail}?",
                                "frame": f"{opener} {inner}?", "read": True})  # fmt: skip
    for lang, questions in NOT_READ.items():
        for question in questions:
            out.append({"lang": lang, "claim": "none", "tail": "none", "question": question,
                        "frame": question, "read": False})  # fmt: skip
    return out


def main() -> None:
    """Write the table."""
    table = rows()
    head = (
        "# Generated by eval/make_tail_questions.py (seed 29); do not edit by hand.\n"
        "# A claim with a learner's tail question and the full frame whose reading it must\n"
        "# have (read = false: read as the rule off reads it). Rule claim_tails_read.\n\n"
    )
    write_rows(OUT, head, table)


if __name__ == "__main__":
    main()
