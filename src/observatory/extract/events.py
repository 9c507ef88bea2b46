"""Event type keywords, and who did it to whom, inside one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon, ActorMatch

#: Type keywords in priority order: the first type whose pattern occurs in an incident wins.
TYPE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple((name, re.compile(p, re.IGNORECASE)) for name, p in (
    ("suicide_bombing", r"\bsuicide\s+(?:attack|bomb|bomber|bombing|car|vest|operation)|\bblew\s+(?:himself|themselves)\s+up"),
    ("drone_strike", r"\b(?:kamikaze|suicide|armed|combat)\s+drones?|\bdrones?\s+(?:strike|strikes|attack|attacks|attacked|targeted|"
                     r"struck|bombed|hit|dropped|fired|killed|kills|injured|targeting)|\b(?:by|with|of|in)\s+(?:a\s+|an\s+)?"
                     r"(?:\w+\s+){0,2}drones?\b(?!\s+(?:flights?|flying|were\s+seen|hovered))|\bdrone\s+strike|\bUAV\s+(?:strike|attack)|"
                     r"\bdrones?\s+(?:belonging|of\s+the)|\bdrones?\b[^.;]{0,60}?\b(?:attacked|targeted|struck|bombed|killed)\b"),
    ("ied_landmine", r"\b(?:land\s?mines?|mines?\b(?!\s+clearance)|IEDs?|improvised\s+explosive|explosive\s+devices?|car\s+bombs?|"
                     r"booby[\s-]trapped|bomb(?:ed)?\s+(?:car|vehicle|motorcycle)|war\s+remnants?|remnants?\s+of\s+(?:war|\w+\s+bombardment|shells)|"
                     r"unexploded|(?<!barrel\s)\bbomb\s+explosion|ordnance|"
                     r"explosive\s+remnants|sticky\s+bombs?|(?<!barrel\s)\bbombs?\b(?!ard)|grenades?|minefields?|roadside\s+bombs?|explosive\s+belt|motorcycle\s+bomb|planted\s+explosives)"),
    ("airstrike", r"\b(?:air\s?strikes?|air\s+raids?|warplanes?|war\s+planes|fighter\s+jets|jets|helicopters?|(?<!anti-)aircraft|aerial\s+"
                  r"(?:bombardment|attack)|bombers|barrel\s+bombs?|air\s+force\s+(?:struck|bombed|targeted)|air\s+bombardment)"),
    ("ambush", r"\bambush(?:ed|es|ing)?\b"),
    ("execution", r"\bexecut(?:ed|ion|ions|ing)\b(?!\s+(?:an?\s+|the\s+|\w+\s+){0,2}(?:attacks?|operations?|strikes?|airstrikes?|"
                  r"raids?|missions?|ambush))|\bbeheaded|\bbeheading"),
    ("assassination", r"\bassassinat(?:ed|ion|ions|ing)\b"),
    ("shelling", r"\bshell(?:ed|ing|s)?\b|\bartillery|\brockets?\b|\bmortars?\b|\bmissiles?\b|\bprojectiles?|\bbombard(?:ed|ment)"),
    ("attack", r"\battack(?:ed|s|ing)?\b|\bassault(?:ed|s)?\b|\bstormed|\braid(?:ed|s)?\b|\bopened\s+fire|\bgunfire|\bshot\b|"
               r"\bshooting|\bsniper|\bgunmen\b|\btargeted|\btargeting|\bbullets?\b"),
    ("clash", r"\bclash(?:es|ed)?\b|\bfighting\b|\bexchange\s+of\s+fire|\bbattles?\b|\binfighting|\bconfrontations?|\bskirmish"),
    ("abduction", r"\babduct(?:ed|ion)|\bkidnap(?:ped|ping)?\b"),
    ("other", r"\bexplosions?\b|\bexploded|\bblast\b|\bmurder(?:ed)?\b|\bfound\s+dead|\bbodies\s+(?:of|were\s+found)|\bstabbed|\bshot\s+down"),
))

_PERP_VERB = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:cells?|members?|fighters?|militants?|gunmen|forces|warplanes|jets|drones?|helicopters?|artillery|troops|"
    r"militiamen|elements)?\s*(?:have\s+|had\s+|also\s+|reportedly\s+)?(?:attacked|launched|fired|shelled|targeted|target|carried\s+out|"
    r"killed|kill|kills|ambushed|executed|stormed|bombed|struck|hit|opened|detonated|planted|shot|assassinated|kidnapped|abducted|"
    r"raided|pounded|conducted|executes|attack|attacks|targets|shell|shells|launch|launches|bombard|bombarded|claimed)\b",
    re.IGNORECASE,
)
_PERP_ADJ = re.compile(r"\s*(?:rocket|drone|artillery|air|missile|aerial|mortar|kamikaze)?\s*(?:attacks?|strikes?|fire|shelling|"
                       r"shells|raids?|bombardment|warplanes|jets|drones?|helicopters?|fighter\s+jets|gunfire|landmine|mines?|cells?)\b",
                       re.IGNORECASE)
_BY = re.compile(r"\b(?:by|of)\s+(?:the\s+)?(?:\w+[\s-]+){0,3}?[\"“]?$", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:on|against|targeting|targeted|target|attacked|ambushed|at|hit|struck|shelled|with|between)\s+"
                            r"(?:[\w'\"“”-]+\s+){0,7}?[\"“]?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Roles:
    perpetrator: ActorMatch | None
    target: ActorMatch | None


_CLASH = dict(TYPE_PATTERNS)["clash"]


def event_type(text: str) -> tuple[str, int, int] | None:
    """The highest-priority type keyword in ``text``, with its span (clashes win over the shelling that goes with them)."""
    for name, pattern in TYPE_PATTERNS:
        m = pattern.search(text)
        if m is not None:
            if name == "shelling":
                clash = _CLASH.search(text)
                if clash is not None:
                    return "clash", clash.start(), clash.end()
            return name, m.start(), m.end()
    return None


def roles(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> Roles:
    """Perpetrator and target named in work[start:end] (either may be None)."""
    actors = lexicon.find(work, start, end, on)
    perp = target = None
    for a in actors:
        if a.side == "civilians":
            if target is None and perp is not None and _TARGET_BEFORE.search(work[max(start, a.start - 60): a.start]):
                target = a
            continue
        before = work[max(start, a.start - 60): a.start]
        if perp is None and (_PERP_VERB.match(work, a.end, end) or _PERP_ADJ.match(work, a.end, end)
                             and not _TARGET_BEFORE.search(before)):
            perp = a
            continue
        if perp is None and _BY.search(before) and re.search(r"\bby\b", before[-40:], re.I):
            perp = a
            continue
        if target is None and _TARGET_BEFORE.search(before) and (perp is None or a.side != perp.side):
            target = a
    return Roles(perp, target)
