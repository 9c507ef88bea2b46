"""One person and his companions or kin, all of a side still open, counted as one figure (used by ``casualties``; tests
in tests/test_extract_casualty_person_pairs.py).

"..., wounding a commander and his driver", "killing an officer and his two bodyguards", "a leader and his son were
killed": neither the one named by his post nor the people named after him with "and his/her" carry a side of their
words, so the incident's target gives them theirs. Read as two figures of no side, only the larger would stand (the
same people told twice, ``assemble``); they are told once each, so they are one figure: the one plus his people
("a commander and his driver": two). The companions share the first person's side (``casualty_kin`` gives it where his
side is named in his words).

Only where the one comes first as one person ("a"/"an"/"the"), his people right after him joined by "and his/her"
(no verb between), in the same role, and named as his entourage or kin; not for a figure with a side of its own words,
nor where his people have a fate of their own after them ("a commander and his brother were arrested": no pair of
victims).

"a civilian couple", "an elderly couple" are two people, husband and wife, told by one article (``person_pairs``, round 61;
tests in tests/test_extract_round61_readings.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention, without

#: Between the one's figure ("a") and his people's: his post in up to four words, then "and his/her".
_HEAD_AND_HIS = re.compile(r"\s*(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s*,?\s+and\s+(?:his|her)\s+(?:own\s+)?")
#: His people: his entourage or his kin.
_PEOPLE = re.compile(r"\s*(?:[\w-]+\s+)?(?:drivers?|escorts?|bodyguards?|guards?|companions?|aides?|deputies|deputy|assistants?|"
                     r"sons?|brothers?|cousins?|nephews?)\b", re.IGNORECASE)

#: His people's own fate after them, other than being killed or hurt: "and his brother were arrested", "and his son is
#: still missing", "and his driver sped away", "and his guard fled".
_OTHER_FATE = re.compile(r"\s+(?:(?:was|were|had|has|have|is|are)\s+(?!(?:[\w-]+\s+){0,2}?(?:killed|injured|wounded|hurt|shot)\b)|"
                         r"(?:sped|drove|ran|fled|escaped|survived|managed|remained|returned|opened|fired|sustained|suffered)\b)",
                         re.IGNORECASE)


#: A couple told by one article: "a civilian couple", "an elderly couple", "a married couple" (not "a couple of").
_COUPLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+of\b)", re.IGNORECASE)


def person_pairs(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` with one person of no side and his people of no side after him made one figure, and a couple told
    by one article counted two (see module doc)."""
    out = [replace(m, quantity=replace(m.quantity, value=2)) if m.value == 1 and m.quantity.text.lower() in ("a", "an")
           and _COUPLE.match(work, m.quantity.end, m.group_end + 8) else m for m in mentions]
    gone: set[int] = set()
    for i in range(1, len(out)):
        m, head = out[i], out[i - 1]
        if i - 1 in gone or not _pair(head, m, work):
            continue
        out[i - 1] = replace(head, quantity=replace(head.quantity, value=head.value + m.value), group_end=max(head.group_end, m.group_end))
        gone.add(i)
    return without(out, gone) if gone else out


def _pair(head: Mention, m: Mention, work: str) -> bool:
    """``m`` is the people of ``head`` named right after him with "and his", both of no side, in one role."""
    if head.side is not None or m.side is not None or head.parent is not None or m.parent is not None:
        return False
    if head.role != m.role or head.value != 1 or head.quantity.vague or m.quantity.vague:
        return False
    if head.quantity.text.lower() not in ("a", "an", "the", "") or _HEAD_AND_HIS.fullmatch(work, head.quantity.end, m.quantity.start) is None:
        return False
    people = _PEOPLE.match(work, m.quantity.end, max(m.group_end, m.quantity.end))
    return people is not None and _OTHER_FATE.match(work, people.end()) is None
