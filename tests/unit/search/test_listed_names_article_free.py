"""Rule ``listed_names_article_free`` (issue 16 session 30 task F2: rule attendance_org_listed's
``not_listed`` read "de commissaris van de koning" as no body), by hand. No index."""

from __future__ import annotations

from test_office_portfolios import _table  # the test folder is on the path

from lrt_search.answer.attendance import _resolved
from lrt_search.lexicon.organisations import OrgTable


def test_not_listed_reads_a_name_with_its_article() -> None:
    orgs: OrgTable = _table()
    assert _resolved(orgs, "de commissaris van de koning", True) == "CdK"
    assert _resolved(orgs, "het COA", True) == "COA"
    assert _resolved(orgs, "de commissaris van de koning", False) is None
    assert _resolved(orgs, "de spreidingswet", True) is None
