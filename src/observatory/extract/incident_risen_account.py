"""The first account of an incident whose risen toll was told before it: the same incident, counted once.

Construction served: a lead gives the toll of an incident as risen ("The death toll of the explosion that targeted a
patrol near X rose on Wednesday to three, after a fighter succumbed to his wounds", "Update: the toll has risen to
five"), then the next paragraph tells the incident from the start, with its first, lower toll ("An IED went off as
the patrol passed on Tuesday morning, killing two fighters on the spot and wounding four others"). The split rules
read the second account as an event of its own (its own day, a town more); its dead are the risen toll's, counted
before they rose. The account is folded into the lead: the risen toll stands (or the account's dead, where they add
up to it side by side), and the account gives its kind, actors, places and wounded where the lead had none.

Not served: an account told as another event ("In a separate attack", "Meanwhile", "also", "another") or dated on the
calendar ("On November 8, strikes killed seven": an earlier event recalled), one placed in no town the lead names
where the lead names one (and naming no target or weapon as told, nor told as the monitor's earlier account: "had
documented"), one of another kind of event, one whose dead
outnumber the risen toll, are under half of it or are of a side the lead does not count; a lead whose toll is not
said to have risen ("put the toll at three"); a lead over several towns whose other town a later incident tells of
("the toll of the bombings that struck A and B has climbed to 12": a sum over the incidents told next).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.incident_apart import told_apart
from observatory.extract.incident_sameness import LOOSE_KINDS, exact_by_side, place_key, town_keys
from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft
    from observatory.extract.mention_sides import Mention

#: A sentence that says it tells another event.
_OTHER: Final = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|also|meanwhile|similar|second|earlier\s+(?:this|that|in|on)|"
                           r"(?:last|previous)\s+(?:week|month|year))\b", re.IGNORECASE)
#: How many line breaks may stand between the lead and the account (a blank line counts as two).
_NEAR: Final = 2
#: The lead says its toll rose ("has risen to 14", "bringing the death toll to two").
_RISE: Final = re.compile(r"\b(?:rose|risen|rises|rising|climbed|bringing|raising)\b", re.IGNORECASE)
#: The monitor's first account told as one it had given ("SOHR activists had documented the death of three civilians
#: ... when rockets fired by regime forces stationed around A hit the city"): the incident of the risen toll, wherever
#: else the account names (round 65).
_HAD_TOLD: Final = re.compile(r"\bhad\s+(?:earlier\s+|previously\s+|already\s+)?(?:documented|reported|recorded|monitored)\b",
                              re.IGNORECASE)
#: A day on the calendar ("on November 8"): an earlier event recalled, not the incident told again.
_CALENDAR: Final = re.compile(r"\b(?:" + MONTH_NAMES + r")\b")
#: The end of a sentence.
_STOP: Final = re.compile(r"[.!?](?=\s|$)")
#: The account names the incident's weapon or target as one told already: the weapon as the subject of its going off
#: ("the mine exploded", "the device went off"), or the target right after the verb of attack and with no place of its
#: own after it ("ambushed the bus on Wednesday"; not "attacked the checkpoint at the entrance of X", "near the market
#: in X": a target told with its own place is a new one).
_NAMED_BACK: Final = re.compile(r"\bthe\s+(?:(?:land)?mine|(?:explosive\s+)?device|ied|(?:car\s+)?bomb|explosion|blast)\s+"
                                r"(?:had\s+|was\s+)?(?:exploded|went\s+off|detonated|struck|hit|tore|ripped)\b|"
                                r"\b(?:ambushed|attacked|targeted|struck|hit|stormed)\s+the\s+(?:bus|vehicle|car|checkpoint|patrol|"
                                r"convoy|post|position|house)\b(?!\s+(?:in|at|near|of|outside|inside|on\s+the)\b)", re.IGNORECASE)


def fold_risen_accounts(drafts: list[Draft], work: str) -> list[Draft]:
    """The drafts with each incident told from the start after its risen toll folded into the lead that gave it."""
    kept: list[Draft] = []
    for k, d in enumerate(drafts):
        lead = kept[-1] if kept else None
        if lead is not None and _first_account(lead, d, work) and not _told_apart_later(lead, d, drafts[k + 1:]):
            _fold(lead, d)
            continue
        kept.append(d)
    return kept


def _dead(d: Draft) -> dict[str, int]:
    """The incident's dead by side (those of no side told as "unknown")."""
    dead = exact_by_side(d, KILLED)
    for m, _ in d.generic:
        if m.role == KILLED and not m.quantity.vague:
            dead["unknown"] = dead.get("unknown", 0) + m.value
    return dead


def _first_account(lead: Draft, d: Draft, work: str) -> bool:
    """Whether ``d`` tells the incident of ``lead``, whose toll rose, from the start with a lower toll."""
    if not _rose(list(lead.counts.values())) and \
            not (_rose(lead.generic) and not _rose([*d.counts.values(), *d.generic])):
        return False  # (a risen toll of no side named is the lead's too, "has risen to 14, among them three officers",
        # where the account tells no rise of its own)
    risen, told = _dead(lead), _dead(d)
    if not (told or d.counts) or d.recalled or d.abroad or work.count("\n", lead.end, d.start) > _NEAR or \
            _RISE.search(work, lead.start, lead.end) is None:
        return False
    stop = _STOP.search(work, d.start, d.end)
    first = work[d.start:stop.end() if stop is not None else d.end]
    if not told:  # "SOHR had reported in the morning that nine soldiers were killed and 16 others injured": its dead
        # read as the earlier toll, only its wounded left (round 65)
        return _HAD_TOLD.search(first) is not None and not _OTHER.search(first) and _same_kind(lead, d)
    if not sum(risen.values()) >= sum(told.values()) >= sum(risen.values()) / 2:
        return False  # (the first toll is most of the risen one: a few of the wounded died)
    if sum(told.values()) != sum(risen.values()) and (any(m.rose for m, _ in d.counts.values())
                                                      or any(side not in risen and side != "unknown" for side in told)):
        return False
    if _OTHER.search(first) or told_apart(first) or _CALENDAR.search(first):
        return False
    return _same_kind(lead, d) and (_same_place(lead, d) or _NAMED_BACK.search(first) is not None
                                    or _HAD_TOLD.search(first) is not None)


def _rose(figures: list[tuple[Mention, int]]) -> bool:
    """Some figure of the dead is told as a risen toll."""
    return any(m.role == KILLED and m.rose for m, _ in figures)


def _told_apart_later(lead: Draft, d: Draft, later: list[Draft]) -> bool:
    """The lead's towns shared out between the account and a later incident ("the bombings that struck A and B", then
    a car bomb in A and a suicide bomber in B): the lead sums up several incidents."""
    other = town_keys(lead) - town_keys(d)
    return bool(town_keys(lead) & town_keys(d)) and any(town_keys(e) & other for e in later)


def _same_kind(lead: Draft, d: Draft) -> bool:
    """The two tell the same kind of event, or one of them has none or only one read loosely from its wording."""
    if lead.type_hit is None or d.type_hit is None:
        return True
    return lead.type_hit[0] == d.type_hit[0] or lead.type_hit[0] in LOOSE_KINDS or d.type_hit[0] in LOOSE_KINDS


def _same_place(lead: Draft, d: Draft) -> bool:
    """The account names a town the lead names, or one of the two names no town."""
    towns, own = town_keys(lead), town_keys(d)
    return not towns or not own or bool(towns & own)


def _fold(lead: Draft, d: Draft) -> None:
    """The account's dead stand where they add up to the risen toll; otherwise the lead's. The account gives the
    kind, actors, wounded and places the lead has not."""
    risen, told = _dead(lead), _dead(d)
    if sum(told.values()) == sum(risen.values()) and len(told) > len(risen):
        for key in [k for k in lead.counts if k[0] == KILLED]:
            del lead.counts[key]
        lead.counts.update({k: v for k, v in d.counts.items() if k[0] == KILLED})
        lead.generic = [(m, at) for m, at in lead.generic if m.role != KILLED]
        lead.generic.extend((m, at) for m, at in d.generic if m.role == KILLED)
    if not any(role != KILLED for role, _ in lead.counts) and not any(m.role != KILLED for m, _ in lead.generic):
        lead.counts.update({k: v for k, v in d.counts.items() if k[0] != KILLED})  # the wounded as the account tells them
        lead.generic.extend((m, at) for m, at in d.generic if m.role != KILLED)
    fold_kept_facts(lead, d)


def fold_kept_facts(lead: Draft, d: Draft) -> None:
    """What a later account of the lead's incident adds to it: its vague figures and their sources, the kind where the
    lead's is none or only loose, the actors, day and places the lead has not."""
    for key, vague in d.vague.items():
        lead.vague.setdefault(key, vague)
    lead.sources.update({k: v for k, v in d.sources.items() if k not in lead.sources})
    if lead.type_hit is None or d.type_hit is not None and lead.type_hit[0] in LOOSE_KINDS:
        lead.type_hit = d.type_hit or lead.type_hit
    lead.perpetrator = lead.perpetrator or d.perpetrator
    lead.target = lead.target or d.target
    lead.date = lead.date or d.date
    known = {place_key(p.name) for p in lead.places}
    lead.places.extend(p for p in d.places if place_key(p.name) not in known)
    lead.end = max(lead.end, d.end)
