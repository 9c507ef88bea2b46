"""A parent told by how many children he or she has (tests in tests/test_extract_casualty_person_misreadings.py).

* "a mother of four children was wounded", "a father of five sons was killed": the number counts the parent's
  children, not victims; the victim is the one parent, a civilian (SCHEMA: families). Told as an apposition of the
  victim ("a displaced woman, a mother of six children, ...") the one parent is the victim restated, which the
  apposition passes after this one read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import INJURED, KILLED, Mention

#: "a (young) mother of ", "the father of " right before the number.
_PARENT_OF = re.compile(r"\b(?P<one>an?|the)\s+(?:[\w-]+\s+)?(?:mother|father|parent)\s+of\s+$", re.IGNORECASE)
_STEMS = ("mother of", "father of", "parent of")
#: The verb right before the parent ("killed a mother of three"): the parent's own role, not one read from a verb
#: after the children's number ("... and wounded her two sons").
_VERB_BEFORE = re.compile(r"\b(?:(?P<killed>kill(?:ed|ing|s))|wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+$", re.IGNORECASE)


def parents_by_children(mentions: list[Mention], work: str) -> list[Mention]:
    """Each figure of a parent's children read as the one parent (see the module's notes)."""
    if not mentions:
        return mentions
    if not has_any(folded(work, min(m.quantity.start for m in mentions) - 40, max(m.quantity.start for m in mentions)), _STEMS):
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        hit = _PARENT_OF.search(work, max(0, m.quantity.start - 40), m.quantity.start)
        if hit is None or m.quantity.vague:
            continue
        one = replace(m.quantity, value=1, start=hit.start("one"), end=hit.end("one"), text=hit.group("one"))
        verb = _VERB_BEFORE.search(work, max(0, hit.start() - 20), hit.start())
        role = m.role if verb is None else KILLED if verb.group("killed") else INJURED
        out[i] = replace(m, quantity=one, role=role, group_start=hit.start("one"), side="civilians", actor=None, nationality=None,
                         label=None, generic=False)
    return out
