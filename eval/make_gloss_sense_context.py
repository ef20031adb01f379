"""Write tests/data/gloss_sense_context.toml: English words of a single-word glossary term that
have a second, unrelated sense, each in collocations of both senses set into questions made from
the minutes' statements, with whether the glossed term must be read (rule gloss_sense_context,
issue 16 session 30 task G; blind29 class 9, blind27 class 1, blind26 class 2), read by
tests/unit/lexicon/test_gloss_sense_context.py (no index).

    python eval/make_gloss_sense_context.py [--candidates]

Seeded (SEED); every row is generated from the frames below and the minutes, none typed whole.

Words. The candidates are the glossary's single-word English terms (glossary.toml,
glossary_minutes.toml) of general English (wordfreq Zipf >= 4.3) whose FreeDict eng-nld
translations (lexicon.freedict.english_senses of the headword) hold two or more Dutch words
unrelated to the entry's Dutch terms (no shared Dutch Snowball stem, neither inside the other);
``--candidates`` prints them (131 at this commit). Most of them are FreeDict synonyms or rare
senses a question of this field does not use ("jobs": "betrekking"; "data": "datum"). The words
framed here are those whose other sense is an everyday English one a question about the minutes
writes, and which English selects by a collocation of common words (each word of a frame is
general English, Zipf >= 3, checked below): "close" (glossed: closure, "sluiten"; other: near,
"how close", "close to", "close cooperation"), "arrangements" (glossed: the April 2023
"arrangement" package; other: agreements made, "what arrangements were made for"), "course"
(glossed: a course, "cursus"; other: "of course", "in the course of"), "level" (glossed: the
height of the target, "hoogte"; other: a tier, "at national level"), "conditions" (glossed:
"voorwaarden"; other: circumstances, "living conditions"), "fine" (glossed: a penalty,
"boete"; other: all right, "is that fine"), "press" (glossed: the media, "pers"; other: to urge,
"press for"), "bill" (glossed: a draft law, "wetsvoorstel"; other: a sum to pay, "foot the
bill"). Task G2 decided the other candidates one by one (lexicon/data/sense_contexts.toml: framed
words, [no_second_sense] and [dropped] with why) and frames these in FRAMES_G2: "minutes" (the
record; other: "within ten minutes"), "measure" (maatregel; other: "measure the effect"),
"figures" (cijfers; other: "public figures"), "condition" (voorwaarde; other: "in poor
condition"), "control" (regie; other: "under control"), "security" (beveiliging; other: "social
security"), "refused" (afgewezen asylum seekers; other: "refused to"), "return" (terugkeer;
other: "in return for"), "benefits" (uitkeringen; other: "costs and benefits"), "home" (woning;
other: "go home"), "bid" (bod; other: "in a bid to"), "concerned" (zorgen; other: "the parties
concerned"). wordfreq holds single words, no collocations: the frames are written here, per sense.

Rows: each frame of a word (``{S}`` a speaker code, ``{T}`` an English topic) is filled with a
statement of the minutes - a bullet that opens with an organisation code and holds the Dutch term
of a glossary entry whose English term (no framed word in it) is the topic - drawn with SEED.
``glossed`` is true for a frame of the glossed sense: the glossary must read the form as its
term there ("Did COA want to close the reception locations?"); false for the other sense's
("How close is the azc to a school?"). At main (the rule absent) every ``glossed = false`` row
fails: the glossary reads the form as its term whatever the context.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lrt_search.lexicon.freedict import english_headword, english_senses  # noqa: E402
from lrt_search.lexicon.glossary import Glossary  # noqa: E402
from lrt_search.lexicon.wordclass import english_noun  # noqa: E402
from lrt_search.lexicon.wordfreq import zipf  # noqa: E402

OUT = ROOT / "tests" / "data" / "gloss_sense_context.toml"
SEED = 30
PER_FRAME = 3  # statements a frame is filled with

# word -> (the form the frames write, frames of the other sense, frames of the glossed sense)
FRAMES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "close": (
        "close",
        (
            "How close is the nearest school to the {T}, according to {S}?",
            "Is there a rule about how close {T} can be to homes?",
            "Did {S} say that {T} was too close to the village?",
            "Did {S} ask for close cooperation on {T}?",
            "Does {S} keep a close eye on {T}?",
            "Was {S} close to an agreement on {T}?",
            "Did {S} stay in close contact with the municipalities about {T}?",
            "Are the {T} so close to the town centre that {S} objected?",
        ),
        (
            "Did {S} want to close the {T}?",
            "When will {S} close the {T}?",
            "Did {S} say that the {T} must close?",
            "Did {S} propose to close locations because of {T}?",
            "Why did {S} close the {T} in 2023?",
        ),
    ),
    "arrangements": (
        "arrangements",
        (
            "What arrangements were made for {T}, according to {S}?",
            "Did {S} make arrangements for {T}?",
            "Which arrangements did {S} propose for {T}?",
            "Were any practical arrangements made with {S} about {T}?",
            "What arrangements does {S} have with the municipalities on {T}?",
            "Did {S} say that new arrangements for {T} were needed?",
        ),
        (
            "What did {S} say about the package of arrangements and {T}?",
            "Did the arrangements of April 2023 cover {T}, according to {S}?",
        ),
    ),
    "arrangement": (
        "arrangement",
        (
            "Did {S} come to an arrangement with the municipalities on {T}?",
            "Was there an arrangement between {S} and the provinces about {T}?",
        ),
        (
            "What did {S} say about the arrangement and {T}?",
            "Did the April 2023 arrangement cover {T}, according to {S}?",
            "Was {S} positive about the arrangement for {T}?",
        ),
    ),
    "course": (
        "course",
        (
            "Did {S}, of course, agree on {T}?",
            "What changed in the course of 2023 for {T}, according to {S}?",
            "Which course of action did {S} propose for {T}?",
            "Of course {S} spoke about {T}, but what did it say?",
        ),
        (
            "Did {S} offer a course to {T}?",
            "Is there a course for {T}, according to {S}?",
            "Did {S} say a course on {T} was planned?",
        ),
    ),
    "level": (
        "level",
        (
            "What did {S} say about {T} at national level?",
            "Is {T} handled at the regional level, according to {S}?",
            "Did {S} want {T} arranged at the local level?",
            "Which level of government is responsible for {T}, according to {S}?",
            "Did {S} discuss {T} at the European level?",
            "Was {T} represented at ministerial level, according to {S}?",
        ),
        (
            "Did {S} object to the level of {T}?",
            "Was the level of the housing target for {T} raised, according to {S}?",
            "What level was set for {T} by {S}?",
            "At what level was the {T} set, according to {S}?",
        ),
    ),
    "conditions": (
        "conditions",
        (
            "What did {S} say about the living conditions in {T}?",
            "Were the conditions in {T} poor, according to {S}?",
            "Did {S} describe the working conditions of {T}?",
        ),
        (
            "Which conditions did {S} set for {T}?",
            "Did {S} attach conditions to {T}?",
            "Under what conditions would {S} agree to {T}?",
        ),
    ),
    "fine": (
        "fine",
        (
            "Was {S} fine with {T}?",
            "Did {S} think {T} was fine as it is?",
            "Is everything fine with {T}, according to {S}?",
        ),
        (
            "Did {S} get a fine for {T}?",
            "How high was the fine {S} imposed for {T}?",
            "Did {S} say a fine would follow for {T}?",
        ),
    ),
    "press": (
        "press",
        (
            "Did {S} press for {T}?",
            "Why did {S} press ahead with {T}?",
            "Did {S} press the ministry on {T}?",
        ),
        (
            "Did {S} talk to the press about {T}?",
            "What did the press write about {T}, according to {S}?",
            "Did {S} warn that {T} would reach the press?",
        ),
    ),
    "bill": (
        "bill",
        (
            "Who will foot the bill for {T}, according to {S}?",
            "Did {S} say who pays the bill for {T}?",
            "Does {S} pick up the bill for {T}?",
        ),
        (
            "Did {S} support the bill on {T}?",
            "When will the bill on {T} pass, according to {S}?",
            "Did {S} comment on the draft bill for {T}?",
            "Who brought up the bill on {T}, {S}?",
        ),
    ),
}

# Session 30 task G2: the further words of lexicon/data/sense_contexts.toml, framed apart so
# that the rows above keep their statements (their topics are drawn first, from the pool
# without the words above; these from the pool without any framed word).
FRAMES_G2: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "minutes": (
        "minutes",
        (
            "Is the {T} within ten minutes of the station, according to {S}?",
            "Did {S} say the bus to the {T} takes thirty minutes?",
            "Was {S} a few minutes late for the talk on {T}?",
        ),
        (
            "What do the minutes say about {T} and {S}?",
            "Do the minutes of the meeting mention {S} on {T}?",
            "Is {T} in the minutes, according to {S}?",
        ),
    ),
    "measure": (
        "measure",
        (
            "How does {S} measure the effect of {T}?",
            "Did {S} want to measure progress on {T}?",
            "Is there a way to measure whether {T} works, {S}?",
        ),
        (
            "Did {S} support the measure on {T}?",
            "What did {S} say about the new measure for {T}?",
            "Was a measure taken on {T}, according to {S}?",
        ),
    ),
    "figures": (
        "figures",
        (
            "Did public figures speak out on {T}, according to {S}?",
            "Which political figures did {S} meet about {T}?",
        ),
        (
            "What figures did {S} give on {T}?",
            "Are the latest figures on {T} known to {S}?",
            "Did {S} share figures about {T}?",
        ),
    ),
    "condition": (
        "condition",
        (
            "Are the {T} in poor condition, according to {S}?",
            "Did {S} report on the physical condition of people in {T}?",
        ),
        (
            "Did {S} set a condition for {T}?",
            "Was money for {T} given on condition that {S} agreed?",
            "What condition did {S} attach to {T}?",
        ),
    ),
    "control": (
        "control",
        (
            "Is {T} under control, according to {S}?",
            "Did {S} fear that {T} was getting out of control?",
            "Did {S} talk about border control and {T}?",
        ),
        (
            "Who has control of {T}, according to {S}?",
            "Did {S} ask for more national control of {T}?",
            "Does {S} want to take control of {T}?",
        ),
    ),
    "security": (
        "security",
        (
            "Did {S} link social security to {T}?",
            "Does {T} give people income security, according to {S}?",
        ),
        (
            "Did {S} ask for more security at the {T}?",
            "Were there security problems with {T}, according to {S}?",
            "Who pays for security at {T}, {S}?",
        ),
    ),
    "refused": (
        "refused",
        (
            "Did {S} say that municipalities refused to help with {T}?",
            "Has anyone refused the offer of {T}, according to {S}?",
            "Which people refused a place in {T}, {S}?",
        ),
        (
            "What happens to refused asylum seekers in {T}, according to {S}?",
            "Did {S} talk about refused people and {T}?",
        ),
    ),
    "return": (
        "return",
        (
            "What did {S} get in return for {T}?",
            "Did {S} expect a return on investment from {T}?",
        ),
        (
            "Did {S} talk about return and {T}?",
            "What did {S} say on the return of people from {T}?",
            "Is voluntary return part of {T}, according to {S}?",
        ),
    ),
    "benefits": (
        "benefits",
        (
            "Did {S} weigh the costs and benefits of {T}?",
            "What are the benefits and risks of {T}, according to {S}?",
            "Do the benefits outweigh the costs of {T}, {S}?",
        ),
        (
            "Do people in {T} keep their benefits, according to {S}?",
            "Did {S} ask about benefits for people in {T}?",
            "Are benefits cut for {T}, according to {S}?",
        ),
    ),
    "home": (
        "home",
        (
            "Can people from {T} go home safely, according to {S}?",
            "Did {S} say that people in {T} were sent home?",
            "Is their home country safe, according to {S} on {T}?",
        ),
        (
            "Did {S} find a home for people from {T}?",
            "Is a home for {T} planned, according to {S}?",
            "Did {S} build a new home near the {T}?",
        ),
    ),
    "bid": (
        "bid",
        (
            "Did {S} start {T} in a bid to save money?",
            "Was {T} set up in a bid to cut costs, according to {S}?",
        ),
        (
            "Did {S} make a bid for {T}?",
            "Was the bid of {S} on {T} accepted?",
            "How high was the bid for {T}, according to {S}?",
        ),
    ),
    "concerned": (
        "concerned",
        (
            "Which municipalities concerned with {T} did {S} name?",
            "Did {S} write to those concerned on {T}?",
            "Was {S} concerned with {T} at the meeting?",
        ),
        (
            "Was {S} concerned about {T}?",
            "Is {S} very concerned that {T} will fail?",
            "Were people concerned by {T}, according to {S}?",
        ),
    ),
}


def statements(framed: set[str]) -> list[tuple[str, str]]:
    """(speaker code, English topic) of the minutes' bullets that open with an organisation
    code and hold the Dutch term of a glossary entry whose English term holds no word of
    ``framed`` (the entry's first English term of at least two words, or its first one)."""
    glossary = Glossary.default()
    topics = []
    for entry in glossary.entries:
        english = [
            t for t in entry.en if not framed & set(t.split()) and english_noun(t.split()[-1])[0]
        ]
        if not english or len(entry.nl[0]) < 4:
            continue
        longer = [t for t in english if " " in t]
        topics.append((entry.nl[0].lower(), (longer or english)[0]))
    out = []
    for path in sorted((ROOT / "corpus").glob("*-lrt.txt")):
        text = path.read_text("utf-8")
        for bullet in re.split(r"\n\s*•\s*", text)[1:]:
            code = re.match(r"([A-Z][A-Za-z]*[A-Z])\b", bullet)
            if not code:
                continue
            low = " ".join(bullet.lower().split())
            for dutch, english in topics:
                if re.search(rf"\b{re.escape(dutch)}\b", low):
                    out.append((code.group(1), english))
    return sorted(set(out))


def candidates() -> list[str]:
    """The glossary's single-word English terms of Zipf >= 4.3 whose FreeDict translations hold
    two or more Dutch words unrelated to the entry's Dutch terms (see the module)."""
    import Stemmer

    stem = Stemmer.Stemmer("dutch").stemWord

    def related(word: str, dutch: tuple[str, ...]) -> bool:
        s = stem(word)
        return any(
            stem(w) == s or (len(s) >= 4 and (s in w or stem(w) in word))
            for term in dutch
            for w in term.lower().split()
        )

    out = set()
    for entry in Glossary.default().entries:
        for term in entry.en:
            if " " in term or "-" in term or zipf(term, "en") < 4.3:
                continue
            senses = english_senses(english_headword(term) or term)
            unrelated = [t for s in senses for t in s if not related(t, entry.nl)]
            if len(unrelated) >= 2:
                out.add(term)
    return sorted(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", action="store_true", help="print the candidate words")
    args = parser.parse_args()
    if args.candidates:
        found = candidates()
        print(len(found), " ".join(found))
        return 0
    rng = random.Random(SEED)
    framed = set(FRAMES) | {"closing", "closure"}
    rows = _rows(FRAMES, statements(framed), rng)
    rows += _rows(FRAMES_G2, statements(framed | set(FRAMES_G2)), rng)
    write_rows(OUT, _head(), unique_rows(rows, ("form", "question")))
    return 0


def _rows(
    words: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]],
    pool: list[tuple[str, str]],
    rng: random.Random,
) -> list[dict[str, object]]:
    """The rows of ``words``' frames, each filled with PER_FRAME statements of ``pool``."""
    rows: list[dict[str, object]] = []
    for word, (form, other, glossed) in words.items():
        for sense, frames in (("other", other), ("glossed", glossed)):
            for frame in frames:
                for w in re.findall(r"[a-z]+", frame.lower().replace("{s}", "").replace("{t}", "")):
                    assert zipf(w, "en") >= 3.0, (frame, w)  # general English only
                for code, topic in rng.sample(pool, PER_FRAME):
                    question = frame.replace("{S}", code).replace("{T}", topic)
                    rows.append(
                        {
                            "word": word,
                            "form": form,
                            "sense": sense,
                            "question": question,
                            "glossed": sense == "glossed",
                        }
                    )
    return rows


def _head() -> str:
    lines = [line for line in __doc__.split("\n\n")[0].splitlines()]
    return "".join(f"# {line}\n" for line in ["Generated (do not edit).", *lines]) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
