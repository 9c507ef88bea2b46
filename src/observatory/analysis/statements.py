"""Reproducible statements: a tally saved as a frozen query with the data and rule versions it was made with.

``rerun_statement`` runs the query again on today's data and says whether the figure changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select

from observatory.analysis import RULE_VERSION
from observatory.analysis.ontology import load_ontology
from observatory.analysis.tally import TallyQuery, TallyResult, tally
from observatory.errors import NotFoundError
from observatory.models import stable_id
from observatory.store import Store
from observatory.store.analysis_tables import event_merges, event_splits, statements
from observatory.store.schema import batches, casualties, cumulative_claims, events


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    query: TallyQuery
    figure: dict[str, Any]
    data_version: str
    rule_version: str
    created: datetime

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "query": self.query.to_json(), "figure": self.figure, "data_version": self.data_version,
                "rule_version": self.rule_version, "created": self.created.isoformat(timespec="seconds")}


@dataclass(frozen=True, slots=True)
class StatementCheck:
    statement: Statement
    changed: bool
    old: dict[str, Any]
    new: dict[str, Any]
    data_version: str
    rule_version: str

    def summary(self) -> str:
        old_t, new_t = self.old["total"], self.new["total"]
        if not self.changed:
            return (f"Statement {self.statement.id}: unchanged (best {new_t['best']}, minimum {new_t['minimum']}, "
                    f"{new_t['incidents']} incident(s))")
        return (f"Statement {self.statement.id}: CHANGED by later data — best {old_t['best']} -> {new_t['best']}, "
                f"minimum {old_t['minimum']} -> {new_t['minimum']}, incidents {old_t['incidents']} -> {new_t['incidents']}"
                f" (data {self.statement.data_version} -> {self.data_version})")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.statement.id, "changed": self.changed, "old": self.old, "new": self.new,
                "data_version_then": self.statement.data_version, "data_version_now": self.data_version,
                "rule_version_then": self.statement.rule_version, "rule_version_now": self.rule_version}


def data_version(store: Store) -> str:
    """A short fingerprint of what tallies read: event, casualty, total, merge counts and the last batch."""
    with store.engine.connect() as conn:
        parts = [conn.execute(select(func.count()).select_from(t)).scalar_one()
                 for t in (events, casualties, cumulative_claims, event_merges, event_splits)]
        parts.append(conn.execute(select(func.max(batches.c.finished_at))).scalar_one())
        parts.append(conn.execute(select(func.sum(events.c.killed_best))).scalar_one())
    return stable_id("data", *parts)[:12]


def rule_version() -> str:
    return f"{RULE_VERSION}+{load_ontology().version}"


def save_statement(store: Store, query: TallyQuery, *, result: TallyResult | None = None,
                   note: str | None = None) -> Statement:
    """Run (or take) the tally and freeze it with an id derived from the query, data and rule versions."""
    res = result if result is not None else tally(store, query)
    created = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    dv, rv = data_version(store), rule_version()
    qjson = json.dumps(query.to_json(), sort_keys=True)
    sid = "st-" + stable_id("statement", qjson, dv, rv, created.isoformat())[:10]
    figure = res.figure()
    with store.batch("statement", inputs=sid) as (conn, _bid):
        conn.execute(insert(statements).values(id=sid, created=created, query=qjson, figure=json.dumps(figure),
                                               data_version=dv, rule_version=rv, note=note))
    return Statement(id=sid, query=query, figure=figure, data_version=dv, rule_version=rv, created=created)


def get_statement(store: Store, statement_id: str) -> Statement:
    with store.engine.connect() as conn:
        row = conn.execute(select(statements).where(statements.c.id == statement_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no statement with id {statement_id!r}", fix="save one with `observatory tally ... --save`")
    return Statement(id=row["id"], query=TallyQuery.from_json(json.loads(row["query"])), figure=json.loads(row["figure"]),
                     data_version=row["data_version"], rule_version=row["rule_version"], created=row["created"])


def list_statements(store: Store) -> list[Statement]:
    with store.engine.connect() as conn:
        ids = list(conn.execute(select(statements.c.id).order_by(statements.c.created)).scalars())
    return [get_statement(store, i) for i in ids]


def rerun_statement(store: Store, statement_id: str) -> StatementCheck:
    """Run a saved statement's query on the current data; ``changed`` says whether the figure moved."""
    st = get_statement(store, statement_id)
    new = tally(store, st.query).figure()
    return StatementCheck(statement=st, changed=new != st.figure, old=st.figure, new=new,
                          data_version=data_version(store), rule_version=rule_version())
