"""The result of resolving one place string."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: The reason a placed result carries no governorate: a range or desert over several (Jabal al-Bishri).
SEVERAL_GOVERNORATES = "it stretches over several governorates"


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """What `observatory geocode` prints; lat/lon are None with a reason when unresolved. A reason beside
    coordinates says why a placed result is vaguer: a governorate only, or no governorate (SEVERAL_GOVERNORATES)."""

    name: str
    matched: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    precision: int | None = None  # 1 place, 2 near/part of, 3 region/governorate
    score: float = 0.0
    reason: str | None = None
    feature_class: str | None = None

    @property
    def resolved(self) -> bool:
        return self.lat is not None and self.lon is not None

    def to_contract(self) -> dict[str, Any]:
        """The JSON shape read by ../shared/tools/score_geocoding.py (plus reason and admin2_pcode)."""
        return asdict(self)
