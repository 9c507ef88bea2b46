"""Sentences after a total that narrate one event (used by ``totals.TotalsBuilder._take``).

A sentence in the paragraph of a total, with no period or list cue of its own, that tells an attack and its dead
("Regime helicopters dropped barrel bombs on X, killing five civilians ...", "Nine civilians were killed when warplanes
struck Y", "In Z, warplanes struck a market, leaving seven dead") is one incident of the day, not a part of the total;
so is such a sentence read as a line of the block (its subject an active doer), as bullets that tell one attack were.
"""

from __future__ import annotations

import re

from observatory.extract import totals_marks as marks
from observatory.extract.gates import folded, has_any
from observatory.extract.places import GOVERNORATE_NAMES

#: An attack told with its dead: "<attack verb> ..., killing/leaving N", "N were killed when ...".
_NARRATED = re.compile(r"\b(?:attacked|targeted|shelled|struck|exploded|ambushed|bombed|fired|stormed|detonated|opened\s+fire|"
                       r"dropped|launched|carried\s+out|raided|hit|pounded|shot)\b[^.;:]{0,160}?,\s+(?:killing|leaving)\b|"
                       r"\b(?:were|was)\s+killed\s+(?:when|as|after)\b", re.IGNORECASE)
_STEMS = ("killing", "leaving", "killed when", "killed as", "killed after")


def narrated_event(chunk: str) -> bool:
    """Whether the sentence narrates one attack and its dead."""
    return has_any(folded(chunk), _STEMS) and _NARRATED.search(chunk) is not None


#: A line that opens with one or a few victims told in words and their death ("- Two SDF members were killed in an attack
#: by ISIS cells near X", "- A child succumbed to wounds ...", "- An SDF member lost his life in an IED explosion ..."):
#: one event of the day, also after its weekday ("- On Wednesday, a shepherd was killed by a landmine ...": round 67); a
#: tally line opens with its figure in digits ("- 27 ISIS members were killed in clashes ...").
_FEW_DEAD_LINE = re.compile(r"[\W_]*(?:(?:On\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+|In\s+(?:the\s+)?[^,.;:]{3,50},\s+)?(?:(?i:An?|One)\s+(?:[\w'-]+\s+){0,7}?|"
                            r"(?i:Two|Three)\s+(?:(?!(?:who|whom|which)\b)[\w'-]+\s+){0,7}?)(?:(?:was|were)\s+(?:\w+\s+)?(?:killed|shot\s+dead|executed|stabbed\s+to\s+death|murdered)\b|"
                            r"(?:lost\s+(?:his|her|their)\s+li(?:fe|ves)|succumbed|died)\b)")
#: ... and where: a place by name ("in Dhiban town", "near al-Karamah", "in the desert of Al-Mayadin", "on the outskirts of
#: Kafr Zita"), not a kind of place or deed ("in SDF prisons", "in Turkish drone strikes", "in the deserts of X and Y"),
#: nor a province's whole desert or countryside ("in Hama desert").
#: Any spelling of a governorate's name (``places.GOVERNORATE_NAMES``), longest first.
_PROVINCE = "(?:" + "|".join(sorted((re.escape(v) for vs in GOVERNORATE_NAMES.values() for v in vs), key=len, reverse=True)) + ")"
_PLACED = re.compile(r"\b(?:in|near|at|on)\s+(?:the\s+(?:[a-z]+\s+){0,2}?(?:town|village|city|outskirts|desert|countryside|frontlines?|"
                     r"vicinity)\s+of\s+)?(?:al-|Al-|el-)?(?!(?:Turkish|Russian|Israeli|Iranian|American|Syrian|Iraqi|Jordanian)\b)"
                     r"(?!" + _PROVINCE + r"\s+(?:desert|countryside|province|governorate)\b)[A-Z][a-z]")  # (not "in Hama desert": round 67)


def event_line(chunk: str) -> bool:
    """A line of a block that tells one attack ("- Regime helicopters dropped barrel bombs on X, killing five"), or the
    death of a few ("- A civilian was shot dead by unknown gunmen in Dhiban town"), not a count of events ("Homs desert: 12
    attacks")."""
    few = _FEW_DEAD_LINE.match(chunk) is not None and _PLACED.search(chunk) is not None
    return bool(marks.EVENT_VERB.search(chunk) or narrated_event(chunk) or few) and not marks.EVENT_COUNT.match(chunk)
