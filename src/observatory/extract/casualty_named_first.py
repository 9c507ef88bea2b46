"""A figure listed after the person a killing verb names first (used by ``casualties``; tests in
tests/test_extract_named_first.py).

A named victim opens the list, and the figures after him share the verb: "killed Ahmad Haddad and two women", "killing
the activist Samer al-Ali, a father of four, and his two sons", "shot dead Commander Ali Hussein along with three of his
guards". The name, having no figure of its own, leaves the next item without the verb the items of a counted list
pass on, so the verb is read across the name here (``named_first_role``). The name may carry words before it ("the
young man", "Jordanian", "media activist"), a bracket after it ("(35)"), and an apposition closed by a comma (", a
commander of the group,"); an apposition not closed by a comma ("Ali Wais, a dignitary of the clan and a member of the
council") goes on with the same person, so its "a member" is no second victim.
"""

from __future__ import annotations

import re

from observatory.extract.casualty_along_with import KIN_THEN
from observatory.extract.casualty_named_apposed import CALENDAR, PARTICLE, VERBS
from observatory.extract.mention_sides import verb_role

#: How far left of the figure the verb may stand.
WINDOW = 200

_VERB = rf"(?P<verb>(?i:{VERBS}|(?:the\s+)?(?:killing|death|assassination|murder|execution)\s+of))"
#: Words that may stand between the verb and the name: an article and a few lowercase words of who he was ("the young
#: man", "media activist"), none a word of place, time or a clause ("killed in Aleppo and two ...": no one named).
_NOT_DESCRIPTOR = (r"(?:in|on|at|by|near|from|with|during|when|while|after|before|as|and|or|today|yesterday|overnight|early|"
                   r"late|last|this|since|inside|outside|across|along|between|among|under|over|into|to|for|of|were|was|are|is|"
                   r"had|has|have|been|being|all|both|each|his|her|their|its|them|him|it|one|two|three|four|five|six|seven|"
                   r"eight|nine|ten|several|some|many|dozens|hundreds|tens|scores|most|more|least|about|nearly|around|"
                   r"only|also|then|there|here|who|which|that)")
_DESCRIPTOR = rf"(?!{_NOT_DESCRIPTOR}\b)[a-z][a-z'-]*"
_DESCRIPTORS = rf"(?:(?:the|an?)\s+)?(?:{_DESCRIPTOR}\s+){{0,3}}(?:{_DESCRIPTOR}\s*,\s*)?"
_WORD = rf"{PARTICLE}[A-Z][a-z'’]+"
_NAME = rf"(?!{CALENDAR}\b){_WORD}(?:[-\s]{_WORD}){{0,5}}"
#: ", a senior commander of the Quds Force (IRGC)," / ", known as Abu Ali,": no figure, no clause end inside.
_APPOSITION = r"\s*,\s*(?:[^,.;:!?\d()\n]|\([^()\d\n]{1,40}\)){1,120}?\s*,"
_THEN = rf"\s*(?:,\s*)?(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+{KIN_THEN}$"
#: The verb, then the named victim with a bracket after his name ("(35)").
_VERB_NAME = rf"\b{_VERB}\s+{_DESCRIPTORS}(?P<name>{_NAME})(?:\s*\([^()\n]{{1,40}}\))?"
_NAMED_FIRST = re.compile(rf"{_VERB_NAME}(?:{_APPOSITION})?{_THEN}")
#: "killed Ahmad Haddad, a child, and ...": the figure right after the name is his apposition or the list's next item;
#: either way a victim of the verb, once the list goes on after it (an apposition that goes on with "and a member of
#: the council, in ..." is his words only, read by ``casualty_named_apposed``).
_NAMED_THEN_COMMA = re.compile(rf"{_VERB_NAME}\s*,\s*$")
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and|along\s+with|together\s+with|as\s+well\s+as)\s", re.IGNORECASE)
#: "killed Ahmad Haddad and two women were injured": the figure heads a clause with a verb of its own.
_OWN_VERB = re.compile(r"(?:\s+(?!(?:who|whom|which|that)\b)[\w'-]+){0,4}?\s+(?:were|was|are|have\s+been|had\s+been)\b",
                       re.IGNORECASE)
#: Every match of ``_NAMED_FIRST`` holds one of these (lowercased).
_STEMS = ("shot", "shooting", "kill", "assassinat", "execut", "murder", "injur", "wound", "death")


def named_first_role(work: str, at: int, group_end: int) -> str | None:
    """The role of the figure at ``at`` (its words ending at ``group_end``) listed after the named victim of a verb
    before it, if any (see module doc). The window is not cut at the figures before: one in the name's apposition
    ("a senior commander of the group") is his, not an item of the list."""
    left = work[max(0, at - WINDOW):at].rstrip("\"“‘ (")
    low = left.lower()
    if not any(stem in low for stem in _STEMS) or _OWN_VERB.match(work, group_end):
        return None
    hit = _NAMED_FIRST.search(left + " ")
    if hit is None and _LIST_GOES_ON.match(work, group_end):
        hit = _NAMED_THEN_COMMA.search(left + " ")
    if hit is None:
        return None
    return verb_role(hit.group("verb"))
