"""Tables of observatory.analysis: saved statements, event merges and splits, named regions, control snapshots.

Defined on the store's shared ``metadata``; created by Alembic revision 0003.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Float, Index, Integer, String, Table, Text

from observatory.store.schema import metadata

statements = Table(
    "analysis_statements",
    metadata,
    Column("id", String(20), primary_key=True),
    Column("created", DateTime, nullable=False),
    Column("query", Text, nullable=False),  # JSON of the frozen TallyQuery
    Column("figure", Text, nullable=False),  # JSON of the TallyResult at the time
    Column("data_version", String(64), nullable=False),
    Column("rule_version", String(64), nullable=False),
    Column("note", Text),
)

event_merges = Table(
    "analysis_event_merges",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("cluster_id", String(64), nullable=False),
    Column("origin", String(12), nullable=False),  # auto | analyst
    Column("rule_version", String(32), nullable=False),
    Column("score", Float),
    Column("created", DateTime, nullable=False),
    Index("ix_merges_cluster", "cluster_id"),
)

event_splits = Table(
    "analysis_event_splits",
    metadata,
    Column("event_a", String(64), primary_key=True),
    Column("event_b", String(64), primary_key=True),
    Column("created", DateTime, nullable=False),
    Column("note", Text),
)

regions = Table(
    "analysis_regions",
    metadata,
    Column("name", String(120), primary_key=True),
    Column("kind", String(24), nullable=False),  # region, governorate, district, custom
    Column("geometry", Text, nullable=False),  # GeoJSON geometry, lon/lat
    Column("source", Text),
    Column("note", Text),
)

control_points = Table(
    "analysis_control_points",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("faction", String(32), nullable=False),
    Column("on_date", Date),
    Column("source", Text),
    Index("ix_control_points_date", "on_date"),
)

control_polygons = Table(
    "analysis_control_polygons",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("faction", String(32), nullable=False),
    Column("on_date", Date),
    Column("geometry", Text, nullable=False),
    Column("source", Text),
)

ANALYSIS_TABLES = (statements, event_merges, event_splits, regions, control_points, control_polygons)
