"""Where an incident is placed, read for its governorate (used by ``assemble``).

* towns only (no province, road, stretch, compound name, desert or place abroad: ``towns_only``), towns the gazetteer
  may not know (``unknown_town``), or no place at all in a sentence that tells a new event (``placeless``);
* a road between two named places ("on the road between al-Mayadeen and al-Kawm": ``road_ends``), several provinces
  named with province words (``spans``), a place abroad (``ABROAD``);
* the governorate lent from elsewhere in the report: the one governorate the report names more than once
  (``sole_governorate``), or the governorate of the other incidents that name the incident's towns, of the incident
  told "in the same countryside" just before, or of the incident whose sentence the draft was cut from
  (``placed_before``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_placeless import lends_placeless
from observatory.extract.incident_same_place import told_in_same_place
from observatory.extract.incident_sameness import place_key
from observatory.extract.incident_split_towns import in_desert
from observatory.extract.incident_stretch import on_stretch
from observatory.extract.places import PlaceMention, governorate_mentions

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft


#: Two places joined in one name ("the Homs-Raqqa desert", "Ithriyah-Khanasir"): a stretch, maybe of two provinces.
_JOINED_NAME = re.compile(r"\b[A-Za-z]{3,}[-–—][A-Z]")


def unknown_town(draft: Draft, text: str) -> bool:
    """The incident is placed only in towns (no province, no road or stretch between two places)."""
    return bool(draft.places) and all(p.governorate is None and not _JOINED_NAME.search(p.name) for p in draft.places) and \
        not on_stretch(text, draft.start, draft.end, (p.start for p in draft.places)) and not spans(draft) and \
        not ABROAD.search(text, draft.start, draft.end)


def towns_only(draft: Draft, text: str) -> bool:
    """The incident is placed by towns alone: no governorate, road, stretch, compound name or desert, nothing abroad."""
    return unknown_town(draft, text) and road_ends(draft, text) is None and \
        not any(_ROAD_NAME.search(p.name) for p in draft.places) and not in_desert(text, draft.start, draft.end)


def placeless(draft: Draft, text: str) -> bool:
    """The incident names no place (it is in the headline or a sentence before) and tells a new event."""
    return not draft.places and not ABROAD.search(text, draft.start, draft.end) and \
        lends_placeless(text, draft.start, draft.end)


def sole_governorate(text: str, located: list[str | None]) -> str | None:
    """The one governorate a report names, more than once (what the report is about), where every incident placed so
    far lies in it (and one does): the province of a town of the report that the gazetteer does not know ("near
    Al-Sheikh Hilal", in a report on Hama)."""
    mentions = governorate_mentions(text, 0, len(text))
    named = {p.governorate for p in mentions}
    if len(named) != 1 or len(mentions) < 2 or not any(located) and len(mentions) < 3:
        return None  # (named once, it may be only where one incident lay: the report need not be about it; named
        # three times in a report whose incidents lie nowhere else, it is what the report is about)
    gov = named.pop()
    return gov if all(g in (None, gov) for g in located) else None


def placed_before(k: int, drafts: list[Draft], own: list[str | None], text: str) -> str | None:
    """The governorate of other incidents of the report that name each of its towns ("near X" after "the village of
    X, east of Y in Hama countryside"), or, for "in the same countryside", of the incident told just before."""
    draft = drafts[k]
    towns = {place_key(p.name) for p in draft.places if not p.governorate}
    named = [({place_key(p.name) for p in other.places if not p.governorate}, gov)
             for j, (other, gov) in enumerate(zip(drafts, own, strict=True)) if j != k and gov]
    found = {gov for keys, gov in named if towns & keys}
    if towns and len(found) == 1 and towns <= set().union(*(keys for keys, _ in named)):
        return found.pop()  # (a town named nowhere else may lie in another governorate: the event may span two)
    if k and told_in_same_place(text, draft.start, draft.end, bare=not draft.places,
                                 before=drafts[k - 1].start) and own[k - 1]:
        return own[k - 1]
    if k and own[k - 1] and towns and _clause_after(drafts[k - 1], draft, text) and road_ends(draft, text) is None \
            and not any(_ROAD_NAME.search(p.name) for p in draft.places):
        return own[k - 1]  # "..., while regime forces shelled A and B": a clause cut off the incident before it, there
    return None


def _clause_after(before: Draft, draft: Draft, text: str) -> bool:
    """The draft is a clause cut off the sentence of the incident told just before it."""
    if before.end > draft.start or _SENTENCE_BREAK.search(text, before.end, draft.start):
        return False
    told = text[before.start:before.end].rstrip()
    return bool(told) and told[-1] not in ".!?"


_SENTENCE_BREAK = re.compile(r"[.!?\n]")
#: A road or a stretch between two towns ("the Sukhnah-Deir ez-Zor road"): it may run through two governorates.
_ROAD_NAME = re.compile(r"\b(?:[Rr]oad|[Hh]ighway|[Rr]oute|[Mm]otorway)\b|[–—]|[a-z]{3}-(?:Deir|Dar|Hama|Homs|Aleppo|Raqq|Idl|Damas|Palmyra)")


_ROAD_BEFORE = re.compile(r"\b(?:road|highway|route|motorway)\s+(?:between|linking|connecting)\s+(?:the\s+)?"
                          r"(?:(?:towns?|cities|villages?)\s+of\s+)?$", re.IGNORECASE)
_ROAD_AND = re.compile(r"\s*(?:and|with|to)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)


def road_ends(draft: Draft, text: str) -> tuple[PlaceMention, PlaceMention] | None:
    """The two places an incident's road runs between ("on the road between al-Mayadeen and al-Kawm"), or None."""
    for a, b in zip(draft.places, draft.places[1:], strict=False):
        if a.end < b.start and _ROAD_BEFORE.search(text, max(0, a.start - 50), a.start) and _ROAD_AND.fullmatch(text, a.end, b.start):
            return a, b
    return None


ABROAD = re.compile(r"\b(?:in|of|inside)\s+(?:the\s+)?(?:Iraq|Iraqi\s+Kurdistan|Kurdistan\s+Region|Turkey|Turkish\s+territory|"
                     r"Lebanon|Jordan|Israel|Iran)\b(?!\s*(?:border|-))")


def spans(draft: Draft) -> bool:
    """The draft names several provinces with province words ("in south Idlib and north Latakia countryside")."""
    return len({p.governorate for p in draft.places if p.governorate and p.strong}) > 1
