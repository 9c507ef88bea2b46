"""An incident that fold_unplaced would take as more of the one before, but that tells an event of another kind with
victims of its own: "..., while the regime forces shelled the neighbourhood, killing a woman and a child" after a fight
between gunmen and soldiers; "On the X front, seven fighters and nine others were killed in clashes" after shelling that
killed civilians. Its kind is not the incident's, the incident has a toll, none of the part's dead or wounded are of a
side the incident counts, and they are not only the incident's attackers (their own losses "in the exchange of fire",
"among them five who blew themselves up" stay in it): the other event of the report, not more of the one told so far."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft


def own_victims(before: Draft, part: Draft) -> bool:
    """Whether the unplaced part has a kind other than the incident's and victims (counted by side) of no side the
    incident, which has a toll, counts, and not only of the incident's perpetrator's side."""
    if part.type_hit is None or before.type_hit is None or part.type_hit[0] == before.type_hit[0]:
        return False
    sides, told = {side for _, side in part.counts}, {side for _, side in before.counts}
    doer = before.perpetrator.side if before.perpetrator is not None else None
    return bool(sides) and bool(told) and not sides & told and sides != {doer}
