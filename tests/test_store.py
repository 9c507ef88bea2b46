"""The store on real SQLite files: round trips, idempotence, rollback."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from observatory.errors import StoreError
from observatory.models import (
    EVENT_TYPES,
    GOVERNORATES,
    SIDES,
    Casualty,
    Count,
    CumulativeClaim,
    DatePrecision,
    Event,
    Extraction,
    GeoPrecision,
    Location,
    Qualifier,
    Report,
    Span,
    stable_id,
)
from observatory.store import EventFilter, Store

counts = st.builds(
    lambda low, extra1, extra2, q: Count(best=low + extra1, low=low, high=low + extra1 + extra2, qualifier=q),
    st.integers(0, 500), st.integers(0, 50), st.integers(0, 50), st.sampled_from(list(Qualifier)),
)
casualty = st.builds(Casualty, side=st.sampled_from(SIDES), killed=st.none() | counts, injured=st.none() | counts,
                     nationality=st.none() | st.sampled_from(["SY", "RU", "IR", "AF", "LB"]))
location = st.builds(
    Location,
    name=st.none() | st.text(min_size=1, max_size=30),
    lat=st.none() | st.floats(32.0, 37.5), lon=st.none() | st.floats(35.5, 42.5),
    precision=st.none() | st.sampled_from(list(GeoPrecision)),
    admin1=st.none() | st.sampled_from(GOVERNORATES),
)
events = st.builds(
    Event,
    id=st.text(alphabet="abcdef0123456789", min_size=8, max_size=20),
    date_start=st.none() | st.dates(date(2011, 1, 1), date(2025, 12, 31)),
    event_type=st.sampled_from(EVENT_TYPES),
    date_precision=st.sampled_from(list(DatePrecision)),
    perpetrator_side=st.none() | st.sampled_from(SIDES),
    target_side=st.none() | st.sampled_from(SIDES),
    location=location,
    casualties=st.lists(casualty, max_size=4).map(tuple),
    notes=st.none() | st.text(max_size=40),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(event=events)
def test_event_round_trips_through_sqlite(tmp_path: Path, event: Event) -> None:
    store = Store.open(str(tmp_path / f"rt-{uuid.uuid4().hex}.db"))
    with store.batch("test") as (conn, batch_id):
        assert store.add_events(conn, batch_id, [event]) == 1
    assert store.get_event(event.id) == event
    store.close()


def test_adding_the_same_events_twice_adds_nothing(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    evs = [Event(id=stable_id("t", i), date_start=date(2019, 4, i + 1), event_type="attack",
                 casualties=(Casualty("regime", killed=Count(i)),)) for i in range(10)]
    for expected in (10, 0):
        with store.batch("test") as (conn, bid):
            assert store.add_events(conn, bid, evs) == expected
    assert store.count("events") == 10
    assert store.count("casualties") == 10


def test_a_failing_batch_leaves_the_database_as_before(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    with pytest.raises(RuntimeError), store.batch("test") as (conn, bid):
        store.add_reports(conn, bid, [Report(text="first report"), Report(text="second report")])
        raise RuntimeError("disk on fire")
    assert store.count("reports") == 0
    assert store.count("batches") == 0


def test_extraction_with_totals_is_stored_and_read_back(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    report = Report(text="Between 24 March and 20 April 2019 at least 69 soldiers were killed, among them 2 Russians.")
    total = CumulativeClaim(report_id=report.id, side="regime", killed=69, since=date(2019, 3, 24),
                            until=date(2019, 4, 20), of_which=(("russia", 2),), span=Span(0, 40))
    with store.batch("test") as (conn, bid):
        store.add_reports(conn, bid, [report])
        store.add_extraction(conn, bid, Extraction(report_id=report.id, totals=(total,)), "test-1")
    assert store.totals(date(2019, 3, 24), date(2019, 4, 20)) == [total]
    assert store.totals(date(2019, 3, 25), None) == []


def test_filters_select_by_date_governorate_side_type_and_bbox(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    a = Event(id="a", date_start=date(2019, 3, 25), event_type="attack", perpetrator_side="isis",
              location=Location(lat=34.86, lon=38.87, admin1="Homs"), casualties=(Casualty("regime", killed=Count(4)),))
    b = Event(id="b", date_start=date(2019, 5, 1), event_type="shelling", perpetrator_side="regime",
              location=Location(lat=35.9, lon=36.6, admin1="Idleb"), casualties=(Casualty("civilians", killed=Count(2)),))
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, [a, b])

    def ids(flt: EventFilter) -> list[str]:
        return [e.id for e in store.iter_events(flt)]

    assert ids(EventFilter()) == ["a", "b"]
    assert ids(EventFilter(since=date(2019, 4, 1))) == ["b"]
    assert ids(EventFilter(until=date(2019, 4, 1))) == ["a"]
    assert ids(EventFilter(governorates=("Idleb",))) == ["b"]
    assert ids(EventFilter(sides=("civilians",))) == ["b"]
    assert ids(EventFilter(sides=("isis",))) == ["a"]
    assert ids(EventFilter(types=("attack",))) == ["a"]
    assert ids(EventFilter(bbox=(38.0, 34.0, 40.0, 35.5))) == ["a"]
    assert ids(EventFilter(limit=1)) == ["a"]


def test_unwritable_database_gives_a_store_error(tmp_path: Path) -> None:
    target = tmp_path / "not-a-db.db"
    target.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot create or migrate"):
        Store.open(str(target))


def test_schema_is_versioned_by_alembic(tmp_db: Path) -> None:
    Store.open(str(tmp_db)).close()
    from alembic.script import ScriptDirectory

    from observatory.store.migrate import MIGRATIONS

    with sqlite3.connect(tmp_db) as conn:
        versions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    assert versions == set(ScriptDirectory(str(MIGRATIONS)).get_heads())


def test_new_sqlite_store_uses_large_pages_and_old_stores_lose_the_unused_external_index(tmp_db: Path) -> None:
    Store.open(str(tmp_db)).close()
    with sqlite3.connect(tmp_db) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 16384
        # a store made before revision 0004: the index exists and 0004 is not recorded
        conn.execute("CREATE INDEX ix_events_external ON events (source, external_id)")
        conn.execute("DELETE FROM alembic_version WHERE version_num = '0004'")
    Store.open(str(tmp_db)).close()
    with sqlite3.connect(tmp_db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        versions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    assert "ix_events_external" not in names and {"ix_events_date", "ix_events_admin1"} <= names
    assert "0004" in versions
