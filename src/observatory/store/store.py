"""The store: one small interface over SQLite (default) or PostgreSQL.

Writes happen inside :meth:`Store.batch`, one transaction per batch: either the whole batch lands or
nothing does. Reports and events have content-derived ids, so loading the same input twice adds nothing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, insert, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from observatory.errors import NotFoundError, StoreError
from observatory.models import Claim, CumulativeClaim, Event, Extraction, Report
from observatory.store import rows
from observatory.store.schema import (
    batches,
    casualties,
    claims,
    cumulative_claims,
    events,
    metadata,
    reports,
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. Every field is optional; all given fields must hold."""

    since: date | None = None
    until: date | None = None
    governorates: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()  # perpetrator, target or a casualty side
    types: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    source: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class BatchResult:
    batch_id: str
    seen: int
    added: int


def database_url(db: str) -> str:
    """Turn a path or URL into an SQLAlchemy URL; a plain path means a SQLite file."""
    if "://" in db:
        return db
    path = Path(db).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


#: Page size of a new SQLite store (bytes). Larger than SQLite's 4 KiB default: event rows are a few hundred
#: bytes and most reads scan ranges of them, and a bulk import of 1M events runs about 10% faster (index
#: builds and the commit write fewer, larger pages). It applies when the file is created; existing stores keep theirs.
SQLITE_PAGE_SIZE = 16_384


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")  # before WAL: a database in WAL mode keeps its page size
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Store:
    """Open with :meth:`Store.open`; the schema is created or migrated on first use."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str, *, migrate: bool = True) -> Store:
        url = database_url(db)
        try:
            engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open database {db!r}: {exc}",
                             fix="pass a file path or a URL such as sqlite:///obs.db or postgresql://user@host/db") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        if migrate:
            from observatory.store.migrate import upgrade

            upgrade(engine)
        return store

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------------------------------

    @contextmanager
    def batch(self, kind: str, inputs: str = "") -> Iterator[tuple[Connection, str]]:
        """One transaction: yields (connection, batch id); commits at the end, rolls back on any error."""
        batch_id = uuid.uuid4().hex
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(batches).values(id=batch_id, kind=kind, started_at=_now(), inputs=inputs[:2000], added=0))
                yield conn, batch_id
                conn.execute(update(batches).where(batches.c.id == batch_id).values(finished_at=_now()))
        except OperationalError as exc:
            raise StoreError(f"database write failed: {exc.orig}", fix="check that the database file is writable and not locked") from exc

    def insert_ignore(self, conn: Connection, table: Table, values: Sequence[dict[str, Any]]) -> int:
        """Insert rows whose primary key is new; returns how many were added."""
        if not values:
            return 0
        stmt: Any
        if self.dialect == "sqlite":
            stmt = insert(table).prefix_with("OR IGNORE")
        elif self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            stmt = pg_insert(table).on_conflict_do_nothing()
        else:  # pragma: no cover - other dialects are not supported yet
            raise StoreError(f"unsupported database dialect {self.dialect}")
        result = conn.execute(stmt, list(values))
        return int(result.rowcount or 0)

    def add_reports(self, conn: Connection, batch_id: str, items: Iterable[Report]) -> tuple[int, list[str]]:
        """Add reports not stored yet; returns (added, ids of the added reports)."""
        by_id = _first_by_id(items)
        fresh = self._insert_new(conn, reports, {i: rows.report_row(r, batch_id) for i, r in by_id.items()})
        return len(fresh), fresh

    def add_events(self, conn: Connection, batch_id: str | None, items: Iterable[Event]) -> int:
        """Add events whose id is new (with their casualties); returns how many were added."""
        by_id = _first_by_id(items)
        fresh = self._insert_new(conn, events, {i: rows.event_row(e, batch_id) for i, e in by_id.items()})
        fresh_cas = [c for i in fresh for c in rows.casualty_rows(by_id[i])]
        if fresh_cas:
            conn.execute(insert(casualties), fresh_cas)
        return len(fresh)

    def _insert_new(self, conn: Connection, table: Table, by_id: dict[str, dict[str, Any]]) -> list[str]:
        """Insert the rows whose id is not stored yet; returns their ids."""
        if not by_id:
            return []
        existing = self._existing_ids(conn, table, list(by_id))
        fresh = [i for i in by_id if i not in existing]
        self.insert_ignore(conn, table, [by_id[i] for i in fresh])
        return fresh

    def add_extraction(self, conn: Connection, batch_id: str, extraction: Extraction, extractor_version: str) -> int:
        """Store what extraction found in one report: events, claims and totals."""
        added = self.add_events(conn, batch_id, extraction.events)
        self.add_claims(conn, extraction.claims)
        self.insert_ignore(conn, cumulative_claims, [rows.total_row(t) for t in extraction.totals])
        conn.execute(update(reports).where(reports.c.id == extraction.report_id)
                     .values(extractor_version=extractor_version, extraction_note=extraction.reason,
                             language=extraction.language))
        return added

    def add_claims(self, conn: Connection, items: Iterable[Claim]) -> None:
        values = [rows.claim_row(c) for c in items]
        if values:
            conn.execute(insert(claims), values)

    def _existing_ids(self, conn: Connection, table: Table, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found.update(conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
        return found

    # -- reading ---------------------------------------------------------------------------------------------

    def count(self, table_name: str) -> int:
        table = metadata.tables[table_name]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    def iter_events(self, flt: EventFilter = EventFilter(), *, chunk: int = 5000) -> Iterator[Event]:
        """Matching events, ordered by date then id, streamed in chunks."""
        query = _event_query(flt)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(query)
            while True:
                batch = result.mappings().fetchmany(chunk)
                if not batch:
                    break
                cas = self._casualties_for(conn, [r["id"] for r in batch])
                for r in batch:
                    yield rows.row_event(r, cas.get(r["id"], ()))

    def get_event(self, event_id: str) -> Event:
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
            if row is None:
                raise NotFoundError(f"no event with id {event_id!r}", fix="list ids with `observatory events --format json`")
            cas = self._casualties_for(conn, [event_id])
            return rows.row_event(row, cas.get(event_id, ()))

    def get_report(self, report_id: str) -> Report:
        with self.engine.connect() as conn:
            row = conn.execute(select(reports).where(reports.c.id == report_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no report with id {report_id!r}")
        return rows.row_report(row)

    def iter_reports(self, *, unextracted_only: bool = False) -> Iterator[Report]:
        query = select(reports).order_by(reports.c.id)
        if unextracted_only:
            query = query.where(reports.c.extractor_version.is_(None))
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                yield rows.row_report(row)

    def claims_for_event(self, event_id: str) -> list[Claim]:
        with self.engine.connect() as conn:
            result = conn.execute(select(claims).where(claims.c.event_id == event_id).order_by(claims.c.span_start))
            return [rows.row_claim(r) for r in result.mappings()]

    def totals(self, since: date | None = None, until: date | None = None) -> list[CumulativeClaim]:
        """Cumulative claims whose period lies within [since, until] (open ends match anything)."""
        query = select(cumulative_claims)
        if since is not None:
            query = query.where(cumulative_claims.c.since >= since)
        if until is not None:
            query = query.where(cumulative_claims.c.until <= until)
        with self.engine.connect() as conn:
            return [rows.row_total(r) for r in conn.execute(query.order_by(cumulative_claims.c.id)).mappings()]

    def _casualties_for(self, conn: Connection, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        out: dict[str, list[Any]] = defaultdict(list)
        for i in range(0, len(ids), 500):
            query = select(casualties).where(casualties.c.event_id.in_(ids[i:i + 500])).order_by(casualties.c.id)
            for r in conn.execute(query).mappings():
                out[r["event_id"]].append(rows.row_casualty(r))
        return {k: tuple(v) for k, v in out.items()}


_Identified = TypeVar("_Identified", Report, Event)


def _first_by_id(items: Iterable[_Identified]) -> dict[str, _Identified]:
    """Items keyed by id in input order; of two with one id, the first wins."""
    out: dict[str, _Identified] = {}
    for item in items:
        out.setdefault(item.id, item)
    return out


def _event_query(flt: EventFilter) -> Any:
    c = events.c
    query = select(events)
    if flt.since is not None:
        query = query.where(func.coalesce(c.date_end, c.date_start) >= flt.since)
    if flt.until is not None:
        query = query.where(c.date_start <= flt.until)
    if flt.governorates:
        query = query.where(c.admin1.in_(flt.governorates))
    if flt.types:
        query = query.where(c.event_type.in_(flt.types))
    if flt.sides:
        side_events = select(casualties.c.event_id).where(casualties.c.side.in_(flt.sides))
        query = query.where(c.perpetrator_side.in_(flt.sides) | c.target_side.in_(flt.sides) | c.id.in_(side_events))
    if flt.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        query = query.where(c.lon.between(min_lon, max_lon), c.lat.between(min_lat, max_lat))
    if flt.source is not None:
        query = query.where(c.source == flt.source)
    query = query.order_by(c.date_start, c.id)
    if flt.limit is not None:
        query = query.limit(flt.limit)
    return query


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
