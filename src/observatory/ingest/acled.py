"""Dataset import: ACLED CSV here, UCDP (GED CSV, AEC JSONL) in :mod:`observatory.ingest.ucdp`.

:func:`import_dataset` is what ``observatory import`` runs. It streams the file (never holds it whole),
maps each row to an events-table row plus casualty rows, and writes them in chunks inside ONE
:meth:`Store.batch` transaction: a bad row aborts the whole import (nothing is written) unless
``skip_bad`` is set, in which case bad rows are reported with their line numbers and left out.
Event ids are ``stable_id(source, dataset id)``, so importing the same file twice adds nothing.

An ACLED CSV going into SQLite (without ``skip_bad``) takes the columnar path of
:mod:`observatory.ingest.bulk_acled` (pyarrow, each distinct value mapped once, bulk statements); a file it
cannot vouch for is rolled back and imported by the row-by-row path below, which gives the exact message.
Row by row, on SQLite the chunks go straight to the DB-API cursor (``executemany`` of tuples, same
transaction); the dataclass path (:meth:`Store.add_events`) is kept for other databases. All paths store
identical rows.

ACLED mapping rules
-------------------
* ``event_id_cnty`` → ``external_id``; source ``"ACLED"``.
* ``sub_event_type`` → our type with :data:`ACLED_SUB_EVENT_TYPES` (an unknown one falls back on
  ``event_type`` with :data:`ACLED_EVENT_TYPES`, then ``other``); an ``Air/drone strike`` whose notes
  mention a drone is a ``drone_strike``.
* ``actor1`` → perpetrator, ``actor2`` → target; their sides through the side map.
* ``fatalities`` (ACLED does not split them by side) → one casualty record of side ``civilians`` when
  the event is "Violence against civilians" or ``actor2`` maps to civilians, else ``unknown``; no
  casualty record when fatalities is 0 or empty.
* ``time_precision`` 1/2/3 → day/week/month (the date stays ACLED's coded date); ``geo_precision``
  1-3 is ours unchanged; ``admin1`` → OCHA governorate name and p-code (unrecognised names are kept).
"""

from __future__ import annotations

import csv
import json
import queue
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, Final, TypeVar

from sqlalchemy import Connection, update

from observatory.errors import InputError
from observatory.ingest.side_map import GOVERNORATE_PCODES, SideMap, governorate, load_side_map
from observatory.models import (
    Casualty,
    Count,
    DatePrecision,
    Event,
    GeoPrecision,
    Location,
    Qualifier,
    ReviewStatus,
    Source,
    stable_id,
)
from observatory.settings import resolve
from observatory.store import Store
from observatory.store.schema import batches, sources

FORMATS: Final[tuple[str, ...]] = ("acled", "ucdp-ged", "ucdp-aec")

#: Columns of an events-table row, in the order the mappers build their tuples.
EVENT_DB_COLUMNS: Final[tuple[str, ...]] = (
    "id", "external_id", "source", "report_id", "batch_id", "date_start", "date_end", "date_precision",
    "event_type", "perpetrator_side", "perpetrator_actor", "target_side", "target_actor", "place_name", "lat",
    "lon", "geo_precision", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode",
    "country", "review_status", "killed_best", "injured_best", "notes",
)
#: Columns of a casualties-table row built by the mappers (no injured: the datasets count deaths only).
CASUALTY_DB_COLUMNS: Final[tuple[str, ...]] = (
    "event_id", "side", "nationality", "actor", "killed_low", "killed_best", "killed_high", "killed_qualifier",
)
EventRow = tuple[Any, ...]
CasualtyRow = tuple[Any, ...]
Mapped = tuple[EventRow, tuple[CasualtyRow, ...]]

ACLED_COLUMNS: Final[tuple[str, ...]] = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "notes", "source",
)

ACLED_SUB_EVENT_TYPES: Final[dict[str, str]] = {
    "armed clash": "clash",
    "government regains territory": "clash",
    "non-state actor overtakes territory": "clash",
    "air/drone strike": "airstrike",
    "suicide bomb": "suicide_bombing",
    "shelling/artillery/missile attack": "shelling",
    "remote explosive/landmine/ied": "ied_landmine",
    "grenade": "attack",
    "chemical weapon": "attack",
    "attack": "attack",
    "abduction/forced disappearance": "abduction",
    "sexual violence": "other",
    "looting/property destruction": "other",
    "arrests": "other",
    "disrupted weapons use": "other",
    "excessive force against protesters": "other",
    "mob violence": "other",
    "violent demonstration": "other",
    "protest with intervention": "other",
    "peaceful protest": "other",
    "agreement": "other",
    "change to group/activity": "other",
    "headquarters or base established": "other",
    "non-violent transfer of territory": "other",
    "other": "other",
}
ACLED_EVENT_TYPES: Final[dict[str, str]] = {
    "battles": "clash",
    "explosions/remote violence": "attack",
    "violence against civilians": "attack",
}
ACLED_TIME_PRECISION: Final[dict[str, str]] = {"1": "day", "2": "week", "3": "month"}
_COUNTRIES: Final[dict[str, str]] = {"syria": "SY", "iraq": "IQ", "turkey": "TR", "lebanon": "LB", "jordan": "JO",
                                     "israel": "IL"}
CHUNK_ROWS: Final[int] = 20_000


class RowError(Exception):
    """A row that cannot be imported: what is wrong and how to fix it (the driver adds file and line)."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str
    format: str
    rows: int  # data rows read (good and bad)
    added: int  # events new to the database
    batch_id: str
    skipped: tuple[BadRow, ...] = ()
    unmapped_actors: tuple[tuple[str, int], ...] = ()  # actor names the side map did not know, most frequent first
    missing: str | None = None  # what the format does not carry (UCDP-AEC: coordinates)
    stages: tuple[tuple[str, float], ...] = ()  # (stage, seconds) of the columnar ACLED path, for benchmarks
    bulk_load: bool = False  # the columnar path loaded an empty store (indexes rebuilt at the end)

    def summary(self) -> str:
        text = f"{self.added} new event(s) of {self.rows} row(s) read from {self.path} ({self.format})"
        if self.skipped:
            text += f"; {len(self.skipped)} bad row(s) skipped"
        return text


@dataclass(slots=True)
class _Stats:
    rows: int = 0
    added: int = 0
    skipped: list[BadRow] = field(default_factory=list)


Progress = Callable[[int, int], None]  # (bytes read, total bytes)
STAGE_NAMES: Final = ("read", "map", "wait", "write", "index", "commit")  # see bulk_acled.StageTimes


# -- the driver ---------------------------------------------------------------------------------------------

def import_dataset(store: Store, path: str | Path, *, fmt: str | None = None, skip_bad: bool = False,
                   side_map: SideMap | None = None, progress: Progress | None = None, fast: bool = True) -> ImportResult:
    """Import an ACLED CSV, UCDP GED CSV or UCDP-AEC JSONL file in one transaction.

    ``fmt`` is one of :data:`FORMATS`, detected from the columns or fields when ``None``. ``fast=False``
    writes through :meth:`Store.add_events` even on SQLite (same rows, slower).
    """
    file = Path(path)
    _check_file(file)
    fmt = fmt or detect_format(file)
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", path=str(file), fix=f"use one of {', '.join(FORMATS)}")
    sides = side_map or load_side_map(resolve("side_map") or None)
    if fmt == "acled" and fast and not skip_bad and store.dialect == "sqlite":
        done = _try_fast_acled(store, file, sides, progress)
        if done is not None:
            return done
    stats = _Stats()
    total = file.stat().st_size
    with file.open(encoding="utf-8-sig", newline="") as handle, store.batch(f"import-{fmt}", str(file)) as (conn, batch_id):
        reader, mapper = _open_format(fmt, file, handle, sides, batch_id)
        writer = _writer(store, conn, batch_id, fast)
        source = "ACLED" if fmt == "acled" else "UCDP"
        store.insert_ignore(conn, sources, [{"id": Source(source).id, "name": source, "kind": "dataset",
                                             "reliability_note": None}])
        chunks = _chunks(_guarded(reader, file), mapper, file, skip_bad, stats,
                         lambda: progress(_position(handle), total) if progress is not None else None)
        with closing(prefetch(chunks)) as ready:
            for chunk in ready:
                stats.added += writer(chunk)
        conn.execute(update(batches).where(batches.c.id == batch_id).values(added=stats.added))
    if progress is not None:
        progress(total, total)
    return ImportResult(path=str(file), format=fmt, rows=stats.rows, added=stats.added, batch_id=batch_id,
                        skipped=tuple(stats.skipped), unmapped_actors=tuple(sides.unmapped.most_common()),
                        missing=_MISSING.get(fmt))


def _try_fast_acled(store: Store, file: Path, sides: SideMap, progress: Progress | None) -> ImportResult | None:
    """The columnar path (:mod:`observatory.ingest.bulk_acled`); None when it declines the file (rolled back)."""
    from observatory.ingest.bulk_acled import FastPathDeclined, fast_acled_import

    with file.open(encoding="utf-8-sig", newline="") as handle:
        records = csv_records(handle)
        try:
            header = [h.strip().lower() for h in _header(records, file)]
        except (InputError, UnicodeDecodeError):
            return None  # the row-by-row path reports it
    require_columns(header, ACLED_COLUMNS, file, "ACLED")
    unmapped = sides.unmapped.copy()
    try:
        done = fast_acled_import(store, file, header, sides, progress)
    except FastPathDeclined:
        sides.unmapped.clear()
        sides.unmapped.update(unmapped)
        return None
    if progress is not None:
        progress(file.stat().st_size, file.stat().st_size)
    return ImportResult(path=str(file), format="acled", rows=done.rows, added=done.added, batch_id=done.batch_id,
                        unmapped_actors=tuple(sides.unmapped.most_common()),
                        stages=tuple((name, float(getattr(done.stages, name))) for name in STAGE_NAMES),
                        bulk_load=done.stages.bulk)


def _chunks(records: Iterator[tuple[int, Any]], mapper: Callable[[Any], Mapped], file: Path, skip_bad: bool,
            stats: _Stats, tick: Callable[[], None]) -> Iterator[list[Mapped]]:
    """Mapped rows in chunks of :data:`CHUNK_ROWS`; a bad row raises InputError, or is noted with ``skip_bad``."""
    chunk: list[Mapped] = []
    for line, record in records:
        stats.rows += 1
        try:
            if isinstance(record, RowError):
                raise record
            chunk.append(mapper(record))
        except RowError as exc:
            if not skip_bad:
                raise InputError(exc.message, path=str(file), line=line, fix=exc.fix) from None
            stats.skipped.append(BadRow(line, exc.message))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
            tick()
    if chunk:
        yield chunk


T = TypeVar("T")


def prefetch(items: Iterator[T], depth: int = 2) -> Generator[T, None, None]:
    """``items`` produced by a background thread, ``depth`` ahead, in order; its exceptions are raised here.

    Reading and mapping (Python, holding the GIL) then overlap SQLite's own work, which releases it.
    Close the returned generator (``contextlib.closing``) so that the thread stops when the consumer does.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(message: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not put(("item", item)):
                    return
            put(("done", None))
        except BaseException as exc:  # handed to the consumer, which re-raises it
            put(("error", exc))

    worker = threading.Thread(target=run, name="observatory-import-reader", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "item":
                yield value
            elif kind == "done":
                return
            else:
                raise value
    finally:
        stop.set()
        worker.join()


_MISSING: Final[dict[str, str]] = {
    "ucdp-aec": "UCDP-AEC rows carry no coordinates or location precision: lat/lon are left empty (never "
                "guessed) and each event's notes say so; places are named by UCDP's where/adm2/adm1 names",
}


def _check_file(file: Path) -> None:
    if not file.exists():
        raise InputError("no such file", path=str(file), fix="check the path")
    if not file.is_file():
        raise InputError("not a file", path=str(file), fix="give one ACLED/UCDP CSV or UCDP JSONL file")
    if file.stat().st_size == 0:
        raise InputError("the file is empty", path=str(file), fix="export the dataset again; it has no header or rows")


def _position(handle: IO[str]) -> int:
    buffer = getattr(handle, "buffer", None)
    try:
        return int(buffer.tell()) if buffer is not None else 0
    except (OSError, ValueError):
        return 0


def _guarded(reader: Iterator[tuple[int, list[str] | dict[str, Any] | RowError]],
             file: Path) -> Iterator[tuple[int, list[str] | dict[str, Any] | RowError]]:
    """The reader's records; a file that stops being UTF-8 midway fails as a whole (it cannot be resynced)."""
    last = 1
    try:
        for line, record in reader:
            last = line
            yield line, record
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text after line {last} ({exc.reason})", path=str(file), line=last + 1,
                         fix="re-export or convert the file to UTF-8 (e.g. iconv -f cp1256 -t utf-8)") from None


def detect_format(file: Path) -> str:
    """acled, ucdp-ged or ucdp-aec, from the header line or the first JSON object."""
    first = _first_line(file)
    if first.lstrip().startswith("{"):
        try:
            keys = set(json.loads(first))
        except (json.JSONDecodeError, TypeError):
            raise InputError("the first line is not a JSON object", path=str(file), line=1,
                             fix="give UCDP-AEC JSONL (one object per line) or pass --format") from None
        if {"deaths_side_a", "side_a_name"} <= keys:
            return "ucdp-aec"
        raise InputError("JSON lines without UCDP-AEC fields (deaths_side_a, side_a_name)", path=str(file), line=1,
                         fix="reports in JSONL go to `observatory ingest`; datasets need --format")
    header = {h.strip().lower() for h in next(csv.reader([first]), [])}
    if "event_id_cnty" in header:
        return "acled"
    if {"side_a", "deaths_a"} <= header or "where_coordinates" in header:
        return "ucdp-ged"
    raise InputError("cannot tell the format from the header (no event_id_cnty, no side_a/deaths_a columns)",
                     path=str(file), line=1, fix="pass --format acled, ucdp-ged or ucdp-aec")


def _first_line(file: Path) -> str:
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            for line in handle:
                if line.strip():
                    if "\x00" in line:
                        break
                    return line
    except UnicodeDecodeError:
        pass
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(file), fix="check its permissions") from exc
    raise InputError("not a text dataset (binary, blank or not UTF-8)", path=str(file), line=1,
                     fix="give an ACLED or UCDP GED CSV, or UCDP-AEC JSONL, saved as UTF-8")


def _open_format(fmt: str, file: Path, handle: IO[str], sides: SideMap,
                 batch_id: str) -> tuple[Iterator[tuple[int, Any]], Callable[[Any], Mapped]]:
    if fmt == "ucdp-aec":
        from observatory.ingest.ucdp import aec_mapper

        return jsonl_records(handle), aec_mapper(sides, batch_id)
    records = csv_records(handle)
    header = [h.strip().lower() for h in _header(records, file)]
    if fmt == "acled":
        return records, acled_mapper(header, sides, batch_id, file)
    from observatory.ingest.ucdp import ged_mapper

    return records, ged_mapper(header, sides, batch_id, file)


def _header(records: Iterator[tuple[int, list[str] | RowError]], file: Path) -> list[str]:
    for line, record in records:
        if isinstance(record, RowError):
            raise InputError(record.message, path=str(file), line=line, fix=record.fix)
        return record
    raise InputError("no header line", path=str(file), line=1, fix="export the dataset with its header")


def require_columns(header: Sequence[str], needed: Sequence[str], file: Path, fmt: str) -> dict[str, int]:
    """Column positions; an InputError naming every missing column otherwise."""
    missing = [c for c in needed if c not in header]
    if missing:
        raise InputError(f"missing column(s) for {fmt}: {', '.join(missing)}", path=str(file), line=1,
                         fix=f"export with the codebook's columns ({', '.join(needed)}) or pass the right --format")
    return {c: header.index(c) for c in needed}


# -- readers ------------------------------------------------------------------------------------------------

def csv_records(handle: IO[str]) -> Iterator[tuple[int, list[str] | RowError]]:
    """(first line, fields) of each non-blank CSV record; a malformed record as a RowError."""
    reader = csv.reader(handle, strict=True)
    done = 0  # physical lines consumed so far
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield done + 1, RowError(f"malformed CSV ({exc})", "check the quoting of this line: a field with a comma, "
                                                               "quote or line break must be in double quotes")
            done = reader.line_num
            continue
        start, done = done + 1, reader.line_num
        if row and (len(row) > 1 or row[0].strip()):
            yield start, row


def jsonl_records(handle: IO[str]) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(line, object) of each non-blank JSON line; a line that is not a JSON object as a RowError."""
    for number, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield number, RowError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                                   "fix or remove this line; each line must be one JSON object")
            continue
        if not isinstance(value, dict):
            yield number, RowError("not a JSON object", "each line must be one JSON object {...}")
            continue
        yield number, value


# -- writers ------------------------------------------------------------------------------------------------

Writer = Callable[[list[Mapped]], int]


def _writer(store: Store, conn: Connection, batch_id: str, fast: bool) -> Writer:
    if fast and store.dialect == "sqlite":
        return SqliteBulkWriter(conn)

    def generic(chunk: list[Mapped]) -> int:
        return store.add_events(conn, batch_id, (event_from_rows(ev, cas) for ev, cas in chunk))

    return generic


class SqliteBulkWriter:
    """Insert mapped rows through the batch's own DB-API connection (same transaction), in chunks.

    ``INSERT OR IGNORE`` skips events already stored; casualties are written only for the events this
    chunk added (all of them, none, or — when some were present — those whose rowid is new).
    """

    _EVENTS_SQL = (f"INSERT OR IGNORE INTO events ({', '.join(EVENT_DB_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(EVENT_DB_COLUMNS))})")
    _CAS_SQL = (f"INSERT INTO casualties ({', '.join(CASUALTY_DB_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(CASUALTY_DB_COLUMNS))})")

    def __init__(self, conn: Connection) -> None:
        raw: Any = conn.connection.driver_connection
        self.cursor = raw.cursor()
        self.cursor.execute("PRAGMA cache_size=-262144")  # 256 MiB of page cache: the indexes stay in memory

    def __call__(self, chunk: list[Mapped]) -> int:
        if not chunk:
            return 0
        chunk.sort(key=_event_id)  # by id (B-tree locality); stable, so of two rows with one id the first read wins
        cur = self.cursor
        top = cur.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
        cur.executemany(self._EVENTS_SQL, [ev for ev, _ in chunk])
        added = int(cur.rowcount)
        if added == len(chunk):
            cas = [c for _, rows in chunk for c in rows]
        elif added == 0:
            cas = []
        else:
            fresh = {r[0] for r in cur.execute("SELECT id FROM events WHERE rowid > ?", (top,))}
            cas = []
            for ev, rows in chunk:
                if ev[0] in fresh:
                    fresh.discard(ev[0])
                    cas.extend(rows)
        if cas:
            cur.executemany(self._CAS_SQL, cas)
        return added


def _event_id(item: Mapped) -> str:
    return str(item[0][0])


def event_from_rows(ev: EventRow, cas: Sequence[CasualtyRow]) -> Event:
    """The Event a mapped row stands for (the path used with databases other than SQLite, and by tests)."""
    v = dict(zip(EVENT_DB_COLUMNS, ev, strict=True))
    casualties = tuple(
        Casualty(side=c[1], nationality=c[2], actor=c[3],
                 killed=Count(best=c[5], low=c[4], high=c[6], qualifier=Qualifier(c[7])))
        for c in cas
    )
    precision = v["geo_precision"]
    return Event(
        id=v["id"], external_id=v["external_id"], source=v["source"], report_id=v["report_id"],
        date_start=_iso(v["date_start"]), date_end=_iso(v["date_end"]),
        date_precision=DatePrecision(v["date_precision"]), event_type=v["event_type"],
        perpetrator_side=v["perpetrator_side"], perpetrator_actor=v["perpetrator_actor"],
        target_side=v["target_side"], target_actor=v["target_actor"],
        location=Location(name=v["place_name"], lat=v["lat"], lon=v["lon"],
                          precision=GeoPrecision(precision) if precision is not None else None,
                          admin1=v["admin1"], admin1_pcode=v["admin1_pcode"], admin2=v["admin2"],
                          admin2_pcode=v["admin2_pcode"], admin3=v["admin3"], admin3_pcode=v["admin3_pcode"],
                          country=v["country"]),
        casualties=casualties, review_status=ReviewStatus(v["review_status"]), notes=v["notes"],
    )


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# -- shared value parsers (raise RowError) -------------------------------------------------------------------

def parse_day(text: str, column: str, cache: dict[str, str]) -> str:
    """An ISO date string from ISO ("2019-04-11", with or without a time) or ACLED's "11 April 2019"."""
    found = cache.get(text)
    if found is not None:
        return found
    raw = text.strip()
    value: date | None = None
    try:
        value = date.fromisoformat(raw[:10])
    except ValueError:
        for pattern in ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y"):
            try:
                value = datetime.strptime(raw, pattern).date()
                break
            except ValueError:
                continue
    if value is None:
        raise RowError(f"{column} {text!r} is not a date", "write dates as YYYY-MM-DD (e.g. 2019-04-11)")
    cache[text] = value.isoformat()
    return cache[text]


def parse_float(text: str, column: str, low: float, high: float) -> float | None:
    if not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"{column} {text!r} is not a number", f"give {column} in decimal degrees") from None
    if not low <= value <= high:
        raise RowError(f"{column} {value} is outside [{low}, {high}]", f"give {column} in decimal degrees (WGS84)")
    return value


def parse_count(text: str | int | None, column: str) -> int | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        value = int(text)
    except (TypeError, ValueError):
        raise RowError(f"{column} {text!r} is not a whole number", f"give {column} as 0 or a positive integer") from None
    if value < 0:
        raise RowError(f"{column} {value} is negative", f"give {column} as 0 or a positive integer")
    return value


def admin1_of(name: str, cache: dict[str, tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """(OCHA governorate or the name as given, its p-code or None)."""
    found = cache.get(name)
    if found is None:
        gov = governorate(name)
        found = cache[name] = (gov, GOVERNORATE_PCODES[gov]) if gov else (name.strip() or None, None)
    return found


# -- ACLED --------------------------------------------------------------------------------------------------

def acled_type(event_type: str, sub_event_type: str, notes: str) -> str:
    """Our event type for an ACLED row (see the module docstring)."""
    ours = ACLED_SUB_EVENT_TYPES.get(sub_event_type.strip().lower())
    if ours is None:
        ours = ACLED_EVENT_TYPES.get(event_type.strip().lower(), "other")
    if ours == "airstrike" and "drone" in notes.lower():
        return "drone_strike"
    return ours


def acled_mapper(header: list[str], sides: SideMap, batch_id: str, file: Path) -> Callable[[list[str]], Mapped]:
    """A function from one ACLED CSV record to (events row, casualty rows)."""
    ix = require_columns(header, ACLED_COLUMNS, file, "ACLED")
    width = len(header)
    i_country = header.index("country") if "country" in header else None
    pick = itemgetter(*(ix[c] for c in ACLED_COLUMNS))
    days: dict[str, str] = {}
    govs: dict[str, tuple[str | None, str | None]] = {}
    side = sides.side

    def mapper(row: list[str]) -> Mapped:
        if len(row) != width:
            raise RowError(f"{len(row)} fields where the header has {width}",
                           "quote fields that contain commas; every row needs one value per header column")
        (ext, day, etype, sub, actor1, actor2, adm1, adm2, adm3, place, lat, lon, geo, timep, deaths,
         notes, src) = pick(row)
        ext = ext.strip()
        if not ext:
            raise RowError("empty event_id_cnty", "every ACLED row needs its event_id_cnty")
        iso = parse_day(day, "event_date", days)
        precision = ACLED_TIME_PRECISION.get(timep.strip()) if timep.strip() else "unknown"
        if precision is None:
            raise RowError(f"time_precision {timep!r} is not 1, 2 or 3", "use ACLED's codes 1 (day), 2 (week), 3 (month)")
        geo_p = int(geo) if geo in ("1", "2", "3") else None
        if geo_p is None and geo.strip():
            raise RowError(f"geo_precision {geo!r} is not 1, 2 or 3", "use ACLED's codes 1, 2 or 3 (or leave it empty)")
        gov, pcode = govs.get(adm1) or admin1_of(adm1, govs)
        killed = parse_count(deaths, "fatalities") or 0
        s1, s2 = side(actor1), side(actor2)
        eid = stable_id("ACLED", ext)
        cas: tuple[CasualtyRow, ...] = ()
        if killed:
            if s2 == "civilians" or etype.strip().lower() == "violence against civilians":
                cas = ((eid, "civilians", None, actor2 or None, killed, killed, killed, "exact"),)
            else:
                cas = ((eid, "unknown", None, None, killed, killed, killed, "exact"),)
        country = "SY" if i_country is None else _COUNTRIES.get(row[i_country].strip().lower(), "XX")
        return ((eid, ext, "ACLED", None, batch_id, iso, iso, precision, acled_type(etype, sub, notes), s1,
                 actor1 or None, s2, actor2 or None, place or None, parse_float(lat, "latitude", -90, 90),
                 parse_float(lon, "longitude", -180, 180), geo_p, gov, pcode, adm2 or None, None, adm3 or None, None,
                 country, "extracted", killed, 0, _notes(notes, src)), cas)

    return mapper


def _notes(notes: str, source: str) -> str | None:
    notes, source = notes.strip(), source.strip()
    if source:
        return f"{notes} [source: {source}]" if notes else f"[source: {source}]"
    return notes or None

