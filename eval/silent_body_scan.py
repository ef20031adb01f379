"""Speech- and stance-framed questions and the speaker read in them (issue 16 session 24 task F):
reading only, no ``ask``.

    python eval/silent_body_scan.py [--sets a,b] [--fold design|validation] [--changed OFF.toml]

Per readable question holding a word of speech or stance (lexicon/data/speech.toml ``speech``):
the speaker phrase as written (search.phrases.speaker_phrase), the bodies read as the speaker
(search.parsed.read_question) and whether each ever speaks in the minutes (an index fact: the
chunks' speaker rows, headers left out). Classes: ``unresolved`` (a phrase, no body),
``silent`` (a body that speaks nowhere), ``speaks`` (a body that speaks), ``none``. With
``--changed`` only the AFFECTED lines of questions whose reading or gate differs under the
off-config. Held-out sets and the test split are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from answer_sets import SETS, readable_sets  # the script's folder is on the path
from event_date_scan import _fold
from reading_scan import affected_lines, flags

from lrt_search import Settings
from lrt_search.answer.person_speaker import person_speaker
from lrt_search.answer.silent_body import mentioned_on, stance_frame, unknown_body
from lrt_search.answer.speaker_silent import asks_if_anything_said, asks_what_was_said
from lrt_search.evaluation import Question, engine_for
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules, is_speech_word_in


def _speaks(engine, code: str) -> bool:
    mask = engine.filter_mask([code], None, None, None)
    if mask is None:
        return True
    mask[engine.chunks.rows_of_kind("header")] = False
    return bool(mask.any())


def _gate(engine, question: str, p) -> str:
    """What rule silent_body reads: "stance" (the speaker_silent gate newly applies), "body:
    <name>" (gate body_speaks would abstain), or ""."""
    s = engine.settings
    if not s.silent_body:
        return ""
    said = asks_what_was_said(
        question, s.speaker_passive, s.title_not_speech_verb, s.speaker_verb_finite
    ) or (s.speaker_silent_yes_no and asks_if_anything_said(question))
    if stance_frame(question, p) and not said:
        mask = engine.filter_mask(list(p.speaker), p.since, p.until, None)
        if mask is not None:
            mask[engine.chunks.rows_of_kind("header")] = False
        return "" if mask is None or mask.any() else "stance"  # the gate needs no statement
    body = unknown_body(p)
    if body and person_speaker(engine, p) is None:
        days, speaks = mentioned_on(engine, body)
        return "" if speaks else f"body:{body}:{','.join(days) or 'nowhere'}"
    return ""


def _reading(engine, question: str) -> tuple:
    rules = SpeakerRules.of(engine.settings)
    p = read_question(question, engine.orgs, engine.glossary, rules=rules)
    return p.speaker, p.speaker_phrase, _gate(engine, question, p)


def main() -> int:
    """Print the listing (or, with ``--changed``, the AFFECTED lines)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--fold", default="")
    parser.add_argument("--changed", default="")
    args = parser.parse_args()
    on = engine_for(Settings(), progress=False)
    off = engine_for(Settings.from_toml(args.changed), progress=False) if args.changed else None
    counts: Counter = Counter()

    def differs(name: str, q: Question) -> bool:
        fold = _fold(name, SETS[name][0].name)
        if name.startswith("test") or (args.fold and fold != args.fold):
            return False
        if off is not None:
            after, before = _reading(on, q.question), _reading(off, q.question)
            if after != before:
                print("#", name, q.id, flags(q), before, "->", after, "|", q.question, flush=True)
            return after != before
        if not is_speech_word_in(q.question):
            return False
        speaker, phrase, gate = _reading(on, q.question)
        if speaker:
            kind = "speaks" if any(_speaks(on, c) for c in speaker) else "silent"
        else:
            kind = "unresolved" if phrase else "none"
        counts[fold, kind, flags(q)[-1]] += 1
        if (kind != "none" and kind != "speaks") or gate:
            print(fold, name, q.id, flags(q), kind, ",".join(speaker) or "-", repr(phrase),
                  gate or "-", "|", q.question, sep="\t", flush=True)  # fmt: skip
        return False

    for line in affected_lines(differs, args.sets):
        print(line)
    for key in sorted(counts):
        print("count", *key, counts[key], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
