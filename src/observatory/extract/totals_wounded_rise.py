"""A toll that rose because some of the wounded died is one event's toll (used by ``totals_sentences``).

* "the death toll of the clashes which erupted on Monday ... has risen to 11, after two wounded gunmen succumbed to
  their injuries", "The number of people killed in the two car bombs ... has risen to 43, after five of the wounded
  died in hospital", "... has risen to three, after a gunman succumbed to his wounds" (the one who died named by his
  kind, the wounds after the verb): the dead added are the event's own wounded, so the toll is the event's figure (its
  breakdown in the next sentence is the incident's, not running totals); so too the wounded told dying first ("before
  two of the wounded died in hospital, bringing the number of dead to seven");
* not the toll of a campaign, an offensive, an operation, an escalation or hostilities, which adds the wounded of many
  days ("the toll of the offensive ... has risen to 250, after three of the wounded died"), nor of a province, a
  region or the country ("the number of people killed in Daraa province has risen to 19, after ..."), nor of battles,
  fronts or the violence in Syria (many events of a day or of days: "killed in the battles for the countryside"); a toll with a
  period cue ("since", "so far", a year) stays a total (the caller's check).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import CARDINAL_WORD

#: A breakdown of the risen toll told before its cause (", among them 2 children", ", including a woman and her son",
#: "(three of them children)").
_BREAKDOWN: Final = (r"(?:\s*,\s*(?:among\s+(?:them|whom)|including|of\s+whom)\s+[^.;,()]{1,50}?(?=\s*,)|"
                     r"\s*\([^.;()]{1,50}\))?")
#: The toll told as risen to a figure, then its cause: some of the wounded who died.
_WOUNDED_RISE: Final = re.compile(
    r"\b(?:toll|number\s+of)\b(?P<told>[^.;]*?)\b(?:has\s+|had\s+)?(?:risen|rose|rises|climbed|increased)\s+to\s+"
    rf"(?:at\s+least\s+)?(?:\d[\d,]*|{CARDINAL_WORD})\b{_BREAKDOWN}(?:\s+(?:on\s+\w+day|today|yesterday|later|overnight))?"
    r"\s*,?\s*(?:after|as|following|when)\s+"
    r"(?:(?:[\w'-]+\s+){0,4}?(?:injured|wounded)\b[^.;,]{0,50}?\b(?:died|succumbed|passed\s+away)\b|"
    r"(?:[\w'-]+\s+){1,8}?(?:died|succumbed)\s+(?:of|to)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:wounds|injuries)\b)",
    re.IGNORECASE)
#: The wounded who died told first, then the toll they bring the dead to ("before two of the wounded died later in
#: hospital, bringing the number of dead to seven").
_DIED_BRINGING: Final = re.compile(
    r"\b(?:injured|wounded)\b(?P<told>[^.;]{0,80}?)\b(?:died|succumbed|passed\s+away)\b[^.;]{0,80}?,?\s*(?:bringing|raising)\s+"
    rf"the\s+(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims))\s+to\s+(?:at\s+least\s+)?(?:\d|{CARDINAL_WORD}\b)",
    re.IGNORECASE)
#: What a toll of many days or of a wide area is of (the toll of a campaign or of a province stays a running total).
_RUNNING: Final = re.compile(r"\b(?:campaign|offensive|operation|escalation|hostilities|province|governorate|nationwide|"
                             r"countrywide|across|throughout|regions?|areas|battles|violence|Syria|fronts|frontlines)\b", re.IGNORECASE)
_STEMS: Final = ("injured", "wounded", "wounds", "injuries")


def wounded_rise(chunk: str) -> bool:
    """Whether ``chunk`` tells a toll risen because some of its wounded died (not of a campaign)."""
    if not has_any(folded(chunk), _STEMS):
        return False
    m = _WOUNDED_RISE.search(chunk) or _DIED_BRINGING.search(chunk)
    return m is not None and _RUNNING.search(m.group("told")) is None
