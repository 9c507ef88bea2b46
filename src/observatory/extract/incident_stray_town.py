"""The governorate of an incident placed only by a town named again, which the gazetteer resolves to a province the
report never speaks of.

Construction handled: a town named again in a later incident ("shelled the villages of A and B in the countryside of
X", then "an infiltration attempt towards A village"): one report, one A; the later incident takes the governorate the
earlier one gave it, not that of another town of the same name elsewhere. (A town the gazetteer places in a province
the text does not name is otherwise trusted: "Masyaf" in a report that names only Homs is in Hama.)

Incidents placed with a province word ("in the countryside of Homs") keep their own governorate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import place_key
from observatory.extract.places import governorate_mentions

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft


def settle_strays(drafts: list[Draft], own: list[str | None], text: str) -> list[str | None]:
    """``own`` with the governorates of incidents placed only by stray towns put right (see the module's docs)."""
    if len(drafts) < 2 or sum(1 for g in own if g) < 2:
        return own
    named = {p.governorate for p in governorate_mentions(text, 0, len(text))}
    out = list(own)
    for k, draft in enumerate(drafts):
        gov = own[k]
        if gov is None or gov in named or not draft.places or any(p.governorate for p in draft.places):
            continue
        out[k] = _named_before(k, drafts, own)
    return [g if g is not None else own[k] for k, g in enumerate(out)]


def _named_before(k: int, drafts: list[Draft], own: list[str | None]) -> str | None:
    """The governorate of an earlier incident that names each of this incident's towns, where that differs."""
    towns = {place_key(p.name) for p in drafts[k].places}
    found = {own[j] for j in range(k) if own[j] and own[j] != own[k]
             and towns <= {place_key(p.name) for p in drafts[j].places}}
    return found.pop() if len(found) == 1 else None

