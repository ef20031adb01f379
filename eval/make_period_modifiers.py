"""Write tests/data/period_modifiers.toml: questions with a period that names WHICH thing the
topic is ("de taakstelling 2024", "the 2025 package", "het budget voor 2025") or that scopes the
meetings ("in 2025", "in maart 2025", "tijdens 2023", "in de vergadering van 2025"), and what each
must read (tests/unit/search/test_period_modifiers.py; rule ``period_modifier_read``, issue 16
task G of session 27).

    python eval/make_period_modifiers.py

Each row: ``lang``, ``question``, ``phrase`` (the period as written, with its noun for a topic
period), ``role`` ("topic" or "meeting") and the reading: ``topic_period`` (the first and last
day of the topic's period; ``[]`` for a meeting row) and ``meetings`` (the days of the bundled
corpus the meeting period selects; ``unscoped = true``: no meeting period, every meeting may
answer; ``none = true``: a meeting period without a meeting).

Decided by meaning:
- A topic period modifies a noun: after it ("de taakstelling 2024", "de jaarafspraken 2023-II"),
  after it and "voor"/"van"/"for"/"of" ("het budget voor 2025", "the target for the first half
  of 2024", "de plannen voor maart 2025"), between a determiner and the noun ("the 2025
  package", "the 2022-II target", "the Q3 2023 figures"), in a compound ("het 2023-besluit")
  or a possessive ("2025's target"); a quarter, a half or a season in words only after a link
  or a determiner (right after a word it may be the period of a name: "Wat vond de VNG najaar
  2023 van de brief?"), a month only after "voor"/"for" ("de plannen voor maart 2025"). It
  never scopes the meetings: no meeting period, and no "no meeting" when it holds none.
- A month after "van"/"of" or before the noun dates the thing by the meeting of that month ("de
  brief van november 2023", "the March 2025 letter"): the meetings' period, as before.
- A meeting period is after "in"/"during"/"tijdens"/"gedurende" ("in 2025", "in maart 2025",
  "during the first half of 2023"), or a meeting noun's ("in de vergadering van 2025", "at the
  2023 meetings"), also after the noun it follows ("about the package in 2025": "in" keeps it
  the meetings'). Beside a meeting period a topic period stays the topic's ("Wat zei de VNG in
  maart 2025 over de taakstelling van 2023?").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "period_modifiers.toml"
DAYS = ["2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19"]

NOUNS_NL = [("de", "taakstelling"), ("het", "budget"), ("de", "begroting"), ("de", "jaarafspraken"),
            ("het", "pakket"), ("het", "besluit"), ("het", "capaciteitsbesluit"), ("de", "plannen"),
            ("het", "wetsvoorstel"), ("de", "uitvoeringsagenda"), ("de", "opgave"),
            ("de", "afspraken")]  # fmt: skip
NOUNS_EN = ["target", "budget", "package", "agreement", "decision", "capacity decision", "plans",
            "bill", "housing target", "annual agreements", "funding", "letter"]  # fmt: skip
# (period as written, first day, last day): a year, a half as the minutes write it, a quarter.
CODES = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31"),
         ("2023", "2023-01-01", "2023-12-31"), ("2023-II", "2023-07-01", "2023-12-31"),
         ("2022-II", "2022-07-01", "2022-12-31"), ("2025-I", "2025-01-01", "2025-06-30"),
         ("Q3 2023", "2023-07-01", "2023-09-30")]  # fmt: skip
# ... in words, after "voor"/"van"/"for"/"of" only.
WORDS_NL = [
    ("de tweede helft van 2025", "2025-07-01", "2025-12-31"),
    ("de eerste helft van 2024", "2024-01-01", "2024-06-30"),
    ("het eerste kwartaal van 2025", "2025-01-01", "2025-03-31"),
    ("maart 2025", "2025-03-01", "2025-03-31"),
    ("juni 2024", "2024-06-01", "2024-06-30"),
]
WORDS_EN = [
    ("the second half of 2025", "2025-07-01", "2025-12-31"),
    ("the first half of 2024", "2024-01-01", "2024-06-30"),
    ("the first quarter of 2025", "2025-01-01", "2025-03-31"),
    ("March 2025", "2025-03-01", "2025-03-31"),
    ("June 2024", "2024-06-01", "2024-06-30"),
]
CARRY_NL = [
    "Wat zei de VNG over {np}?",
    "Wat is er afgesproken over {np}?",
    "Welke zorgen uitte het IPO over {np}?",
    "Wat meldde het COA over {np}?",
]
CARRY_EN = [
    "What did the VNG say about {np}?",
    "What was agreed about {np}?",
    "Did the IPO mention the supervision when discussing {np}?",
    "What concerns did the COA raise about {np}?",
]
# (meeting phrase, the corpus days it selects; [] = none)
MEET_NL = [
    ("in 2025", ["2025-03-19"]),
    ("in maart 2025", ["2025-03-19"]),
    ("tijdens 2023", DAYS[1:4]),
    ("in de vergadering van 2025", ["2025-03-19"]),
    ("in 2024", []),
    ("gedurende de tweede helft van 2023", DAYS[2:4]),
]
MEET_EN = [
    ("in 2025", ["2025-03-19"]),
    ("in March 2025", ["2025-03-19"]),
    ("during 2023", DAYS[1:4]),
    ("at the meeting of 2025", ["2025-03-19"]),
    ("in 2024", []),
    ("during the second half of 2023", DAYS[2:4]),
]
SAID_NL = ["Wat zei de VNG {m} over {art} {noun}?", "Wat zei de VNG over {art} {noun} {m}?"]
SAID_EN = [
    "What did the VNG say {m} about the {noun}?",
    "What did the VNG say about the {noun} {m}?",
]


def _forms(lang: str, art: str, noun: str) -> list[tuple[str, bool]]:
    """The noun phrases of a period ``{p}`` and whether a period in words may stand there."""
    if lang == "nl":
        one = noun.split()[-1]
        return [(f"{art} {noun} {{p}}", False), (f"{art} {noun} voor {{p}}", True),
                (f"{art} {noun} van {{p}}", True), (f"het {{p}}-{one}", False)]  # fmt: skip
    return [(f"the {{p}} {noun}", False), (f"the {noun} for {{p}}", True),
            (f"the {noun} of {{p}}", True), (f"{{p}}'s {noun}", False)]  # fmt: skip


def topic_rows() -> list[dict[str, object]]:
    """Every noun with every form and period (the carriers in turn): the topic's period."""
    rows: list[dict[str, object]] = []
    n = 0
    for lang, nouns, words, carry in (("nl", NOUNS_NL, WORDS_NL, CARRY_NL),
                                      ("en", NOUNS_EN, WORDS_EN, CARRY_EN)):  # fmt: skip
        for noun in nouns:
            art, word = noun if isinstance(noun, tuple) else ("the", noun)
            for form, wide in _forms(lang, art, word):
                for p, first, last in CODES + (words if wide else []):
                    month = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days < 32
                    if month and not (" voor " in form or " for " in form):
                        continue  # "de brief van maart 2025": dated (dated_rows)
                    direct = form.endswith(" {p}") and not wide  # "de taakstelling {p}"
                    if (" " in p and ("{p}-" in form or direct)) or (
                        "{p}'s" in form and not p.isdigit()
                    ):
                        continue  # "het Q3 2023-besluit", "de taakstelling Q3 2023": a name's
                        # period ("Wat vond de VNG najaar 2023"); "the 2023-II's target"
                    np = form.format(p=p)
                    rows.append({"lang": lang, "question": carry[n % len(carry)].format(np=np),
                                 "phrase": np, "role": "topic", "topic_period": [first, last],
                                 "unscoped": True})  # fmt: skip
                    n += 1
    return rows


def dated_rows() -> list[dict[str, object]]:
    """A month after "van"/"of" or before the noun dates the thing by its meeting's month: the
    meetings' period (the corpus meets in March 2025)."""
    rows: list[dict[str, object]] = []
    for lang, nouns, carry in (("nl", NOUNS_NL, CARRY_NL), ("en", NOUNS_EN, CARRY_EN)):
        for i, noun in enumerate(nouns):
            art, word = noun if isinstance(noun, tuple) else ("the", noun)
            forms = ([f"{art} {word} van maart 2025"] if lang == "nl"
                     else [f"the {word} of March 2025", f"the March 2025 {word}"])  # fmt: skip
            for j, np in enumerate(forms):
                q = carry[(i + j) % len(carry)].format(np=np)
                rows.append({"lang": lang, "question": q, "phrase": np, "role": "meeting",
                             "topic_period": [], "meetings": ["2025-03-19"]})  # fmt: skip
    return rows


def meeting_rows() -> list[dict[str, object]]:
    """A meeting period before or after the noun (no topic period), and one beside a topic
    period (both read)."""
    rows: list[dict[str, object]] = []
    for lang, nouns, meets, said in (("nl", NOUNS_NL, MEET_NL, SAID_NL),
                                     ("en", NOUNS_EN, MEET_EN, SAID_EN)):  # fmt: skip
        for i, noun in enumerate(nouns):
            art, word = noun if isinstance(noun, tuple) else ("the", noun)
            for j, (m, days) in enumerate(meets):
                q = said[(i + j) % 2].format(m=m, art=art, noun=word)
                seen = {"meetings": days} if days else {"none": True}
                rows.append({"lang": lang, "question": q, "phrase": m, "role": "meeting",
                             "topic_period": [], **seen})  # fmt: skip
    both = [
        ("nl", "Wat zei de VNG in maart 2025 over de taakstelling van 2023?", "2023"),
        ("nl", "Wat meldde het IPO tijdens 2023 over het budget voor 2025?", "2025"),
        ("en", "What did the VNG say in March 2025 about the 2023 target?", "2023"),
        ("en", "What did the IPO report during 2023 about the package for 2025?", "2025"),
    ]
    for lang, q, year in both:
        days = ["2025-03-19"] if "2025" in q.split(" over ")[0].split(" about ")[0] else DAYS[1:4]
        rows.append(
            {
                "lang": lang,
                "question": q,
                "phrase": year,
                "role": "topic",
                "topic_period": [f"{year}-01-01", f"{year}-12-31"],
                "meetings": days,
            }
        )
    return rows


def main() -> int:
    """Write the table."""
    head = ("# Generated by eval/make_period_modifiers.py (do not edit): questions with a period "
            "that names\n# which thing the topic is, or that scopes the meetings, and what each "
            "must read\n# (tests/unit/search/test_period_modifiers.py).\n\n")  # fmt: skip
    rows = topic_rows() + dated_rows() + meeting_rows()
    assert all(dt.date.fromisoformat(str(d)) for r in rows for d in r["topic_period"])  # type: ignore[attr-defined]
    write_rows(OUT, head, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
