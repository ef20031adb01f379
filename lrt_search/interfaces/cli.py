"""The ``lrt-search`` command line: its entry point.

``search``, ``ask`` and ``decisions`` with plainly valid options run without typer
(:mod:`.cli_fast`); every other command line (help, the other commands, an error of the
command line) goes to the typer application (:mod:`.cli_commands`), imported only then.
"""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from typing import Any

from ..errors import ConfigError, LrtError, QueryError
from .cli_base import err, output


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``lrt-search`` console script (``argv`` ``None``: the process's own
    arguments, and the process ends with the command); a caller in the same process passes
    ``argv`` and gets :class:`SystemExit`."""
    output.lang = "en"  # until a command knows its language (main may run more than once)
    _RAN_FAST.clear()
    try:
        _run(argv)
    except SystemExit as done:
        if argv is None and _RAN_FAST:
            _leave(done.code)
        raise
    finally:  # a caller in the same process gets English progress labels again
        output.lang = "en"


#: Holds an item while ``main`` runs ``search``, ``ask`` or ``decisions`` without typer (the
#: commands whose process :func:`_leave` ends; the others, which may write files, end as usual).
_RAN_FAST: list[bool] = []


def _leave(code: object) -> None:
    """End the console script's process with ``code`` without the interpreter's teardown:
    freeing every module, the model and the index took 60-70 ms of CPU after each ``search``
    and ``ask`` (a fifth of the command; issue 19). The exit handlers run and the output is
    flushed first, as at a normal exit; with another thread still running, or an output that
    cannot be flushed, the interpreter ends as usual."""
    import atexit
    import threading

    if threading.active_count() != 1 or not isinstance(code, int | None):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # the interpreter's own exit reports it
    atexit._run_exitfuncs()
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code or 0)


def _dispatch(argv: list[str] | None) -> int:
    from .cli_fast import fast_command

    command = fast_command(sys.argv[1:] if argv is None else list(argv))
    if command is not None:
        _RAN_FAST.append(True)
        if argv is None:
            _no_cycle_collection()
            from ..recache import install

            install()  # compiled patterns kept between runs
        command()
        return 0
    from .cli_commands import run_typer

    return run_typer(argv)


def _no_cycle_collection() -> None:
    """Switch off Python's cycle collector for the rest of a console script's ``search``,
    ``ask`` or ``decisions`` (a process that answers one command and ends): importing NumPy,
    FAISS and the package allocates tens of thousands of objects that live to the end, and the
    collector walked them some 100 times per ``ask`` (~15 ms of CPU) to free a few hundred
    (issue 19). Reference counting still frees everything else as it goes."""
    import gc

    gc.disable()


def _run(argv: list[str] | None) -> None:
    from .cli_language import in_output_language

    warnings.filterwarnings("default")
    warnings.showwarning = lambda message, *args, **kwargs: err.print(
        in_output_language("warning", str(message)), markup=False
    )
    try:
        result = _dispatch(argv)
        sys.stdout.flush()  # a reader that left shows here, not in the flush at exit
    except LrtError as exc:
        err.print(in_output_language("error", exc), markup=False)
        sys.exit(2 if isinstance(exc, QueryError | ConfigError) else 1)
    except BrokenPipeError:  # the reader left (`| head`): stop quietly, as `yes | head` does
        _quiet_stdout()
        sys.exit(141)  # 128 + SIGPIPE, a shell's code for a writer whose reader left
    except OSError as exc:  # the environment (disk full, permissions), never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(in_output_language("error", str(exc.strerror or exc), where), markup=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
    sys.exit(result)


def _quiet_stdout() -> None:
    """Point stdout at the null device, so the interpreter's flush at exit finds no closed
    pipe to complain about (the recipe of Python's ``signal`` documentation)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def __getattr__(name: str) -> Any:
    # The typer application and its commands (``cli.app``, ``cli.search``), as before the
    # entry point was split from them; not for the import system's probes (``__path__``).
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import cli_commands

    return getattr(cli_commands, name)


if __name__ == "__main__":  # pragma: no cover
    main()
