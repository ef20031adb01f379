"""Write tests/data/count_realised.toml: the generated table of rule count_realised (issue 16
session 28 task G), read by tests/unit/answer/test_count_realised_table.py.

    python eval/make_count_realised.py

Rules (the labels come from the templates, not from the rule):
- Questions, Dutch and English: a "how many" question over a noun the minutes count
  (statushouders, plekken, woningen, ...) with a verb of something done (gehuisvest,
  gerealiseerd, gebouwd, ...; housed, realised, built, ...) and a period or none.
  Kind "done" - the verb in a past form ("zijn er ... gehuisvest", "werden ... gebouwd", "have
  been housed", "did ... house"): what was done is asked; its row names the verb as written.
  Kind "count" - the same verb under a plan, a need or an expectation ("moeten er nog ...
  worden", "zullen ...", "naar verwachting", "must be", "are expected to be", "should ...",
  "were to be", "still had to be", "the target"), or a verb of a state or of speech
  ("verblijven", "staying", "genoemd", "mentioned"): a count is asked, not what was done.
- Statements (sentences as the minutes write them): "done" true when a clause states a number
  of something done or as it is ("Inmiddels zijn 4.210 statushouders gehuisvest", "Op dit
  moment verblijven er 1.500 asielzoekers in Ter Apel", a number done beside a target after a
  comma, a target "behaald"), false when every number is a target, a need or an expectation
  ("moeten nog", "taakstelling", "inzet is om", "naar verwachting", "nodig", "zullen",
  "zouden kunnen", "streven") or the sentence has no number.
- Main's reading (no rule): every question a plain count, every sentence with a number an
  answer: its failing rows are the "done" questions and the "false" statements with a number
  (one that can be an amount: lrt_search.answer.shape.amount_spans; not a year).
Seeded (random.Random(28)); nouns and verbs from the minutes' vocabulary and their English
glossary forms.
"""

from __future__ import annotations

import random
from pathlib import Path

from lrt_search.answer.shape import amount_spans

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "count_realised.toml"

NOUNS = [
    ("statushouders", "status holders"), ("plekken", "places"), ("woningen", "homes"),
    ("flexwoningen", "flex homes"), ("opvangplekken", "reception places"),
    ("asielzoekers", "asylum seekers"), ("nareizigers", "family members"),
    ("opstartwoningen", "starter homes"), ("vergunninghouders", "permit holders"),
]  # fmt: skip
#: (Dutch participle, English participle, English base form)
VERBS = [
    ("gehuisvest", "housed", "house"), ("gerealiseerd", "realised", "realise"),
    ("gebouwd", "built", "build"), ("gevonden", "found", "find"),
    ("geplaatst", "placed", "place"), ("opgevangen", "accommodated", "accommodate"),
    ("geleverd", "delivered", "deliver"), ("toegevoegd", "added", "add"),
]  # fmt: skip
PERIODS = [
    ("in 2023", "in 2023"), ("sinds juli 2022", "since July 2022"),
    ("in de tweede helft van 2024", "in the second half of 2024"), ("", ""),
]  # fmt: skip

DONE_NL = [
    "Hoeveel {n} zijn er {p} {v}?", "Hoeveel {n} werden er {p} {v}?",
    "Hoeveel {n} hebben de gemeenten {p} {v}?", "Hoeveel {n} zijn {p} daadwerkelijk {v}?",
]  # fmt: skip
DONE_EN = [
    "How many {n} were {v} {p}?", "How many {n} have been {v} {p}?",
    "How many {n} did the municipalities {b} {p}?", "How many {n} had actually been {v} {p}?",
]  # fmt: skip
PLAN_NL = [
    "Hoeveel {n} moeten er {p} nog {v} worden?", "Hoeveel {n} zullen er {p} {v} worden?",
    "Hoeveel {n} worden er {p} naar verwachting {v}?",
    "Wat is de taakstelling: hoeveel {n} moeten er {p} {v} zijn?",
    "Hoeveel {n} verblijven er {p} in Ter Apel?", "Hoeveel {n} werden er {p} genoemd?",
]  # fmt: skip
PLAN_EN = [
    "How many {n} must be {v} {p}?", "How many {n} are expected to be {v} {p}?",
    "How many {n} should the municipalities {b} {p}?", "How many {n} were to be {v} {p}?",
    "What is the target: how many {n} will be {v} {p}?",
    "How many {n} were staying in Ter Apel {p}?", "How many {n} were mentioned {p}?",
    "How many {n} still had to be {v} {p}?",
]  # fmt: skip

DONE_STATEMENTS = [
    "{N} {n} zijn {p} {v}.", "Inmiddels zijn {N} {n} {v}.",
    "Er zijn {p} {N} {n} {v}, de taakstelling was {M}.",
    "Op dit moment verblijven er {N} {n} in Ter Apel.", "Het COA meldt dat {N} {n} zijn {v}.",
    "Van de {M} {n} zijn er {N} {v}.", "De kale taakstelling van {N} is behaald.",
]  # fmt: skip
PLAN_STATEMENTS = [
    "Dit jaar moeten nog circa {N} {n} worden {v}.", "De taakstelling is vastgesteld op {N}.",
    "De inzet is om per week {N} extra {n} te realiseren.",
    "Naar verwachting komen er {N} {n} bij.", "Er zijn {N} {n} nodig.",
    "De komende periode zullen {N} {n} uitstromen.",
    "Daarmee zouden {N} {n} kunnen ontstaan.", "Het streven is {N} {n} per maand.",
    "De {n} zijn {p} {v}.", "1. De {n} moeten nog worden {v}.", "2) {n} die nog {v} worden.",
]  # fmt: skip


def _number(rng: random.Random) -> str:
    """A count as the minutes write it: "500", "7.500", "13.000"."""
    n = rng.choice([rng.randint(2, 999), rng.randint(1, 60) * 500])
    return f"{n:,}".replace(",", ".")


def _questions(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for lang, templates, kind in (
        ("nl", DONE_NL, "done"), ("en", DONE_EN, "done"),
        ("nl", PLAN_NL, "count"), ("en", PLAN_EN, "count"),
    ):  # fmt: skip
        for template in templates:
            for _ in range(8):
                (nl, en), (v, ve, b) = rng.choice(NOUNS), rng.choice(VERBS)
                pnl, pen = rng.choice(PERIODS)
                noun, verb, period = (nl, v, pnl) if lang == "nl" else (en, ve, pen)
                text = " ".join(template.format(n=noun, v=verb, b=b, p=period).split())
                text = text.replace(" ?", "?")
                written = "" if kind == "count" else (b if "{b}" in template else verb)
                rows.append({"text": text, "lang": lang, "kind": kind, "verb": written})
    return rows


def _statements(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for templates, done in ((DONE_STATEMENTS, True), (PLAN_STATEMENTS, False)):
        for template in templates:
            for _ in range(8):
                (nl, _en), (v, _ve, _b) = rng.choice(NOUNS), rng.choice(VERBS)
                period = rng.choice(PERIODS)[0]
                text = template.format(n=nl, v=v, p=period, N=_number(rng), M=_number(rng))
                rows.append({"text": " ".join(text.split()), "done": done})
    return rows


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    rng = random.Random(28)
    questions, statements = _questions(rng), _statements(rng)
    main_failing = sum(q["kind"] == "done" for q in questions) + sum(
        not s["done"] and bool(amount_spans(str(s["text"]))) for s in statements
    )
    lines = [
        "# Written by eval/make_count_realised.py (rules in its docstring); do not edit.",
        f"# {len(questions)} questions, {len(statements)} statements; main's reading (no rule)"
        f" fails {main_failing}.",
        "",
    ]
    for q in questions:
        lines += ["[[question]]", *(f"{k} = {_toml(v)}" for k, v in q.items()), ""]
    for s in statements:
        lines += ["[[statement]]", *(f"{k} = {_toml(v)}" for k, v in s.items()), ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(questions)} questions, {len(statements)} statements")
    print(f"main's reading fails {main_failing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
