"""One language per answer (issue 16, session 22 task C2) on the bundled corpus: what ``ask`` shows
for a question - the notes of what was understood (made deep in search/ as a code and parameters:
lrt_search.notes), the reason, the answer text of ``--json`` and the CLI's lines - holds no word
of the other language (the machine check of eval/language_mix.py,
:func:`lrt_search.evaluation.one_language.mixed_outputs`); the minutes' quotes and the question's
own words are left out."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient
from langcheck import other_language_words, page_text

from lrt_search.evaluation.one_language import mixed_outputs, words_of
from lrt_search.interfaces.cli import main
from lrt_search.interfaces.web import create_app
from lrt_search.service import Engine

#: Questions whose notes were English in a Dutch answer (or Dutch in an English one) before:
#: the approval of minutes (rule minutes_approved_next: approved at the next meeting, at a
#: meeting the corpus lacks, after the last meeting), a meeting by its order outside the
#: meetings (rule meeting_order), the chair (rule role_speaker), a date of the topic (rules
#: day_of_mention, date_written), the context before a question (rule preamble_context), an
#: English question's Dutch search words (the glossary) and a rate per week (reason no_rate).
SAMPLE = [
    "Werd het verslag van 3 november 2023 goedgekeurd?",
    "Is het verslag van de vergadering van 8 juli 2022 zonder wijzigingen vastgesteld?",
    "Wanneer zou het nieuwe verslag van de LRT van 19 maart 2025 worden meegestuurd, toen dat "
    "verslag werd geaccordeerd?",
    "Wat zei Aedes in de vergadering na die van 19 maart 2025 over flexwoningen?",
    "Wat is er gezegd over Ter Apel in de vergadering vóór juli 2022?",
    "Wat zei de voorzitter op 19 maart 2025 over de spreidingswet?",
    "Wat gebeurt er op 1 april 2024 met de spreidingswet?",
    "Ik werk bij de provincie. Wat zei de VNG over de spreidingswet?",
    "Were the minutes of 3 November 2023 approved?",
    "What did the chair say on 19 March 2025 about the dispersal act?",
    "What was agreed about the housing targets for status holders?",
    "How many asylum seekers per week arrive in Ter Apel?",
]


@pytest.fixture(scope="module")
def minutes(built) -> set[str]:
    """The minutes' own words (lower case)."""
    return words_of(" ".join(p.read_text(encoding="utf-8") for p in built.corpus.glob("*.txt")))


@pytest.mark.parametrize("question", SAMPLE)
def test_every_output_of_ask_speaks_the_question_language(
    engine: Engine, minutes: set[str], question: str
) -> None:
    answer = engine.ask(question)
    assert mixed_outputs(answer, minutes) == [], answer.to_dict()


def test_the_check_fails_on_a_mixed_output(engine: Engine, minutes: set[str]) -> None:
    """The note as it was before: "begrepen: periode: minutes of the meeting of 2023-11-03,
    approved at the next meeting -> 2023-11-10" in a Dutch answer is flagged."""
    old = "begrepen: periode: minutes of the meeting of 2023-11-03, approved at the next meeting"
    assert {"minutes", "approved", "at", "the", "next", "meeting"} <= other_language_words(
        old, "nl", minutes
    )
    assert {"het", "vergadering"} <= other_language_words(
        "understood: period: het verslag van de vergadering", "en", minutes
    )


_EXAMPLE = {
    "nl": (
        "Werd het verslag van 3 november 2023 goedgekeurd?",
        "begrepen: periode: verslag van de vergadering van 2023-11-03, vastgesteld in de "
        "volgende vergadering -> 2023-11-10",
    ),
    "en": (
        "Were the minutes of 3 November 2023 approved?",
        "understood: period: minutes of the meeting of 2023-11-03, approved at the next meeting "
        "-> 2023-11-10",
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_example_on_the_command_line(built, capsys, minutes, lang: str) -> None:
    question, note = _EXAMPLE[lang]
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    with pytest.raises(SystemExit) as info:
        main(["ask", question, *paths])
    out = capsys.readouterr().out
    assert int(info.value.code or 0) == 0
    assert " ".join(out.split()).startswith(note), out
    own = re.sub(r"“[^”]*”", "“”", out)
    own = "\n".join(x for x in own.splitlines() if not x.startswith("    ") or "LRT " in x)
    assert not other_language_words(own, lang, minutes | words_of(question)), out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_example_on_the_web_page(built, minutes, lang: str) -> None:
    question, note = _EXAMPLE[lang]
    client = TestClient(create_app(built.settings))
    query = question.replace(" ", "+").replace("?", "%3F")
    r = client.get(f"/?q={query}&do=ask" + ("&lang=en" if lang == "en" else ""))
    assert r.status_code == 200
    label, _, rest = note.partition(": ")
    line = re.search(rf'<p class="meta"[^>]*>{label.capitalize()}: (.*?)</p>', r.text, re.S)
    assert line, r.text[:3000]
    assert html.unescape(line[1]).startswith(rest)  # the notes line, in the page's language
    shown = page_text(r.text) + " " + html.unescape(line[1])
    assert not other_language_words(shown, lang, minutes | words_of(question)), shown[:1500]
