"""Plain "people" the sentence tells as civilians at work (SCHEMA: shepherds, truffle hunters, workers are civilians;
tests/test_extract_people_at_work.py):

* the people were the group the attack fell on, told before the toll: "gunmen attacked a group of shepherds ...,
  killing nine people, among them two members of the National Defense": the nine less the two are the shepherds;
* the people were at work when hit, told after the toll: "five people, including two children, were killed when a
  mine went off as they were collecting truffles";
* the people are named by their work right after their noun: "15 people gathering truffles east of Hama were killed",
  "people who were collecting truffles".

Only a whole of no side that no other dead of the sentence stand beside (its own parts aside) is read so, and not one
the text says is only mostly civilians ("230 people, most of them civilians, killed while collecting truffles") or
whose civilians it counts apart ("48 people, including 31 civilians, ... while collecting truffles": the rest are not).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.text import sentence_around

#: The plain words of the whole: "people", "persons".
_PEOPLE = re.compile(r"\s*(?:people|persons)\b", re.IGNORECASE)
_WORKERS = (r"(?:truffle\s+(?:hunters|gatherers|pickers|collectors)|shepherds|sheep\s?herders|herders|herdsmen|farmers|"
            r"(?:farm|agricultural|day)\s+(?:workers|labou?rers))")
#: The attack on a group at work: "attacked a group of shepherds", "opened fire on truffle hunters".
_ON_WORKERS = re.compile(r"\b(?:attacked|targeted|ambushed|(?:opened\s+)?fire\s+on|fired\s+(?:at|on)|against|struck|hit|"
                         r"stormed|raided)\s+(?:an?\s+(?:group|gathering)\s+of\s+|(?:the|some)\s+)?" + _WORKERS + r"\b",
                         re.IGNORECASE)
#: The work the people were at when hit: "as they were collecting truffles", "while grazing their sheep".
_AT_WORK = re.compile(r"\b(?:as|while|when)\s+(?:they\s+were\s+)?(?:collecting|gathering|picking|searching\s+for|"
                      r"looking\s+for|hunting\s+for|foraging\s+for)\s+truffles\b|"
                      r"\b(?:as|while|when)\s+(?:they\s+were\s+)?(?:grazing|herding|tending)\s+(?:their\s+)?"
                      r"(?:sheep|flocks?|livestock|cattle|camels|goats)\b", re.IGNORECASE)

#: The work right after the noun: "15 people gathering truffles", "people who were collecting desert truffles".
_DOING_WORK = re.compile(r",?\s*(?:who\s+were\s+)?(?:gathering|collecting|picking|hunting|searching\s+for|looking\s+for|"
                         r"foraging\s+for)\s+(?:desert\s+)?truffles?\b", re.IGNORECASE)

#: The whole told as only in part of one kind: "most of them", "mostly", "the majority of them".
_MOSTLY = re.compile(r"\s*,?\s*(?:most|many|mostly|the\s+majority)\b", re.IGNORECASE)


#: A part told as the civilians among the whole: "including 31 civilians".
_CIVILIANS = re.compile(r"\s*(?:[\w-]+\s+)?civilians?\b", re.IGNORECASE)


def _whole_alone(mentions: list[Mention], i: int, work: str) -> bool:
    """Whether the dead of ``mentions[i]`` are all the sentence's dead (its own parts aside), none of its parts told as
    its civilians."""
    return all(o.role != KILLED or j == i or o.parent == i and _CIVILIANS.match(work, o.quantity.end, o.group_end + 1) is None
               for j, o in enumerate(mentions))


#: The toll the attack left, right before the figure: "..., killing 13 people".
_KILLING = re.compile(r"\b(?:killing|leaving)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
#: What tells the attack on the group apart from the toll's event: a clause about them ("cells, which attacked
#: shepherds last week, clashed with ...") or a second deed between them.
_RELATIVE = re.compile(r"\b(?:which|who|whom|that)\b", re.IGNORECASE)
_OTHER_DEED = re.compile(r"\b(?:clashed|attacked|targeted|shelled|struck|bombed|fought|exploded|ambushed|stormed|raided)\b",
                         re.IGNORECASE)


#: Armed men told beside the workers, in the attack or on the scene: "shepherds and regime soldiers guarding them",
#: "truffle hunters and then an army patrol", "a car carrying NDF militiamen": the dead are not all at work.
_ARMED_TOO = re.compile(r"\b(?:soldiers|troops|fighters|militiamen|guards|patrols?|convoy|checkpoint|"
                        r"members)\b", re.IGNORECASE)


def _attack_on_workers(work: str, head: int, at: int) -> bool:
    """Whether the sentence's attack on a group at work left the toll that starts at ``at``: "ISIS cells attacked a group
    of truffle hunters ..., killing 13 people"."""
    hits = list(_ON_WORKERS.finditer(work, head, at))
    if not hits or _KILLING.search(work, max(head, at - 30), at) is None:
        return False
    hit = hits[-1]
    return _RELATIVE.search(work, head, hit.start()) is None and _OTHER_DEED.search(work, hit.end(), at) is None \
        and _ARMED_TOO.search(work, hit.end(), at) is None


def people_at_work(mentions: list[Mention], work: str) -> list[Mention]:
    """The dead plain "people" of no side that their sentence tells as civilians at work (see module doc)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.role != KILLED or m.parent is not None or m.side not in (None, "unknown") or m.quantity.vague:
            continue
        people = _PEOPLE.match(work, m.quantity.end, m.group_end + 1)
        if people is None or _MOSTLY.match(work, people.end()) or not _whole_alone(mentions, i, work):
            continue
        if _DOING_WORK.match(work, people.end()):
            out[i] = replace(m, side="civilians", actor=None, generic=False)  # "15 people gathering truffles"
            continue
        head, tail = sentence_around(work, m.quantity.start, m.quantity.end)
        if _attack_on_workers(work, head, m.quantity.start) or \
                _AT_WORK.search(work, m.group_end, tail) and _ARMED_TOO.search(work, head, m.quantity.start) is None:
            out[i] = replace(m, side="civilians", actor=None, generic=False)
    return out
