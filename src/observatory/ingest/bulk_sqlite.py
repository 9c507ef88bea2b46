"""Bulk writes of mapped dataset rows into SQLite, inside the import's own transaction.

:class:`SqliteValuesWriter` inserts a few hundred rows per statement (``INSERT ... SELECT ... FROM
(VALUES ...)``): binding a value costs far less than a round trip per row, and SQLite runs each statement
without the interpreter lock, so the next chunk is mapped meanwhile. Each row binds nine values; the
batch's constants (source, batch id, review status) are written into the statement, and the columns
that repeat (type, sides, actors, place, admin names) come from two small numbered "dimension" tables
(temporary, dropped at the end) joined in the statement. ``INSERT OR IGNORE`` keeps events already stored (and the first of two rows with one id);
casualties are written only for the rows that added their event. When the events and casualties
tables are empty at the start, their secondary indexes are dropped and rebuilt by :meth:`finish`
(sorting once is much cheaper than updating four B-trees a row); both happen in the same transaction,
so a failure or a kill leaves the indexes, like everything else, as they were.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Connection, insert, update
from sqlalchemy.exc import OperationalError

from observatory.errors import StoreError
from observatory.ingest.acled import CASUALTY_DB_COLUMNS as CASUALTY_COLUMNS
from observatory.ingest.acled import EVENT_DB_COLUMNS as EVENT_COLUMNS
from observatory.store import Store
from observatory.store.schema import batches

CACHE_KIB: Final[int] = 262_144  # 256 MiB of SQLite page cache during an import
_INDEXED_TABLES: Final[tuple[str, ...]] = ("events", "casualties")


#: Values bound per event row: id, external_id, date, what id, where id, lat, lon, killed_best, notes.
EVENT_SLOTS: Final[int] = 9
WHAT_COLUMNS: Final[tuple[str, ...]] = ("date_precision", "event_type", "perpetrator_side", "perpetrator_actor",
                                        "target_side", "target_actor")
WHERE_COLUMNS: Final[tuple[str, ...]] = ("place_name", "geo_precision", "admin1", "admin1_pcode", "admin2", "admin3",
                                         "country")
#: Rows per INSERT statement, largest first (a chunk's remainder goes in smaller statements). Big statements
#: let SQLite work longer without the interpreter lock, so the reading thread rarely delays the writer.
_STATEMENT_ROWS: Final[tuple[int, ...]] = (1000, 100, 10, 1)


class Dims:
    """Numbered distinct tuples (a "dimension"); the ones numbered since the last :meth:`take_new`."""

    def __init__(self) -> None:
        self._ids: dict[tuple[Any, ...], int] = {}
        self._new: list[tuple[Any, ...]] = []

    def key(self, values: tuple[Any, ...]) -> int:
        found = self._ids.get(values)
        if found is None:
            found = self._ids[values] = len(self._ids) + 1
            self._new.append((found, *values))
        return found

    def take_new(self) -> list[tuple[Any, ...]]:
        new, self._new = self._new, []
        return new


@dataclass(frozen=True, slots=True)
class FastChunk:
    """One chunk of mapped rows: event ids, the bound values (:data:`EVENT_SLOTS` a row, flat),
    casualties (row index, event id, side, actor, killed), new what/where dimension rows, rows read."""

    ids: list[str]
    values: list[Any]
    casualties: list[tuple[int, str, str, str | None, int]]
    what: list[tuple[Any, ...]]
    where: list[tuple[Any, ...]]
    count: int


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _tables_empty(conn: Connection) -> bool:
    return not any(conn.exec_driver_sql(f"SELECT 1 FROM {t} LIMIT 1").first() for t in _INDEXED_TABLES)


@contextmanager
def bulk_batch(store: Store, kind: str, inputs: str) -> Iterator[tuple[Connection, str, bool]]:
    """:meth:`Store.batch` for a bulk load on SQLite: yields (connection, batch id, bulk).

    ``bulk`` is true when the events and casualties tables are empty: then, for this one transaction,
    foreign keys are not re-checked row by row (the loader writes only references it has just made: its
    own batch, and events of the same chunk) and the database uses a rollback journal instead of the
    write-ahead log when no other connection is reading (pages are written once instead of twice). Both
    keep the transaction atomic: a failure or a kill rolls it back (the journal is replayed on the next
    open). The connection's settings are restored afterwards, whatever happens.
    """
    with store.engine.connect() as conn:
        bulk = _tables_empty(conn)
        if bulk:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            _journal(conn, "DELETE")
        conn.commit()
        batch_id = uuid.uuid4().hex
        try:
            with conn.begin():
                conn.execute(insert(batches).values(id=batch_id, kind=kind, started_at=_now(), inputs=inputs[:2000],
                                                    added=0))
                yield conn, batch_id, bulk
                conn.execute(update(batches).where(batches.c.id == batch_id).values(finished_at=_now()))
        except OperationalError as exc:
            raise StoreError(f"database write failed: {exc.orig}",
                             fix="check that the database file is writable and not locked") from exc
        finally:
            if bulk:
                _journal(conn, "WAL")
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _journal(conn: Connection, mode: str) -> None:
    """Switch the journal mode without waiting; stay in the current one when another connection is busy."""
    conn.exec_driver_sql("PRAGMA busy_timeout=0")
    try:
        conn.exec_driver_sql(f"PRAGMA journal_mode={mode}").first()
    except OperationalError:
        pass  # another connection holds the database: keep the current mode
    finally:
        conn.exec_driver_sql("PRAGMA busy_timeout=30000")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _values(rows: int, width: int) -> str:
    one = "(" + ", ".join("?" * width) + ")"
    return ", ".join([one] * rows)


def events_insert_sql(rows: int, source: str, batch_id: str) -> str:
    """``INSERT OR IGNORE INTO events`` of ``rows`` rows of :data:`EVENT_SLOTS` values each, joined with the
    what/where dimension tables (CROSS JOIN keeps the rows' order, so the first of two rows with one id wins)."""
    if not re.fullmatch(r"[0-9A-Za-z_-]+", batch_id):
        raise ValueError(f"unexpected batch id {batch_id!r}")
    picked = {"id": "v.column1", "external_id": "v.column2", "source": _literal(source), "batch_id": _literal(batch_id),
              "date_start": "v.column3", "date_end": "v.column3", "lat": "v.column6", "lon": "v.column7",
              "review_status": "'extracted'", "killed_best": "v.column8", "injured_best": "0", "notes": "v.column9"}
    picked |= {c: f"w.{c}" for c in WHAT_COLUMNS} | {c: f"p.{c}" for c in WHERE_COLUMNS}
    select = ", ".join(picked.get(c, "NULL") for c in EVENT_COLUMNS)
    return (f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) SELECT {select} "
            f"FROM (VALUES {_values(rows, EVENT_SLOTS)}) AS v "
            f"CROSS JOIN temp.obs_import_what AS w ON w.k = v.column4 "
            f"CROSS JOIN temp.obs_import_where AS p ON p.k = v.column5")


def casualties_insert_sql(rows: int) -> str:
    return (f"INSERT INTO casualties ({', '.join(CASUALTY_COLUMNS)}) SELECT column1, column2, NULL, column3, column4, "
            f"column4, column4, 'exact' FROM (VALUES {_values(rows, 4)})")


class SqliteValuesWriter:
    """Writes :class:`FastChunk` through the batch's DB-API connection; call :meth:`finish` before commit."""

    def __init__(self, conn: Connection, batch_id: str, source: str) -> None:
        raw: Any = conn.connection.driver_connection
        self.cursor = raw.cursor()
        self.cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.cursor.execute("PRAGMA threads=2")  # index builds sort with a helper thread
        self.events_sql = [(n, events_insert_sql(n, source, batch_id)) for n in _STATEMENT_ROWS]
        self.cas_sql = [(n, casualties_insert_sql(n)) for n in _STATEMENT_ROWS]
        for name, columns in (("what", WHAT_COLUMNS), ("where", WHERE_COLUMNS)):
            self.cursor.execute(f"DROP TABLE IF EXISTS temp.obs_import_{name}")
            self.cursor.execute(f"CREATE TEMP TABLE obs_import_{name} (k INTEGER PRIMARY KEY, {', '.join(columns)})")
        self._rebuild = self._drop_indexes_if_empty()

    def _drop_indexes_if_empty(self) -> list[str]:
        cur = self.cursor
        if any(cur.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in _INDEXED_TABLES):
            return []
        marks = ", ".join("?" * len(_INDEXED_TABLES))
        found = cur.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                            f"AND tbl_name IN ({marks})", _INDEXED_TABLES).fetchall()
        for name, _ in found:
            cur.execute(f'DROP INDEX "{name}"')
        return [str(sql) for _, sql in found]

    def write(self, chunk: FastChunk) -> int:
        """Insert one chunk; returns how many events it added."""
        n = len(chunk.ids)
        if not n:
            return 0
        cur = self.cursor
        if chunk.what:
            cur.executemany(f"INSERT INTO temp.obs_import_what VALUES ({', '.join('?' * 7)})", chunk.what)
        if chunk.where:
            cur.executemany(f"INSERT INTO temp.obs_import_where VALUES ({', '.join('?' * 8)})", chunk.where)
        top = cur.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
        added = _insert(cur, chunk.values, EVENT_SLOTS, self.events_sql)
        cas = chunk.casualties
        if added != n:
            cas = self._fresh_casualties(chunk, top) if added else []
        if cas:
            flat: list[Any] = [None] * (4 * len(cas))
            for j in range(4):
                flat[j::4] = [c[j + 1] for c in cas]
            _insert(cur, flat, 4, self.cas_sql)
        return added

    def _fresh_casualties(self, chunk: FastChunk, top: int) -> list[tuple[int, str, str, str | None, int]]:
        """Casualties of the rows that added their event (not of a later row with the same id)."""
        fresh = {r[0] for r in self.cursor.execute("SELECT id FROM events WHERE rowid > ?", (top,))}
        first: dict[str, int] = {}
        for i, eid in enumerate(chunk.ids):
            first.setdefault(eid, i)
        return [c for c in chunk.casualties if c[1] in fresh and first[c[1]] == c[0]]

    def finish(self) -> None:
        """Rebuild the indexes dropped for the load and drop the dimension tables (same transaction)."""
        for sql in self._rebuild:
            self.cursor.execute(sql)
        self._rebuild = []
        for name in ("what", "where"):
            self.cursor.execute(f"DROP TABLE IF EXISTS temp.obs_import_{name}")
        self.cursor.execute("PRAGMA threads=0")


def _insert(cur: Any, flat: list[Any], width: int, statements: list[tuple[int, str]]) -> int:
    """Insert ``flat`` values (``width`` a row) with the statements of (rows, SQL), largest first; rows changed."""
    rows = len(flat) // width
    done = changed = 0
    for per, sql in statements:
        step = per * width
        while rows - done >= per:
            start = done * width
            cur.execute(sql, flat[start:start + step])
            changed += cur.rowcount
            done += per
    return changed
