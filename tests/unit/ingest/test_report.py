"""The parse report of ``lrt-search check`` on the corpus files (no indexing)."""

from __future__ import annotations

from pathlib import Path

from lrt_search.ingest.report import check_file

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def test_report_of_a_meeting_with_sub_items() -> None:
    report = check_file(CORPUS / "2023-04-06-lrt.txt")
    [meeting] = report.meetings
    data = meeting.to_dict()
    assert data["date"] == "2023-04-06"
    assert [i["number"] for i in data["items"]] == ["1", None, None, "2", "2a", "2b", "3", None]
    assert sum(i["statements"] for i in data["items"]) == data["n_statements"] == 36
    # Item 2 holds only its sub-items 2a and 2b: not worth a warning.
    assert not any("item 2 " in w for w in meeting.warnings)
    assert "no start time found" in meeting.warnings
    assert len(data["decisions"]) == sum(i["decisions"] for i in data["items"]) == 8
    assert all(d["citation"].startswith("LRT 2023-04-06 · ") for d in data["decisions"])
    assert data["speakers"]["SJenV"] >= 1 and data["ocr_pages"] == []
    assert report.to_dict()["skipped"] == [] and report.parts[0].kind == "minutes"


def test_report_warns_about_an_empty_item() -> None:
    [meeting] = check_file(CORPUS / "2023-11-03-lrt.txt").meetings
    assert "item 5 (WVTTK) has no statements" in meeting.warnings
    assert meeting.meeting.start_time == "08:45"
    assert len(meeting.actions) == 2
