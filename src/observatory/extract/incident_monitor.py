"""The monitor's count of an incident over other sources' (state media, wire agencies, a party's own statement): where
both count the same dead or wounded, the other source's contradicting figures yield (``prefer_monitor``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sources import MONITOR, OTHER, attacker_claim, own_claim
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.text import stop_before

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


def prefer_monitor(draft: Draft, work: str = "") -> None:
    """Where the monitor and another source (state media, a wire agency, a party's statement) both count an incident's
    killed (or injured), the other source's figures that contradict the monitor's yield: those of a side the monitor
    also counts, those of no named side or of civilians ("state media said the strike killed a civilian": the same
    dead, named otherwise), and all of an attacker's own claim ("Amaq said nine militiamen were killed"). A figure of
    a side the monitor does not count stands as the text states it ("the SDF said its forces killed four of the
    attackers", where the monitor counts only the SDF's dead); where the other source's dead contradict the monitor's,
    or the text tells wounded of its own (``own_wounded``), its wounded yield too, save a force's wounded where only its
    dead are belied ("the ministry said four soldiers were killed and three wounded", where the monitor counts five
    soldiers dead and no wounded: the three wounded soldiers, of the side of the source's own dead, stand). Where the
    monitor's dead are only parts of another source's whole ("SANA said six were killed and 23 wounded. The Observatory
    said those killed included a child and two pilgrims"), they count against nothing, and every figure stands."""
    told = [m for m, _ in [*draft.counts.values(), *draft.generic]]
    _superseded(draft, told, work)
    by_monitor = {(m.role, m.side) for m in told if draft.source_of(m) == MONITOR}
    whole = bool(by_monitor) and any(m.role == KILLED and draft.source_of(m) == OTHER and m.side in (None, "unknown") for m in told)
    if whole and all(m.role == KILLED and (_INCLUDED.search(work, max(0, m.quantity.start - 40), m.quantity.start)
                                           or m.quantity.start == m.quantity.end) or _part_after(m, work) for m in told if draft.source_of(m) == MONITOR):
        return  # "SANA said six were killed. The Observatory said those killed included a child and two pilgrims": parts
    if by_monitor and all(_also_told(m, work) for m in told if draft.source_of(m) == MONITOR) and not any(
            draft.source_of(m) == OTHER and (m.role, m.side) in by_monitor for m in told):
        return  # "SANA said nine workers were killed. SOHR said two soldiers ... were also killed": dead of their own
    if not by_monitor:
        _claim_yields(draft, told, work)
        return
    roles = {role for role, _ in by_monitor}

    def contradicts(m: Mention) -> bool:  # (the monitor's wounded of no side may be anyone's; state media call the
        # dead civilians: "the strike killed a civilian", where the monitor counts fighters)
        if _own_rise(m, draft, told, by_monitor):
            return False
        return (m.role, m.side) in by_monitor or m.side in (None, "unknown") or m.role == KILLED and m.side == "civilians" \
            or (m.role, None) in by_monitor or m.role == INJURED and (INJURED, "unknown") in by_monitor \
            or own_claim(work, m.quantity.start)

    dead_belied = any(m.role == KILLED and draft.source_of(m) == OTHER and contradicts(m) for m in told) and KILLED in roles
    hurt_told = own_wounded(draft, told)
    claimed_dead = {m.side for m in told if m.role == KILLED and draft.source_of(m) == OTHER}  # (a force's own wounded stand)

    def other(m: Mention) -> bool:
        if draft.source_of(m) != OTHER:
            return False
        if m.role in roles:
            return contradicts(m)
        belied = hurt_told or dead_belied and (m.side in (None, "unknown", "civilians") or m.side not in claimed_dead)
        return m.role == INJURED and (belied or own_claim(work, m.quantity.start))

    draft.counts = {k: v for k, v in draft.counts.items() if not other(v[0])}
    draft.generic = [(m, i) for m, i in draft.generic if not other(m)]


def _own_rise(m: Mention, draft: Draft, told: list[Mention], by_monitor: set[tuple[str, str | None]]) -> bool:
    """A risen toll of no side that another source gives after its own count of a side the monitor does not count ("the
    ministry said four soldiers were killed", then "one of the wounded had died, bringing the number of dead to five",
    where the monitor counts only three Hezbollah members): that side's dead, risen, no contradiction of the monitor."""
    return m.rose and m.role == KILLED and m.side in (None, "unknown") and draft.source_of(m) == OTHER and any(
        o.role == KILLED and o.side not in (None, "unknown", "civilians") and (KILLED, o.side) not in by_monitor
        and draft.source_of(o) == OTHER and o.value < m.value for o in told)


#: The monitor's figures told as some of the dead ("those killed included", "among the dead were"): parts of the
#: other source's toll, no count against it (round 66).
#: "a child was among the dead", "one of the wounded was an Iraqi pilgrim": the monitor names some of the other
#: source's dead or wounded (round 70).
_AMONG_AFTER = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|victims|wounded|injured)\b|"
                          r"\s*of\s+the\s+(?:dead|victims|wounded|injured)\s+(?:was|were)\b", re.IGNORECASE)


#: The monitor's figure told as more dead beside the other source's ("two soldiers escorting the bus were also killed",
#: "also died", round 72): dead of their own, no count against the other source's.
_ALSO_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:(?:were|was|have\s+been|had\s+been|are|is)\s+also|also\s+(?:died|perished|lost))\b",
                         re.IGNORECASE)


def _also_told(m: Mention, work: str) -> bool:
    """Whether the figure is told as dead or wounded besides the others ("two soldiers ... were also killed")."""
    return bool(work) and _ALSO_AFTER.match(work, m.group_end) is not None


_ONE_OF_BEFORE = re.compile(r"\bof\s+the\s+(?:dead|victims|wounded|injured)\s+(?:was|were)\s+$", re.IGNORECASE)


def _part_after(m: Mention, work: str) -> bool:
    """Whether the figure is told as some of the dead or wounded ("a child was among the dead")."""
    return bool(work) and (_AMONG_AFTER.match(work, m.group_end) is not None or _AMONG_AFTER.match(work, m.quantity.end) is not None
                           or _ONE_OF_BEFORE.search(work, max(0, m.quantity.start - 40), m.quantity.start) is not None)


_INCLUDED = re.compile(r"\b(?:(?:those\s+killed|the\s+dead|the\s+victims|the\s+fatalities)\s+includ(?:ed|es|e)|"
                       r"among\s+(?:the\s+dead|those\s+killed|the\s+victims)\s+(?:were|was|are|is))\s+(?:[^.;]{0,30}?\band\s+)?$",
                       re.IGNORECASE)


#: The monitor's figure told as another toll than the one told before: "SOHR put the toll higher, saying ...", "the
#: Observatory gave a higher death toll of", "the monitor said the toll was lower", "a different toll".
_OTHER_TOLL = re.compile(r"\b(?:put|puts|putting|placed|places|gave|gives|giving|reported|reports|gave\s+out)\s+(?:the|a|its)\s+"
                         r"(?:(?:death|casualty)\s+)?toll\s+(?:even\s+|much\s+|slightly\s+)?(?:higher|lower)\b|"
                         r"\b(?:an?|the)\s+(?:even\s+|much\s+|slightly\s+)?(?:higher|lower|different)\s+(?:(?:death|casualty)\s+)?toll\b|"
                         r"\btoll\s+(?:was|is|stood|to\s+be)\s+(?:even\s+|much\s+|slightly\s+)?(?:higher|lower)\b", re.IGNORECASE)


def _superseded(draft: Draft, told: list[Mention], work: str) -> None:
    """Figures no source is credited with, told before the monitor's sentence that the text calls a higher (or lower,
    or different) toll ("A bomb ... killed six people. SOHR put the toll higher, saying seven civilians had perished,
    while 23 others were wounded"): another account of the same dead and wounded, so they count as another source's;
    the sentence's own figures are all the monitor's."""
    for monitor in (m for m in told if draft.source_of(m) == MONITOR):
        head = stop_before(work, monitor.quantity.start)
        cue = _OTHER_TOLL.search(work, head, monitor.quantity.start)
        if cue is None:
            continue
        stop = work.find(". ", monitor.quantity.start)
        stop = len(work) if stop < 0 else stop
        own = [m for m in told if cue.end() <= m.quantity.start < stop and draft.source_of(m) in (None, MONITOR)]
        for m in own:
            draft.sources[m.quantity.start] = MONITOR
        for m in told:
            if m.quantity.start < head and draft.source_of(m) is None and any(o.role == m.role for o in own):
                draft.sources[m.quantity.start] = OTHER
        return


#: The attacked side's denial or the monitor's word that no one was hurt, told after a claim ("The SDF media centre
#: denied the claim", "SOHR ... reported no casualties").
_NO_LOSSES = re.compile(r"\bdenied\s+(?:the|this|that|these|its)\s+claims?\b|\breported\s+no\s+(?:casualties|losses|deaths|fatalities)\b|"
                        r"\bno\s+(?:casualties|losses|deaths|fatalities)\s+(?:were|was)\s+(?:reported|recorded|documented)\b", re.IGNORECASE)


def _claim_yields(draft: Draft, told: list[Mention], work: str) -> None:
    """An attacker's own claim ("Amaq claimed that 13 militiamen were killed") beside figures of the incident that no
    source is credited with (the report's own count), or followed by the attacked side's denial or the monitor's word
    that there were no casualties (round 68): the claim's figures of the roles those figures count yield."""
    plain = {m.role for m in told if draft.source_of(m) is None and not m.quantity.vague}
    if not plain and (none := _NO_LOSSES.search(work, draft.start, draft.end)) is not None:
        plain = {m.role for m in told if draft.source_of(m) == OTHER and m.quantity.start < none.start()}

    def claimed(m: Mention) -> bool:
        return m.role in plain and draft.source_of(m) == OTHER and attacker_claim(work, m.quantity.start, doer)

    doer = draft.perpetrator.alias if draft.perpetrator else None

    if plain:
        draft.counts = {k: v for k, v in draft.counts.items() if not claimed(v[0])}
        draft.generic = [(m, i) for m, i in draft.generic if not claimed(m)]


def own_wounded(draft: Draft, told: list[Mention]) -> bool:
    """Whether the incident's wounded are told by the text itself or the monitor (not by another source): "SANA said 13
    others were wounded. ... Twelve more soldiers were wounded", where the monitor counts the dead; another source's
    count of the wounded then yields to it (tests/test_extract_other_source_counts.py)."""
    return any(m.role == INJURED and draft.source_of(m) != OTHER for m in told)


def monitor_answers(draft: Draft, f: SentenceFacts) -> bool:
    """The monitor's own count of the dead after only another source's ("ISIS claimed 20 soldiers were killed. SOHR,
    however, documented the death of seven in the ambush, which took place near X"): a correction of that count, not
    the share of the dead that died in the place it names (``incident_split.part_of_toll``)."""
    told = [m for (role, _), (m, _) in draft.counts.items() if role == KILLED]
    own = [m for m in f.mentions if m.parent is None]
    return bool(told) and bool(own) and all(draft.source_of(m) == OTHER for m in told) \
        and all(f.source_at(m.quantity.start) == MONITOR for m in own)
