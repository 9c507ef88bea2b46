"""The main job's glue: extraction results stored with inferred dates where the text gives none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from observatory.models import CumulativeClaim, DatePrecision, Event, Extraction, Report
from observatory.pipeline import date_undated_events, ingest
from observatory.store import EventFilter, Store


def _extraction(report: Report, *totals: CumulativeClaim) -> Extraction:
    events = (Event(id="dated", date_start=date(2019, 4, 2), event_type="attack"),
              Event(id="undated", date_start=None, event_type="ambush", notes="headline event"))
    return Extraction(report_id=report.id, events=events, totals=totals)


def test_undated_incidents_of_a_roundup_fall_in_its_period() -> None:
    report = Report(text="roundup", published=date(2019, 4, 21))
    total = CumulativeClaim(report_id=report.id, side="regime", killed=69, since=date(2019, 3, 24), until=date(2019, 4, 20))
    dated, undated = date_undated_events(_extraction(report, total), report).events
    assert dated.date_start == date(2019, 4, 2) and dated.date_precision is DatePrecision.DAY
    assert (undated.date_start, undated.date_end, undated.date_precision) == (date(2019, 3, 24), date(2019, 4, 20),
                                                                              DatePrecision.MONTH)
    assert undated.notes == "headline event; date not stated: within the report's period 2019-03-24 to 2019-04-20"


def test_undated_incidents_take_the_publication_week_or_stay_undated() -> None:
    report = Report(text="incident", published=date(2019, 4, 21))
    _, undated = date_undated_events(_extraction(report), report).events
    assert (undated.date_start, undated.date_precision) == (date(2019, 4, 21), DatePrecision.WEEK)
    bare = Report(text="no date at all")
    _, still = date_undated_events(_extraction(bare), bare).events
    assert still.date_start is None


def test_ingest_stores_extracted_events_claims_and_totals(tmp_path: Path, tmp_db: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("Published: 2019-04-08\n\nISIS cells attacked a post of the regime forces near al-Sukhnah in the "
                 "eastern countryside of Homs yesterday, killing 4 soldiers and injuring 6 others.\n")
    store = Store.open(str(tmp_db))
    result = ingest(store, [str(f)])
    assert (result.reports_added, result.events_added, result.extraction) == (1, 1, "on")
    (event,) = store.iter_events(EventFilter())
    assert event.date_start == date(2019, 4, 7)
    assert event.killed_best == 4 and event.injured_best == 6
    assert event.location.admin1 == "Homs"
    report_text = store.get_report(event.report_id or "").text
    fields = {c.field: report_text[c.span.start:c.span.end] for c in store.claims_for_event(event.id)}
    assert fields["killed.regime"].startswith("4")
