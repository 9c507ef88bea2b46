"""Casualty figures read across a clause: the role word closing a list ("left ten civilians ... and 27 fighters dead"),
lives claimed ("claimed 72 lives"),
a part of a group the text does not count, and a risen toll's explanation ("once a wounded fighter died"); the next item
of a list after a rank or age told of the item before ("an officer with the rank of captain and four members").

Moved out of ``casualties`` unchanged, to keep that module small. The explanation may follow the
toll's own breakdown ("has risen to eight civilians, among them a woman and three children, after a young man died of his
wounds"; tests/test_extract_casualty_rise_after_breakdown.py).

The list goes on after "K children among them" (tests/test_extract_casualty_list_after_among_them.py) and
after an item told by its work ("four civilians working in gas fields and 11 shepherds",
tests/test_extract_casualty_work_then_next_item.py).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import Quantity, find_quantities

#: "46 civilians, most of them from Hama, and seven militiamen": an aside on the figure before, then the next item.
#: "nine militiamen, mostly Iraqis of a Hezbollah brigade, and five Syrians" (mostly, mainly, largely).
ASIDE_THEN_AND = re.compile(r"\s*,\s*(?:(?:most|all|some|many|half|none)\s+of\s+(?:them|whom)|mostly|mainly|largely|chiefly|predominantly)\b"
                            r"[^.;:\d]{0,100}?,?\s*and\s*|"
                            r"\s+among\s+them\s*,\s*and\s+", re.IGNORECASE)  # "five civilians, two children among them, and ..."

#: "four civilians working in gas fields and 11 shepherds", "two Syrians working with Hezbollah and three militiamen",
#: "two soldiers serving in an air defence battalion, and three ...": the item's work, then the next item.
_WORK_DESCRIBED = (r"(?:(?<=working)|(?<=employed)|(?<=serving)|(?<=grazing)|(?<=herding)|(?<=collecting)|(?<=gathering))"
                   r"\s+(?:in|at|on|for|with)\s+[^,.;:\d]{1,40}?\s*,?\s*(?:and|as\s+well\s+as)\s+")
WORK_THEN_AND = re.compile(_WORK_DESCRIBED, re.IGNORECASE)
#: "an officer with the rank of captain and four members", "a man in his forties and two children": a rank or age
#: told of the item before, then the next item; or its work (``WORK_THEN_AND``).
DESCRIBED_THEN_AND = re.compile(r"\s*,?\s+(?:(?:with|holding|of)\s+(?:the\s+)?(?:military\s+)?ranks?\s+of\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+)?|"
                                r"in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?\s*)?(?:teens|twenties|thirties|forties|fifties|sixties|"
                                r"seventies|eighties)|aged\s+\d{1,3}(?:\s+years)?|"
                                # ("a field commander known as Abu Hussein, as well as two Afghan fighters")
                                r"(?:(?:known|nicknamed)\s+)?as\s+[\"“]?(?-i:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)){0,4}[\"”]?)"
                                r"\s*,?\s*(?:and|as\s+well\s+as)\s+|" + _WORK_DESCRIBED, re.IGNORECASE)

_LISTED_BY = re.compile(r"\b(?:left|leaving|leaves|leave)\s+(?:behind\s+)?(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?$",
                        re.IGNORECASE)
_LIST_ROLE = re.compile(r"[^.;:!?]{0,220}?\b(?:(?P<kill>dead|killed|fatalities)|(?P<inj>injured|wounded))\b", re.IGNORECASE)
_AND_HURT = re.compile(r"\s+(?:and|or)\s+(?:injured|wounded)\b", re.IGNORECASE)
_LIST_BREAK = re.compile(r"\b(?:while|whereas|which|who|after|when|as\s+well\s+as|in\s+addition)\b", re.IGNORECASE)


_LIVES_TAKEN = re.compile(r"\b(?:claim(?:ed|s|ing)?|took|takes|taking|cost|costs|costing|has\s+cost|ended|ending)\s+"
                          r"(?:the\s+)?(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|another\s+)?$", re.IGNORECASE)
_LIVES = re.compile(r"\s+(?:more\s+|other\s+)?(?:human\s+)?lives\b", re.IGNORECASE)


def lives_taken(work: str, q: Quantity, left_from: int) -> bool:
    """"the strikes claimed 72 lives", "the attack cost nine lives": the figure of lives is of the dead."""
    return bool(_LIVES.match(work, q.end) and _LIVES_TAKEN.search(work, max(left_from, q.start - 40), q.start))


#: "save the lives of 2,500 civilians", "threatens the lives of four million people": lives at stake, not lost.
_AT_RISK = re.compile(r"\b(?:save|saving|protect|protecting|spare|sparing|rescue|rescuing|preserve|preserving|"
                      # "the escalation, which threatens the lives of more than four million people" (round 74)
                      r"threatens?|threatening|threatened|endangers?|endangering|endangered|jeopardi[sz](?:es?|ing|ed))\s+(?:the\s+)?"
                      r"(?:lives|life)\s+of\s+(?:(?:around|about|some|nearly|more\s+than|over|at\s+least|the)\s+)?$", re.IGNORECASE)


def at_risk(work: str, start: int) -> bool:
    """Whether the figure at ``start`` counts people whose lives are at stake ("save the lives of 2,500 civilians",
    "threatens the lives of four million people")."""
    return bool(_AT_RISK.search(work, max(0, start - 60), start))


def listed_role(work: str, q: Quantity, left_from: int, role_from: int, end: int) -> str | None:
    """"left ten civilians, including three women, and 27 fighters dead": the role word closes the whole list."""
    if not _LISTED_BY.search(work[max(left_from, q.start - 40):q.start]):
        return None
    m = _LIST_ROLE.match(work, role_from, end)
    if m is None or _LIST_BREAK.search(work, role_from, m.start(m.lastgroup or "kill")) or _AND_HURT.match(work, m.end()):
        return None  # "left six fighters killed and wounded": dead and hurt together, neither figure known
    return KILLED if m.group("kill") else INJURED


_ORPHAN = re.compile(r"\b(?:members|personnel|militiamen|people|persons|soldiers|fighters|forces|troops|civilians|militants|elements)\b"
                     r"[^.;:\d]{0,50}?,?\s*(?:including|among\s+them|among\s+whom)"
                     r"(?:\s+at\s+least)?\s*$")


def orphan_part(work: str, q: Quantity, start: int) -> bool:
    """"Several regime troops, among them a major, died": a part of a group the text does not count."""
    before = work[max(start, q.start - 80):q.start]
    if not _ORPHAN.search(before):
        return False
    return not find_quantities(before)


_RISE_CAUSE = re.compile(r"[^.;]{0,25}?\b(?:after|following|when|as|(?<!along\s)(?<!together\s)with)\s+(?:the\s+)?(?:death|dying|killing|passing|bodies|remains)?\s*(?:of\s+)?"
                         r"(?:at\s+least\s+)?$", re.IGNORECASE)


def explains_rise(work: str, q: Quantity, mentions: list[Mention], role: str) -> bool:
    """"The toll climbed to four once a wounded fighter died": the one who died is inside the new toll."""
    at = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].parent is None), None)
    if at is None or not mentions[at].rose or mentions[at].role != role:
        return False
    # (after the toll's own breakdown: "has risen to five civilians, including three children, after another died")
    anchor = max([mentions[at].group_end, *(m.group_end for m in mentions[at + 1:] if m.parent == at)])
    if q.start - max(anchor, mentions[at].quantity.end) > 60:
        return False
    return bool(_RISE_CAUSE.fullmatch(work, anchor, q.start))
