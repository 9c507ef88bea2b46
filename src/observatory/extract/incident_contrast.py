"""Whether the clause after "while"/"whereas" tells an event apart from the one before it.

Constructions handled (both read by ``text._contrast`` once it has found the clause break):

* Another victim of the same kind of event in a town of its own: "Gunmen shot dead a policeman in A, while a
  farmer was killed by gunfire of the same gunmen near B" (two incidents); not "..., while a farmer was also hurt
  in A" (a town told before), nor "..., while a child was killed by stray bullets" (no town of its own).
* A toll told in one place, then the same kind of event counted without a toll in towns of its own: "Russian
  strikes on A killed a woman, while Russian jets carried out dozens of raids on B and C" (two incidents).
* A clause break after a part that tells of no violent event and no casualties ("Hundreds of people protested in
  A, whereas gunmen of X stormed a checkpoint near B, killing a guard"): the second half is an event of its own. Any
  casualty word counts, the monitor's "martyred", "slain" and "perished" as much as "killed".
"""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words
from observatory.extract.places import place_mentions

#: The clause's subject is its own victims: "a farmer was killed", "two children were wounded".
_OWN_DEAD = re.compile(number_words("an?", r"\d+") + r"\s+(?:[\w'’\"“”-]+\s+){0,7}?"
                       r"(?:was|were)\s+(?:(?:also|reportedly|later)\s+)?(?:killed|shot\s+dead|wounded|injured)\b", re.IGNORECASE)
#: The clause's subject is a weapon of its own, whose toll follows: "a car bomb in the town of B killed 13", "a barrel
#: bomb dropped by a helicopter on B killed a woman".
_OWN_WEAPON = re.compile(r"(?:(?:an?|another|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:car\s+bombs?|barrel\s+bombs?|bombs?|air\s?strikes?|"
                         r"strikes?|shells?|shelling|rockets?|missiles?|drones?|IEDs?|land\s?mines?|mines?|explosive\s+devices?)\b"
                         r"[^,;]{0,80}?\b(?:killed|wounded|injured)\s+" + number_words("an?", r"\d+") + r"\b", re.IGNORECASE)
#: The clause places its victims where the first half's event was ("in the same village", "there").
_SPOT = r"same\s+(?:town|village|city|area|place|spot|site|location|neighbou?rhood|district)|there"
#: ("the nearby village of B" names a town of its own.)
_SAME_SPOT = re.compile(rf"\b(?:{_SPOT}|nearby(?!\s+(?:town|village|city|hamlet)\s+of\s+(?-i:[A-Z])))\b", re.IGNORECASE)
#: The clause places its event where the first half's was: "there", "in the same village" (not "nearby": a town of its own).
_HERE = re.compile(rf"\b(?:{_SPOT})\b", re.IGNORECASE)
#: A first half that struck a whole area ("villages in the A countryside", "A and its surroundings"), whose towns the
#: clause's may be one of (tests/test_extract_review_r33.py).
_BROAD = re.compile(r"\b(?:villages|towns|countryside|surroundings|outskirts|environs|vicinity|areas)\b", re.IGNORECASE)
#: Casualty words: a first half that tells of any dead or wounded is an event's account, however it is worded.
_TOLL_WORD = re.compile(r"\b(?:kill\w*|dead|deaths?|died|martyr\w*|slain|perish\w*|injur\w*|wound\w*|casualt\w+|shot|"
                        r"lost\s+(?:his|her|their)\s+li(?:fe|ves))\b",
                        re.IGNORECASE)


def _key(name: str) -> str:
    from observatory.extract.incident_sameness import place_key

    return place_key(name)


def _towns(work: str, start: int, end: int) -> set[str]:
    return {_key(p.name) for p in place_mentions(work, start, end) if not p.governorate}


def victim_elsewhere(work: str, cut: int, resume: int, end: int, start: int) -> bool:
    """The clause from ``resume`` (after "while" at ``cut``) opens with its own victims and names a town the first
    half (from ``start``) does not: another incident of the same kind."""
    if _OWN_WEAPON.match(work, resume, end) is not None:  # (its town may be "the nearby town of B")
        if _HERE.search(work, resume, end) or _BROAD.search(work, start, cut) and not _TOLL_WORD.search(work, start, cut):
            return False  # "X shelled villages in A countryside, while a shell on B killed a child": the first half's toll
    elif _OWN_DEAD.match(work, resume, end) is None or _SAME_SPOT.search(work, resume, end):
        return False
    mine = _towns(work, resume, end)
    return bool(mine) and not mine & _towns(work, start, cut)


def quiet_head(work: str, start: int, cut: int, resume: int, end: int) -> bool:
    """The part before the break tells of no event and no casualties, and the clause after it names a town; the part
    has a verb of its own ("People protested in A, while ..."), so that it is no subject the clause after it goes on
    with ("A senior commander of the YPJ, Jiyan Tolhildan, and two other fighters were killed ...")."""
    return _TOLL_WORD.search(work, start, cut) is None and bool(_towns(work, resume, end)) and _VERB.search(work, start, cut) is not None


#: A verb in the past or a copula or an auxiliary: a clause of its own.
_VERB = re.compile(r"\b(?:(?-i:[a-z]+ed)|is|are|was|were|has|have|had|went|took|came|fled|began|saw|fought|held|made|says|said|"
                   r"told|hit|struck|shot|blew|sent|brought|set|gave|left|kept|ran|withdrew|drove|built|sought|met|led|put|"
                   r"spread|caught|stood|continues?|remains?)\b", re.IGNORECASE)


#: "the same forces", "the nearby villages": the clause carries the first half's event on.
_SAME_OR_NEAR = re.compile(r"\b(?:same|nearby|neighbou?ring|adjacent)\b", re.IGNORECASE)


def tolless_elsewhere(work: str, start: int, cut: int, resume: int, end: int) -> bool:
    """The first half tells a toll in its towns and the clause after "while" tells no one hurt, only strikes on towns
    the first half does not name ("..., while warplanes carried out dozens of raids on B and C"): another incident."""
    if _TOLL_WORD.search(work, start, cut) is None or _TOLL_WORD.search(work, resume, end) is not None:
        return False
    if _SAME_OR_NEAR.search(work, resume, end):
        return False  # "..., while the same forces shelled the nearby villages of B and C": the same bombardment
    mine, before = _towns(work, resume, end), _towns(work, start, cut)
    return bool(mine) and bool(before) and not mine & before
