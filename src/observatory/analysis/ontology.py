"""The actor ontology used by tallies: side groupings and default nationalities, read from data, not code.

The built-in file is ``observatory/data/ontology.json``; ``$OBSERVATORY_ONTOLOGY`` may name another file of
the same shape that extends it (groups and sides given there replace those of the same name).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from observatory.errors import InputError
from observatory.models import SIDES


@dataclass(frozen=True, slots=True)
class SideGroup:
    name: str
    label: str
    sides: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ontology:
    version: str
    groups: tuple[SideGroup, ...]
    partition: tuple[str, ...]
    nationality: tuple[tuple[str, str | None], ...]  # side -> default nationality

    def group(self, name: str) -> SideGroup:
        for g in self.groups:
            if g.name == name:
                return g
        raise InputError(f"unknown side group {name!r}; known: {', '.join(g.name for g in self.groups)}",
                         fix="add it to the ontology file ($OBSERVATORY_ONTOLOGY)")

    def expand(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """Sides named directly or through a group, in vocabulary order, each once."""
        wanted: set[str] = set()
        for n in names:
            if n in SIDES:
                wanted.add(n)
            else:
                wanted.update(self.group(n).sides)
        return tuple(s for s in SIDES if s in wanted)

    def partition_of(self, side: str) -> str:
        """The group a side falls in for ``--by group`` (the side itself when no partition group holds it)."""
        for name in self.partition:
            if side in self.group(name).sides:
                return name
        return side

    def nationality_of(self, side: str, given: str | None) -> str:
        if given:
            return given
        return dict(self.nationality).get(side) or "unstated"

    def smallest_group_with(self, sides: set[str]) -> SideGroup | None:
        """The smallest group holding all these sides (how a total with allied breakdowns is read)."""
        fits = [g for g in self.groups if sides <= set(g.sides)]
        return min(fits, key=lambda g: len(g.sides)) if fits else None


def _parse(data: dict[str, Any], where: str) -> Ontology:
    try:
        groups = tuple(SideGroup(name=k, label=str(v.get("label", k)), sides=tuple(v["sides"]))
                       for k, v in data.get("groups", {}).items())
        nat = tuple((k, v.get("nationality")) for k, v in data.get("sides", {}).items())
        partition = tuple(data.get("partition", ()))
        version = str(data.get("version", "ontology"))
    except (AttributeError, KeyError, TypeError) as exc:
        raise InputError(f"malformed ontology: {exc}", path=where,
                         fix='write {"groups": {"name": {"sides": [...]}}, "sides": {...}}') from exc
    for g in groups:
        bad = [s for s in g.sides if s not in SIDES]
        if bad:
            raise InputError(f"group {g.name!r} names unknown side(s) {bad}", path=where,
                             fix=f"use sides from: {', '.join(SIDES)}")
    return Ontology(version=version, groups=groups, partition=partition, nationality=nat)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key in ("groups", "sides"):
        out[key] = {**base.get(key, {}), **extra.get(key, {})}
    if "partition" in extra:
        out["partition"] = extra["partition"]
    out["version"] = f"{base.get('version')}+{extra.get('version', 'local')}"
    return out


@lru_cache(maxsize=4)
def _load(extra_path: str) -> Ontology:
    text = resources.files("observatory").joinpath("data/ontology.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    if extra_path:
        path = Path(extra_path)
        try:
            extra = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read ontology: {exc}", path=str(path), fix="check $OBSERVATORY_ONTOLOGY") from exc
        data = _merge(data, extra)
    return _parse(data, extra_path or "observatory/data/ontology.json")


def load_ontology() -> Ontology:
    """The built-in ontology, extended by ``$OBSERVATORY_ONTOLOGY`` when set."""
    return _load(os.environ.get("OBSERVATORY_ONTOLOGY", ""))
