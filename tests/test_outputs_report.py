"""The monitoring report: every figure a saved statement, matching the tally; HTML, Markdown and PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.analysis.statements import get_statement
from observatory.analysis.tally import TallyQuery, tally
from observatory.cli import cli
from observatory.models import Casualty, Claim, Count, Event, Extraction, Location, Report, Span
from observatory.outputs import ReportRequest, write_report
from observatory.outputs.narrative import headline, paragraphs
from observatory.outputs.report_data import gather
from observatory.outputs.sample import synthetic_events
from observatory.store import Store

TEXT = ("Attack near al-Kom\n\nAn ISIS attack on Sunday targeted positions of the regime forces near al-Kom. "
        "At least 7 members of the regime forces were killed, 2 of them Russian.")
STATEMENT = re.compile(r"st-[0-9a-f]{10}")


@pytest.fixture()
def store(tmp_db: Path) -> Store:
    s = Store.open(str(tmp_db))
    report = Report(text=TEXT, source="Test monitor", title="Attack near al-Kom", published=date(2019, 4, 14))
    event = Event(id="kom", date_start=date(2019, 4, 14), event_type="attack", perpetrator_side="isis",
                  target_side="regime", report_id=report.id,
                  location=Location(name="al-Kom", lat=35.195, lon=38.85, admin1="Homs"),
                  casualties=(Casualty("regime", killed=Count(5), nationality="SY"),
                              Casualty("russia", killed=Count(2), nationality="RU")))
    start = TEXT.index("At least 7")
    claim = Claim(report_id=report.id, event_id="kom", field="killed.regime", value="7",
                  span=Span(start, start + len("At least 7 members of the regime forces were killed")))
    with s.batch("test") as (conn, batch_id):
        s.add_reports(conn, batch_id, [report])
        s.add_extraction(conn, batch_id, Extraction(report_id=report.id, events=(event,), claims=(claim,)), "test")
        s.add_events(conn, batch_id, synthetic_events(60, seed=5, start=date(2019, 3, 25), days=25))
    return s


def test_report_figures_are_saved_statements_matching_the_tally(store: Store) -> None:
    data = gather(store, ReportRequest(since=date(2019, 3, 24), until=date(2019, 4, 20)))
    expected = tally(store, TallyQuery(since=date(2019, 3, 24), until=date(2019, 4, 20)))
    assert data.total.minimum == expected.total.minimum and data.total.incidents == expected.total.incidents
    by_side = tally(store, TallyQuery(since=date(2019, 3, 24), until=date(2019, 4, 20), by=("side",)))
    assert {f.get("side"): f.minimum for f in data.by_side} == {dict(r.key)["side"]: r.minimum for r in by_side.rows}
    assert sum(f.incidents for f in data.by_week) == data.total.incidents
    text = headline(data) + " ".join(paragraphs(data))
    cited = set(STATEMENT.findall(text))
    assert data.total.statement in cited
    for sid in cited:
        assert get_statement(store, sid).id == sid
    assert f"At least {expected.total.minimum:,} killed" in headline(data)
    assert "ISIS carried out" in text and "2 Russian" in text


def test_html_report_is_self_contained_with_map_chart_and_quotes(store: Store, tmp_path: Path) -> None:
    out = write_report(store, ReportRequest(), tmp_path / "report.html")
    page = out.read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 2  # the map and the weekly chart
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org", "")
    for section in ("Killed by side", "Killed by nationality", "Incidents by governorate", "Incidents",
                    "Methodology", "Caveats", "Statements cited"):
        assert f"<h2>{section}</h2>" in page
    assert "At least 7 members of the regime forces were killed" in page and "Attack near al-Kom" in page
    for sid in set(STATEMENT.findall(page)):
        assert f"id='{sid}'" in page  # every citation resolves to a row of the statements table


@pytest.mark.slow
def test_markdown_and_pdf_reports(store: Store, tmp_path: Path) -> None:
    md = write_report(store, ReportRequest(), tmp_path / "r.md")
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Monitoring report") and "![Map" in text
    assert (tmp_path / "r_map.png").is_file() and (tmp_path / "r_weekly.png").is_file()
    pdf = write_report(store, ReportRequest(), tmp_path / "r.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-" and len(re.findall(rb"/Type /Page\b", pdf)) >= 4


def test_empty_database_gives_a_valid_report(tmp_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["report", "--db", str(tmp_db), "--out", str(tmp_path / "empty.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No incidents recorded" in page and page.rstrip().endswith("</html>")


def test_cli_report_rejects_unknown_format(store: Store, tmp_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "--db", str(tmp_db), "--out", str(tmp_path / "r.docx")])
    assert result.exit_code == 1 and "Error:" in result.output and ".docx" in result.output


@pytest.mark.shared
@pytest.mark.slow
def test_seed_report_matches_the_tally(shared_data: Path, tmp_db: Path, tmp_path: Path) -> None:
    from observatory.pipeline import ingest

    store = Store.open(str(tmp_db))
    ingest(store, [str(shared_data / "seed")])
    since, until = date(2019, 3, 24), date(2019, 4, 20)
    out = write_report(store, ReportRequest(since=since, until=until), tmp_path / "seed.html")
    page = out.read_text(encoding="utf-8")
    expected = tally(store, TallyQuery(since=since, until=until))
    # the source's own totals exceed what is itemised: the headline leads with them, then the itemised figure
    assert "At least 69 regime soldiers and allied militiamen and 22 ISIS members killed in Syria" in page
    assert f"{expected.total.incidents:,} incidents documented, with at least {expected.total.minimum:,} killed" in page
    assert "among them 9 non-Syrian militiamen loyal to Iran and 2 Russians" in page
    for claim in expected.claims:  # the source's own totals are quoted beside the itemised figure
        assert f"at least {claim.killed:,}" in page


def test_report_for_a_governorate_counts_only_its_incidents(store: Store) -> None:
    data = gather(store, ReportRequest(region="homs"))
    expected = tally(store, TallyQuery(since=data.since, until=data.until, governorates=("Homs",)))
    assert data.total.minimum == expected.total.minimum and data.total.incidents == expected.total.incidents
    assert all(i.event.location.admin1 == "Homs" for i in data.incidents)
    assert " in Homs" in headline(data)
