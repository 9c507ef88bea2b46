"""Tolls across the border: "20 civilians were killed in Turkish border towns, including A and B, by shells fired by the
SDF", "... said that 20 civilians had been killed inside Turkish territory by shells fired on border towns". The dead of
several towns of a neighbouring country, counted over the fighting by that country's authorities, are a total (with its
region), not one incident of the report."""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

#: ground of a neighbouring country: "Turkish border towns", "inside Turkish territory", "on Turkish soil".
_ABROAD: Final = re.compile(r"\b(?:Turkish|Iraqi|Lebanese|Jordanian|Israeli)\s+(?:border\s+)?(?:towns|cities|villages|territory|soil)\b",
                            re.IGNORECASE)
#: several towns: "towns", "border villages".
_TOWNS: Final = re.compile(r"\b(?:towns|cities|villages)\b", re.IGNORECASE)
_STEMS: Final = ("towns", "cities", "villages")
#: the dead of those towns: a figure of people killed in the same sentence.
_KILLED: Final = re.compile(r"\b(?:killed|dead|died|deaths)\b", re.IGNORECASE)


def toll_abroad(chunk: str) -> bool:
    """Whether the sentence counts people killed in several towns across the border."""
    return has_any(folded(chunk), _STEMS) and _ABROAD.search(chunk) is not None and _TOWNS.search(chunk) is not None \
        and _KILLED.search(chunk) is not None
