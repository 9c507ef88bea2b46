"""The toll of an incident told again by a source, in sentences after the incident: the same incident, counted once.

SCHEMA: where two sources give the toll of one event in one text, the monitor's figure (or the latest toll) is used
and the other only noted. The claim passes (``casualty_claims``, ``casualty_claim_then_monitor``) settle two figures
inside one sentence or two adjacent ones; the split rules still make a second incident of a source's account told a
few sentences later with a figure of its own. Served here:

* a local account first, the monitor's later and higher toll after it ("At least six civilians were killed in a car
  bomb attack in Afrin, according to local sources. ... The Observatory later said the death toll had climbed to
  eight, seven civilians and a fighter"): the monitor's figures stand;
* the monitor first, a party's own count after it ("the SDF confirmed the death of two of its members", "state media
  said nine people had died"): the monitor's figures stand.

The later account is the incident's only where it tells no event of its own: no other kind of event, no town the
incident does not name, no day of its own, no words of another event ("separately", "another", "earlier this
month"), no side of the dead the incident does not count (beside the unknown and one the monitor's rise adds), and
its figures credited to a source or told as a toll. The account gives its wounded where the incident has none. A
lead credited to another source that names no town nor day may be placed and dated by the monitor's account after it
(``_places_other_account``).
Tests in tests/test_extract_incident_toll_retold.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from observatory.extract.incident_apart import told_apart
from observatory.extract.incident_risen_account import fold_kept_facts
from observatory.extract.incident_sameness import LOOSE_KINDS, exact_by_side, town_keys
from observatory.extract.incident_sources import MONITOR, OTHER, figure_source
from observatory.extract.mention_sides import INJURED, KILLED
from observatory.extract.text import sentence_around

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: Words of another event than the one told before.
_OTHER: Final = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|also|meanwhile|similar|second|earlier\s+(?:this|that|in|on)|"
                           r"(?:last|previous)\s+(?:week|month|year)|days?\s+(?:earlier|before|later)|in\s+20\d\d)\b", re.IGNORECASE)
#: A time of the account's own in the sentence of its dead ("On Monday", "A week earlier", "In March", "last night"):
#: another event, or one the incident before did not place in time.
_OWN_TIME: Final = re.compile(r"\b(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r"|yesterday|today|tonight|"
                              r"earlier|later\s+(?:on|in|that)|week|month|year|hours?|night|morning|evening|dawn|noon|afternoon)\b",
                              re.IGNORECASE)
#: Dead added to a toll told before: "two more civilians", "further casualties".
_MORE: Final = re.compile(r"\b(?:more|further|additional)\b", re.IGNORECASE)
#: The day a statement was made, not the day of the event ("In a statement on Wednesday", "said on Monday").
_SAID_WHEN: Final = re.compile(r"\b(?:(?:in|issued)\s+a\s+statement|said|announced|reported)\s+on\s+\w+day\b", re.IGNORECASE)
#: The account tells a toll or a party's count of its dead, not an event: "the death toll had climbed to eight",
#: "put the toll at 23", "confirmed the death of two of its members", "said nine people had died".
_TOLL_TOLD: Final = re.compile(r"\btoll\b|\bconfirm(?:ed|s)?\s+the\s+deaths?\b|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims)\b|"
                               r"\b(?:said|says|reported|told)\s+(?:that\s+)?(?:[\w-]+\s+){1,3}?(?:had|have|has)\s+(?:died|been\s+killed)\b",
                               re.IGNORECASE)


def fold_toll_retold(drafts: list[Draft], work: str) -> list[Draft]:
    """The drafts with each later source's account of the incident before it folded into that incident."""
    kept: list[Draft] = []
    for d in drafts:
        lead = kept[-1] if kept else None
        if lead is not None and _retold(lead, d, work):
            _fold(lead, d)
            continue
        kept.append(d)
    return kept


def _killed_sentences(d: Draft, work: str) -> list[str]:
    """The sentences that hold the account's figures of the dead."""
    return [work[slice(*sentence_around(work, m.quantity.start, m.quantity.end))]
            for (role, _), (m, _) in d.counts.items() if role == KILLED]


def _retold(lead: Draft, d: Draft, work: str) -> bool:
    """Whether ``d`` only gives a source's toll of ``lead``'s incident."""
    told, dead = exact_by_side(d, KILLED), exact_by_side(lead, KILLED)
    if not told or not dead or d.recalled or d.abroad or any(m.role == KILLED for m, _ in d.generic) or lead.abroad:
        return False
    placing = _places_other_account(lead, d, work)
    if d.date is not None and not _said_when(work, d.date.start) and not placing:
        return False
    if any(a is not None and b is not None and a.side != b.side for a, b in ((lead.target, d.target), (lead.perpetrator, d.perpetrator))):
        return False
    if d.type_hit is not None and lead.type_hit is not None and d.type_hit[0] != lead.type_hit[0] \
            and LOOSE_KINDS.isdisjoint({d.type_hit[0], lead.type_hit[0]}):
        return False
    if town_keys(d) - town_keys(lead) and not placing:
        return False
    text = work[d.start:d.end]
    if _OTHER.search(text) or told_apart(text):
        return False
    sentences = _killed_sentences(d, work)
    if not placing and any(_OWN_TIME.search(_SAID_WHEN.sub("", s)) for s in sentences):
        return False
    if not all(figure_source(s) is not None or _TOLL_TOLD.search(s) for s in sentences):
        return False
    rises = _monitor_rises(lead, d)
    others = {s for s in told if s != "unknown"} - set(dead)
    return not others or rises and bool(set(told) & set(dead))


def _said_when(work: str, at: int) -> bool:
    """Whether the day at ``at`` is the day a statement was made ("In a statement on Wednesday, the SDF ...")."""
    return any(m.start() <= at < m.end() for m in _SAID_WHEN.finditer(work, max(0, at - 40), at + 12))


def _places_other_account(lead: Draft, d: Draft, work: str) -> bool:
    """A wire lead that credits its toll to another source and names no town nor day ("Rocket fire on camps in the
    northwest has killed at least nine people, according to the White Helmets"), then the monitor's own toll of the same
    kind of event that places and dates it ("SOHR said 10 people were killed when missiles struck the Maram camp near
    Kafr Jales early on Sunday"): the monitor's account of the lead's event, not another one (round 64). Dead told as
    "more" ("Two more civilians were killed when jets hit a farm near X"), or far fewer than the lead's, are of another
    event."""
    if town_keys(lead) or lead.date is not None or _MORE.search(work, d.start, d.end):
        return False
    if 2 * sum(exact_by_side(d, KILLED).values()) < sum(exact_by_side(lead, KILLED).values()):
        return False
    theirs = {d.source_of(m) for (role, _), (m, _) in d.counts.items() if role == KILLED}
    ours = {lead.source_of(m) for (role, _), (m, _) in lead.counts.items() if role == KILLED}
    return theirs == {MONITOR} and ours == {OTHER}


def _monitor_rises(lead: Draft, d: Draft) -> bool:
    """The account is the monitor's, over a lead that is not, or it tells the toll as risen."""
    theirs = {d.source_of(m) for (role, _), (m, _) in d.counts.items() if role == KILLED}
    ours = {lead.source_of(m) for (role, _), (m, _) in lead.counts.items() if role == KILLED}
    rose = any(m.rose for (role, _), (m, _) in d.counts.items() if role == KILLED)
    return rose or theirs == {MONITOR} and MONITOR not in ours


def _fold(lead: Draft, d: Draft) -> None:
    """The monitor's (or the risen) dead stand; the account's wounded stand where the incident has none."""
    if _monitor_rises(lead, d):
        for key in [k for k in lead.counts if k[0] == KILLED]:
            del lead.counts[key]
        lead.counts.update({k: v for k, v in d.counts.items() if k[0] == KILLED})
        lead.sources.update({m.quantity.start: src for (role, _), (m, _) in d.counts.items()
                             if role == KILLED and (src := d.source_of(m)) is not None})
    if not any(role == INJURED for role, _ in lead.counts) and not any(m.role == INJURED for m, _ in lead.generic):
        lead.counts.update({k: v for k, v in d.counts.items() if k[0] == INJURED})
    fold_kept_facts(lead, d)
