"""Staff of a civil administration are civilians (tests in tests/test_extract_civil_staff.py).

"an employee of the Autonomous Administration", "an official of the oil committee of the AANES", "a member of the
Raqqa Civil Council", "the head of the local council", "two employees of the municipality of X": the victim works for a civil body, not for its forces, so he is a
civilian (SCHEMA: `sdf` is the SDF, the Asayish, the military councils and the Administration's fighters; the
Administration's employees, officials and council members are not among them). A figure whose own words name a force
("members of the Autonomous Administration's Asayish", "a member of the Military Council") keeps its side, and so
does a figure told of another side than the Administration's ("a member of the regime's local council" stays unknown
to this rule unless the text said nothing of a side).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_trade_apposed import trade_apposed
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention

#: The victim's office: "an employee of", "two officials of", "a member of", "the head of", "a teacher working for".
_OFFICE = re.compile(
    r"(?:(?:an?|one|two|three|four|five|the|\d+)\s+)?(?:(?:senior|local|civilian|former)\s+)?"
    r"(?:employees?|officials?|staff(?:\s+members?)?|workers?|members?|heads?|chairm[ae]n|co-?chairs?|teachers?|"
    r"administrators?|clerks?)\s+"
    r"(?:of|in|at|with|for|working\s+(?:for|with|in|at))\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE)
#: The civil body: the Administration itself, a civil or local council (of any town or region), or a town's municipality.
_BODY = re.compile(
    r"\b(?:Autonomous\s+Administration|Self[- ]Administration|AANES|(?:civil|local|municipal|town|city|village)\s+councils?|"
    r"municipality|municipalities)\b",
    re.IGNORECASE)
#: Words that make the body a force or a fighting unit ("the Administration's Asayish", "the Military Council", "the
#: Self-Protection Duty of the Administration": its conscripts).
_FORCE = re.compile(
    r"\b(?:forces?|asayi?sh|asaish|security|police|military|fighters?|army|guards?|units?|brigades?|battalions?|"
    r"conscripts?|self-defen[cs]e|self-protection|duty|troops|SDF|YPG|QSD|Qasad)\b",
    re.IGNORECASE)
#: Another group joined to the office before the body is named ("members of X and staff of the Administration").
_JOINED = re.compile(r"\band\b|,", re.IGNORECASE)
#: Every match of ``_BODY`` holds one of these stems (checked first).
_BODY_STEMS = ("administration", "aanes", "council", "municipalit")


def civil_staff(m: Mention, work: str) -> Mention:
    """A figure of the Administration's side (or of none) whose own words make it staff of a civil body: civilians
    (and one victim restated by his civilian trade: ``casualty_trade_apposed``)."""
    m = trade_apposed(m, work)
    if m.side not in (None, "unknown", "sdf") or m.parent is not None or m.label is not None:
        return m
    words = work[m.quantity.start:m.group_end]
    if not has_any(folded(words), _BODY_STEMS):
        return m
    office = _OFFICE.match(words)
    body = _BODY.search(words, office.end()) if office is not None else None
    if office is None or body is None or _FORCE.search(words) or _JOINED.search(words, office.end(), body.start()):
        return m  # ("members of the SDF and personnel of the Autonomous Administration": more than the staff)
    return replace(m, side="civilians", actor=None, nationality=None, generic=False)
