"""Tables of the store, in SQLAlchemy Core. Portable SQL: the same tables serve SQLite and PostgreSQL.

Other packages that need tables (the gazetteer, analysis statements, control snapshots) define them on
this same ``metadata`` in their own module under ``observatory.store`` and add an Alembic revision.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", String(20), primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("reliability_note", Text),
)

batches = Table(
    "batches",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(32), nullable=False),  # ingest, import-acled, import-ucdp, ...
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("inputs", Text),
    Column("added", Integer, nullable=False, default=0),
)

reports = Table(
    "reports",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the normalised text
    Column("external_id", Text),
    Column("source", Text),
    Column("url", Text),
    Column("published", Date),
    Column("language", String(8), nullable=False),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("origin", Text),
    Column("batch_id", String(32), ForeignKey("batches.id")),
    Column("extractor_version", String(32)),
    Column("extraction_note", Text),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("external_id", Text),
    Column("source", Text),
    Column("report_id", String(64), ForeignKey("reports.id")),
    Column("batch_id", String(32), ForeignKey("batches.id")),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(8), nullable=False),
    Column("event_type", String(24), nullable=False),
    Column("perpetrator_side", String(24)),
    Column("perpetrator_actor", Text),
    Column("target_side", String(24)),
    Column("target_actor", Text),
    Column("place_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("admin1", Text),
    Column("admin1_pcode", String(16)),
    Column("admin2", Text),
    Column("admin2_pcode", String(16)),
    Column("admin3", Text),
    Column("admin3_pcode", String(16)),
    Column("country", String(2), nullable=False),
    Column("review_status", String(12), nullable=False),
    Column("killed_best", Integer, nullable=False, default=0),
    Column("injured_best", Integer, nullable=False, default=0),
    Column("notes", Text),
    Index("ix_events_date", "date_start"),
    Index("ix_events_admin1", "admin1"),
    # no index on (source, external_id): the id is a hash of both (stable_id), so lookups by a dataset's own
    # id go through the primary key; revision 0004 drops the index older stores have
)

casualties = Table(
    "casualties",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("side", String(24), nullable=False),
    Column("nationality", String(8)),
    Column("actor", Text),
    Column("killed_low", Integer),
    Column("killed_best", Integer),
    Column("killed_high", Integer),
    Column("killed_qualifier", String(12)),
    Column("injured_low", Integer),
    Column("injured_best", Integer),
    Column("injured_high", Integer),
    Column("injured_qualifier", String(12)),
    Index("ix_casualties_event", "event_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String(64), ForeignKey("reports.id"), nullable=False),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE")),
    Column("field", String(64), nullable=False),
    Column("value", Text, nullable=False),
    Column("qualifier", String(12), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Index("ix_claims_event", "event_id"),
    Index("ix_claims_report", "report_id"),
)

cumulative_claims = Table(
    "cumulative_claims",
    metadata,
    Column("id", String(20), primary_key=True),
    Column("report_id", String(64), ForeignKey("reports.id"), nullable=False),
    Column("side", String(24), nullable=False),
    Column("killed", Integer, nullable=False),
    Column("since", Date),
    Column("until", Date),
    Column("of_which", Text, nullable=False, default="{}"),  # JSON object side -> n
    Column("qualifier", String(12), nullable=False),
    Column("region", Text),
    Column("perpetrator", String(24)),
    Column("since_text", Text),
    Column("until_text", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Index("ix_totals_period", "since", "until"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("side", String(24), nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list
    Column("nationality", String(8)),
    Column("patron", Text),
    Column("valid_from", Date),
    Column("valid_to", Date),
)

CORE_TABLES = (sources, batches, reports, events, casualties, claims, cumulative_claims, actors)
