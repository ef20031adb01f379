"""Write tests/data/date_roles.toml: questions with a date of the MEETING and a date of the
CONTENT, or one date whose role its lead word decides (issue 16, task A2 of session 26), and
what each must read (tests/unit/search/test_date_roles.py; rule ``date_roles_read``).

    python eval/make_date_roles.py

Each row: ``question``, ``frame`` (the meeting phrase and the content phrase, as written), and
the reading: ``meetings`` (the days of the bundled corpus the meeting period selects; with
``none = true`` the period selects none: no_meeting), or ``unscoped = true`` (no period of the
meetings: every meeting may answer); ``topic`` (the terms a quote must hold, ``[]`` for none).

Decided by meaning:
- Two dates: the one after a speech verb or a meeting noun ("meldde in april 2023", "said in
  March 2025", "op de vergadering van 10 november 2023") scopes the meetings; the one after a
  lead word of a content date ("per 1 januari 2024", "vanaf 2025", "tot de zomer", "voor 1
  juli", "na 1 januari 2024", "for the second half of 2025") or a dated noun of the content ("de
  taakstelling 2024-I", "the 2025 package", "the letter of 10 November") is the content's and
  does not touch the meeting period. A meeting period that holds no meeting stays one (no
  meeting: the content date does not rescue it). Beside a meeting period the content date
  requires nothing of the quote (``topic = []``): the meeting already narrows, and the minutes
  write such dates in many forms ("per 1-1", "begin volgend jaar").
- One date after a lead word of a deadline or a starting day ("per", "met ingang van",
  "uiterlijk", "as of", "with effect from") with its day in a question without a word of speech
  or of the meetings ("Wat moest er per 1 januari 2024 geregeld zijn?") is the content's: no
  meeting period; a quote must hold its year. One date after a speech verb ("Wat zei de VNG in
  april 2023?") scopes the meetings; "the second half of 2025" of a question without speech is
  the topic's (``2025-ii``, the existing rule).
- Left to the other readers, the meetings': "by" (a deadline, "ready by 1 July 2024", or the
  state at a meeting, "taken up by 3 November 2023", "housed by November 2023"), English "from"
  (it links a noun to its date: "the complaint from 2023"), a lead word after a meeting noun
  ("de eerste vergadering na 10 november 2023": a reference) or after a date (a range); a date
  joined to a content date by "respectievelijk"/"en"/"and" is the content's too.
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_roles.toml"

# (meeting phrase, the corpus days it selects; [] = none)
MEETING_NL = [("in april 2023", ["2023-04-06"]), ("in maart 2025", ["2025-03-19"]),
              ("op de vergadering van 10 november 2023", ["2023-11-10"]),
              ("in november 2023", ["2023-11-03", "2023-11-10"]), ("in juli 2022", ["2022-07-08"]),
              ("in mei 2024", [])]  # fmt: skip
MEETING_EN = [("in April 2023", ["2023-04-06"]), ("in March 2025", ["2025-03-19"]),
              ("at the meeting of 10 November 2023", ["2023-11-10"]),
              ("in November 2023", ["2023-11-03", "2023-11-10"]), ("in July 2022", ["2022-07-08"]),
              ("in May 2024", [])]  # fmt: skip
CONTENT_NL = ["per 1 januari 2024", "vanaf 2025", "tot de zomer", "voor 1 juli",
              "voor 1 juli 2024", "met ingang van 1 januari 2024", "uiterlijk 1 juli 2024",
              "tot 2026", "voor de tweede helft van 2025", "in de taakstelling 2024-I",
              "in de brief van 10 november", "vanaf 1 maart 2024", "na 1 januari 2024"]  # fmt: skip
CONTENT_EN = ["as of 1 January 2024", "for the second half of 2025",
              "until the summer", "before 1 July", "in the 2025 package",
              "in the letter of 10 November", "until 2026", "with effect from 1 January 2024",
              "after 1 January 2024"]  # fmt: skip
SPEAKERS_NL = ["de VNG", "het IPO", "het COA"]
SPEAKERS_EN = ["the VNG", "the IPO", "the COA"]
TOPIC_NL = ["de opvang van Oekraïners", "de huisvesting van statushouders"]
TOPIC_EN = ["the reception of Ukrainians", "housing status holders"]
TWO_NL = ["Wat meldde {who} {m} over {topic} {c}?",
          "Wie meldde {m} dat {topic} {c} zou stoppen?",
          "Zei {who} {m} iets over {topic} {c}?"]  # fmt: skip
TWO_EN = ["What did {who} say {m} about {topic} {c}?",
          "Who reported {m} that {topic} would stop {c}?",
          "Did {who} say anything {m} about {topic} {c}?"]  # fmt: skip
# One date after a deadline's or a starting day's lead word, no speech: the content's.
ONE_NL = [
    ("Wat moest er per 1 januari 2024 geregeld zijn voor {topic}?", "per 1 januari 2024"),
    (
        "Wat verandert er met ingang van 1 januari 2024 voor {topic}?",
        "met ingang van 1 januari 2024",
    ),
    ("Wat moet er uiterlijk 1 juli 2024 klaar zijn voor {topic}?", "uiterlijk 1 juli 2024"),
    ("Welke regeling geldt per 1 maart 2024 voor {topic}?", "per 1 maart 2024"),
]
ONE_EN = [
    ("What had to be arranged for {topic} as of 1 January 2024?", "as of 1 January 2024"),
    (
        "What changes for {topic} with effect from 1 January 2024?",
        "with effect from 1 January 2024",
    ),
    ("Which scheme applies to {topic} as of 1 March 2024?", "as of 1 March 2024"),
]
# One date after a speech verb: the meetings'.
SAID_NL = ["Wat zei {who} {m} over {topic}?", "Wat meldde {who} {m} over {topic}?"]
SAID_EN = ["What did {who} say {m} about {topic}?", "What did {who} report {m} on {topic}?"]


# Lead words that stay the meetings': a reference ("de eerste LRT na 10 november 2023"), a date
# joined to a content date ("na 1 juli 2023 respectievelijk 1 januari 2024"), "by" a month (the
# state at a meeting).
KEPT = [
    ("nl", "Wat werd er besproken in de eerste vergadering na 10 november 2023?", ["2025-03-19"]),
    ("en", "What was discussed at the first meeting after 6 April 2023?", ["2023-11-03"]),
    (
        "nl",
        "Wat zei de VNG in april 2023 over het KCIO na 1 juli 2023 respectievelijk 1 januari 2024?",
        ["2023-04-06"],
    ),
    (
        "en",
        "What did the IPO say in April 2023 about the regions after 1 July 2023 and 1 January "
        "2024?",
        ["2023-04-06"],
    ),
    (
        "en",
        "How many status holders had been housed by November 2023?",
        ["2023-11-03", "2023-11-10"],
    ),
    ("en", "Which agreements had been taken up by 10 November 2023?", ["2023-11-10"]),
]


def _meeting(days: list[str]) -> dict[str, object]:
    return {"meetings": days} if days else {"none": True}


def two_date_rows() -> list[dict[str, object]]:
    """A meeting date after a speech verb beside a content date, every frame and phrase."""
    rows: list[dict[str, object]] = []
    for lang, frames, meetings, contents, who, topics in (
        ("nl", TWO_NL, MEETING_NL, CONTENT_NL, SPEAKERS_NL, TOPIC_NL),
        ("en", TWO_EN, MEETING_EN, CONTENT_EN, SPEAKERS_EN, TOPIC_EN),
    ):
        for i, frame in enumerate(frames):
            for j, (m, days) in enumerate(meetings):
                for k, c in enumerate(contents):
                    q = frame.format(who=who[(j + k) % 3], m=m, topic=topics[(i + k) % 2], c=c)
                    rows.append({"lang": lang, "question": q, "meeting_phrase": m,
                                 "content_phrase": c, **_meeting(days), "topic": []})  # fmt: skip
    return rows


def one_date_rows() -> list[dict[str, object]]:
    """One date: a deadline's or a starting day's (the content's), or a speech verb's."""
    rows: list[dict[str, object]] = []
    for lang, ones, topics in (("nl", ONE_NL, TOPIC_NL), ("en", ONE_EN, TOPIC_EN)):
        for frame, c in ones:
            for topic in topics:
                rows.append({"lang": lang, "question": frame.format(topic=topic),
                             "content_phrase": c, "unscoped": True,
                             "topic": [c.split()[-1]]})  # fmt: skip
    for lang, said, meetings, who, topics in (
        ("nl", SAID_NL, MEETING_NL, SPEAKERS_NL, TOPIC_NL),
        ("en", SAID_EN, MEETING_EN, SPEAKERS_EN, TOPIC_EN),
    ):
        for i, frame in enumerate(said):
            for j, (m, days) in enumerate(meetings):
                q = frame.format(who=who[j % 3], m=m, topic=topics[i % 2])
                rows.append({"lang": lang, "question": q, "meeting_phrase": m,
                             **_meeting(days), "topic": []})  # fmt: skip
    for lang, q, days in KEPT:
        rows.append({"lang": lang, "question": q, "meetings": days, "topic": []})
    for q in ("Hoeveel statushouders moeten in de tweede helft van 2025 gehuisvest worden?",
              "How many status holders must be housed in the second half of 2025?"):  # fmt: skip
        rows.append({"lang": "en" if q.startswith("How") else "nl", "question": q,
                     "content_phrase": "de tweede helft van 2025", "unscoped": True,
                     "topic": ["2025-ii"]})  # fmt: skip
    return rows


HEAD = (
    "# Generated by eval/make_date_roles.py (do not edit): questions with a date of the\n"
    "# meeting and a date of the content, or one date whose lead word decides its role, and\n"
    "# what each must read (tests/unit/search/test_date_roles.py).\n\n"
)


def main() -> None:
    """Write the table."""
    write_rows(OUT, HEAD, two_date_rows() + one_date_rows())


if __name__ == "__main__":
    main()
