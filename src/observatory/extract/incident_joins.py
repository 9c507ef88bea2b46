"""Parts of an incident that read like events of their own: fire on the spot already named (the other side's fire
in a fight, "..., while regime forces shelled the surroundings of the three towns", "..., while artillery targeted
farms on its edges", "..., while its warplanes struck the area" after a strike or an attack by the same side), and the
taking of the victims told after their killing."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.incident_air_sequel import air_sequel
from observatory.extract.incident_apart import told_apart
from observatory.extract.incident_own_victims import own_victims
from observatory.extract.incident_situation import situation_yields
from observatory.extract.incident_time_shift import month_opening
from observatory.extract.numbers import PLURAL_WORD
from observatory.extract.places import place_mentions
from observatory.models import FIRE_FROM_AFAR

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: The incident told so far is a fight between two sides, not a one-sided killing.
_FIGHT = re.compile(r"\b(?:clash(?:es|ed)?|fighting|battles?|firefights?|exchanges?\s+of\s+fire|fought)\b", re.IGNORECASE)
#: The clause fires on the spot already named: "pounded the area", "shelled the surroundings of the three towns",
#: "targeted farms on its edges", "carried out airstrikes on the area".
_SAME_SPOT = re.compile(r"\b(?:shelled|pounded|bombarded|targeted|struck|hit|shelling|pounding|targeting|bombing|raided|"
                        r"(?:air\s*)?strikes|raids|bombardment|barrel\s+bombs|rockets|shells)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:(?:on|at|in|around|against|of)\s+)?(?:the|its)\s+(?:surroundings\s+of\s+the\s+)?"
                        r"(?:same\s+|nearby\s+|" + PLURAL_WORD + r"\s+)?(?:area|areas|region|surroundings|vicinity|"
                        r"place|spot|axis|front|outskirts|edges|environs|periphery|towns|villages)\b", re.IGNORECASE)
#: The victims told so far, taken before they were killed: "The man had been abducted ...", "the men had been captured".
_TAKEN_BEFORE = re.compile(r"(?:^|\bthat\s+)\s*(?:(?:the|these|those)\s+(?:[\w-]+\s+)?(?:man|men|woman|women|youths?|young\s+man|"
                           r"victims?|boys?|girls?|soldiers?|members?|fighters?|hostages?|shepherds?|workers?|persons?|people)|"
                           r"he|she|they)\s+had\s+(?:been\s+)?(?:abducted|kidnapped|captured|seized|detained|arrested)\b",
                           re.IGNORECASE)
_KILLINGS = frozenset({"execution", "assassination", "attack", "other"})


def joined(draft: Draft, f: SentenceFacts, work: str) -> SentenceFacts | None:
    """The facts of a sentence (or clause) that tells more of the incident being assembled although it reads like
    another event, as the incident should take them; None for any other sentence."""
    if _fire_in_fight(draft, f, work):
        return replace(f, type_hit=None)  # the fight stays a fight
    if _taken_before(draft, f):
        kind = f.type_hit
        if kind is not None and kind[0] == "abduction":  # killed after being taken: the killing of a captive
            kind = ("execution", kind[1], kind[2])
        return replace(f, type_hit=kind, dates=())  # the day they were taken is not the day of the killing
    return None


def _fire_in_fight(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """A clause cut off a sentence ("..., while regime forces pounded the area with rockets") that tells of shelling
    on the place of the fight told so far (or the same side's strikes or shelling on the place of any placed incident), with no
    toll, day or named place of its own."""
    if not f.sentence.inherits or f.mentions or f.dates or any(not p.governorate for p in f.places):
        return False
    if air_sequel(draft, f, f.sentence_text):
        return False  # "..., and Russian warplanes later struck the area": another side's aircraft, after the fight
    if _SAME_SPOT.search(f.sentence_text) is None:
        return False
    if _FIGHT.search(work, draft.start, f.sentence.start) is not None:
        return True
    # one side's bombardment of the spot (SCHEMA: one same-day bombardment by one perpetrator); another side's strikes
    # on it ("..., while Russian warplanes struck the area" after an ISIS ambush) stay an event of their own
    same_side = draft.perpetrator is not None and f.perpetrator is not None and draft.perpetrator.side == f.perpetrator.side
    return same_side and f.type_hit is not None and f.type_hit[0] in FIRE_FROM_AFAR and bool(draft.places)


def _taken_before(draft: Draft, f: SentenceFacts) -> bool:
    """A sentence that tells how the incident's dead had been taken before they were killed ("The man had been
    abducted by gunmen four days earlier"), with no dead of its own counted and no place of its own named."""
    if draft.type_hit is not None and draft.type_hit[0] not in _KILLINGS or not any(role == "killed" for role, _, _ in draft.figures()):
        return False
    if any(not m.quantity.vague for m in f.mentions) or any(not p.governorate for p in f.places):
        return False
    return _TAKEN_BEFORE.search(f.sentence_text) is not None


#: A sentence that says it tells another event: "In a separate attack", "Elsewhere", "Meanwhile", "a landmine also killed",
#: or the event that came before as its cause ("The strike followed ...", "in response to", "in retaliation for").
_APART = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|also|meanwhile|other\s+(?:attacks?|incidents?)|in\s+a\s+(?:new|second)|"
                    r"followed(?!\s+by\b)|came\s+after|in\s+(?:response|retaliation)\s+(?:to|for))\b",
                    re.IGNORECASE)
_NEAR_PARAGRAPHS = 2  # a follow-up is told in the incident's paragraph or the next one (a blank line counts as one)


def fold_unplaced(drafts: list[Draft], work: str) -> list[Draft]:
    """An incident with no place, no day (other than the one it took from the incident before) and no section of its own, told right after a placed one ("According to the
    monitor, four ... died, while a shepherd was hit by a stray bullet", "amid mutual shelling", "the jets later
    pounded the area") and naming no place at all, unless of another kind with victims of its own (incident_own_victims): more of the incident before, folded into it (its dead added where that one has none of the
    side, the larger figure kept where both have)."""
    kept: list[Draft] = []
    for d in drafts:
        before = kept[-1] if kept else None
        if before is None or d.places or d.date is not None and d.date is not before.date or d.timed or d.recalled or d.abroad \
                or d.section is not None or not before.places or d.paragraph - before.paragraph > _NEAR_PARAGRAPHS \
                or _APART.search(work, d.start, d.end) or told_apart(work[d.start:d.end]) \
                or place_mentions(work, d.start, d.end) or own_victims(before, d) or month_opening(work[d.start:d.end]):
            # (an event of its own month: "In May, regime shelling on the same post wounded two Turkish soldiers")
            kept.append(d)
            continue
        _fold(before, d)
    return kept


def _fold(into: Draft, part: Draft) -> None:
    for key, (m, at) in part.counts.items():
        if key not in into.counts or into.counts[key][0].value < m.value:
            into.counts[key] = (m, at)
    # figures of no side: the part's count where the incident has no figure of its role ("3 people" after "3 civilians"
    # may be the same dead)
    roles = {m.role for m, _ in into.generic} | {role for role, _ in into.counts}
    into.generic.extend((m, at) for m, at in part.generic if m.role not in roles)
    for key, vague in part.vague.items():
        into.vague.setdefault(key, vague)
    into.sources.update({k: v for k, v in part.sources.items() if k not in into.sources})
    tolled = bool(part.counts or part.generic or part.vague)  # (a siege joined by the shelling that killed: the shelling)
    kinds = (into.type_hit[0] if into.type_hit else None, part.type_hit[0] if part.type_hit else None)
    into.type_hit = part.type_hit if situation_yields(*kinds, tolled) else into.type_hit or part.type_hit
    into.perpetrator = into.perpetrator or part.perpetrator
    into.target = into.target or part.target
    into.end = max(into.end, part.end)
