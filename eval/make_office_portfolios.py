"""Write tests/data/office_portfolios.toml: an office written with its portfolio ("de
staatssecretaris van Participatie en Integratie", "the state secretary for participation", "the
minister for asylum", "the housing minister", "de minister van VRO") resolves by its portfolio to
the body the minutes write for it (issue 16, session 30 task F2; eval/blind30.md class 5; rule
``office_portfolios_read``).

Rules of the table (also in its header):
- Offices: every body of lexicon/data/organisations.toml with ``english``/``dutch`` subjects of
  the office kinds "minister" and "state_secretary" (the portfolios; their codes are those the
  minutes' attendee lists resolve to: SJenV, MAenM, MBZK, MVRO, SZW for "MSZW"/"SPenI"/"(SZW)",
  JenV, OCW, VWS). A portfolio is a subject or one conjunct of a subject ("participation" of
  "participation and integration", "Integratie" of "Participatie en Integratie") that no other
  body holds for the same office kind.
- Forms, seeded draws: English "the {head} for/of {p}", "the {p} {head}" (head "minister",
  "state secretary", "secretary of state"; the portfolio lower case or capitalised); Dutch "de
  {head} van/voor {p}" (head "minister", "staatssecretaris"; "Minister", "Staatssecretaris").
- Frames, seeded draws: 3 speaker frames per language ("What did X say about T?", "Is T needed,
  according to X?", "Wat zei X over T?", "Hoe kijkt X aan tegen T?"); T a topic of the
  minutes' item headings.
- Expected: ``code``, the question's one speaker (``ParsedQuestion.speaker``).
- Not in the table: the head alone ("the state secretary"): the minutes write "staatssecretaris"
  alone for SJenV (an alias of the minutes, organisations.toml); which body it names where two
  state secretaries sat (2025-03-19: SJenV, SPenI) is no reading of the question.
Not built from questions of any answer set.
Run: PYTHONPATH=. .venv/bin/python eval/make_office_portfolios.py
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lrt_search" / "lexicon" / "data"
OUT = ROOT / "tests" / "data" / "office_portfolios.toml"
HEADER = __doc__.split("Rules of the table (also in its header):\n", 1)[1].split("Run:")[0]
SEED = 30
KINDS = ("minister", "state_secretary")
HEADS = {
    ("en", "minister"): ["minister"],
    ("en", "state_secretary"): ["state secretary", "secretary of state"],
    ("nl", "minister"): ["minister"],
    ("nl", "state_secretary"): ["staatssecretaris"],
}
TOPICS = {
    "nl": ["de inburgering", "de spreidingswet", "de taakstelling", "de opvang in Ter Apel"],
    "en": ["civic integration", "the dispersal act", "the housing target", "the reception centre"],
}
FRAMES = {
    "nl": ["Wat zei {o} over {t}?", "Hoe kijkt {o} aan tegen {t}?",
           "Wat is volgens {o} nodig voor {t}?"],
    "en": ["What did {o} say about {t}?", "Is {t} needed, according to {o}?",
           "What was the view of {o} on {t}?"],
}  # fmt: skip


def _conjuncts(subject: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*|\s+(?:and|en|&)\s+", subject) if p.strip()]


def portfolios() -> list[tuple[str, str, str, str]]:
    """(portfolio, language, office kind, code): the subjects and their conjuncts that one body
    holds for its office kind."""
    orgs = tomllib.loads((DATA / "organisations.toml").read_text(encoding="utf-8"))["org"]
    held: dict[tuple[str, str, str], set[str]] = {}
    form: dict[str, str] = {}
    for code, org in orgs.items():
        for lang, table in (("nl", "dutch"), ("en", "english")):
            for kind in KINDS:
                for subject in org.get(table, {}).get(kind, []):
                    for p in dict.fromkeys([subject, *_conjuncts(subject)]):
                        held.setdefault((p.lower(), lang, kind), set()).add(code)
                        form.setdefault(p.lower(), p)
    out = []
    for (p, lang, kind), codes in sorted(held.items()):
        if len(codes) == 1:
            out.append((form[p], lang, kind, next(iter(codes))))
    return out


def _written(p: str, lang: str, rng: random.Random) -> str:
    """The portfolio as written: Dutch as the minutes write it, English lower case or (3 in 10)
    capitalised; an abbreviation as it is ("VRO", "JenV", "J&V")."""
    if lang == "nl" or any(c.isupper() for c in p[1:]):
        return p
    if rng.random() < 0.3:
        return " ".join(
            w if w in ("en", "and", "the") else w[:1].upper() + w[1:] for w in p.split()
        )
    return p


def offices(rng: random.Random) -> list[tuple[str, str, str]]:
    """(the office as written with its article, language, code)."""
    out = []
    for p, lang, kind, code in portfolios():
        head = rng.choice(HEADS[lang, kind])
        if rng.random() < 0.3:
            head = head[:1].upper() + head[1:]
        written = _written(p, lang, rng)
        if lang == "en":
            prep = rng.choice(["for", "of"])
            forms = [f"the {head} {prep} {written}"]
            if " " not in p.removeprefix("the "):
                forms.append(f"the {p.removeprefix('the ').lower()} {head.lower()}")
        else:
            forms = [f"de {head} {rng.choice(['van', 'voor'])} {written}"]
        out += [(f, lang, code) for f in forms]
    return out


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    out: list[dict[str, object]] = []
    for office, lang, code in offices(rng):
        frame = rng.choice(FRAMES[lang])
        q = frame.format(o=office, t=rng.choice(TOPICS[lang]))
        q = q[:1].upper() + q[1:]
        out.append({"q": q, "office_written": office, "lang": lang, "code": code})
    return unique_rows(out, ["q"])


def main() -> None:
    write_rows(
        OUT, "".join("# " + line + "\n" for line in HEADER.strip().splitlines()) + "\n", rows()
    )


if __name__ == "__main__":
    main()
