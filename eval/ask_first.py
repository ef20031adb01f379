"""CPU time of the FIRST ``ask`` on a freshly loaded engine, as the CLI asks (one question per
process: every cache filled on a first question is paid on every question), on a synthetic
index, one question of each kind of check that reads the whole corpus (issue 16 item 7;
session 22: a group noun as the speaker, rule group_speaker_subject; an acronym compound the
minutes may not write, rule acronym_compound_apart).

    python eval/ask_first.py --keep DIR [--size 100000] [--detail FILE]

The synthetic index is written into ``DIR`` once (:func:`ask_cost._synthetic`, as
``eval/bench.py`` makes them) and reused; the model is loaded once and shared. Prints, per
question, the CPU seconds of its first ask under cProfile and the reason; ``--detail`` appends
each profile's 25 costliest functions (cumulative) to ``FILE``. ``--kinds a,b`` asks only
those kinds; ``--warm`` also asks each question a second time on the same engine (CPU without
cProfile) and prints the distinct chunks the first ask decoded; ``--profile RE`` prints the calls
and cumulative CPU of the first ask's functions whose name matches ``RE``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import sys
import time
from pathlib import Path

from ask_cost import _synthetic  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.evaluation import engine_for
from lrt_search.service import Engine

#: (the check it reaches, the question)
QUESTIONS = (
    (
        "name_not_quoted",
        "What did the VNG say about the Dispersal Act and the housing target in 2025?",
    ),
    ("typed_spelling", "What did COA say about capacity in Ter Appel?"),
    ("person_present", "Wat zei het COA op 9 juli over de opvang?"),
    ("meeting_order", "Wat werd besproken in de tweede vergadering?"),
    ("yearless", "Wat zei de VNG rond kerst over huisvesting?"),
    ("plain", "wat zei het IPO over indeplaatsstelling"),
    ("attendance", "Wie waren aanwezig bij de vergadering van 6 april 2023?"),
    ("topic_absent", "What did the LRT decide about nuclear power plants?"),
    ("group_speaker", "Wat zeggen de gemeenten over de huisvesting van statushouders?"),
    ("compound_name", "Hoeveel DSL-plekken zouden er kunnen ontstaan voor statushouders?"),
    # session 23's rules that read the index on a question's path (task A3)
    ("meeting_not_held", "What was decided at the small LRT about the reception of refugees?"),
    ("meeting_header", "Wat werd er in de kleine LRT besloten over de opvang?"),
    ("event_date", "What is planned ahead of the cabinet meeting of 21 April 2023?"),
    (
        "neighbours",
        "Wat bood de staatssecretaris de leden aan na de klachten over de late aanlevering?",
    ),
    ("person_period", "Wat zei mevrouw Spies in maart 2025 over flexwoningen?"),
    ("person_name", "Noem de namen van de rijksambtenaren die aansluiten bij de PRT's."),
    ("length_stated", "Hoe lang duurt de consultatie van de AMvB voor de Spreidingswet?"),
    ("amount_noun", "Hoeveel geld krijgen gemeenten voor de inburgering van statushouders?"),
    ("actor_not_speaker", "Tot wanneer konden gemeenten nog reageren op de conceptbrieven?"),
    ("office_period", "What did the housing minister say in November 2023 about flexwoningen?"),
    ("spoken_abbreviation", "Wat zei de ko a over de opvang in Ter Apel?"),
    ("period_phrase", "Wat zei de VNG in de tweede helft van 2023 over huisvesting?"),
    # session 24's rules (task G3)
    ("quantity_modifier", "Hoeveel minderjarige asielzoekers verblijven er in Ter Apel?"),
    ("date_words", "Wat zei Aedes op acht juli twintig tweeëntwintig over flexwoningen?"),
    ("claim_unrecorded", "Heeft de LRT besloten het toezicht te versterken?"),
    ("claim_early", "Did the LRT agree to withdraw the Spreidingswet?"),
    ("record_other_topic", "Wat is er besloten over de vergaderplaats?"),
    ("silent_body", "wat zei de gemeente amsterdam eh over de opvang"),
    ("silent_body_kamer", "Wat zei de Tweede Kamer zelf over de spreidingswet?"),
    ("stance_frame", "Welke bezwaren had Defensie tegen de noodopvang?"),
    ("spoken_fillers", "eh hoeveel statushouders moeten gemeenten eh huisvesten?"),
    ("lemma_translation", "What did Aedes say about longer waits for regular house-seekers?"),
    ("unnamed_agent", "Wie stemde in met de taakstelling?"),
    # session 25's rules (task H2): meeting_references_read reads the meeting days
    ("reference_season", "Wat werd er in de zomervergadering gezegd over de situatie in Ter Apel?"),
    (
        "reference_previous",
        "What did the COA say about the situation in Ter Apel at the previous meeting?",
    ),
    (
        "reference_ordinal",
        "What did the minister explain about withdrawing the dispersal act"
        " at the first meeting of 2025?",
    ),
    ("reference_since", "Wat zei de VNG sinds de vorige vergadering over de opvang?"),
    ("reference_month", "Wat zei de VNG in de vergadering van april over Oekraïense ontheemden?"),
    # yearless_event_day / stranded_event_noun: a BM25 search of the day (year_written)
    ("yearless_event_day", "What is planned ahead of the cabinet meeting of 21 April?"),
    (
        "written_day",
        "Who does the state secretary have an introductory meeting with on 20 November?",
    ),
    (
        "stranded_event_noun",
        "Who was the state secretary going to have an introductory meeting with"
        " on 20 November 2023?",
    ),
    # the number-word reader (lexicon/numbers.py): a number in words
    ("number_words", "Klopt het dat er vijftienduizend extra opvangplekken nodig zijn?"),
)


def _counting(engine: Engine) -> list[int]:
    """The rows ``engine``'s chunk store decodes from now on (its decoder wrapped)."""
    decoded: list[int] = []
    store, real = engine.chunks, engine.chunks._decode  # type: ignore[attr-defined]

    def counting(rows: list[int], keep: bool = True):  # type: ignore[no-untyped-def]
        decoded.extend(rows)
        return real(rows, keep)

    store._decode = counting  # type: ignore[attr-defined]
    return decoded


def _print_matching(profile: cProfile.Profile, pattern: str) -> None:
    """The calls and cumulative CPU of the profiled functions whose name matches ``pattern``."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (file, _, name), (_, calls, _, cumulative, _) in sorted(stats.items()):
        if re.search(pattern, name):
            print(f"    {Path(file).stem}.{name}: {calls} calls, {cumulative:.3f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, required=True, help="the synthetic index's folder")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--detail", type=Path, default=None)
    parser.add_argument("--kinds", default="", help="only these kinds (comma-separated)")
    parser.add_argument("--warm", action="store_true", help="a second ask; chunks decoded")
    parser.add_argument("--profile", default="", help="print these functions' time (a regex)")
    args = parser.parse_args()
    kinds = set(filter(None, args.kinds.split(",")))
    base = engine_for(Settings(), progress=False)
    settings = _synthetic(base, args.size, args.keep).settings
    for kind, question in QUESTIONS:
        if kinds and kind not in kinds:
            continue
        engine = Engine.load(settings=settings, build=False)
        decoded = _counting(engine) if args.warm else None
        engine._embedder = base.embedder  # the same model, already loaded
        profile = cProfile.Profile(time.process_time)  # CPU: the machine is shared
        start = time.process_time()
        profile.enable()
        answer = engine.ask(question)
        profile.disable()
        cpu = time.process_time() - start
        line = f"{kind}: {cpu:.2f} s CPU, reason {answer.reason_code}"
        if decoded is not None:
            start = time.process_time()
            engine.ask(question)
            line += f"; {len(set(decoded))} chunks; warm {time.process_time() - start:.2f} s"
        print(line, flush=True)
        if args.profile:
            _print_matching(profile, args.profile)
        if args.detail:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(25)
            with args.detail.open("a", encoding="utf-8") as f:
                f.write(f"==== {kind}: {question}\n{out.getvalue()}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
