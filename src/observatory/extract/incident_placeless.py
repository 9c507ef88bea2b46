"""An incident told with no place of its own, in a report about one governorate: whether it may take that governorate.

Construction handled: "On Wednesday, a member of the cell blew himself up inside a house, killing ..." after a first
incident placed in a town of the province the report is about: the place is in the headline or a sentence before, and
the report names one governorate (see ``_sole_governorate`` of assemble).

Left without a governorate (where a province lent would be wrong or count an incident twice):
- an event on a border ("clashes on the border", "trying to cross the Syrian-Jordanian border"): it may lie in the
  neighbouring country, or in no one province (not "the convoy had crossed the border": where it came from, told as
  backstory);
- an event in a desert that spans several provinces ("in the Syrian desert", "the Badia");
- a span that goes on telling an incident told before it, rather than a new one: "the raid was followed by clashes,
  during which ...", "five soldiers were killed during the attack", "fighting went on until dawn", "bringing the
  death toll to ten";
- an event told as a new scene ("Meanwhile, shelling on a district killed ...", "another airstrike hit a medical
  point"): its own place is one the span does not name, maybe in another province.
"""

from __future__ import annotations

import re

from observatory.extract.incident_breadcrumbs import told_as_risen_toll

#: A border: "on the border", "the Syrian-Jordanian border", "along the border with Syria" (not "had crossed the border").
_BORDER = re.compile(r"(?<!had\scrossed\sthe\s)\bborders?\b", re.IGNORECASE)
#: A desert spanning provinces: "the Syrian desert", "the Badia".
_WIDE_DESERT = re.compile(r"\b(?:Syrian\s+(?:desert|Badia)|(?:al-)?Badia)\b", re.IGNORECASE)
#: A span that refers back to an incident told before: "during the attack", "during which", "was followed by
#: clashes", "fighting went on", "in the clashes".
_GOES_ON = re.compile(
    r"\bduring\s+which\b|"
    r"\b(?:during|in)\s+(?:the|this|that)\s+(?:attack|assault|clashes|fighting|raid|ambush|battle)\b|"
    r"\b(?:was|were)\s+followed\s+by\b|"
    r"\b(?:fighting|clashes|battles?)\s+(?:went\s+on|continued|lasted)\b", re.IGNORECASE)

#: A new scene: "Meanwhile, ...", "Elsewhere, ...", "another airstrike hit ...": an event told apart from those before
#: it, whose own place the span leaves unnamed (or names as a district the gazetteer does not know).
_NEW_SCENE = re.compile(r"\A\W*(?:meanwhile|elsewhere|separately)\b|"
                        r"\banother\s+(?:air\s*strike|strike|raid|attack|shell|bombing|explosion|blast)", re.IGNORECASE)


def lends_placeless(text: str, start: int, end: int) -> bool:
    """The span text[start:end] of an incident with no place may take the report's one governorate."""
    return not (_BORDER.search(text, start, end) or _WIDE_DESERT.search(text, start, end) or
                _GOES_ON.search(text, start, end) or _NEW_SCENE.search(text[start:end]) or
                told_as_risen_toll(text, start, end))
