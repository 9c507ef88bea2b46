"""Fights that a side started: a clash told as following an attack is that attack.

Constructions handled:

* clashes said to break out after a side attacked ("clashes erupted in the town after the gunmen attacked a
  checkpoint", "the clashes started after the militants stormed the post", "killed in clashes that broke out after
  the cells raided a position");
* an attack said to spark the clashes ("attacked army posts near the village, sparking clashes that ...",
  "stormed the base, triggering a fight"): a fight with a clear initiator is an attack (SCHEMA), not a clash.

Not a side's attempt to advance ("clashes erupted after the troops tried to advance"), which is told both ways, nor
clashes that only "came after" an attack (tests/test_extract_reports_written.py keeps those a clash).
"""

from __future__ import annotations

import re

_ATTACKED = r"(?:attacked|stormed|raided|assaulted)"
#: "clashes (that) erupted ... after X attacked", "the clashes started after X stormed".
_FIGHT_AFTER = re.compile(r"\b(?:clash(?:es)?|fighting|battles?)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+)?"
                          r"(?:erupted|broke\s+out|started|began|flared)\b[^.;]{0,150}?\bafter\s+(?:[\w\"“”'’()-]+\s+){1,12}?"
                          r"(?:had\s+)?" + _ATTACKED + r"\b", re.IGNORECASE)
#: "X attacked Y ..., sparking clashes", "stormed ..., triggering fierce fighting".
_ATTACK_SPARKED = re.compile(r"\b" + _ATTACKED + r"\b[^.;]{0,160}?,\s+(?:sparking|triggering)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:clash(?:es)?|fighting|battles?|gunfights?)\b", re.IGNORECASE)


def started_by_attack(sentence: str) -> bool:
    """The sentence tells a fight that broke out after a side attacked, or an attack that sparked it."""
    return _FIGHT_AFTER.search(sentence) is not None or _ATTACK_SPARKED.search(sentence) is not None
