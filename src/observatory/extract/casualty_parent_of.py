"""A parent told by how many children he or she has (tests in tests/test_extract_casualty_person_misreadings.py).

* "a mother of four children was wounded", "a father of five sons was killed": the number counts the parent's
  children, not victims; the victim is the one parent, a civilian (SCHEMA: families). Told as an apposition of the
  victim ("a displaced woman, a mother of six children, ...") the one parent is the victim restated, which the
  apposition passes after this one read as before.
* The parent is a person however the children's number ends ("gunmen shot dead a mother of three." with no noun
  after it, "a father of four was shot dead by ..."): the parent's own verb right before it or its passive verb right
  after the number gives its role (``parent_role``, read while the figures are found); a parent with no verb of its
  own ("a mother of three told the monitor that shelling killed her husband") is left to the reading before.
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
_VERB_BEFORE = re.compile(r"\b(?:(?P<killed>kill(?:ed|ing|s)|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|murder(?:ed|ing|s))|"
                          r"wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+$", re.IGNORECASE)


#: The parent's own passive verb right after the children's number ("a father of four | was shot dead").
_PASSIVE_AFTER = re.compile(r"\s*(?:was|has\s+been|had\s+been)\s+(?:(?P<killed>killed|shot\s+dead|murdered|shot\s+and\s+killed|"
                            r"stabbed\s+to\s+death|beaten\s+to\s+death)|wounded|injured)\b", re.IGNORECASE)


def parent_role(work: str, start: int, end: int) -> str | None:
    """The role of a parent told right before the number at ``start``..``end`` ("shot dead a mother of | three",
    "a father of | four | was shot dead"), read from the parent's own verb before it or right after the number; None
    when no parent is told there or no verb of its own says what befell it ("a mother of three said that ...")."""
    if not has_any(folded(work, start - 40, start), _STEMS):
        return None
    hit = _PARENT_OF.search(work, max(0, start - 40), start)
    if hit is None:
        return None
    verb = _VERB_BEFORE.search(work, max(0, hit.start() - 20), hit.start()) or _PASSIVE_AFTER.match(work, end)
    return None if verb is None else KILLED if verb.group("killed") else INJURED


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
