"""The decisions and actions register over the index: filters, facets, ``engine.decisions``
and the ``decisions`` command's formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from lrt_search.answer.decisions import Register
from lrt_search.errors import QueryError
from lrt_search.interfaces.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    return int(info.value.code or 0), captured.out, captured.err


def test_register_filters_and_facets(engine) -> None:
    everything = engine.decisions()
    assert isinstance(everything, Register)
    assert len(everything) >= 20
    assert sum(everything.by_meeting.values()) == len(everything)
    assert set(everything.by_kind) == {"afspraak", "besluit", "actie"}
    vng = engine.decisions(org="vng")
    assert len(vng) >= 2 and all("VNG" in d.orgs for d in vng)
    assert vng.by_organisation["VNG"] == len(vng)
    # BZK covers MBZK and MVRO; the filter goes through the alias table.
    assert {d.orgs for d in engine.decisions(org="BZK")} >= {("BZK", "Aedes")}
    actions = engine.decisions(kind="actie", since="2023-11-04", until="2024-12-31")
    assert actions and all(
        d.kind == "actie" and d.meeting_date.isoformat() == "2023-11-10" for d in actions
    )
    one = engine.decisions(meeting="2023-04-06", kind=["afspraak"])
    assert len(one) == 6 and one.by_meeting == {"2023-04-06": 6}
    for d in everything:
        assert d.text in d.statement
        assert d.source.endswith(".txt") and d.citation.startswith("LRT ")
        chunk = next(c for c in engine.chunks if c.chunk_id == d.chunk_id)
        assert d.statement in [s.text for s in chunk.statements]
    with pytest.raises(QueryError, match="--kind"):
        engine.decisions(kind="motie")
    with pytest.raises(QueryError, match="--org"):
        engine.decisions(org="Gemeente Nergenshuizen")
    with pytest.raises(QueryError, match="after"):
        engine.decisions(since="2025-01-01", until="2023-01-01")


def test_decisions_cli_formats(built, capsys) -> None:
    corpus = ["--corpus", str(built.corpus)]
    code, out, err = run(["decisions", "--format", "json", *corpus], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["count"] == len(data["decisions"]) >= 20
    first = data["decisions"][0]
    assert {"meeting_date", "item", "kind", "orgs", "text", "citation", "source"} <= set(first)
    assert isinstance(first["orgs"], list)
    assert {f["org"] for f in data["facets"]["by_organisation"]} >= {"VNG", None}

    code, out, _ = run(["decisions", "--format", "csv", "--org", "VNG", *corpus], capsys)
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert code == 0 and rows and all("VNG" in r["organisaties"].split(";") for r in rows)
    assert all(r["bron"].startswith("LRT ") and " item " not in r["bron"] for r in rows)
    english = ["decisions", "--format", "csv", "--org", "VNG", "--lang", "en", *corpus]
    code, out, _ = run(english, capsys)
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert code == 0 and rows and all("VNG" in r["orgs"].split(";") for r in rows)
    assert {r["kind"] for r in rows} <= {"agreement", "decision", "action"}

    code, out, _ = run(["decisions", "--format", "md", "--kind", "besluit", *corpus], capsys)
    assert code == 0 and out.startswith("| Vergadering | Agendapunt | Soort |")
    assert "| actie |" not in out and " lines " not in out and "| besluit |" in out
    md = ["decisions", "--format", "md", "--kind", "besluit", "--lang", "en", *corpus]
    code, out, _ = run(md, capsys)
    assert code == 0 and out.startswith("| Meeting | Item | Kind |") and "| decision |" in out

    code, out, _ = run(["decisions", "--kind", "actie", "--meeting", "2023-11-03", *corpus], capsys)
    assert code == 0
    assert "BZK, Aedes" in out and "2 gevonden" in out and "regels" in out and "lines" not in out
    assert all(len(line) <= 80 and line == line.rstrip() for line in out.splitlines())

    code, _, err = run(["decisions", "--format", "xml", *corpus], capsys)
    assert code == 2 and "--format" in err


def test_register_csv_opens_in_dutch_excel(built, capsys) -> None:
    """UTF-8 with a byte-order mark and ';' between fields (--csv-sep ;); organisations are
    then joined with ','."""
    corpus = ["--corpus", str(built.corpus)]
    code, out, _ = run(["decisions", "--format", "csv", "--csv-sep", ";", *corpus], capsys)
    assert code == 0 and out.startswith("\ufeffvergaderdatum;agendapunt;soort;organisaties;")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert len(rows) >= 20 and any("," in r["organisaties"] for r in rows)
    assert any("ë" in r["tekst"] or "é" in r["tekst"] for r in rows)  # accents survive
    code, _, err = run(["decisions", "--format", "csv", "--csv-sep", "ab", *corpus], capsys)
    assert code != 0 and "--csv-sep" in err
