"""Dataset names to Observatory vocabularies: actor names → sides, admin1 names → OCHA governorates.

The actor table is ``observatory/data/side_map.csv`` (``pattern,side,match,note``), editable; a user table
given with ``--side-map`` or ``$OBSERVATORY_SIDE_MAP`` has the same columns and is tried first. Rules:

* names are compared case-insensitively with runs of spaces folded;
* ``exact`` rules win over ``prefix`` and ``contains`` rules (``contains`` matches whole words);
  among the latter, the first matching row wins (user rows before built-in rows);
* a name no rule matches but which lists several groups (UCDP writes ``"Ahrar al-Sham, HTS"``) is split at
  the commas and takes the side most of its mapped parts have (a tie goes to the earliest part);
* anything still unmatched is ``unknown`` and counted, so an import can say which names were not mapped.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from observatory.errors import InputError
from observatory.models import SIDES

MATCH_KINDS: Final[tuple[str, ...]] = ("exact", "prefix", "contains")
SIDE_MAP_COLUMNS: Final[tuple[str, ...]] = ("pattern", "side", "match")


@dataclass(frozen=True, slots=True)
class SideRule:
    """One row of a side map."""

    pattern: str
    side: str
    match: str = "exact"
    note: str = ""
    origin: str = ""  # file:line it was read from


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold().split())


class SideMap:
    """Maps dataset actor names to sides, remembering each answer and the names it could not map."""

    def __init__(self, rules: tuple[SideRule, ...]) -> None:
        self.rules = rules
        self._exact: dict[str, str] = {}
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        for rule in rules:
            key = _fold(rule.pattern)
            if rule.match == "exact":
                self._exact.setdefault(key, rule.side)
            elif rule.match == "prefix":
                self._patterns.append((re.compile("^" + re.escape(key)), rule.side))
            else:
                self._patterns.append((re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)"), rule.side))
        self._cache: dict[str, str | None] = {}
        self.unmapped: Counter[str] = Counter()

    def side(self, name: str | None) -> str | None:
        """The side of ``name``; ``None`` for an empty name, ``"unknown"`` for a name no rule maps."""
        return self.side_of_many(name, 1)

    def side_of_many(self, name: str | None, count: int) -> str | None:
        """:meth:`side` for a name that occurs ``count`` times (bulk imports map each distinct name once)."""
        if not name:
            return None
        try:
            found = self._cache[name]
        except KeyError:
            found = self._cache[name] = self._lookup(name)
        if found is None:
            if count > 0:
                self.unmapped[name] += count
            return "unknown"
        return found

    def _lookup(self, name: str) -> str | None:
        found = self._match(_fold(name))
        if found is not None or "," not in name:
            return found
        parts = [_fold(p) for p in name.split(",") if p.strip()]
        sides = [s for s in (self._match(p) for p in parts) if s is not None]
        if not sides:
            return None
        counts = Counter(sides)
        best = max(counts.values())
        return next(s for s in sides if counts[s] == best)

    def _match(self, key: str) -> str | None:
        exact = self._exact.get(key)
        if exact is not None:
            return exact
        for pattern, side in self._patterns:
            if pattern.search(key):
                return side
        return None


def read_side_rules(path: Path) -> tuple[SideRule, ...]:
    """Rules of a side-map CSV; lines starting with ``#`` are comments."""
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read the side map: {exc.strerror}", path=str(path),
                         fix="pass an existing CSV with columns pattern,side,match[,note]") from exc
    rules: list[SideRule] = []
    with handle:
        reader = csv.reader(handle)
        header: list[str] | None = None
        for row in reader:
            line = reader.line_num
            if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [h.strip().lower() for h in row]
                missing = [c for c in SIDE_MAP_COLUMNS if c not in header]
                if missing:
                    raise InputError(f"side map lacks column(s) {', '.join(missing)}", path=str(path), line=line,
                                     fix="start the file with the header line: pattern,side,match,note")
                continue
            rules.append(_rule(dict(zip(header, row, strict=False)), str(path), line))
    return tuple(rules)


def _rule(values: dict[str, str], path: str, line: int) -> SideRule:
    pattern = (values.get("pattern") or "").strip()
    side = (values.get("side") or "").strip()
    match = (values.get("match") or "exact").strip().lower() or "exact"
    if not pattern:
        raise InputError("empty pattern", path=path, line=line, fix="give an actor name or part of one")
    if side not in SIDES:
        raise InputError(f"unknown side {side!r}", path=path, line=line, fix=f"use one of {', '.join(SIDES)}")
    if match not in MATCH_KINDS:
        raise InputError(f"unknown match kind {match!r}", path=path, line=line, fix=f"use one of {', '.join(MATCH_KINDS)}")
    return SideRule(pattern=pattern, side=side, match=match, note=(values.get("note") or "").strip(),
                    origin=f"{path}:{line}")


def builtin_side_map_path() -> Path:
    return Path(str(resources.files("observatory") / "data" / "side_map.csv"))


def load_side_map(extra: str | Path | None = None) -> SideMap:
    """The built-in table, with the rules of ``extra`` (a CSV path) tried first when given."""
    rules = read_side_rules(builtin_side_map_path())
    if extra:
        rules = read_side_rules(Path(extra)) + rules
    return SideMap(rules)


# -- governorates -------------------------------------------------------------------------------------------

#: OCHA COD-AB admin1 p-codes of the governorates.
GOVERNORATE_PCODES: Final[dict[str, str]] = {
    "Damascus": "SY01", "Aleppo": "SY02", "Rural Damascus": "SY03", "Homs": "SY04", "Hama": "SY05",
    "Lattakia": "SY06", "Idleb": "SY07", "Al-Hasakeh": "SY08", "Deir-ez-Zor": "SY09", "Tartous": "SY10",
    "Ar-Raqqa": "SY11", "Dar'a": "SY12", "As-Sweida": "SY13", "Quneitra": "SY14",
}

# Spellings used by ACLED, UCDP and the press, folded by _gov_key, for each OCHA name.
_GOVERNORATE_SPELLINGS: Final[dict[str, tuple[str, ...]]] = {
    "Aleppo": ("aleppo", "halab"),
    "Al-Hasakeh": ("alhasakeh", "alhasakah", "alhasaka", "hasakeh", "hasakah", "hasaka", "hassakeh", "alhassakeh"),
    "Ar-Raqqa": ("arraqqa", "arraqqah", "alraqqa", "raqqa", "raqqah", "rakka"),
    "As-Sweida": ("assweida", "assuwayda", "assuwaida", "sweida", "suwayda", "suwaida", "alsuwayda", "alsweida"),
    "Damascus": ("damascus", "dimashq", "damascuscity"),
    "Dar'a": ("dara", "daraa", "deraa", "deraa", "dera"),
    "Deir-ez-Zor": ("deirezzor", "deirezzour", "deiralzor", "deirazzor", "dayrazzawr", "deirezor", "deirelzor"),
    "Hama": ("hama", "hamah", "hamaa"),
    "Homs": ("homs", "hims"),
    "Idleb": ("idleb", "idlib"),
    "Lattakia": ("lattakia", "latakia", "latakiya", "lattakiya", "alladhiqiyah", "ladhiqiyah"),
    "Quneitra": ("quneitra", "alquneitra", "qunaytirah", "alqunaytirah", "kuneitra"),
    "Rural Damascus": ("ruraldamascus", "rifdimashq", "reefdimashq", "rifdamascus", "damascuscountryside",
                       "damascusrural", "ruraldamascusrifdimashq"),
    "Tartous": ("tartous", "tartus", "tartos"),
}
_GOV_BY_KEY: Final[dict[str, str]] = {key: name for name, keys in _GOVERNORATE_SPELLINGS.items() for key in keys}
_GOV_SUFFIXES: Final[tuple[str, ...]] = ("governorate", "province", "muhafazah", "gov")


def _gov_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(ch for ch in text if ch.isalnum() or ch == " ").strip()
    for suffix in _GOV_SUFFIXES:
        if text.endswith(" " + suffix):
            text = text[: -len(suffix)].strip()
    return text.replace(" ", "")


def governorate(name: str | None) -> str | None:
    """The OCHA governorate name for a dataset's admin1 name, or ``None`` when it is not a Syrian governorate."""
    if not name:
        return None
    if name in GOVERNORATE_PCODES:
        return name
    return _GOV_BY_KEY.get(_gov_key(name))

