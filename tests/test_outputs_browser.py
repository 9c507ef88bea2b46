"""map.html in headless Debian chromium, with every network request blocked.

Checks that the page makes no external request, renders its layers and markers, that clusters count
every event, that the time slider and the side filter change what is shown, and that popups quote the
source's words. Saves a screenshot beside the test's files.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from observatory.models import Casualty, Claim, Count, Event, Extraction, Location, Report, Span
from observatory.outputs import MapRequest, write_map
from observatory.outputs.sample import synthetic_events
from observatory.store import Store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
REPORT_TEXT = ("Title line\n\nAn ISIS attack on Sunday targeted positions of the regime forces near al-Kom. "
               "At least 7 members of the regime forces were killed in the attack.")


def _store(path: Path) -> tuple[Store, list[Event]]:
    store = Store.open(str(path))
    report = Report(text=REPORT_TEXT, source="Test monitor", title="Attack near al-Kom", published=date(2019, 4, 14))
    start = REPORT_TEXT.index("At least 7")
    quoted = Event(id="quoted-event", date_start=date(2019, 4, 14), event_type="attack", perpetrator_side="isis",
                   target_side="regime", location=Location(name="al-Kom", lat=35.195, lon=38.85, admin1="Homs"),
                   casualties=(Casualty("regime", killed=Count(7, qualifier=Count(7).qualifier)),), report_id=report.id)
    claim = Claim(report_id=report.id, event_id=quoted.id, field="killed.regime", value="7",
                  span=Span(start, start + len("At least 7 members of the regime forces were killed")))
    events = list(synthetic_events(300, seed=11))
    with store.batch("test") as (conn, batch_id):
        store.add_reports(conn, batch_id, [report])
        store.add_events(conn, batch_id, events)
        store.add_extraction(conn, batch_id, Extraction(report_id=report.id, events=(quoted,), claims=(claim,)), "test")
    from observatory.analysis.control import import_control

    csv_path = path.parent / "control.csv"
    csv_path.write_text("name,lat,lon,faction\nDamascus,33.51,36.29,regime\nRaqqa,35.95,39.01,sdf\n"
                        "Idlib,35.93,36.63,hts\nDesert,34.9,39.4,isis\n", encoding="utf-8")
    import_control(store, csv_path)
    return store, events + [quoted]


@pytest.fixture(scope="module")
def browser() -> Any:
    if not Path(CHROMIUM).exists():  # pragma: no cover - the project's machines have it
        reason = f"Debian chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser: Any, page_path: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    external: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=20000)
    return page, external, errors


def test_map_html_renders_filters_and_quotes_offline(browser: Any, tmp_db: Path, tmp_path: Path) -> None:
    store, events = _store(tmp_db)
    out = write_map(store, MapRequest(), tmp_path / "map.html")
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html and "<link " not in html  # everything is inlined: no CDN, no local files
    page, external, errors = _open(browser, out)

    stats = page.evaluate("observatoryMap.stats()")
    assert stats["total"] == stats["shown"] == len(events)
    for layer in ("Control areas", "Governorate boundaries", "Euphrates", "Area of activity", "Towns", "Events"):
        assert layer in stats["layers"]
    assert stats["singles"] > 0 and stats["clusters"] > 0
    assert stats["controlAreas"] == 4
    assert page.locator(".obs-cluster").count() == stats["clusters"]
    assert page.locator(".leaflet-overlay-pane canvas, .leaflet-pane canvas").count() >= 1
    assert page.evaluate("observatoryMap.visibleEventCount()") == len(events)  # clusters count every event
    page.screenshot(path=str(tmp_path / "map.png"))
    assert (tmp_path / "map.png").stat().st_size > 20_000

    feb = sum(1 for e in events if e.date_start and date(2019, 2, 1) <= e.date_start <= date(2019, 2, 28))
    assert page.evaluate("observatoryMap.setPeriod('2019-02-01', '2019-02-28')") == feb
    assert page.evaluate("observatoryMap.visibleEventCount()") == feb
    assert "2019-02-01 – 2019-02-28" in page.inner_text("#obs-period")
    assert f"{feb} of {len(events)} events shown" in page.inner_text("#obs-count")

    page.evaluate("observatoryMap.setPeriod('2019-01-01', '2019-12-31')")
    isis = sum(1 for e in events if e.perpetrator_side == "isis")
    page.uncheck("input[data-sides='3']")  # SIDES[3] == "isis"
    page.wait_for_function(f"observatoryMap.stats().shown === {len(events) - isis}", timeout=5000)

    page.check("input[data-sides='3']")
    page.wait_for_function(f"observatoryMap.stats().shown === {len(events)}", timeout=5000)
    assert page.evaluate("observatoryMap.openEvent('quoted-event')") is True
    popup = page.inner_text(".leaflet-popup-content")
    assert "At least 7 members of the regime forces were killed" in popup
    assert "Attack near al-Kom" in popup and "Test monitor" in popup
    assert page.locator(".leaflet-popup-content mark").count() == 1
    page.wait_for_timeout(400)  # let the popup fade in
    page.screenshot(path=str(tmp_path / "popup.png"))
    assert external == [] and errors == []
    page.close()
