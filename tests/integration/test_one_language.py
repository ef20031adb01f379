"""One language per output (issue 20): every output of the command line, the web page and the
downloads, Dutch and English, holds no word of the other language: errors (of the query, of the
corpus folder, of the index), the 400 page, suggestions, the help of the filters, CSV headers,
the organisation page. The minutes' own text is left out (see ``langcheck``)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from langcheck import other_language_words, page_text

from lrt_search.config import Settings
from lrt_search.interfaces.cli import main
from lrt_search.interfaces.web import create_app


@pytest.fixture(scope="module")
def minutes(built) -> set[str]:
    """The minutes' own words (lower case)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(built.corpus.glob("*.txt")))
    return set(re.findall(r"(?<!\w)[^\W\d_][\w/]*", text.lower()))


@pytest.fixture(scope="module")
def client(built) -> TestClient:
    return TestClient(create_app(built.settings))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    return int(info.value.code or 0), captured.out, captured.err


def cli_text(out: str) -> str:
    """The command line's own words: without quotes and the indented passages (citations
    stay)."""
    lines = re.sub(r"“[^”]*”", "“”", out).splitlines()
    return "\n".join(x for x in lines if not x.startswith("    ") or x.strip().startswith("LRT "))


# ------------------------------------------------------------------------------ errors

_NL, _EN = "Wat zei de VNG over opvang?", "what was said about the reception of refugees"
_QUERY_ERRORS = [
    ["search", "{q}", "--since", "gisteren"],
    ["search", "{q}", "--org", "Nergenshuizen"],
    ["search", "{q} date:foo"],
    ["search", "{q}", "-k", "0"],
    ["search", "{q}", "--format", "csv", "--csv-sep", "xx"],
    ["search", "{q}", "--since", "2024", "--until", "2023"],
    ["search", "{q}", "--mode", "fast"],
    ["ask", "{q}", "--until", "gisteren"],
    ["ask", "{q}", "--org", "Nergenshuizen"],
]


@pytest.mark.parametrize("argv", _QUERY_ERRORS, ids=lambda a: " ".join(a[2:]) or a[1])
@pytest.mark.parametrize(("lang", "query"), [("nl", _NL), ("en", _EN)])
def test_cli_errors_speak_the_query_language(
    built, capsys, argv: list[str], lang: str, query: str
) -> None:
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code, _, err = run([a.format(q=query) for a in argv] + paths, capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1, err
    assert err.startswith({"nl": "lrt-search: fout: ", "en": "lrt-search: error: "}[lang]), err
    assert not other_language_words(err, lang), err


@pytest.mark.parametrize(("lang", "query"), [("nl", _NL), ("en", _EN)])
def test_cli_errors_of_folders_speak_the_query_language(
    built, capsys, tmp_path: Path, lang: str, query: str
) -> None:
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "shopping.txt").write_text("milk\n", encoding="utf-8")
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    cases = [
        ["search", query, "--corpus", str(tmp_path / "nope")],  # no corpus folder
        ["search", query, "--corpus", str(built.corpus), "--index", str(foreign)],  # not an index
        ["ask", query, "--corpus", str(built.corpus), "--index", str(a_file)],  # a file
    ]
    for argv in cases:
        code, _, err = run(argv, capsys)
        assert code != 0 and len(err.strip().splitlines()) == 1, err
        assert not other_language_words(err, lang), err
    assert not (foreign / "CURRENT").exists()  # never loses data: nothing written there


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_register_errors_speak_its_language(built, capsys, lang: str) -> None:
    corpus = ["--corpus", str(built.corpus), "--lang", lang]
    for argv in (["--since", "gisteren"], ["--kind", "besluiten"], ["--meeting", "3-13-2023"]):
        code, _, err = run(["decisions", *argv, *corpus], capsys)
        assert code != 0 and not other_language_words(err, lang), err


# ---------------------------------------------------------------------- command-line output

_SEARCHES = {"nl": "spreidinswet", "en": "what about the spreidinswet"}
_QUESTIONS = {"nl": "Wat is er in april 2023 afgesproken?", "en": "What was agreed in April 2023?"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cli_output_speaks_one_language(built, capsys, minutes, lang: str, tmp_path) -> None:
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code, out, _ = run(["search", _SEARCHES[lang], "-k", "2", *paths], capsys)
    assert code == 0 and "spreidingswet?" in out  # the suggestion, in the output's language
    assert not other_language_words(cli_text(out), lang, minutes), out
    code, out, _ = run(["search", _SEARCHES[lang], "-k", "2", "--format", "md", *paths], capsys)
    assert code == 0 and not other_language_words(out.split("\n|---")[0], lang), out
    sep = ";" if lang == "nl" else ","  # --csv-sep ';' for a Dutch Excel
    csv_args = ["--format", "csv", "--csv-sep", sep]
    code, out, _ = run(["search", _SEARCHES[lang], "-k", "2", *csv_args, *paths], capsys)
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff")), delimiter=sep))
    assert code == 0 and out.startswith("\ufeff") and len(rows) == 3
    assert not other_language_words(" ".join(rows[0]).replace("_", " "), lang), rows[0]
    citations = " ".join(r[5] for r in rows[1:])  # rank, date, item, title, speakers, citation
    assert citations.startswith("LRT ") and not other_language_words(citations, lang, minutes)
    code, out, _ = run(["ask", _QUESTIONS[lang], *paths], capsys)
    assert code == 0 and not other_language_words(cli_text(out), lang, minutes), out
    # no index (one in a temporary folder that is not there): the register parsed from the
    # corpus, never the repository's index/ (decisions keeps its table beside an index)
    no_index = ["--index", str(tmp_path / "none")]
    code, out, _ = run(
        ["decisions", "--lang", lang, "--corpus", str(built.corpus), *no_index], capsys
    )
    assert code == 0 and not other_language_words(cli_text(out), lang, minutes), out
    code, out, _ = run(["decisions", "--lang", lang, "--format", "csv", *paths[:2]], capsys)
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    header_and_labels = rows[0] + [cell for row in rows[1:] for cell in (row[1], row[2], row[5])]
    assert not other_language_words(" ".join(header_and_labels).replace("_", " "), lang, minutes)


_ATTENDANCE = {
    "nl": [
        "Wie waren er aanwezig op 19 maart 2025?",
        "Wie zat de vergadering van 8 juli 2022 voor?",
    ],
    "en": ["Who attended the meeting of 19 March 2025?", "Who was absent on 19 March 2025?"],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_header_citations_speak_one_language(built, capsys, minutes, lang: str) -> None:
    """A quote of an attendee list or a meeting's header is cited in the output's language
    ("· present ·" / "· aanwezig ·", "· header ·" / "· kop ·"), in the text and in JSON."""
    paths = ["--corpus", str(built.corpus), "--index", str(built.index)]
    for question in _ATTENDANCE[lang]:
        code, out, _ = run(["ask", question, *paths], capsys)
        cites = "\n".join(x for x in out.splitlines() if x.strip().startswith(("LRT ", "(")))
        assert code == 0 and " · " in cites, out
        assert not other_language_words(cites, lang, minutes), out
    code, out, _ = run(["ask", "Who was absent on 19 March 2025?", "--json", *paths], capsys)
    [cited] = [c["citation"] for c in json.loads(out)["citations"]]
    assert cited.startswith("LRT 2025-03-19 · absent · ")


# ------------------------------------------------------------------------------ web pages

_PAGES = [
    "/",  # the home page: corpus span, examples, help of the filters and the query syntax
    "/?q=spreidinswet",  # a suggestion
    "/?q=Wat+is+er+in+april+2023+afgesproken%3F&do=ask",
    "/?q=What+was+agreed+in+April+2023%3F&do=ask",
    "/decisions",
    "/meetings",
    "/org/VNG",
    "/meeting/2023-11-03-lrt.txt?start=161&end=162",
]
_BAD_PAGES = [
    "/?q=opvang&since=gisteren",  # the 400 page, which keeps the form
    "/?q=opvang&k=abc",
    "/?q=org:VNG",
    "/?q=opvang&mode=fast",
    "/?q=opvang&since=2024&until=2023",
    "/org/Nergenshuizen",
    "/decisions?since=gisteren",
    "/decisions?kind=besluiten",
    "/meeting/nope.txt",
    "/meeting/2023-11-03-lrt.txt?start=900&end=901",
    "/download/search?q=opvang&format=xls",
    "/download/decisions?sep=xx",
]


def _with_lang(path: str, lang: str) -> str:
    return path if lang == "nl" else path + ("&" if "?" in path else "?") + "lang=en"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_web_pages_speak_one_language(client, minutes, lang: str) -> None:
    for path in _PAGES:
        r = client.get(_with_lang(path, lang))
        assert r.status_code == 200, (path, r.text[:300])
        assert f'lang="{lang}"' in r.text
        leaked = other_language_words(page_text(r.text), lang, minutes)
        assert not leaked, (path, leaked, page_text(r.text)[:1500])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_error_pages_speak_one_language(client, lang: str) -> None:
    for path in _BAD_PAGES:
        r = client.get(_with_lang(path, lang))
        assert r.status_code == 400, (path, r.status_code)
        error = re.search(r'<p class="error" id="error">(.*?)</p>', r.text, re.S)
        assert error, (path, r.text[:500])
        leaked = other_language_words(page_text(r.text), lang)
        assert not leaked, (path, leaked, error[1])
    bad = client.get(_with_lang("/?q=opvang&since=gisteren", lang))
    assert 'id="q"' in bad.text and 'value="opvang"' in bad.text  # the form stays


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_index_errors_speak_the_page_language(built, tmp_path: Path, lang: str) -> None:
    missing = TestClient(create_app(Settings(corpus_dir=built.corpus, index_dir=tmp_path / "x")))
    corpus = tmp_path / "corpus"
    shutil.copytree(built.corpus, corpus)
    shutil.copytree(built.index, tmp_path / "index")
    with (corpus / "2023-11-10-lrt.txt").open("a", encoding="utf-8") as f:
        f.write("\n- VNG vraagt om een nieuwe afspraak.\n")
    stale = TestClient(create_app(Settings(corpus_dir=corpus, index_dir=tmp_path / "index")))
    for client in (missing, stale):
        for path in ("/", "/?q=opvang", "/decisions", "/org/VNG"):
            r = client.get(_with_lang(path, lang))
            assert r.status_code == 503
            assert not other_language_words(page_text(r.text), lang), page_text(r.text)
            assert "lrt-search index" in r.text  # what to run, in either language


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_downloads_speak_the_page_language(client, minutes, lang: str) -> None:
    for path in ("/download/search?q=opvang", "/download/decisions?kind=actie"):
        r = client.get(_with_lang(path, lang))
        sep = ";" if lang == "nl" else ","
        rows = list(csv.reader(io.StringIO(r.text.removeprefix("\ufeff")), delimiter=sep))
        assert len(rows) > 1
        assert not other_language_words(" ".join(rows[0]).replace("_", " "), lang), rows[0]
        cites = [c for row in rows[1:] for c in row if c.startswith("LRT ")]
        assert cites and not other_language_words(" ".join(cites), lang, minutes), cites
        md = client.get(_with_lang(path + "&format=md", lang)).text
        head = "\n".join(x for x in md.splitlines() if not x.startswith("| ") or "---" in x)
        head += md.splitlines()[2 if md.startswith("#") else 0]  # the header row
        assert not other_language_words(head, lang), md[:500]


@pytest.mark.parametrize(("lang", "query"), [("nl", "opvang"), ("en", _EN)])
def test_first_use_progress_speaks_the_query_language(
    built, capsys, tmp_path: Path, lang: str, query: str
) -> None:
    corpus, index = built.copy(tmp_path)
    with (corpus / "2023-11-10-lrt.txt").open("a", encoding="utf-8") as f:
        f.write("\n- VNG vraagt om een nieuwe afspraak over de opvang.\n")
    code, _, err = run(
        ["search", query, "-k", "1", "--corpus", str(corpus), "--index", str(index)], capsys
    )
    assert code == 0, err
    progress = {"nl": "passages omzetten: ", "en": "embedding passages: "}
    assert progress[lang] in err and progress["en" if lang == "nl" else "nl"] not in err, err
