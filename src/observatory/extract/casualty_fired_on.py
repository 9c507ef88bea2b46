"""The people hit by fire aimed at protesters or at a family are civilians (SCHEMA: victims described as civilians,
families; tests in tests/test_extract_casualty_fired_on.py).

* "A young man was killed and two others were injured when security forces opened fire on a group of protesters",
  "gunmen opened fire on members of a family ..., killing four men and wounding a fifth": a figure of no side of its
  own words ("a young man", "two others", "four men") in the sentence that tells the fire aimed at protesters,
  demonstrators, mourners, worshippers or a family is of the people fired on, civilians;
* "air strikes hit a school basement where families had sought shelter, killing 20 people", "16 people were killed
  when raids struck a street where residents were queuing for bread": a figure of no side in the sentence that tells
  the place hit as holding families, residents or civilians (``_SHELTERED``) is of them, where no armed man is told
  in that sentence.

Not read so: a figure whose words name a side or an armed man ("a soldier", "two gunmen"); one the sentence sets apart
from the fire ("..., while two men were killed in Tafas"), and a sentence that tells armed men among the people fired
on ("fired on protesters and the guards").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention
from observatory.extract.text import sentence_around

#: The fire aimed at people of no arms: "opened fire on a group of protesters", "fired at demonstrators", "opened fire
#: on members of a Kurdish family", "shot at mourners".
_AIMED = re.compile(r"\b(?:opened\s+fire|fired|shot)\s+(?:at|on|towards)\s+(?:an?\s+(?:group|crowd|gathering)\s+of\s+|the\s+)?"
                    r"(?:(?:anti-[\w-]+|pro-[\w-]+|peaceful|unarmed|angry|young|local|civilian|Druze|Kurdish|Arab)\s+)?(?:protesters|demonstrators|mourners|worshippers|"
                    r"(?:(?:members|people)\s+of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?famil(?:y|ies))\b", re.IGNORECASE)
_AIMED_STEMS = ("protester", "demonstrator", "mourner", "worshipper", "famil", "where ")
#: The place a strike hit told as holding civilians: "a school basement where families had sought shelter", "a street
#: where residents were queuing for bread", "a house where displaced people were staying".
_SHELTERED = re.compile(r"\bwhere\s+(?:displaced\s+|local\s+)?(?:families|residents|civilians|people|children|women|shoppers|"
                        r"worshippers|students|pupils|patients)\s+(?:had\s+|were\s+|have\s+)?(?:been\s+)?(?:sought\s+(?:shelter|refuge)|"
                        r"sheltering|taken\s+(?:shelter|refuge)|queu(?:e|ei|i)ng|lined\s+up|gathered|gathering|lived|living|staying|"
                        r"praying|shopping|sleeping)\b", re.IGNORECASE)
#: An armed man in the figure's own words ("a soldier", "two gunmen"; "four members of the family" are of the family).
_ARMED = re.compile(r"\b(?:soldiers?|fighters?|gunm[ae]n|militiam[ae]n|militants?|guards?|officers?|policem[ae]n|troops|"
                    r"personnel|combatants?|commanders?|members?(?!\s+of\s+(?:the|an?|his|her|their)\s+(?:[\w-]+\s+)?famil))\b",
                    re.IGNORECASE)
#: A clause set apart from the fire, between it and the figure: a word that parts them, or another cause of death told
#: there ("killing two men, and clashes with the regime killed three others", "killed when forces shelled a village,
#: hours after gunmen fired on mourners").
_APART = re.compile(r"\b(?:while|whereas|meanwhile|separately|also|clash(?:es|ed)?|shell(?:s|ed|ing)|explosions?|blasts?|"
                    r"(?:land)?mines?|(?:air\s?)?strikes?|bomb(?:s|ed|ing)?)\b|;", re.IGNORECASE)
#: A clause set apart from the place hit: the strike's own words ("barrel bombs hit a street where ...") part nothing.
_PLACE_APART = re.compile(r"\b(?:while|whereas|meanwhile|separately)\b|;", re.IGNORECASE)
#: Armed men told among or as the people fired on: "protesters and the guards", "a family and a patrol", "protesters
#: and NDF men", "protesters, some of whom were armed".
_ARMED_AMONG = re.compile(r"\s*(?:(?:and|as\s+well\s+as)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:guards?|soldiers?|fighters?|members?|"
                          r"patrols?|gunm[ae]n|militiam[ae]n|police(?:m[ae]n)?|(?<!young\s)(?<!old\s)(?<=[\w-]\s)m[ae]n)\b|"
                          r"[^.;]{0,40}?\b(?:who|whom)\s+(?:were|was)\s+armed\b)", re.IGNORECASE)


def fired_on_civilians(mentions: list[Mention], work: str) -> list[Mention]:
    """Each figure of no side of its own words, of the people its sentence's fire was aimed at: civilians."""
    if not any(m.side in (None, "unknown") for m in mentions):
        return mentions
    first = min(m.quantity.start for m in mentions)
    head, tail = sentence_around(work, first, first)
    if not has_any(folded(work, head, tail), _AIMED_STEMS):
        return mentions
    aims = [a for a in _AIMED.finditer(work, head, tail) if not _ARMED_AMONG.match(work, a.end())]
    places = [a for a in _SHELTERED.finditer(work, head, tail) if not _ARMED.search(work, head, tail)]
    return [replace(m, side="civilians", actor=None, nationality=None, generic=False)
            if m.side in (None, "unknown") and plain_words(m, work) and (aims and told_with(m, aims, work) or
                                                                         places and told_with(m, places, work, _PLACE_APART))
            else m for m in mentions]


def plain_words(m: Mention, work: str) -> bool:
    """Whether the figure's own words name no armed man."""
    words = work[m.quantity.start:m.group_end] if m.quantity.text else work[m.group_start:m.group_end]
    return _ARMED.search(words) is None


def told_with(m: Mention, aims: list[re.Match[str]], work: str, apart: re.Pattern[str] = _APART) -> bool:
    """Whether one of the aims is told with the figure: nothing (``apart``) sets the figure's clause apart from it."""
    for a in aims:
        lo, hi = (m.group_end, a.start()) if m.quantity.start < a.start() else (a.end(), m.quantity.start)
        if apart.search(work, lo, hi) is None:
            return True
    return False
