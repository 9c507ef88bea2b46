"""A victim's companion or relative named after him without a side (tests in
tests/test_extract_casualty_households_appositions.py).

* "killing a commander of the YPG and his driver": the driver (escort, bodyguard, companion) of a victim of a known side
  is of that side;
* "killed a senior ISIS official and two of his aides", "a commander ... was killed along with three of his men": the men
  of a victim of a known armed side are of his side (``_HIS_MEN``);
* "shot dead a young man and his father", "killing a woman and wounding her husband": a relative of a victim who is a civilian or of no known side shares that
  side (a relative of a fighter is left to the incident).

Also inside a breakdown of a toll ("three people: a leader in the Hamza Division, one of his companions and a civilian
driver": the parts of one whole), "companions" among the men, and not where "whose nationalities were not identified"
follows (tests/test_extract_casualty_companions_in_breakdown.py); "his aide", "his deputy" are entourage
(tests/test_extract_casualty_aide_of_victim.py).

"killing a man and his wife": a relative told as a civilian (wife, mother, daughter) and the man of no side named right
before her in the same role are one family, so he is a civilian too (``family_pair``, SCHEMA: families;
tests/test_extract_casualty_family_pair.py); the relatives may be several ("the victims are a man, his wife and their
three children", tests/test_extract_casualty_household_list.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import AT_WORK, AT_WORK_WINDOW, Mention
from observatory.models import ARMED_SIDES

_ENTOURAGE = re.compile(r"(?:driver|escort|bodyguard|companion|guard|aide|deputy)s?$", re.IGNORECASE)
_KIN = re.compile(r"(?:father|mother|brother|sister|son|daughter|wife|husband|child|children|cousin|nephew|uncle|relative)s?$",
                  re.IGNORECASE)
#: "two of his men", "three of their fighters", "four of his bodyguards": the entourage counted out of a victim's own.
_HIS_MEN = re.compile(r"\s*of\s+(?:his|her|their)\s+(?:own\s+)?(?:men|aides|assistants|fighters|members|elements|comrades|companions|"
                      r"escorts|bodyguards|guards|followers|deputies)\b", re.IGNORECASE)
#: "..., whose identity is unknown", "whose nationalities were not identified": the text leaves their side open.
_NOT_KNOWN = re.compile(r"\s*,?\s*whose\s+(?:identit|nationalit|affiliation)", re.IGNORECASE)
#: The one a relative is named after: "a man", "an elderly man", "a young man" (no side word of his own).
_PLAIN_MAN = re.compile(r"\s*(?:an?|one)\s+(?:(?:young|old|elderly|middle-aged)\s+)?man\s*,?\s*(?:and|killing|wounding|injuring)?\s*(?:his)\s+$",
                        re.IGNORECASE)
#: A parent told before the children ("a mother and her two children", "a father and his son"), or before a number
#: of them ("a mother and five of her children": ``_OF_HIS`` after the number).
_PARENT = re.compile(r"\s*(?:an?|one|the)\s+(?:(?:young|old|elderly|middle-aged)\s+)?(?:mother|father)\s*,?\s*(?:and|killing|wounding|"
                     r"injuring)?\s*(?:(?P<own>his|her|their)\s+)?$", re.IGNORECASE)
_OF_HIS = re.compile(r"\s+of\s+(?:his|her|their)\s+", re.IGNORECASE)
_AND_HIS = re.compile(r"\b(?:and|killing|wounding|injuring|killed|wounded|injured|injury\s+of|(?:along|together)\s+with|"
                      r"in\s+addition\s+to|as\s+well\s+as)\s+(?:his|her|their)\s+$", re.IGNORECASE)


def kin_share(mentions: list[Mention], work: str) -> list[Mention]:
    """The side of the victim a companion or relative is named after (see module doc)."""
    out = list(mentions)
    for i, m in enumerate(out):
        if i == 0 or m.quantity.vague:
            continue
        if m.side in (None, "unknown") and (men := _HIS_MEN.match(work, m.quantity.end, m.group_end + 1)) is not None:
            if _NOT_KNOWN.match(work, men.end()):
                continue  # "two of his companions, whose nationalities were not identified": of no side the text gives
            armed = [p for p in out[:i] if p.parent == m.parent and p.side in ARMED_SIDES]  # (parts of one toll too)
            if armed:
                out[i] = replace(m, side=armed[-1].side, actor=armed[-1].actor, nationality=armed[-1].nationality, generic=False)
            continue
        if m.side is not None or m.parent is not None:
            continue
        word = work[m.group_start:m.group_end].strip() or m.quantity.text.strip()
        before = [p for p in out[:i] if p.parent is None and p.side is not None]
        if not before or not _AND_HIS.search(work, max(0, m.quantity.start - 24), m.quantity.start):
            continue
        victim = before[-1]
        if _ENTOURAGE.search(word) and victim.side != "civilians" or _KIN.search(word) and victim.side in ("civilians", "unknown"):
            out[i] = m.sided_like(victim)
    return out


def family_pair(mentions: list[Mention], work: str, end: int) -> list[Mention]:
    """A man of no side and his relative told as a civilian, hurt or killed together, are both civilians (see module doc)."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, head = out[i], out[i - 1]
        if m.side != "civilians" and not (m.side in (None, "unknown") and AT_WORK.search(work, m.group_end, min(end, m.group_end + AT_WORK_WINDOW))) \
                or m.parent is not None or head.parent is not None:
            continue  # ("a man and his son ..., while they were collecting firewood": a family at work, round 67)
        if head.side not in (None, "unknown") or head.value != 1 or head.role != m.role or head.quantity.vague:
            continue
        word = work[m.group_start:m.group_end].strip() or m.quantity.text.strip()
        if not _KIN.search(word) or not _head_of_family(head, m, work):
            continue
        if "murder" in work[max(0, head.quantity.start - 200):m.group_end + 200].lower():
            continue  # "a man and his wife were found murdered": murder victims are of no side the text gives (SCHEMA)
        out[i - 1] = replace(head, side="civilians", actor=None, nationality=None, generic=False)
        out[i] = replace(m, side="civilians", actor=None, nationality=None, generic=False) if m.side != "civilians" else m
    return out


def _head_of_family(head: Mention, m: Mention, work: str) -> bool:
    """"a man and his wife", "a mother and her two children", "a father and three of his sons": ``head`` is the one the
    relatives ``m`` are told after."""
    if _PLAIN_MAN.fullmatch(work, head.quantity.start, m.quantity.start):
        return True
    parent = _PARENT.fullmatch(work, head.quantity.start, m.quantity.start)
    if parent is None:
        return False
    return parent.group("own") is not None or _OF_HIS.match(work, m.quantity.end) is not None


#: "killing prominent drug dealer Marai Al-Ramthan, his wife and their ": a named victim (a few words, then a name in
#: capitals), then his kin, before a figure (the name runs past the window ``casualties`` reads "killing him, his wife").
_NAMED_THEN_KIN = re.compile(r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?:[a-z][\w-]*\s+){0,4}?"
                             r"[A-Z][\w'-]+(?:\s+(?:al-|el-)?[A-Z][\w'-]+){0,3}\s*,\s*(?:his|her|their)\s+[\w-]+\s*(?:,|and|,\s*and)\s*"
                             r"(?:his|her|their)\s*$")


def named_then_kin(work: str, at: int, left_from: int) -> re.Match[str] | None:
    """The verb before "NAME, his wife and their " ending right before the figure at ``at`` ("killing prominent drug
    dealer Marai Al-Ramthan, his wife and their six children": the children are killed too)."""
    return _NAMED_THEN_KIN.search(work, max(left_from, at - 120), at)
