"""A figure told "along with" / "together with" the one person a killing verb names (used by ``casualties``; tests in
tests/test_extract_casualty_along_with_heads.py).

The figure after "along with" shares the verb before the person it accompanies: "killing the mukhtar of the village
along with three of his relatives". The person may be

* a pronoun ("killing him along with two of his guards", "shot her dead along with five other civilians");
* the object of a noun of death ("resulted in the death of the commander along with one of his bodyguards");
* the subject of a passive verb with a time or a comma between ("a commander was killed on Monday along with four of his
  men", "five soldiers were killed, along with seven fighters of HTS", "1,200 soldiers have been killed in the desert
  since March 2019, along with 600 IS fighters", "nine local fighters ... were killed alongside four regime soldiers");

and a kin may stand between "along with" and the figure ("killing him along with his wife and their four children":
the children share the verb as well; the kin is read as a person of its own by ``casualty_unnumbered``).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import verb_role
from observatory.models import ARMED_SIDES

#: How far left of the figure the verb may stand.
WINDOW = 160

_HEAD = (r"(?:(?:him|her)|(?:the|a|an|his|her|their)(?:\s+[\w'-]+){1,5}?"
         r"(?:\s*,\s*(?:known\s+as|nicknamed|dubbed|called)\s+[^,.;]{1,40}(?=,))?)\s*,?\s+")  # ("killing him, along with"; "killing
# the commander, known as "Abu Omar", along with one of his bodyguards")
_WHEN = r"(?:(?:on\s+[A-Z]\w+|today|yesterday|tonight|last\s+night|this\s+(?:morning|evening|afternoon))\s+)"
#: One kin or companion between "along with" (or "and") and the figure: "his wife and their (six children)".
KIN_THEN = (r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|driver|companion|"
             r"bodyguard|escort|aide)\s*(?:,\s*and|,|and)\s*(?:(?:his|her|their)\s+)?)?")

#: "... killing <head> along with", "... death of <head> along with", "shot him dead along with",
#: "were killed <when> along with", each optionally followed by one kin and "and".
_ALONG_WITH = re.compile(
    r"(?:\b(?P<verb>killing|killed|injuring|injured|wounding|wounded|deaths?\s+of|killing\s+of)\s+" + _HEAD + r"?"
    r"|\bshot\s+(?:him|her)\s+dead\s*,?\s+"
    r"|\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?(?P<passive>killed|died|injured|wounded)\s*,?\s+" + _WHEN + r"?"
    r"|\b(?:(?:were|was|have|has|had)\s+(?:been\s+)?)(?:also\s+)?(?P<died>killed|died|perished|injured|wounded)"
    r"(?:\s+(?:in|during|over|since|by|at|on)\b[^,.;]{0,60}?)?\s*,\s+(?=as\s|along\s+with\s|together\s+with\s|alongside\s))"
    r"(?:(?:along|together)\s+with|alongside|as\s+(?:have|has|had|did|were|was)(?:\s+(?:also|at\s+least|some))?)\s+" + KIN_THEN + r"$",
    re.IGNORECASE)


#: Between a victim's figure and the figure of his kin or men told "along with" him: "killing a shepherd along with
#: (his two sons)", "a woman together with her three daughters", "a commander in addition to his two aides"; the kin's
#: figure shares the victim's verb (tests/test_extract_along_with_his_kin.py).
#: Also after one relative told first without a number: "along with his wife and (six children)", "... and their ...".
ALONG_HIS = re.compile(r"\s*,?\s*(?:(?:along|together)\s+with|in\s+addition\s+to|as\s+well\s+as)\s+(?:his|her|their)\s+"
                       r"(?:(?:wife|husband|mother|father)\s*,?\s+and\s+(?:(?:his|her|their)\s+)?)?", re.IGNORECASE)
#: A fate of the kin's own told right after them: "in addition to his two aides, who were wounded".
_OWN_FATE = re.compile(r"\s*,?\s*(?:(?:who|both\s+of\s+whom|all\s+of\s+whom)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?"
                       r"(?:also\s+)?(?:(?:seriously|lightly|critically|slightly)\s+)?"
                       r"(?:wounded|injured|hurt|survived|sustained|suffered|escaped|arrested|captured|detained|kidnapped|abducted)\b",
                       re.IGNORECASE)


#: Family words: the family of a fighter ("an HTS commander along with his two wives") is not of his side, and no side
#: of theirs is told, so the figure is left as it was read before.
_FAMILY = re.compile(r"\b(?:wi(?:fe|ves)|husbands?|sons?|daughters?|children|brothers?|sisters?|parents|relatives|family)\b",
                     re.IGNORECASE)


def along_his(work: str, prev: tuple[int, str | None], at: int, group_end: int, limit: int) -> bool:
    """Whether the figure at ``at`` is kin told "along with his" the figure ending at ``prev`` (its end and side), with no
    fate of its own and not the family of a fighter."""
    if ALONG_HIS.fullmatch(work, prev[0], at) is None or _OWN_FATE.match(work, group_end, limit) is not None:
        return False
    return prev[1] not in ARMED_SIDES or _FAMILY.search(work, at, group_end) is None


#: The figure is of the killers: "killing him, along with two of the gunmen" (no kin or men of his).
_OF_KILLERS = re.compile(r"[\w-]+\s+of\s+the\s+(?:gunmen|attackers|assailants|assassins|kidnappers)\b(?!['’])", re.IGNORECASE)


def along_with_role(work: str, at: int, left_from: int) -> str | None:
    """The role of the figure at ``at`` told "along with" one person the verb before names, if any."""
    left = work[max(left_from, at - WINDOW):at].rstrip("\"“‘ (")
    hit = _ALONG_WITH.search(left + " ")
    if hit is None or _OF_KILLERS.match(work, at):
        return None
    verb = hit.group("verb") or hit.group("passive") or hit.group("died") or "killed"
    return verb_role(verb)
