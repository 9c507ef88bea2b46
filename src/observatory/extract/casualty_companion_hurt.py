"""A victim's companion hurt in a clause of his own: "a commander ... was killed and his companion was wounded", "...,
while his companion was seriously injured" (tests in tests/test_extract_casualty_companion_own_clause.py).

The companion is the subject of his own verb, not one more victim of the attacker's verb, and the text gives no side of
his: he is hurt of unknown side (SCHEMA: affiliation not given -> unknown), as "His companion was seriously injured" at
the head of a sentence already is (``core._side_of``). Not for an escort, a bodyguard or a driver (of the victim's side,
``casualty_unnumbered._one_side``), nor for a companion the attacker's verb takes ("killing him and injuring his
companion", read as before), nor for a companion killed.

The same holds for "a companion" hurt in a relative clause of his own ("the gunmen opened fire on the man as he was
returning home with a companion, who was also wounded", "A relative who was travelling with him in the car sustained
minor injuries": ``companion_in_own_clause``).

The same holds for a male relative hurt in a clause of his own after a fighter ("a member of the Air Force Intelligence
was killed and his brother was injured"): the text gives no side of his. After a civilian victim ("a farmer was killed
and his son was wounded") the relative stays a civilian, as read elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.mention_sides import Mention

#: After "his companion": the verb of his own clause, of the hurt ("was wounded", "was seriously injured").
_OWN_HURT = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:(?:seriously|critically|lightly|slightly|badly|severely)\s+)?"
                       r"(?:injured|wounded)\b", re.IGNORECASE)


#: Male relatives whose side the text does not give by the word alone (female kin and children are civilians).
_MALE_KIN = frozenset({"brother", "son", "father", "husband", "cousin", "nephew", "relative", "grandson", "grandfather"})


def companion_hurt_apart(who: str, verb: str | None, work: str, said: int, armed_before: bool = False) -> bool:
    """Whether ``who`` (the kin word matched) is a companion, or a male relative of a fighter (``armed_before``: the
    figure before him is of an armed side), hurt in a clause of his own (see module doc)."""
    kin = who == "companion" or armed_before and who in _MALE_KIN
    return kin and not verb and _OWN_HURT.match(work, said) is not None


#: "a companion" (or "a friend", "a relative"), then a relative clause of his own hurt or death: ", who was also
#: wounded".
_A_COMPANION = re.compile(r"(?:a|one)\s+(?:companion|friend|relative)\b", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"\s*,\s*who\s+(?:was|were)\s+(?:also\s+)?(?:(?:seriously|critically|lightly|slightly|badly|severely)\s+)?"
                         r"(?:injured|wounded|killed)\b|"
                         # "A relative who was travelling with him in the car sustained minor injuries"
                         r"\s+who\s+was\s+(?:travelling|traveling|riding|walking|sitting|with)\b[^.;]{0,60}?\s+(?:sustained|suffered|received)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b", re.IGNORECASE)


def companion_in_own_clause(m: Mention, work: str) -> Mention:
    """``m`` of unknown side where it is "a companion" hurt or killed in a relative clause of his own (see module doc)."""
    if m.value != 1 or m.parent is not None or m.side not in (None, "unknown"):
        return m
    if _A_COMPANION.fullmatch(work, m.quantity.start, m.group_end) is None or _OWN_CLAUSE.match(work, m.group_end) is None:
        return m
    return replace(m, side="unknown", actor=None, generic=False)

