"""A party's own account told after the report's incident, with no dead or wounded of its own: a claim or a
reaction, not an incident.

Constructions handled (a sentence that opens with the party and its verb of saying, after an incident was told):

* a state's or an army's word on a strike told before: "State media said the enemy had hit sites near X",
  "The Defence Ministry said in a statement that its jets had struck a cell", "The army denied targeting the clinic";
* an attacker's claim: "The group claimed the raid through its news agency", "The militants claimed responsibility";
* one side's own word on the fight told just before, whose dead were of two sides or more: "The SDF said in a
  statement that its fighters repelled an attack by the factions on the village of X and killed 12 'mercenaries'" (the
  same fight; its figures are the party's claim).

Not this construction: a sentence with figures of its own that the extractor counts, a party's word (not a claim or
a denial) that tells dead or wounded, even when its figures are set aside as the party's, an account opened by a
transition or a place ("Separately, the ministry said ...", "In the western countryside, the operations room said
its fighters destroyed a tank": another event, told by a party), one whose party is the monitor, or the report's
first incident.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.gates import folded, has_any

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: The monitor's own word: its account is the report's, not a party's.
_MONITOR = re.compile(r"\bSOHR\b|\bObservatory\b|\bmonitor\b|\bactivists?\b|\bsources?\b|\bcorrespondent\b", re.IGNORECASE)
#: The party and its verb at the head of the sentence: up to eight words (no comma, no other verb) then the verb.
_PARTY_SAYS = re.compile(r"\s*(?:The\s+|the\s+)?(?!(?:He|She|It|They|We|I)\s)(?:[\"\u201c]?[A-Z][\w'\u2019.-]*[\"\u201d]?)"
                         r"(?:\s+(?:[\"\u201c]?[A-Z][\w'\u2019.()-]*[\"\u201d]?|of|for|and|the|news|agency|army|military|ministry|media|"
                         r"forces|official|state|defen[cs]e|command|group|organi[sz]ation|[\w'\u2019-]+'s)){0,7}?"
                         r"\s+(?:said|says|claimed|claims|announced|denied|denies|stated)\b(?!\s+(?:by|to\s+be))")
#: Stems of the verbs above (a sentence without any cannot match).
_STEMS = ("said", "says", "claim", "announced", "denie", "stated")


def party_account(draft: Draft, work: str, earlier: list[Draft]) -> bool:
    """The incident is only a party's account of some act, told after the incidents ``earlier``, with no dead or
    wounded of its own: a claim or a denial of the act, or a party's word on what another side did (not one more
    act: a kidnapping where none was told, or an act told as another: "also", "a second")."""
    if not earlier or draft.counts or draft.generic or draft.vague:
        return False
    text = work[draft.start:draft.end]
    if not has_any(folded(text), _STEMS):
        return False
    head = _PARTY_SAYS.match(text)
    if head is None or _MONITOR.search(head.group(0)) is not None:
        return False
    if _POINTS_BACK.search(head.group(0)) is not None:
        return True
    if draft.type_hit is not None and draft.type_hit[0] == "abduction" and not any(d.type_hit and d.type_hit[0] == "abduction" for d in earlier):
        return False  # ("The SDF said ISIS cells kidnapped four workers" after a bombing: a kidnapping, told by a party)
    if _ANOTHER.search(text, head.end()) is not None:
        return False  # ("The committee said gunmen also attacked a checkpoint in Y": one more event, told by a party)
    if _FENDED.match(text, head.end()) is not None and _fight_of_two(earlier[-1]) and not _MORE_AFTER.search(text, head.end()):
        return True  # ("The SDF said its fighters repelled an attack by the factions on X" after the fight: the same fight)
    return _HURT.search(text, head.end()) is None and _OWN_ACT.match(text, head.end()) is None


def _fight_of_two(draft: Draft) -> bool:
    """The incident told just before is a fight whose dead are of two armed sides or more."""
    return len({side for role, side in draft.counts if side not in ("civilians", "unknown")}) >= 2


#: A sentence after the account's first: it may tell the party's own response ("It responded later by shelling ...").
_MORE_AFTER = re.compile(r"[.!?]\s+\S")
#: The party's fighters fended off an attack: "its fighters repelled an attack by the factions on the village of X".
_FENDED = re.compile(r"[^.;]{0,60}?\b(?:repelled|repulsed|thwarted|foiled|fended\s+off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:attack|assault|infiltration|attempt|advance|offensive)\b", re.IGNORECASE)


#: Dead or wounded told in the account, though its figures may be set aside as a party's claim ("State media said a
#: child was killed when a shell fell on X"): an event told by a party, kept.
_HURT = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|died|dead)\b", re.IGNORECASE)
#: A claim or a denial: it points back to an act told already ("claimed the attack", "denied targeting the clinic").
_POINTS_BACK = re.compile(r"\b(?:claimed|claims|denied|denies)$")
#: The party's own act told by itself ("The SDF said its forces responded to the sources of fire", "announced that its
#: fighters shot down a drone", "said in a statement that it had retaken ..."): an act of its own, maybe another event.
_OWN_ACT = re.compile(r"[^.;]{0,40}?\b(?:it|its|they|their|we|our)\b", re.IGNORECASE)
#: The account tells one more act ("gunmen also attacked", "another drone hit"), not the one told before.
_ANOTHER = re.compile(r"\b(?:also|another|a\s+second|a\s+separate)\b", re.IGNORECASE)


#: "... had attacked a patrol of the Syrian army in the area": the place told before, named back.
_THE_AREA = re.compile(r"\bin\s+the\s+(?:same\s+)?(?:area|region|vicinity)\b(?!\s+(?:of|around|between|near)\b)", re.IGNORECASE)


def account_in_the_area(text: str) -> bool:
    """A party's account (not the monitor's) of an act "in the area" ("The Russian Centre ... announced that militants
    had attacked a patrol of the Syrian army in the area, killing two servicemen"): the incident told before, in
    another source's words and figures, not another one."""
    head = _SPEAKER.match(text)
    return head is not None and _MONITOR.search(head.group(0)) is None and _THE_AREA.search(text, head.end()) is not None


#: A speaker of up to twelve words (a body's long name) opening the sentence, then its verb of saying.
_SPEAKER = re.compile(r"\s*(?:The\s+)?(?!(?:He|She|It|They|We|I)\s)[A-Z][\w'\u2019().-]*(?:\s+[\w'\u2019().-]+){0,11}?\s+"
                      r"(?:said|announced|claimed|stated|reported)\b(?!\s+(?:by|to\s+be))")
