"""The answer figures of `ask` on every answerability set at once: dev, the generated set, the
probes (eval/probes.jsonl), the held-out probes (eval/holdout_probe.jsonl, written by hand to
guard against tuning to the generator's wording), the quote probes (eval/quote_probe.jsonl) and
the paraphrase probes (eval/paraphrase_probe.jsonl: answerable questions in everyday words the
minutes do not use, and unanswerable ones whose topic is an everyday word the minutes lack; written
before the paraphrase rule of issue 16), the blind probes (eval/blind_probe.jsonl: Dutch
questions in a citizen's words, answerable and not, written before the rules of the second round of
issue 16 and measured only before and after them, never used to shape a rule) and the English
probes (eval/english_probe.jsonl: 30 answerable and 30 unanswerable everyday English questions,
ep01-ep30 written before the English topic rule ``english_noun_absent`` of issue 16, ep31-ep50
before the fifth round's speech verbs and rule ``english_untranslated_absent``,
ep61-ep70 why-questions with true and false premises before rule
``premise_english_bridges``) and the second blind
probe (eval/blind2_probe.jsonl: 53 answerable and 18 unanswerable questions, a third English,
written from the minutes for issue 16's fourth round before `ask` was run on any of them) and the
action probes (eval/action_probe.jsonl: "which actions must X carry out / uitvoeren", an
organisation's actions asked with a verb of doing; written before the rule ``action_verbs``) and the
claim/amount probes (eval/claim_amount_probe.jsonl: "who said that <claim>?" and "how much money
...?" questions, 9 answerable and 3 unanswerable, written from the minutes before the rules
``claim_match`` and ``money_word_amount`` of issue 16), the latest-word probes
(eval/latest_probe.jsonl: "what was said last time / onlangs / most recently about X", the
most recent meeting's statement as gold; written with the rule ``latest_meeting_only``) and the
third blind set in two seeded halves (eval/blind3_design.jsonl and eval/blind3_holdout.jsonl: 60
questions each, written from the minutes for issue 16 and committed before `ask` ran on any of
them; the design half may be studied for causes, the holdout half is only measured;
eval/blind3.md) and the fourth blind set in two seeded halves (eval/blind4_design.jsonl and
eval/blind4_holdout.jsonl: 55 questions each, written from the minutes as a journalist, an
English-speaking researcher, a policy adviser and a citizen would type them, committed before
`ask` ran on any of them; eval/blind4.md) and the fifth blind set in two seeded halves
(eval/blind5_design.jsonl and eval/blind5_holdout.jsonl: 55 questions each, written from the
minutes in four styles - search-box keywords, a foreign correspondent's English, comparisons
and change over time, a council member's staff - committed before `ask` ran on any of them;
eval/blind5.md) and the reworded generated set
(eval/generated_reworded.jsonl, `python eval/generate_reworded.py`: a statement's topic noun
asked in another form - inflection, synonym, compound parts, English - in six question forms,
with matched unanswerable controls; see eval/generated_reworded.md) and the meeting probes
(eval/meeting_probe.jsonl: who attended, chaired, was absent or stood in, when and where a
meeting was, which meetings there were; 32 answerable and 10 unanswerable, gold from the
meeting headers, written before the header rules of issue 16 task F) and the reworded set's
Dutch questions in the perfect (eval/perfect_form.jsonl, `python eval/make_perfect_form.py`:
"Heeft VNG X genoemd?", written for rule ``topic_after_perfect``), the attendance probe
(eval/attendance_probe.jsonl, `python eval/make_attendance_probe.py`: "who was there for X" in
six forms for every entry of every attendee list, and for an organisation never listed), the
reworded set's questions naming an organisation in word orders with no verb of speech
(eval/discussion_form.jsonl, `python eval/make_discussion_form.py`: "Is X door VNG besproken?",
"Kwam X ter sprake bij VNG?", "Did VNG discuss X?", written for rule ``discussion_speaks``) and
the reworded set's topics asked with everyday words of speaking and asking
(eval/everyday_speech.jsonl, `python eval/make_everyday_speech.py`: "Is er over X gepraat?",
"Hebben ze het over X gehad?", "Did they talk about X?"), the premise-verb probe
(eval/premise_verb_probe.jsonl: English "why did X <verb> Y" with names besides the verb, 14
false premises and 3 true ones; written for rule ``premise_translations_required``) and the
period probe
(eval/period_probe.jsonl, `python eval/make_period_probe.py`: a meeting's topic asked in a
period written the everyday way - "kerst 2023", "Q3 2023", "op 10 november" - answerable when
the period holds the meeting, unanswerable when it holds none; written for rule
``everyday_periods``) and the everyday-words probe (eval/everyday_words_probe.jsonl: 42 answerable
questions in a citizen's or layperson's words the minutes put otherwise - synonyms, hypernyms,
compound parts, predicates such as "vol", "rustig", "kapot" - and 20 unanswerable twins whose topic
the minutes lack; written for issue 16 task E and committed before `ask` ran on them) and the
quote-choice probe (eval/quote_choice_probe.jsonl: 40 answerable questions each answered by one
statement that shares few words with it, in an item whose other statements share more, and 8
unanswerable ones in the same style; written from the minutes for issue 16 task B before `ask` ran
on any of them) and the asked-form probe (eval/asked_form_probe.jsonl: 9 "when" and 5 "why"
questions answered by a statement holding a time or a reason, and 4 unanswerable ones; written for
rule ``asked_form`` after it was measured on the other sets, committed before `ask` ran on any of
them) and the search-box spelling probe (eval/searchbox_spelling_probe.jsonl: misspelled, split or
accent-less words and capitalised common nouns - "lokatie", "asielzoekers centrum", "Oekraiense",
"het Rijk", "Defensie", search-box Title Case - 22 answerable and 16 unanswerable twins whose
absent topic is a real word, often close to a corpus word; written for issues 16/21 before `ask`
ran on it) and the topic-head probe (eval/topic_head_probe.jsonl: "was X discussed?" where X is a
head noun with a modifier; 12 whose head the minutes lack beside a modifier they hold, "de
bouwvergunningen voor flexwoningen", and 12 near-twins whose head they hold, "het bijbouwen van
flexwoningen"; written for rule ``topic_head_required`` before `ask` ran on them) and the English
cognate probe (eval/english_cognate_probe.jsonl: 16 answerable English questions whose topic word
no dictionary translates but the minutes hold as a cognate or compound part, "evaluation":
"evaluatie", and 16 unanswerable ones about topics the minutes lack in words no dictionary
translates, "pact", "quotas", "levy"; written from the minutes for issue 16 task F before `ask` ran
on any of them) and the time probe (eval/time_probe.jsonl: 17 "when / since when / until when / by
when / per wanneer" questions whose answer is a time a statement gives, 14 unanswerable twins whose
topic the minutes hold with no time for it, and 6 "when did X say Y" questions the meeting's date
answers; written for rule ``time_stated`` (tried, not kept) and committed before `ask` ran on any
of them).

Per set: abstained on unanswerable, false abstentions, gold quoted, the reliability of the
confidence labels (share of answers labelled high / medium holding the answer; targets 0.90 /
0.70) and, for the generated set, the unanswerable questions abstained on by how they were made.

    python eval/answer_sets.py [--sets dev,generated,probes,holdout,...] [--disable CHECK ...]
                               [--config FILE.toml]
                               [--dump FILE.json] [--misses]

`--dump` writes every question's record (abstained, reason code, label, gold held) for a diff
between two runs; `--misses` lists the questions each set gets wrong, except those of the held-out
sets (named "*holdout": only their figures are printed). The test split is never run.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.reliability import abstained_by_change, reliability
from lrt_search.evaluation.runner import ask_all

HERE = Path(__file__).resolve().parent
SETS = {
    "dev": (HERE / "questions.jsonl", "dev"),
    "generated": (HERE / "generated.jsonl", "generated"),
    "probes": (HERE / "probes.jsonl", "all"),
    "holdout": (HERE / "holdout_probe.jsonl", "all"),
    "quote_probe": (HERE / "quote_probe.jsonl", "all"),
    "paraphrase_probe": (HERE / "paraphrase_probe.jsonl", "all"),
    "blind_probe": (HERE / "blind_probe.jsonl", "all"),
    "english_probe": (HERE / "english_probe.jsonl", "all"),
    "blind2_probe": (HERE / "blind2_probe.jsonl", "all"),
    "action_probe": (HERE / "action_probe.jsonl", "all"),
    "claim_amount_probe": (HERE / "claim_amount_probe.jsonl", "all"),
    "latest_probe": (HERE / "latest_probe.jsonl", "all"),
    "blind3_design": (HERE / "blind3_design.jsonl", "all"),
    "blind3_holdout": (HERE / "blind3_holdout.jsonl", "all"),
    "blind4_design": (HERE / "blind4_design.jsonl", "all"),
    "blind4_holdout": (HERE / "blind4_holdout.jsonl", "all"),
    "blind5_design": (HERE / "blind5_design.jsonl", "all"),
    "blind5_holdout": (HERE / "blind5_holdout.jsonl", "all"),
    "reworded": (HERE / "generated_reworded.jsonl", "generated"),
    "meeting_probe": (HERE / "meeting_probe.jsonl", "all"),
    "attendance_probe": (HERE / "attendance_probe.jsonl", "all"),
    "perfect_form": (HERE / "perfect_form.jsonl", "generated"),
    "discussion_form": (HERE / "discussion_form.jsonl", "generated"),
    "everyday_speech": (HERE / "everyday_speech.jsonl", "generated"),
    "premise_verb_probe": (HERE / "premise_verb_probe.jsonl", "all"),
    "period_probe": (HERE / "period_probe.jsonl", "all"),
    "everyday_words_probe": (HERE / "everyday_words_probe.jsonl", "all"),
    "quote_choice_probe": (HERE / "quote_choice_probe.jsonl", "all"),
    "asked_form_probe": (HERE / "asked_form_probe.jsonl", "all"),
    "searchbox_spelling_probe": (HERE / "searchbox_spelling_probe.jsonl", "all"),
    "topic_head_probe": (HERE / "topic_head_probe.jsonl", "all"),
    "english_cognate_probe": (HERE / "english_cognate_probe.jsonl", "all"),
    "time_probe": (HERE / "time_probe.jsonl", "all"),
}


def held_out(name: str) -> bool:
    """Whether the answer set ``name`` is held out ("*holdout"): only its figures are printed,
    its misses are never listed."""
    return name.endswith("holdout")


def studied_sets(parser: argparse.ArgumentParser, names: str) -> list[str]:
    """The comma-separated answer sets ``names`` of a script that lists misses; a parser error
    (exit 2, before any question is read) when one of them is held out."""
    sets = names.split(",")
    for name in sets:
        if held_out(name):
            parser.error(f"{name} is only measured, never studied")
    return sets


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.3f})" if b else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--disable", action="append", default=[], help="a check to switch off")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--config", type=Path, default=None, help="a TOML file of settings")
    args = parser.parse_args()
    settings = Settings.from_toml(args.config) if args.config else Settings()
    if args.disable:
        settings = settings.replace(disabled_checks=tuple(args.disable))
    engine = engine_for(settings)
    dump: dict[str, dict] = {}
    for name in args.sets.split(","):
        path, split = SETS[name]
        questions = load_questions(path, split)
        stats, records = ask_all(engine, questions, progress=False)
        print(
            f"{name:9} abstained on unanswerable "
            f"{_share(stats.abstained_unanswerable, stats.unanswerable)}  false abstentions "
            f"{_share(stats.abstained_answerable, stats.answerable)}  gold quoted "
            f"{_share(stats.quotes_with_gold, stats.answerable)}"
        )
        rows = "  ".join(f"{r.label} {_share(r.right, r.count)}" for r in reliability(records))
        print(f"{'':9} {rows}")
        if name in ("generated", "reworded"):
            changes = abstained_by_change(records)
            print(f"{'':9} " + "  ".join(f"{c}: {a}/{n}" for c, (a, n) in changes.items() if c))
        texts = {q.id: q.question for q in questions}
        for r in records:
            dump[f"{name}:{r.id}"] = {**asdict(r), "question": texts[r.id]}
            if args.misses and not r.right and not held_out(name):
                print(
                    f"   miss {r.id} [{r.change or r.answerable}] {texts[r.id]!r} -> "
                    f"{'abstained ' + str(r.reason_code) if r.abstained else r.label}"
                )
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
