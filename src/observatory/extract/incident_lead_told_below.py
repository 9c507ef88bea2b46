"""A news lead told again below: a wire story opens with a summary of the day ("IS jihadists killed 15 pro-government
fighters in an attack in the desert on Thursday, a monitor said, while three soldiers died in a landmine blast"), then
tells each event in a paragraph of its own, with its places and more of its figures ("IS fighters attacked positions
near B, killing nine soldiers and six NDF members. Twenty others were wounded"). The lead's incident is the detailed
one told again: it is dropped where a later paragraph tells an incident of its kind whose dead of each side the lead
names are the same (and whose wounded, where the lead tells any), at a place the lead's places do not go beyond (nor in
another governorate than the lead's), on a day the lead's day does not contradict.

Not for a lead whose dead are of no named side ("five people were killed": another count may be meant), a lead with
towns the later incident does not name, nor one told in the same paragraph as the later incident (the detail of a
paragraph is its own story).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.incident_dates import date_key
from observatory.extract.incident_sameness import LOOSE_KINDS, exact_by_side, place_key, town_keys
from observatory.extract.mention_sides import INJURED, KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft


def drop_leads_told_below(drafts: list[Draft]) -> list[Draft]:
    """The drafts without the leads of the report's first paragraph of incidents that a later paragraph tells again
    (``told_below``); the later incident takes the lead's day where it has none."""
    if len(drafts) < 2:
        return drafts
    first = drafts[0].paragraph
    kept: list[Draft] = []
    for k, d in enumerate(drafts):
        again = next((later for later in drafts[k + 1:] if d.paragraph == first and told_below(d, later)), None)
        if again is None:
            kept.append(d)
            continue
        again.date = again.date or d.date
        _take_finer_dead(d, again)
    return kept


def _take_finer_dead(lead: Draft, later: Draft) -> None:
    """The later incident takes the lead's dead where the lead splits them among more sides than it does, as many in
    all ("killed a smuggler along with his wife and six children", then "killing all eight family members")."""
    dead, told = exact_by_side(lead, KILLED), exact_by_side(later, KILLED)
    if len(dead) <= len(told) or sum(dead.values()) != sum(told.values()):
        return
    for key in [key for key in later.counts if key[0] == KILLED]:
        del later.counts[key]
    later.counts.update({key: value for key, value in lead.counts.items() if key[0] == KILLED})


def told_below(lead: Draft, later: Draft) -> bool:
    """Whether ``later``, told in a later paragraph, is the incident the lead sums up (see the module's note)."""
    if later.paragraph <= lead.paragraph or any(m.role == KILLED for m, _ in lead.generic):
        return False
    dead = exact_by_side(lead, KILLED)
    if not dead or sum(dead.values()) < 2 or not _dead_told_below(dead, exact_by_side(later, KILLED)):
        return False
    if not _within(exact_by_side(lead, INJURED), exact_by_side(later, INJURED)):
        return False
    if lead.date is not None and later.date is not None and date_key(lead.date) != date_key(later.date):
        return False
    return _same_kind(lead, later) and _places_within(lead, later)


def _dead_told_below(dead: dict[str, int], later: dict[str, int]) -> bool:
    """Whether the later incident tells the lead's dead: the same figure for each side, or, where the lead leaves some
    of its dead of no named side ("killing at least ten people", "killed a smuggler along with his wife and six
    children"), as many dead in all, every one of them of a named side ("killing all eight family members") or split
    among three sides or more."""
    if "unknown" not in dead:
        return _within(dead, later)
    named = [side for side in later if side != "unknown"]  # (or of sides some of which it names: "Four SDF fighters,
    # three tribal fighters and two civilians" after "killed nine people", round 65)
    return bool(named) and ("unknown" not in later or len(later) > 2) and sum(later.values()) == sum(dead.values())


def _within(part: dict[str, int], whole: dict[str, int]) -> bool:
    """Whether every side of ``part`` has the same figure in ``whole``."""
    return all(whole.get(side) == value for side, value in part.items())


def _same_kind(lead: Draft, later: Draft) -> bool:
    """Whether the later incident's kind is the lead's, or the lead's is one a detailed account names more exactly."""
    if lead.type_hit is None or later.type_hit is None:
        return lead.type_hit is None or lead.type_hit[0] in LOOSE_KINDS
    return lead.type_hit[0] == later.type_hit[0] or lead.type_hit[0] in LOOSE_KINDS and later.type_hit[0] in LOOSE_KINDS


def _places_within(lead: Draft, later: Draft) -> bool:
    """Whether the lead's towns are all among the later incident's places, and the two name no governorates apart
    ("in Daraa province" is not the later paragraph's attack "near al-Mayadeen in Deir Ezzor")."""
    towns = town_keys(lead)
    provinces = {p.governorate for p in lead.places if p.governorate}
    later_provinces = {p.governorate for p in later.places if p.governorate}
    if provinces and later_provinces and not provinces & later_provinces:
        return False
    return towns <= {place_key(p.name) for p in later.places}
