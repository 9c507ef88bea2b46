"""The people of a civilian group that armed men attacked, stopped or carried off are civilians (SCHEMA: victims
described as civilians, shepherds, truffle hunters, farmers; tests in tests/test_extract_casualty_group_attacked.py).

* "Nine people, among them two NDF members, were killed in an attack by ISIS cells on a group of truffle gatherers":
  the figure of no side is of the gatherers (the armed part keeps its own side);
* "gunmen intercepted a group of civilians picking truffles, abducting nine of them and shooting dead two others",
  "kidnapped 12 civilians ..., freeing nine of them and executing the three others", "executed two young men from
  among a group of 14 truffle pickers": a figure of no side of its own words in that sentence is of the group.

Not read so: a figure whose words name an armed man ("three guards"); a sentence that tells armed men among the group
("truffle hunters and their guards", "16 shepherds and three members of the NDF"); a clause set apart from the attack
("..., while two men were killed in a landmine blast"); more dead than the group counted ("abducted two shepherds ...,
killing five of them"); a sentence whose figures already tell the civilians ("the toll of
the attack on truffle hunters has risen to 68: 61 civilians and seven NDF members": the 68 is their whole).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_fired_on import plain_words, told_with
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words, words_to_int
from observatory.extract.text import sentence_around

#: The deed done to the group: "an attack by ISIS cells on", "an ISIS ambush on", "attacked", "intercepted", "ambushed",
#: "abducted", "kidnapped", "seized"; or the group the victims were taken from ("from among").
_DEED = (r"(?:(?:attacks?|ambush(?:es)?|assaults?)(?:\s+by\s+[^.;,]{1,40}?)?\s+on|attacked|intercepted|ambushed|abducted|kidnapped|seized|"
         r"opened\s+fire\s+on|from\s+among)")
#: The civilian group itself, with its count or a "group of" before it: "a group of truffle gatherers", "12 civilians",
#: "shepherds".
_GROUP = (r"(?:an?\s+(?:group|number)\s+of\s+|the\s+)?(?:(?P<count>\d+|" + number_words() + r")\s+)?"
          r"(?:civilians|shepherds|farmers|truffle\s+(?:hunters|gatherers|collectors|pickers)|"
          r"people\s+(?:collecting|picking|gathering|hunting|searching\s+for|foraging\s+for)\s+(?:desert\s+)?truffles)\b")
_HIT = re.compile(r"\b" + _DEED + r"\s+" + _GROUP, re.IGNORECASE)
_STEMS = ("civilians", "shepherds", "farmers", "truffle")
#: Armed men told among or beside the group: "truffle hunters and their guards", "16 shepherds and three members of
#: the NDF", "civilians and soldiers".
_ARMED_BESIDE = re.compile(r"[^.;]{0,30}?\b(?:and|as\s+well\s+as|with)\s+(?:the\s+|an?\s+|their\s+)?(?:[\w-]+\s+)?"
                           r"(?:guards?|escorts?|soldiers?|fighters?|members?|patrols?|gunm[ae]n|militiam[ae]n|"
                           r"police(?:m[ae]n)?|troops)\b", re.IGNORECASE)
#: A clause set apart from the deed, between it and the figure, as for fire aimed at people
#: (``casualty_fired_on``); "while" only where it brings in another event, not the group's own doing ("kidnapped 12
#: civilians while they were grazing sheep, executing three others").
_APART = re.compile(r"\b(?:while(?!\s+(?:they|he|she)\s+(?:were|was)\b)|whereas|meanwhile|separately|also|"
                    r"clash(?:es|ed)?|shell(?:s|ed|ing)|explosions?|blasts?|(?:land)?mines?|(?:air\s?)?strikes?|"
                    r"bomb(?:s|ed|ing)?)\b|;", re.IGNORECASE)

#: A participle of the deed that brings in the figure after it: "..., killing two", "executing the three others"; or
#: the verb of a clause of the deed ("an ambush on truffle hunters, which left 15 of them dead").
_BROUGHT_IN = re.compile(r"\b(?:killing|executing|shooting|murdering|slaughtering|beheading|slaying|leaving|left)\b", re.IGNORECASE)
#: A figure whose words are only "of them" ("opened fire on people collecting truffles, killing 53 of them"): the group's,
#: whatever side the nearest name before gave it.
_OF_THEM_ONLY = re.compile(r"\s*of\s+them\s*", re.IGNORECASE)
#: The figure told as a part of the group: "nine of them", "the three others", "two other".
_PART_OF_THEM = re.compile(r"\bof\s+them\b|\bothers?\b", re.IGNORECASE)


def group_attacked_civilians(mentions: list[Mention], work: str) -> list[Mention]:
    """Each figure of no side of its own words, of the civilian group its sentence tells attacked or carried off."""
    if not any(m.side in (None, "unknown") or _OF_THEM_ONLY.fullmatch(work, m.quantity.end, m.group_end) for m in mentions) \
            or any(m.side == "civilians" for m in mentions):
        return mentions  # nothing of no side, or the group's people already told as civilians (a toll and its parts)
    first = min(m.quantity.start for m in mentions)
    head, tail = sentence_around(work, first, first)
    if not has_any(folded(work, head, tail), _STEMS):
        return mentions
    hits = [h for h in _HIT.finditer(work, head, tail) if not _ARMED_BESIDE.match(work, h.end())]
    if not hits:
        return mentions
    return [replace(m, side="civilians", actor=None, nationality=None, generic=False)
            if (m.side in (None, "unknown") and plain_words(m, work) or _OF_THEM_ONLY.fullmatch(work, m.quantity.end, m.group_end))
            and _within(m, hits) and _of_group(m, hits, work) else m for m in mentions]


def _of_group(m: Mention, hits: list[re.Match[str]], work: str) -> bool:
    """Whether the figure is told as of the group of one of the deeds: nothing sets it apart, and it is the deed's own
    toll told before it, or, told after it, a participle of the deed brings it in ("..., killing two") or it is told as
    a part of them ("nine of them", "the three others"). A clause of its own after the deed ("abducted farmers, and
    the body of a man was found in Jasim"; "attacked civilians, as gunmen killed a man in Tafas") is another death."""
    for h in hits:
        if not told_with(m, [h], work, _APART):
            continue
        if m.quantity.start < h.start() or _BROUGHT_IN.search(work, h.end(), m.quantity.start) \
                or _PART_OF_THEM.search(work, m.quantity.start, min(len(work), m.group_end + 12)):
            return True
    return False


def _within(m: Mention, hits: list[re.Match[str]]) -> bool:
    """Whether the figure fits in every group counted ("abducted two shepherds ..., killing five of them": more dead than
    were taken are no part of them)."""
    counts = [words_to_int(h.group("count")) for h in hits if h.group("count")]
    return all(c is None or m.value <= c for c in counts)
