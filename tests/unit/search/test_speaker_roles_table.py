"""Issue 16 session 24 task A2: the role a body plays in a question (speaker, addressee,
beneficiary, the one replaced, the object) and the speaker the question reader must give,
generated from tests/data/speaker_roles.toml (frames x every body, Dutch and English forms;
not from questions). No index is needed."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.speaker_people import person_speaks

_DATA = Path(__file__).resolve().parents[2] / "data" / "speaker_roles.toml"
_ORGS = Path(__file__).resolve().parents[3] / "lrt_search/lexicon/data/organisations.toml"


@cache
def _data() -> dict:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


def _fill(text: str, form: str, plural: bool, other: str) -> str:
    """A frame with the body ``form`` ({X}), the other body ({Y}) and the verb's number."""
    text = re.sub(r"\[([^|\]]+)\|([^\]]+)\]", lambda m: m.group(2 if plural else 1), text)
    if plural and form.endswith("s"):
        text = text.replace("{X}'s", "{X}'")
    return text.replace("{X}", form).replace("{Y}", other)


def rows() -> list[tuple[str, str, tuple[str, ...]]]:
    """(role, question, the speaker codes the reader must give) for every frame and body form."""
    data, out = _data(), []
    other = data["other"]
    for code, body in data["body"].items():
        self_other = code == other["code"]
        for frame in data["frame"]:
            lang = frame["lang"]
            y_form = other[f"self_{lang}"] if self_other else other[lang]
            y_code = other["self_code"] if self_other else other["code"]
            want = {"X": (code,), "Y": (y_code,), "none": ()}[frame["speaker"]]
            for plural, key in ((False, lang), (True, f"{lang}_plural")):
                for form in body.get(key, ()):
                    question = _fill(frame["text"], form, plural, y_form)
                    out.append((frame["role"], question, want))
    return out


def _body_forms(lang: str) -> list[tuple[str, str, bool]]:
    """(code, form, plural) of every body form of ``lang``, in the table's order."""
    out = []
    for code, body in _data()["body"].items():
        for plural, key in ((False, lang), (True, f"{lang}_plural")):
            out.extend((code, form, plural) for form in body.get(key, ()))
    return out


def _slots(item: dict, lang: str) -> dict[str, str]:
    """The words a verb or noun of [forms] puts in a frame's slots."""
    past, present = item.get("past", ""), item.get("present", ["", ""])
    past = [past, past] if isinstance(past, str) else past
    slots = {k: str(v) for k, v in item.items() if isinstance(v, str)}
    slots.update(past=past[0], past_pl=past[1], present=present[0], present_pl=present[1])
    slots.setdefault("wh", "Wat" if lang == "nl" else "What")
    slots.setdefault("prt", "")
    slots["T"] = _data()["forms"][f"topic_{lang}"]
    return slots


def _fill_form(text: str, slots: dict[str, str]) -> str:
    """A frame with a form's slots filled ({X} and {Y} kept); doubled spaces closed."""
    for key, value in slots.items():
        text = text.replace("{" + key + "}", value)
    return re.sub(r" +", " ", text).replace(" ?", "?")


def form_rows() -> list[tuple[str, str, tuple[str, ...]]]:
    """(role, question, speaker codes) of the speech and stance forms (task F2): every verb
    frame with every verb of its language and every noun frame with every noun, each filled
    with ``bodies_per_form`` body forms in turn (rotating per frame over every body form)."""
    data, out = _data(), []
    other, per = data["other"], data["forms"]["bodies_per_form"]
    for kind, frames in (("verb", data["verb_frame"]), ("noun", data["noun_frame"])):
        for frame in frames:
            lang, turn = frame["lang"], 0
            bodies = _body_forms(lang)
            for item in data["forms"][kind]:
                if item["lang"] != lang or not item.get(frame.get("needs", "lang")):
                    continue
                text = _fill_form(frame["text"], _slots(item, lang))
                for _ in range(per):
                    code, form, plural = bodies[turn % len(bodies)]
                    turn += 1
                    self_other = code == other["code"]
                    y_form = other[f"self_{lang}"] if self_other else other[lang]
                    y_code = other["self_code"] if self_other else other["code"]
                    want = {"X": (code,), "Y": (y_code,), "none": ()}[frame["speaker"]]
                    out.append((frame["role"], _fill(text, form, plural, y_form), want))
    return out


def _object_fill(text: str, speaker: dict, body: tuple[str, str, bool], thing: str) -> str:
    """An object or request frame with the speaker ``{S}``, the thing and the body ``{X}``."""
    text = text.replace("{thing}", thing).replace("{S}", speaker["form"])
    return _fill(text, body[1], body[2], "")


def object_rows() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(role, question, the organisation codes the reader must give - for a person, at most
    their own body -, the surname it must read in the speaker's position or "") of the object
    and request frames (session 26 task C): every frame with every speaker of its language and
    every thing (object frames), each with ``bodies_per_thing`` body forms in turn; a body that
    is the speaker's own is skipped."""
    data, out = _data(), []
    objects = data["objects"]
    per = objects["bodies_per_thing"]
    for kind in ("object_frame", "request_frame"):
        for frame in data[kind]:
            lang, turn = frame["lang"], 0
            bodies = _body_forms(lang)
            speakers = [s for s in objects["speaker"] if s["lang"] == lang]
            if frame["speaker"] == "none":
                speakers = speakers[:1]
            things = [t["text"] for t in objects["thing"] if t["lang"] == lang]
            for speaker in speakers:
                for thing in things if kind == "object_frame" else ["{X}"]:
                    for _ in range(per):
                        body = bodies[turn % len(bodies)]
                        turn += 1
                        if body[0] == speaker["code"]:
                            continue
                        person = speaker.get("person", "") if frame["speaker"] == "S" else ""
                        want = (speaker["code"],) if frame["speaker"] == "S" else ()
                        question = _object_fill(frame["text"], speaker, body, thing)
                        out.append((kind.split("_")[0], question, want, person))
    return out


@cache
def _settings() -> Settings:
    """The default settings, built once (every row reads with them; frozen)."""
    return Settings()


def _table() -> OrgTable:
    s = _settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(None, *flags, s.org_english_forms, s.org_coordinated_heads)


def _read(question: str) -> tuple[str, ...]:
    rules = SpeakerRules.of(_settings())
    return read_question(question, _table(), Glossary.default(), rules=rules).speaker


def test_every_body_of_the_alias_table_has_forms() -> None:
    orgs = tomllib.loads(_ORGS.read_text(encoding="utf-8"))["org"]
    assert set(orgs) == set(_data()["body"])


@pytest.mark.parametrize(("role", "question", "speaker"), rows())
def test_the_reader_gives_the_speaker_of_the_role(
    role: str, question: str, speaker: tuple[str, ...]
) -> None:
    assert set(_read(question)) == set(speaker), role


@pytest.mark.parametrize(("role", "question", "speaker"), form_rows())
def test_the_reader_gives_the_speaker_of_speech_forms(
    role: str, question: str, speaker: tuple[str, ...]
) -> None:
    assert set(_read(question)) == set(speaker), role


@pytest.mark.parametrize(("role", "question", "speaker", "person"), object_rows())
def test_the_reader_gives_the_speaker_of_object_frames(
    role: str, question: str, speaker: tuple[str, ...], person: str
) -> None:
    if not person:
        assert set(_read(question)) == set(speaker), role
        return
    # a person's title may name their own body ("staatssecretaris": SJenV), no other body
    assert set(_read(question)) <= set(speaker), role
    at = question.index(person)
    assert person_speaks(question, at, at + len(person), SpeakerRules.of(_settings())), person
