"""Persistence: SQLite by default, PostgreSQL for teams, behind :class:`Store`."""

from observatory.store.store import BatchResult, EventFilter, Store, database_url

__all__ = ["BatchResult", "EventFilter", "Store", "database_url"]
