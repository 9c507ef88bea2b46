"""People of no side told before "other civilians" in their sentence (tests in
tests/test_extract_casualty_before_other_civilians.py).

* "Two children and an elderly man were killed and at least 11 other civilians were injured", "killing a man and his two
  daughters and wounding seven other civilians": "other civilians" says the people told before them are civilians too
  (SCHEMA: victims are civilians when the text calls them so); the people must be plain ("a man", "an elderly man",
  "people"), not armed men or members of a group ("two gunmen were killed and three other civilians" keeps the gunmen).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_groups import COMBATANT_NOUN
from observatory.extract.mention_sides import Mention

#: "other civilians" / "another civilian" later in the figure's sentence.
_OTHER_CIVILIANS = re.compile(r"[^.;!?\n]{0,160}?\b(?:other\s+civilians|another\s+civilian)\b", re.IGNORECASE)
#: A plain person or persons: no group, no arms.
_PLAIN = re.compile(r"^\s*(?:(?:elderly|old|young|displaced|local)\s+)?(?:m[ae]n|wom[ae]n|persons?|people|youths?|boys?|girls?|"
                    r"individuals?|(?:elderly|old)\s+(?:m[ae]n|wom[ae]n)|sons?|daughters?|brothers?|sisters?|siblings|wife|husband|mother|father|"
                    r"relatives|cousins?|nephews?|nieces?)\b", re.IGNORECASE)


def before_other_civilians(m: Mention, work: str) -> Mention:
    """Civilians for plain people of no side that "other civilians" follow in their sentence (see module doc)."""
    if m.side not in (None, "unknown") or m.parent is not None or m.quantity.vague:
        return m
    words = work[m.quantity.end:m.group_end]
    if _PLAIN.match(words) is None or COMBATANT_NOUN.search(words) or "civilian" not in work[m.group_end:m.group_end + 170].lower():
        return m
    if _OTHER_CIVILIANS.match(work, m.group_end) is None:
        return m
    return replace(m, side="civilians", actor=None, nationality=None, generic=False)
