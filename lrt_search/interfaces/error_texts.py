"""Errors in the output's language: the Dutch form of every error a search, an answer, the
register or a web page can show (the library raises them in English, one line each).

A message is ``head: problem`` (a parameter such as ``since`` or ``--org``, or the file or index
folder the problem is about) or a whole sentence; the problem is a list of clauses joined by
``"; "``. :func:`error_text` puts each clause in Dutch from :data:`CLAUSES`, keeps the head (a
name or a path) and puts the system's reasons in parentheses ("Permission denied") in Dutch from
:data:`SYSTEM_REASONS`. A clause the table does not know stays as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..lazyre import lazy

#: A Dutch replacement: a template (``\\1``) or a function of the match.
Dutch = str | Callable[[re.Match[str]], str]

#: Whole messages (no head).
WHOLE: list[tuple[str, Dutch]] = [
    (r"(--)?since (\S+) is after (--)?until (\S+)", r"\1since \2 ligt na \3until \4"),
    (r"(Vanaf) (\S+) is after (tot en met) (\S+)", r"\1 \2 ligt na \3 \4"),
    (r"(?:--)?(\S+) (\S+): not an address to listen on \((.*)\)",
     r"--\1 \2: geen adres om op te luisteren (\3)"),
]  # fmt: skip

#: The clauses of problems, English pattern (matched whole) -> Dutch.
CLAUSES: list[tuple[str, Dutch]] = [
    # the command line itself (click's words)
    (r"Invalid value for ('[^']*'(?: / '[^']*')?): (.*?)\.?",
     lambda m: f"ongeldige waarde voor {m[1]}: {_clause(m[2])}"),
    (r"('[^']*') is not one of (.*)", r"\1 is niet een van \2"),
    (r"('[^']*') is not a valid int(?:eger)?\.?", r"\1 is geen geheel getal"),
    (r"('[^']*') is not in the range (.*)\.?", r"\1 ligt niet in het bereik \2"),
    (r"No such option: (\S+)(?: Did you mean (\S+)\?)?(?: \(Possible options: (.*)\))?",
     lambda m: f"onbekende optie: {m[1]}" + (f" (bedoelde u {m[2]}?)" if m[2] else "")
     + (f" (mogelijke opties: {m[3]})" if m[3] else "")),
    (r"Missing argument ('[^']*')\.?", r"argument \1 ontbreekt"),
    (r"to leave out a word, quote the whole query: (.*)",
     r"om een woord uit te sluiten, zet de hele zoekvraag tussen aanhalingstekens: \1"),
    (r"Option ('[^']*') requires an argument\.?", r"optie \1 vraagt een waarde"),
    (r"No such command ('[^']*')\.?", r"onbekend commando \1"),
    (r"no such configuration file", "configuratiebestand bestaat niet"),
    (r"not a valid TOML file \((.*)\)", r"geen geldig TOML-bestand (\1)"),
    (r"unknown setting\(s\): (.*)", r"onbekende instelling(en): \1"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", r"onverwachte extra argumenten (\1)"),
    # query parameters and options
    (r"empty query", "lege zoekvraag"),
    (r"empty question", "lege vraag"),
    (r"('.*') is not a date or period \(e\.g\. (.*)\)",
     r"\1 is geen datum of periode (bijvoorbeeld \2)"),
    (r"('.*') is not a valid date", r"\1 is geen geldige datum"),
    (r"not a date: ('.*') \(use YYYY-MM-DD\)", r"geen datum: \1 (gebruik JJJJ-MM-DD)"),
    (r"('.*') is a period, not one day", r"\1 is een periode, geen dag"),
    (r"unknown organisation ('.*'|\".*\")", r"onbekende organisatie \1"),
    (r"known: (.*)", r"bekend: \1"),
    (r"must lie between (-?\d+) and (-?\d+), not (-?\d+)", r"moet tussen \1 en \2 liggen, niet \3"),
    (r"must be at least 1, not (-?\d+)", r"moet minstens 1 zijn, niet \1"),
    (r"not a whole number: (.*)", r"geen geheel getal: \1"),
    (r"missing", "ontbreekt"),
    (r"nothing to search for besides the operators \(add words\)",
     "niets om te zoeken naast de operatoren (voeg woorden toe)"),
    (r"no value after (\w+):", r"geen waarde na \1:"),
    (r"no such page: (.*)", r"deze pagina bestaat niet: \1"),
    (r"(\S+) lies outside the period of the other date:",
     r"\1 ligt buiten de periode van de andere date:"),
    (r"(.+) holds no word to search for", r"\1 bevat geen woord om naar te zoeken"),
    (r"the (query|question) is (\d+) characters long",
     lambda m: f"de {'zoekvraag' if m[1] == 'query' else 'vraag'} is {m[2]} tekens lang"),
    (r"at most (\d+) are allowed", r"hooguit \1 zijn toegestaan"),
    (r"at most (\d+) are allowed \(setting max_query_chars\)",
     r"hooguit \1 zijn toegestaan (instelling max_query_chars)"),
    (r"(.+) is not one of (.*)", r"\1 is niet een van \2"),
    (r"one character such as ',' or ';', not (.*)", r"één teken zoals ',' of ';', niet \1"),
    (r"one character, not (.*)", r"één teken, niet \1"),
    (r"lines (\d+)-(\d+) are not a range within the (\d+) lines of (.*)",
     r"regels \1-\2 liggen niet binnen de \3 regels van \4"),
    (r"no minutes file (.*) in the corpus", r"geen notulenbestand \1 in de notulenmap"),
    (r"no meeting on (\S+) in (.*)", r"geen vergadering op \1 in \2"),
    # the corpus folder and its files
    (r"corpus folder does not exist \(give --corpus DIR or set LRT_CORPUS\)",
     "de notulenmap bestaat niet (geef --corpus MAP of zet LRT_CORPUS)"),
    (r"no readable minutes in the corpus folder", "geen leesbare notulen in de notulenmap"),
    (r"no such file", "bestand bestaat niet"),
    (r"empty file", "leeg bestand"),
    (r"cannot be read \((.*)\)", r"kan niet gelezen worden (\1)"),
    (r"is a directory, not a file \(give the files in it\)",
     "is een map, geen bestand (geef de bestanden erin)"),
    (r"is (.*), not a regular file", r"is \1, geen gewoon bestand"),
    (r"unsupported format (\S+)", r"niet ondersteund formaat \1"),
    (r"expected (.*)", r"verwacht: \1"),
    (r"binary data, not a text file", "binaire gegevens, geen tekstbestand"),
    (r"not valid UTF-8 \(byte (\d+)\)", r"geen geldige UTF-8 (byte \1)"),
    (r"decoded as (\S+)", r"gelezen als \1"),
    (r"is a PDF file with a text suffix", "is een PDF-bestand met een tekstextensie"),
    (r"rename it to \.pdf", "hernoem het naar .pdf"),
    (r"not a PDF file \(no %PDF header\)", "geen PDF-bestand (geen %PDF-kop)"),
    (r"encrypted PDF", "versleutelde PDF"),
    (r"decrypt it first", "ontsleutel hem eerst"),
    (r"truncated or corrupt PDF \((.*)\)", r"afgekapte of beschadigde PDF (\1)"),
    (r"no agenda items found \(no line like '1\. Opening'\)",
     "geen agendapunten gevonden (geen regel als '1. Opening')"),
    (r"no meeting date found \(no Vergaderdatum, no dated title, no YYYY-MM-DD file name\)",
     "geen vergaderdatum gevonden (geen Vergaderdatum, geen titel met datum, geen "
     "bestandsnaam JJJJ-MM-DD)"),
    (r"not minutes: it reads as an? (.*)", r"geen notulen: het leest als \1"),
    # the index
    (r"no index yet", "nog geen index"),
    (r"no index here", "hier staat geen index"),
    (r"build one with 'lrt-search index'", "bouw er een met 'lrt-search index'"),
    (r"up to date", "bijgewerkt"),
    (r"the corpus in (.*) changed since the index was built",
     r"de notulen in \1 zijn veranderd sinds de index gebouwd is"),
    (r"built with chunk_max_words=(.*)", r"gebouwd met chunk_max_words=\1"),
    (r"the organisation alias table changed", "de tabel van organisatienamen is veranderd"),
    (r"built by another version of the parser", "gebouwd door een andere versie van de lezer"),
    (r"built with backends (.*), settings ask for (.*)",
     r"gebouwd met zoekmodules \1, de instellingen vragen \2"),
    (r"built with embedder (.*), settings ask for (.*)",
     r"gebouwd met taalmodel \1, de instellingen vragen \2"),
    (r"index was built with embedder (.*), not (.*)", r"index gebouwd met taalmodel \1, niet \2"),
    (r"chunking or embedder differ", "opdeling of taalmodel verschillen"),
    (r"load a separate index for them", "laad er een aparte index voor"),
    (r"rebuild it with 'lrt-search index'", "bouw hem opnieuw met 'lrt-search index'"),
    (r"rebuild with 'lrt-search index'", "bouw opnieuw met 'lrt-search index'"),
    (r"rebuild the index", "bouw de index opnieuw"),
    (r"rebuild it", "bouw hem opnieuw"),
    (r"the web interface does not build indexes, run 'lrt-search index' and reload",
     "de webpagina bouwt geen index: voer 'lrt-search index' uit en laad de pagina opnieuw"),
    (r"missing; the index is incomplete \(rebuild it\)",
     "ontbreekt; de index is onvolledig (bouw hem opnieuw)"),
    (r"the index is incomplete \(rebuild it\)", "de index is onvolledig (bouw hem opnieuw)"),
    (r"corrupt index file \(row (\d+) fails its checksum\)",
     r"beschadigd indexbestand (rij \1 klopt niet met haar controlegetal)"),
    (r"corrupt index file \(block (\d+) at byte (\d+) differs from its checksum\)",
     r"beschadigd indexbestand (blok \1 op byte \2 wijkt af van zijn controlegetal)"),
    (r"corrupt index file \(size (\d+), expected (.*)\)",
     r"beschadigd indexbestand (grootte \1, verwacht \2)"),
    (r"corrupt index file \(checksum (\S+) is not (\S+)\)",
     r"beschadigd indexbestand (controlegetal \1 is niet \2)"),
    (r"corrupt index file \((.*)\)", r"beschadigd indexbestand (\1)"),
    (r"corrupt manifest \(checksum differs\)", "beschadigd manifest (controlegetal wijkt af)"),
    (r"corrupt manifest \((.*)\)", r"beschadigd manifest (\1)"),
    (r"corrupt index pointer (.*)", r"beschadigde indexverwijzing \1"),
    (r"corrupt checksum table", "beschadigde tabel van controlegetallen"),
    (r"index in an older format \(schema (\d+)\)", r"index in een ouder formaat (schema \1)"),
    (r"index schema (\S+) is not (\S+)", r"indexschema \1 is niet \2"),
    (r"cannot read the index pointer \((.*)\)", r"kan de indexverwijzing niet lezen (\1)"),
    (r"cannot read the manifest \((.*)\)", r"kan het manifest niet lezen (\1)"),
    (r"cannot write the index \((.*)\)", r"kan de index niet schrijven (\1)"),
    (r"cannot write the index folder \((.*)\)", r"kan de indexmap niet schrijven (\1)"),
    (r"the previous index is unchanged", "de vorige index is ongewijzigd"),
    (r"not empty and not an lrt-search index \(no (\S+) file\)",
     r"niet leeg en geen index van lrt-search (geen bestand \1)"),
    (r"give an empty or new folder", "geef een lege of nieuwe map"),
    (r"is a file, not an index folder", "is een bestand, geen indexmap"),
    (r"give a folder", "geef een map"),
    (r"cannot open \((.*)\)", r"kan niet geopend worden (\1)"),
    (r"cannot take the build lock \((.*)\)", r"kan het bouwslot niet nemen (\1)"),
    (r"another build of this index is running; waiting for it to finish",
     "een andere opbouw van deze index loopt; wachten tot die klaar is"),
    (r"index files disagree on the number of chunks",
     "de indexbestanden verschillen in het aantal passages"),
    (r"the written index differs from what was built",
     "de geschreven index wijkt af van wat gebouwd is"),
    (r"not in the manifest's checksums", "staat niet bij de controlegetallen van het manifest"),
    (r"searching the previous index", "de vorige index wordt doorzocht"),
    (r"rebuilding the index", "de index wordt opnieuw gebouwd"),
    # the server
    (r"cannot listen on (\S+) \((.*)\)", r"kan niet luisteren op \1 (\2)"),
    (r"choose another --port or stop the other server",
     "kies een andere --port of stop de andere server"),
    (r"must lie between 0 and 65535, not (-?\d+)", r"moet tussen 0 en 65535 liggen, niet \1"),
    # settings (settings_checks: "<key> = <value>: must be ...")
    (r"(\w+ = .*): must be (.*)", lambda m: f"{m[1]}: {_clause('must be ' + m[2])}"),
    (r"must be one of (.*)", r"moet een van \1 zijn"),
    (r"must be a list of strings", "moet een lijst van teksten zijn"),
    (r"must be a list of numbers", "moet een lijst van getallen zijn"),
    (r"must be true or false", "moet true of false zijn"),
    (r"must be a whole number", "moet een geheel getal zijn"),
    (r"must be a \(finite\) number", "moet een (eindig) getal zijn"),
    (r"must be a string", "moet een tekst zijn"),
    (r"must be a path \(a string\)", "moet een pad zijn (een tekst)"),
    (r"must be at least (\S+)", r"moet minstens \1 zijn"),
    (r"must be between (\S+) and (\S+)", r"moet tussen \1 en \2 liggen"),
    (r"must hold (\d+) numbers \((.*)\)", r"moet \1 getallen bevatten (\2)"),
]  # fmt: skip

#: The operating system's reasons (``strerror``), as they appear in parentheses.
SYSTEM_REASONS = {
    "No such file or directory": "bestand of map bestaat niet",
    "Permission denied": "geen toegang",
    "No space left on device": "geen ruimte meer op het apparaat",
    "Read-only file system": "alleen-lezen bestandssysteem",
    "Is a directory": "is een map",
    "Not a directory": "is geen map",
    "Address already in use": "adres al in gebruik",
    "Disk quota exceeded": "schijfquotum overschreden",
    "File exists": "bestand bestaat al",
    "Operation not permitted": "bewerking niet toegestaan",
    "Too many open files": "te veel open bestanden",
}

_WHOLE = [(lazy(p), d) for p, d in WHOLE]
_CLAUSES = [(lazy(p), d) for p, d in CLAUSES]
_HEAD = lazy(r"(-{0,2}[\w, -]+|/\S*|\S+\.\w+): (.*)", re.S)
_SYSTEM = lazy("|".join(re.escape(r) for r in SYSTEM_REASONS))
_OUTSIDE_QUOTES = lazy(r"; (?=(?:[^']*'[^']*')*[^']*$)")


def _replace(m: re.Match[str], dutch: Dutch) -> str:
    return dutch(m) if callable(dutch) else m.expand(dutch)


def _clause(text: str) -> str:
    text = _SYSTEM.sub(lambda m: SYSTEM_REASONS[m[0]], text)
    for pattern, dutch in _CLAUSES:
        m = pattern.fullmatch(text)
        if m:
            return _replace(m, dutch)
    head = _HEAD.fullmatch(text)  # "<path>: built with ..." inside a longer problem
    if head and _clause(head[2]) != head[2]:
        return f"{head[1]}: {_clause(head[2])}"
    return text


def _clauses(problem: str) -> list[str]:
    """The clauses of ``problem``: split at ``"; "`` outside single quotes, so a quoted value
    such as ``'VNG; DROP'`` stays whole (a plain split when the quotes do not pair up)."""
    if problem.count("'") % 2:
        return problem.split("; ")
    return _OUTSIDE_QUOTES.split(problem)


def dutch_problem(problem: str) -> str:
    """A problem (clauses joined by ``"; "``) in Dutch."""
    return "; ".join(_clause(part) for part in _clauses(problem))


def one_line(text: str) -> str:
    """``text`` with every character that is not printable (a newline, a record separator
    from a file name, ...) written as its escape, so a message stays one line on a terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def error_text(
    message: str | BaseException, lang: str, labels: dict[str, str] | None = None
) -> str:
    """An error (its message, or the exception) in ``lang``; English is the library's own text.
    A :class:`~lrt_search.errors.ReadError` or ``IndexStoreError`` keeps its path as the head;
    ``labels`` name the parameters as a form shows them (``since`` -> ``Vanaf``)."""
    text = one_line(str(message))
    path, problem = getattr(message, "path", None), getattr(message, "problem", None)
    if isinstance(path, Path) and isinstance(problem, str):
        problem = one_line(problem)
        return f"{one_line(str(path))}: {dutch_problem(problem) if lang == 'nl' else problem}"
    if labels:
        text = _labelled(text, labels, lang)
    if lang != "nl":
        return text
    for pattern, dutch in _WHOLE:
        m = pattern.fullmatch(text)
        if m:
            return _replace(m, dutch)
    m = _HEAD.fullmatch(text)
    first = _clauses(m[2])[0] if m else ""
    if m and _clause(first) == first and _clause(text) != text:
        return _clause(text)  # no head: a sentence with a colon in it
    if m:
        return f"{m[1]}: {dutch_problem(m[2])}"
    return dutch_problem(text)


def _labelled(text: str, labels: dict[str, str], lang: str) -> str:
    """``since: ...`` as ``Vanaf: ...``; ``since A is after until B`` with both labels."""
    m = re.fullmatch(r"(?:--)?since (\S+) is after (?:--)?until (\S+)", text)
    if m and "since" in labels and "until" in labels:
        after = "ligt na" if lang == "nl" else "is after"
        return f"{labels['since']} {m[1]} {after} {labels['until'].lower()} {m[2]}"
    head, sep, rest = text.partition(": ")
    if sep and head.removeprefix("--") in labels:
        return f"{labels[head.removeprefix('--')]}: {rest}"
    return text
