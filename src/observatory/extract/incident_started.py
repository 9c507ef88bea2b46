"""Fights that a side started: a clash told as following an attack is that attack.

Constructions handled:

* clashes said to break out after a side attacked ("clashes erupted in the town after the gunmen attacked a
  checkpoint", "the clashes started after the militants stormed the post", "killed in clashes that broke out after
  the cells raided a position"), or when it did, told in a later sentence of the fight ("The fighting erupted on
  Monday when the militia's fighters attacked army posts", "The fighting broke out on Friday, when ISIS cells launched
  a wide-scale attack on regime positions", "The fighting started when the militia, joined by ..., stormed the depot") or in the fight's own long clause ("the fighting which erupted yesterday between ...,
  after the gunmen crossed the river and attacked SDF posts"), unless the raid was a search ("raided tents searching
  for weapons", told both ways);
* an attack said to spark the clashes ("attacked army posts near the village, sparking clashes that ...",
  "stormed the base, triggering a fight"): a fight with a clear initiator is an attack (SCHEMA), not a clash.

Not a side's attempt to advance ("clashes erupted after the troops tried to advance"), which is told both ways, nor
clashes that only "came after" an attack (tests/test_extract_reports_written.py keeps those a clash).
"""

from __future__ import annotations

import re

_ATTACKED = (r"(?:attacked|stormed|raided|assaulted|"  # ("when ISIS cells launched a wide-scale attack on regime posts")
             r"(?:launched|carried\s+out|mounted|staged)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|offensive)s?)")
#: "clashes (that) erupted ... after X attacked", "the clashes started after X stormed".
_FIGHT_AFTER = re.compile(r"\b(?:clash(?:es)?|fighting|battles?)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+)?"
                          r"(?:erupted|broke\s+out|started|began|flared)\b[^.;]{0,150}?\b(?:after|when)\s+(?:[\w\"“”'’()-]+,?\s+){1,12}?"
                          r"(?:had\s+)?(?P<verb>" + _ATTACKED + r")\b", re.IGNORECASE)
#: "X attacked Y ..., sparking clashes", "stormed ..., triggering fierce fighting".
_ATTACK_SPARKED = re.compile(r"\b" + _ATTACKED + r"\b[^.;]{0,160}?,\s+(?:sparking|triggering)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:clash(?:es)?|fighting|battles?|gunfights?)\b", re.IGNORECASE)


def started_by_attack(sentence: str) -> bool:
    """The sentence tells a fight that broke out after a side attacked, or an attack that sparked it."""
    return attack_begun(sentence) is not None or _ATTACK_SPARKED.search(sentence) is not None


#: A raid told as a search ("raided tents searching for weapons", "in search of the wanted men"): a search operation
#: (like incident_came_after's sweeps), told both ways when a fight follows it.
_SEARCHING = re.compile(r"\s(?:searching\s+for|in\s+search\s+of|to\s+search)\b", re.IGNORECASE)


def attack_begun(sentence: str) -> tuple[int, int] | None:
    """The span of the attack a sentence of a fight says began it ("the fighting erupted when the cells attacked
    army posts", "fighting which broke out ..., after the gunmen crossed the river and stormed SDF posts"); None
    where it tells none or the raid was a search."""
    m = _FIGHT_AFTER.search(sentence)
    if m is None or _SEARCHING.search(sentence, m.end()) is not None:
        return None
    return m.start("verb"), m.end("verb")
