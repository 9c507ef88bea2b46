"""The data model shared by every stage.

Frozen dataclasses cross module boundaries; the store maps them to rows.
Vocabularies (sides, event types, governorates) are plain string constants so
that files written by Observatory are read by other tools (the scorers in
``../shared/tools`` read them) without any Python enum in between.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum
from typing import Final

SIDES: Final[tuple[str, ...]] = (
    "regime",
    "pro_iran_foreign",
    "russia",
    "isis",
    "sdf",
    "turkey_factions",
    "hts_rebels",
    "civilians",
    "coalition",
    "israel",
    "unknown",
)

#: Sides that strike in these reports but are never told as the dead (Israel): a figure read as theirs names who
#: killed, not whose dead they were.
DOER_ONLY_SIDES: Final[frozenset[str]] = frozenset({"israel"})

#: The sides whose casualties are fighters: every side but civilians, unknown and Israel (whose forces strike from
#: outside the country; the readings that use this set never meet Israeli dead).
ARMED_SIDES: Final[frozenset[str]] = frozenset(SIDES) - {"civilians", "unknown"} - DOER_ONLY_SIDES

EVENT_TYPES: Final[tuple[str, ...]] = (
    "attack",
    "ambush",
    "clash",
    "shelling",
    "airstrike",
    "drone_strike",
    "ied_landmine",
    "suicide_bombing",
    "assassination",
    "execution",
    "abduction",
    "siege",
    "other",
)

#: The kinds of event done by fire from afar (artillery and missiles, aircraft, drones), where the side hit does not
#: fight back within the same event.
FIRE_FROM_AFAR: Final[frozenset[str]] = frozenset({"shelling", "airstrike", "drone_strike"})

#: OCHA COD-AB English admin1 names, exactly as the boundaries spell them.
GOVERNORATES: Final[tuple[str, ...]] = (
    "Aleppo",
    "Al-Hasakeh",
    "Ar-Raqqa",
    "As-Sweida",
    "Damascus",
    "Dar'a",
    "Deir-ez-Zor",
    "Hama",
    "Homs",
    "Idleb",
    "Lattakia",
    "Quneitra",
    "Rural Damascus",
    "Tartous",
)


class DatePrecision(StrEnum):
    """How much of a date is known (ACLED's time_precision 1-3 maps onto the first three)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class GeoPrecision(int, Enum):
    """ACLED's geo_precision: how closely the coordinates fit the event."""

    PLACE = 1  # the named place itself
    NEAR = 2  # near or part of a named place, a relative location
    REGION = 3  # a region, district or governorate


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"
    VAGUE = "vague"


class ReviewStatus(StrEnum):
    EXTRACTED = "extracted"
    REVIEWED = "reviewed"
    VERIFIED = "verified"


def _check_side(side: str) -> None:
    if side not in SIDES:
        raise ValueError(f"unknown side {side!r}; use one of {', '.join(SIDES)}")


def content_hash(text: str) -> str:
    """Stable id of a text: sha256 of its NFC form with normalised line ends."""
    import unicodedata

    norm = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def stable_id(*parts: object) -> str:
    """A short content-derived id: the same inputs give the same id on every machine."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Source:
    """An outlet or data provider (SOHR, ACLED, UCDP, a local monitor)."""

    name: str
    kind: str = "monitor"  # monitor, news, dataset, social, official
    reliability_note: str | None = None

    @property
    def id(self) -> str:
        return stable_id("source", self.name.strip().lower())


@dataclass(frozen=True, slots=True)
class Report:
    """One text as received. Its id is the hash of its content, so a second copy adds nothing."""

    text: str
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "en"
    external_id: str | None = None
    origin: str | None = None  # file path (and line) it was read from
    title: str | None = None

    @property
    def id(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Span:
    """A character range [start, end) in a report's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span ({self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty figure as a range: low <= best <= high, with how it was stated."""

    best: int
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = Qualifier.EXACT

    def __post_init__(self) -> None:
        low = self.best if self.low is None else self.low
        high = self.best if self.high is None else self.high
        if not (0 <= low <= self.best <= high):
            raise ValueError(f"count range must satisfy 0 <= low <= best <= high, got {low}, {self.best}, {high}")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)


@dataclass(frozen=True, slots=True)
class Casualty:
    """Killed and injured of one side (and nationality) in one event."""

    side: str
    killed: Count | None = None
    injured: Count | None = None
    nationality: str | None = None  # ISO 3166 alpha-2 where known ("SY", "RU", "IR", "AF", "LB")
    actor: str | None = None

    def __post_init__(self) -> None:
        _check_side(self.side)


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, as precisely as the sources allow."""

    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision | None = None
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    admin3: str | None = None
    admin3_pcode: str | None = None
    country: str = "SY"


@dataclass(frozen=True, slots=True)
class Event:
    """One violent event, with the casualties attributed to it.

    ``id`` is stable: importers derive it from the dataset's own id, extraction
    from the report and the event's position in it.
    """

    id: str
    date_start: date | None
    event_type: str
    date_end: date | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    perpetrator_side: str | None = None
    perpetrator_actor: str | None = None
    target_side: str | None = None
    target_actor: str | None = None
    location: Location = field(default_factory=Location)
    casualties: tuple[Casualty, ...] = ()
    review_status: ReviewStatus = ReviewStatus.EXTRACTED
    source: str | None = None  # dataset or outlet name
    external_id: str | None = None  # the dataset's own id (ACLED event_id_cnty, UCDP id)
    report_id: str | None = None
    notes: str | None = None

    def __post_init__(self) -> None:
        if self.event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.event_type!r}; use one of {', '.join(EVENT_TYPES)}")
        for side in (self.perpetrator_side, self.target_side):
            if side is not None:
                _check_side(side)
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValueError(f"date_end {self.date_end} is before date_start {self.date_start}")

    @property
    def killed_best(self) -> int:
        return sum(c.killed.best for c in self.casualties if c.killed)

    @property
    def injured_best(self) -> int:
        return sum(c.injured.best for c in self.casualties if c.injured)


@dataclass(frozen=True, slots=True)
class Claim:
    """One value on an event and the words it came from."""

    report_id: str
    event_id: str | None
    field: str  # e.g. "killed.regime", "place", "date", "type", "perpetrator"
    value: str
    span: Span
    qualifier: Qualifier = Qualifier.EXACT
    extractor_version: str = "0"


@dataclass(frozen=True, slots=True)
class CumulativeClaim:
    """A source's period or running total, kept apart from incidents so it is never summed with them."""

    report_id: str
    side: str
    killed: int
    since: date | None = None
    until: date | None = None
    of_which: tuple[tuple[str, int], ...] = ()
    span: Span | None = None
    qualifier: Qualifier = Qualifier.AT_LEAST
    region: str | None = None
    perpetrator: str | None = None
    since_text: str | None = None
    until_text: str | None = None

    def __post_init__(self) -> None:
        _check_side(self.side)
        if self.killed < 0:
            raise ValueError("killed must be >= 0")

    @property
    def id(self) -> str:
        return stable_id(
            "total", self.report_id, self.side, self.killed, self.since, self.until, self.region,
            self.perpetrator, self.span.start if self.span else None,
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """A named armed group or force, mapped to a side, optionally for a time window."""

    name: str
    side: str
    aliases: tuple[str, ...] = ()
    nationality: str | None = None
    patron: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def __post_init__(self) -> None:
        _check_side(self.side)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    lat: float
    lon: float
    feature_class: str = "populated"
    alternate_names: tuple[str, ...] = ()
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    admin3: str | None = None
    admin3_pcode: str | None = None
    source: str = "unknown"
    external_id: str | None = None
    population: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in one report: events with their claims, and period totals."""

    report_id: str
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    totals: tuple[CumulativeClaim, ...] = ()
    language: str = "en"
    reason: str | None = None  # why nothing was extracted, when nothing was
