"""The language of the command line's errors and warnings: that of the command's output
(``lrt-search: fout: ...`` after a Dutch query, ``lrt-search: error: ...`` after an English one
and for the commands that write English)."""

from __future__ import annotations

from ..lazyre import lazy
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
    from .error_texts import error_text, one_line
    from .messages import TEXTS

    word = TEXTS[output.lang][kind].lower()
    text = error_text(problem, output.lang)
    where = one_line(where)
    return f"lrt-search: {word}: {where}{text}" if kind == "error" else f"{word}: {text}"


#: A word after a single dash ("-COA", "-kritiek"): no option of the command line is one (its
#: only short option is "-k"), so it is an exclusion of the search syntax typed unquoted.
_DASH_WORD = lazy(r"-[^\W\d_][\w'’-]+")


def dash_word_hint(argv: list[str]) -> str:
    """For a usage error of ``search`` or ``ask`` whose command line holds a word after a
    single dash (``lrt-search search opvang -COA``: click reads "-C"), how to type it: ``"to
    leave out a word, quote the whole query: lrt-search search 'opvang -COA'"`` (after ``--``
    when the query begins with the dash); else ``""``."""
    found = [(i, a) for i, a in enumerate(argv) if a in ("search", "ask")]
    if not found or "--" in argv:
        return ""
    at, command = found[0]
    args = argv[at + 1 :]
    dashed = [a for a in args if _DASH_WORD.fullmatch(a)]
    if not dashed:
        return ""
    words = [
        a
        for i, a in enumerate(args)
        if (a[:1] != "-" or a in dashed) and not (i and _takes_value(args[i - 1]))
    ]
    query = " ".join(words)
    typed = ("-- " if query.startswith("-") else "") + "'" + query.replace("'", "'\\''") + "'"
    return f"to leave out a word, quote the whole query: lrt-search {command} {typed}"


def _takes_value(option: str) -> bool:
    """Whether ``option`` is an option followed by its value ("-k" in "-k 3", "--org")."""
    return (
        option.startswith("-")
        and "=" not in option
        and option not in _FLAGS
        and not _DASH_WORD.fullmatch(option)
    )
