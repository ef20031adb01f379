"""The language of the command line's errors and warnings: that of the command's output
(``lrt-search: fout: ...`` after a Dutch query, ``lrt-search: error: ...`` after an English one
and for the commands that write English)."""

from __future__ import annotations

from .cli_base import output

_FLAGS = {"--json", "--check", "--replace", "--show-failures", "--ablate-checks", "--help"}


def language_of_usage(argv: list[str]) -> None:
    """Set the output language for an error of the command line itself (``--mode fast``):
    that of the query of ``search``/``ask``, or ``--lang`` of ``decisions``."""
    found = [(a, argv[i + 1 :]) for i, a in enumerate(argv) if a[:1] != "-"]
    command, rest = found[0] if found else ("", [])
    if command == "decisions" and "--lang" in rest[:-1]:
        output.lang = "en" if rest[rest.index("--lang") + 1] == "en" else "nl"
    elif command == "decisions":
        output.lang = "en" if "--lang=en" in rest else "nl"
    elif command in ("search", "ask"):
        from .searching import query_lang

        takes_value = False
        for arg in rest:
            if takes_value or arg in _FLAGS:
                takes_value = False
            elif arg.startswith("-") and len(arg) > 1:
                takes_value = "=" not in arg
            else:
                output.lang = query_lang(arg)
                return
        output.lang = "nl"


def in_output_language(kind: str, problem: str | Exception, where: str = "") -> str:
    """``lrt-search: error: <problem>`` (``kind`` "error") or ``warning: <problem>`` in the
    language of the command's output (``lrt-search: fout: ...`` after a Dutch query)."""
    from .error_texts import error_text
    from .messages import TEXTS

    word = TEXTS[output.lang][kind].lower()
    text = error_text(problem, output.lang)
    return f"lrt-search: {word}: {where}{text}" if kind == "error" else f"{word}: {text}"
