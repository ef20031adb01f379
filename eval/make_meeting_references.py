"""Write tests/data/meeting_references.toml: the table of references to a meeting that are no
plain date (issue 16, task G of session 25) with the meetings of the bundled corpus each must
select, every form in every carrier sentence of its language.

    python eval/make_meeting_references.py

A form names a meeting by its order ("de laatste vergadering", "the second meeting in 2023"),
by a month or season without or with its year ("the June meeting", "de najaarsvergadering van
2023"), by a day ("het LRT-overleg van 19 maart"), from a meeting on ("sinds de vorige
vergadering", "after the first meeting"), or several ("in beide vergaderingen van november
2023"). A row's ``meetings`` are the ISO days of the corpus' meetings (2022-07-08, 2023-04-06,
2023-11-03, 2023-11-10, 2025-03-19) in the period read, which must scope the meetings, not the
topic; ``none = true``: a period that holds no meeting (the question abstains with reason
no_meeting); ``read = false``: no period at all. Decided (docs/settings.md
meeting_references_read): "the previous meeting" / "de vorige vergadering" is the last meeting
of the minutes (the last one held before the question is asked); a period relative to now
("vorige maand", "last year"), "last time" / "vorige keer" (intent latest: the most recent word
on the topic), a yearless month or season that more than one year's meetings fall in ("the
spring meeting": 2023 and 2025), "all meetings", a meeting named by its topic ("the meeting
where the dispersal act was discussed": the topic finds it) and "the meeting before that" (no
meeting named before it), a yearless month or season that holds no meeting in any year (the
minutes speak of meetings the corpus lacks: "the minutes of the December meeting") read no
period; "after"/"na" a meeting is that meeting (what it planned for after it: "after the
meeting of 10 November 2023"), as the other readers read it. Not a row: "the second
November 2023 meeting" (rule date_words_read reads "the second November 2023" as a day first,
as it must for "the third November 2023 meeting"); "session"/"sessie" is no
meeting noun (the minutes write of other sessions: "de laatste sessie over
handelingsperspectieven bij het IBT").
"""

from __future__ import annotations

from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "meeting_references.toml"
M1, M2, M3, M4, M5 = "2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19"
NONE: tuple[str, ...] = ("none",)
UNREAD: tuple[str, ...] = ()
# form -> the meetings it selects (NONE: a period without a meeting; UNREAD: no period)
FORMS_NL: dict[str, tuple[str, ...]] = {
    "in de laatste vergadering": (M5,), "in de meest recente vergadering": (M5,),
    "in de vorige vergadering": (M5,), "bij het vorige overleg": (M5,),
    "in de laatste LRT": (M5,), "tijdens de recentste bijeenkomst": (M5,),
    "in de eerste vergadering": (M1,), "in de tweede bijeenkomst": (M2,),
    "in de voorlaatste vergadering": (M4,), "in de eerste bijeenkomst van 2025": (M5,),
    "in de eerste vergadering van 2023": (M2,), "in de tweede vergadering in 2023": (M3,),
    "in de laatste vergadering van 2023": (M4,), "in de tweede vergadering van 2024": NONE,
    "in de eerste vergadering van 2024": NONE, "in de vierde vergadering van 2023": NONE,
    "in de laatste vergadering van november 2023": (M4,),
    "in de eerste vergadering van november 2023": (M3,),
    "in de vergadering na die van 6 april 2023": (M3,), "in de tweede novembervergadering": (M4,),
    "in de tweede vergadering van het najaar van 2023": (M4,),
    "in de vergadering vóór de laatste": (M4,),
    "in de vergadering van maart": (M5,), "in de maartvergadering": (M5,),
    "in de vergadering van april": (M2,), "in de julivergadering": (M1,),
    "in de vergadering van juni": UNREAD, "in de novembervergaderingen": (M3, M4),
    "in het LRT-overleg van 19 maart": (M5,), "toen in het LRT-overleg van 19 maart": (M5,),
    "in de vergadering van 6 april": (M2,), "in de vergadering van maart 2025": (M5,),
    "in de vergadering van juni 2024": NONE, "in de vergadering van 2024": NONE,
    "in de vergadering van 3 mei 2024": NONE, "in de vergadering van 10 november 2023": (M4,),
    "in de najaarsvergadering": (M3, M4), "in de zomervergadering": (M1,),
    "in de najaarsvergadering van 2023": (M3, M4), "in de voorjaarsvergadering van 2025": (M5,),
    "in de voorjaarsvergadering van 2023": (M2,), "in de voorjaarsvergadering": UNREAD,
    "in de wintervergadering": UNREAD, "in de najaarsvergadering van 2024": NONE,
    "sinds de vorige vergadering": (M5,), "sinds de vergadering van april 2023": (M2, M3, M4, M5),
    "sinds de maartvergadering": (M5,), "na de eerste vergadering": (M1,),
    "sinds de tweede vergadering": (M2, M3, M4, M5),
    "in beide vergaderingen van november 2023": (M3, M4),
    "in beide vergaderingen van 2025": (M5,), "in alle vergaderingen": UNREAD,
    "in alle vergaderingen van 2023": (M2, M3, M4),
    "in de vergadering waarin de spreidingswet werd besproken": UNREAD,
    "vorige maand": UNREAD, "vorig jaar": UNREAD, "vorige keer": UNREAD,
    "de laatste keer": UNREAD, "tussen de zomer en de kerst": UNREAD,
    "in de vergadering daarvoor": UNREAD,
}  # fmt: skip
FORMS_EN: dict[str, tuple[str, ...]] = {
    "in the last meeting": (M5,), "at the most recent meeting": (M5,),
    "at the previous meeting": (M5,), "at the latest LRT": (M5,),
    "in the first meeting": (M1,), "at the second meeting": (M2,),
    "at the penultimate meeting": (M4,), "at the first meeting of 2025": (M5,),
    "at the first meeting in 2023": (M2,), "in the second meeting in 2023": (M3,),
    "at the last meeting of 2023": (M4,), "in the second meeting in 2024": NONE,
    "at the first meeting of 2024": NONE, "at the fourth meeting of 2023": NONE,
    "at the last meeting in November 2023": (M4,),
    "at the meeting after the one of 6 April 2023": (M3,),
    "at the first 2025 meeting": (M5,),
    "at the last 2023 meeting": (M4,), "at the third 2024 meeting": NONE,
    "at the meeting before the last one": (M4,),
    "in the March meeting": (M5,), "at the April meeting": (M2,), "at the July meeting": (M1,),
    "at the June meeting": UNREAD, "at the November meetings": (M3, M4),
    "at the meeting in March": (M5,), "at the LRT meeting of 19 March": (M5,),
    "at the meeting of 6 April": (M2,), "at the March 2025 meeting": (M5,),
    "at the meeting of June 2024": NONE, "at the 2024 meeting": NONE,
    "at the meeting of 3 May 2024": NONE, "at the meeting of 10 November 2023": (M4,),
    "at the autumn meeting": (M3, M4), "at the summer meeting": (M1,),
    "in the autumn 2023 session": (M3, M4), "at the spring 2025 meeting": (M5,),
    "at the spring meeting of 2023": (M2,), "at the spring meeting": UNREAD,
    "at the winter meeting": UNREAD, "at the autumn 2024 meeting": NONE,
    "since the previous meeting": (M5,), "since the March meeting": (M5,),
    "since the meeting of April 2023": (M2, M3, M4, M5),
    "after the first meeting": (M1,), "since the second meeting": (M2, M3, M4, M5),
    "in both meetings of November 2023": (M3, M4), "in both meetings of 2025": (M5,),
    "in all meetings": UNREAD, "in all meetings of 2023": (M2, M3, M4),
    "at the meeting where the dispersal act was discussed": UNREAD,
    "last month": UNREAD, "last year": UNREAD, "last time": UNREAD,
    "between the summer and Christmas": UNREAD, "at the meeting before that": UNREAD,
}  # fmt: skip
# Carrier sentences: formal, with a meeting word, informal, search box, spoken.
CARRIERS = {
    "nl": ["Wat zei de VNG {ref} over {topic}?", "Wat is er {ref} besproken over {topic}?",
           "wat werd er {ref} gezegd over {topic}", "{topic} {ref}",
           "eh wat zeiden ze nou {ref} over {topic}"],
    "en": ["What did the VNG say {ref} about {topic}?", "What was discussed {ref} about {topic}?",
           "what did they say {ref} on {topic}", "{topic} {ref}",
           "so um what did they say {ref} about {topic}"],
}  # fmt: skip
# Topics: nouns of the minutes.
TOPICS = {
    "nl": ["de opvang", "statushouders", "de spreidingswet", "Oekraïense ontheemden"],
    "en": ["reception", "status holders", "the dispersal act", "Ukrainian displaced persons"],
}


def rows() -> list[dict[str, object]]:
    """Every form in every carrier of its language (the topics taken in turn)."""
    out: list[dict[str, object]] = []
    for lang, forms in (("nl", FORMS_NL), ("en", FORMS_EN)):
        for i, (form, read) in enumerate(forms.items()):
            for j, carrier in enumerate(CARRIERS[lang]):
                topic = TOPICS[lang][(i + j) % len(TOPICS[lang])]
                question = carrier.format(ref=form, topic=topic)
                row: dict[str, object] = {"lang": lang, "form": form, "question": question}
                if read == NONE:
                    row["none"] = True
                elif not read:
                    row["read"] = False
                else:
                    row["meetings"] = list(read)
                out.append(row)
    return out


def main() -> int:
    head = (
        "# Generated by eval/make_meeting_references.py (do not edit): references to a meeting\n"
        "# that are no plain date and the meetings of the bundled corpus each selects\n"
        "# (tests/unit/search/test_meeting_references.py).\n\n"
    )
    write_rows(OUT, head, unique_rows(rows(), ("lang", "question")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
