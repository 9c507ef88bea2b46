"""A figure of no side told as armed men in one list with a figure of the incident's own side does not take that side:
the list tells two groups, and its men are of no side the text gives (SCHEMA: unknown), beside the figure listed with
them. Beside civilians any armed noun does ("The fighting killed four gunmen and a woman", "three fighters and two
children"); beside another armed side only the men no noun gives a side to, in either order ("left three gunmen and two
soldiers wounded", "two SDF members and three gunmen were injured", "left two SDF members and three of the attackers
dead": round 65), since "fighters" or "militants" beside soldiers
are often the other party of the text; so are people named only as Syrians beside a side's men ("killed three
Hezbollah fighters and two Syrians": round 74). A list the sentence then gives one side ("..., all of them members of the
NDF") is one group of that side. Wounded of no side where the incident's dead are all people of no side ("killing
31 people ... the roughly 50 wounded") are people of no side too, not of the side attacked; armed men of no side
("killing six terrorists") are no civilians, whoever else the incident hurt (round 65); nor are "the attackers" of no
named side the incident's target ("one of the attackers was killed": round 73) (used by ``assemble``;
tests/test_extract_casualty_armed_generic.py, tests/test_extract_hurt_lists.py and
tests/test_extract_casualty_hurt_of_people.py).
"""

from __future__ import annotations

import re

from observatory.extract.casualties import Mention
from observatory.extract.casualty_rise_one_side import risen_side
from observatory.extract.mention_sides import INJURED, KILLED
from observatory.extract.text import OF_THEM

_ANY = r"\s+(?:armed\s+men|gunm[ae]n|fighters|militants|militiam[ae]n|of\s+(?:its|their)\s+(?:members|men|fighters|gunmen))"  # ("nine of its members and three civilians")
#: ... and people named only as Syrians beside a side's men ("three Hezbollah fighters and two Syrians": round 74).
_SIDELESS = r"\s+(?:armed\s+men|gunm[ae]n|of\s+the\s+(?:attackers|assailants|raiders|infiltrators|gunm[ae]n)|Syrians)"
_LIST_ON = r"\s*(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+$"
#: The figure's own noun naming armed men, then the list goes on: "four gunmen and", "three armed men,".
_ARMED = re.compile(_ANY + _LIST_ON, re.IGNORECASE)
_GUNMEN = re.compile(_SIDELESS + _LIST_ON, re.IGNORECASE)
#: The figure's own noun is armed men of no side ("six terrorists", "four gunmen"): never civilians (round 65).
_ARMED_NOUN = re.compile(r"(?:" + _ANY + r"|\s+(?:terrorists|jihadists|insurgents))"
                         r"(?!\s+(?:of|from|belonging|affiliated|loyal|with)\b)", re.IGNORECASE)
#: The sibling figure's noun, then the list goes on to the armed men: "two soldiers and", "two SDF members, and".
_SIBLING = re.compile(r"(?:\s+[\w'-]+){1,4}?" + _LIST_ON, re.IGNORECASE)
#: ... whose noun ends the group ("three gunmen were", "three gunmen wounded.", "three gunmen from al-Bakir clan were"),
#: not "three gunmen of the regiment".
_GUNMEN_END = re.compile(_SIDELESS + r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\w'-]+\s+){1,2}?(?:clan|tribe|family))?"
                         r"(?:\s*[,.;]|\s+(?:were|was|wounded|injured|hurt|killed|dead|slain)\b)", re.IGNORECASE)
#: ... unless the sentence then gives the whole list one side: "two soldiers and three gunmen were killed, all of them
#: members of the Military Security", "..., both belonging to the NDF" (not beside civilians: "a woman and three
#: gunmen, all of them members of one family" are still two groups).
_ALL_ONE_SIDE = re.compile(r"[^.;]{0,80}?,\s+(?:all|both)(?:\s+of\s+(?:them|whom))?\s+(?:(?:were|are)\s+)?"
                           r"(?:members\s+of|belonging\s+to|affiliated\s+with)\b", re.IGNORECASE)


def generic_side(m: Mention, at: int, fallback: str, text: str, counts: dict[tuple[str, str], tuple[Mention, int]],
                 *, doer_named: bool = True, doer_side: str | None = None) -> str:
    """The side a figure of no side told in sentence ``at`` takes where the incident's is ``fallback``; ``counts`` the
    incident's figures by (role, side) with their sentences (see module doc); a risen toll keeps the one side of the dead
    it raises (``casualty_rise_one_side``); ``doer_named`` False where the incident names no perpetrator (its attackers
    are then of no side); ``doer_side`` the side of the one it names ("clashed with the attackers ..., killing one of
    them": one of the perpetrator's men, round 74)."""
    risen = risen_side(m, at, fallback, counts, text)
    if risen is not None:
        return risen
    if not doer_named and text and _OF_THE_ATTACKERS.match(text, m.quantity.end) and (KILLED, fallback) in counts:
        return "unknown"  # "Gunmen attacked a checkpoint, killing two soldiers. One of the attackers was killed": no soldier
    if doer_side not in (None, "unknown", fallback) and text and OF_THEM.match(text, m.quantity.end) \
            and _ATTACKERS_THEN.search(text, max(0, m.quantity.start - 120), m.quantity.start):
        return str(doer_side)  # "the checkpoint members clashed with the attackers ..., killing one of them": the doer's man
    if m.role == INJURED and fallback not in ("unknown", "civilians") and (_people_dead(counts) or _mixed_dead(counts) and bool(_OTHERS.match(text, m.quantity.end))):
        return "unknown"  # "killing at least 31 people ... several of the roughly 50 wounded": people, as the dead are
        # (or "five civilians, seven soldiers and three militiamen ... injured more than 15 others": any of them)
    if fallback == "civilians" and text and _ARMED_NOUN.match(text, m.quantity.end, m.group_end + 1):
        return "unknown"  # "killing six terrorists", of an incident whose victims are civilians: armed men of no side
    own = counts.get((m.role, fallback))
    if not text or own is None or own[1] != at or fallback != "civilians" and _ALL_ONE_SIDE.match(text, m.quantity.end):
        return fallback
    other = own[0].quantity
    if other.start > m.quantity.end:  # "four gunmen and a woman": one list, the armed men first
        listed = (_ARMED if fallback == "civilians" else _GUNMEN).match(text, m.quantity.end, other.start)
        return "unknown" if listed is not None and listed.end() == other.start else fallback
    if other.end > m.quantity.start or _GUNMEN_END.match(text, m.quantity.end) is None:
        return fallback
    after = _SIBLING.match(text, other.end, m.quantity.start)  # "two soldiers and three gunmen"
    return "unknown" if after is not None and after.end() == m.quantity.start else fallback


#: "one of the attackers", "three of the assailants": the attacking men of no named side (round 73).
_OF_THE_ATTACKERS = re.compile(r"\s+of\s+the\s+(?:attackers|assailants|raiders|infiltrators)\b", re.IGNORECASE)
#: "clashed with the attackers for half an hour, killing ": the attackers named, then the verb of a toll in one clause.
_ATTACKERS_THEN = re.compile(r"\bthe\s+(?:attackers|assailants|raiders|infiltrators)\b[^.;]{0,80}?,\s*(?:killing|wounding|injuring)\s+$",
                             re.IGNORECASE)
#: "15 others", "dozens of people": the hurt told as people of no kind.
_OTHERS = re.compile(r"\s*(?:other\s+)?(?:others|people|persons)\b", re.IGNORECASE)


def _mixed_dead(counts: dict[tuple[str, str], tuple[Mention, int]]) -> bool:
    """The incident's dead are of three sides or more, civilians among them."""
    dead = {side for role, side in counts if role == KILLED} - {"unknown"}
    return len(dead) >= 3 and "civilians" in dead


def _people_dead(counts: dict[tuple[str, str], tuple[Mention, int]]) -> bool:
    """The incident's dead are all people of no side the text gives (and there are some)."""
    dead = {side for role, side in counts if role == KILLED}
    return dead == {"unknown"}
