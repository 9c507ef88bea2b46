"""Where an incident's own places begin and end inside the sentences it is told over.

* "The attacks left large parts of X without power", "These raids are part of a campaign in Y", told after an
  incident already placed: the events of the wider war in the plural, not the incident; their places are not its
  places (unless the sentence tells where they fell: "The attacks hit A and B" places the events told).
* "The latest incident occurred on Saturday, when ... in Z", told after sentences of totals or background that the
  incident's text took in: the incident is told from here, and the places named before it are the period's, not its.
"""

from __future__ import annotations

import re

from observatory.extract.incident_bounds import MANY_EVENTS

#: "The attacks", "These Turkish strikes", "Such raids": events in the plural opening a sentence.
_PLURAL_EVENTS = re.compile(r"\s*(?:The|These|Those|Such)\s+(?:[\w-]+\s+)??(?:" + MANY_EVENTS.pattern + r")\b"
                            # (not "The attacks hit A and B", "the strikes focused on C": where the events told fell)
                            r"(?!\s+(?:also\s+|reportedly\s+|have\s+|had\s+)?(?:hit|struck|targeted|focused|concentrated|took\s+place|"
                            r"occurred|happened|fell|landed|were\s+(?:carried\s+out|launched|conducted|recorded)|"
                            # (nor "The raids killed four ... in C": the incident's own events told with their dead)
                            r"killed|wounded|injured)\b)")
#: "The latest incident occurred on ...", "The most recent attack was recorded yesterday, when ...".
_LATEST = re.compile(r"\s*The\s+(?:latest|most\s+recent|last)\s+(?:such\s+)?(?:incident|attack|operation|killing|"
                     r"explosion|bombing|ambush|strike|case)\s+(?:occurred|took\s+place|happened|was\s+recorded|"
                     r"was\s+documented)\b", re.IGNORECASE)


#: An operation threatened or planned, not done: "comes as Turkey threatens a new ground operation against Tal Rifaat
#: and Manbij" (tests/test_extract_round57_readings.py).
_THREATENED = re.compile(r"\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|plans?|planning|prepar(?:es|ed|ing)\s+for)\s+"
                         r"(?:(?:in|on|last|this|since)\s+\w+\s+)?(?:to\s+launch\s+)?"  # ("threatened in May to launch": round 74)
                         r"(?:an?\s+|its\s+)?(?:new\s+|fresh\s+|long-threatened\s+)?(?:ground\s+|military\s+|cross-border\s+)?"
                         r"(?:operation|offensive|incursion|invasion)\b", re.IGNORECASE)


def wider_events(sentence: str) -> bool:
    """The sentence opens with events in the plural ("The attacks left ..."): the wider war, placed apart; or it tells
    of an operation threatened, whose places are not the incident's."""
    return _PLURAL_EVENTS.match(sentence) is not None or _THREATENED.search(sentence) is not None


def threatened_operation(sentence: str) -> bool:
    """The sentence tells of an operation threatened or planned ("Ankara threatened in May to launch a new military
    operation ..., targeting Tal Rifaat and Manbij"): no event done (round 74)."""
    return _THREATENED.search(sentence) is not None


def latest_told(sentence: str) -> bool:
    """The sentence opens by telling the latest of a series ("The latest incident occurred on Saturday, when ..."):
    the incident's own place is told from here."""
    return _LATEST.match(sentence) is not None
