"""Background events told after an incident: a sentence that begins another incident because it tells an earlier
event of its own day of the calendar.

Constructions handled:

* An event dated with a year that is not the incident's day, opening its paragraph or told as "a similar" one, with
  its own dead ("On 14 March 2019, a similar raid on X killed three ...", "It is worth noting that strikes on A and B
  on May 2, 2020, killed 20 fighters"): a background event, another incident, whatever places or figures it shares
  with the one told so far (dev and the written sets label such events as incidents of their own).
* Not: a toll that rises ("... died of his wounds on 3 May 2021, bringing the toll to four"), a clause of a longer
  sentence, a sentence with no dead of its own, nor the incident's own day given in full later ("The attack took
  place on 3 May 2021": the draft's date or no dead).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.gates import folded, has_any
from observatory.extract.incident_dates import date_key
from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: A year in a date phrase ("14 June 2020", "January 13, 2021").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: "a similar strike", "a similar attack": told as another event of the kind before.
_SIMILAR = re.compile(r"\b(?:an?\s+)?similar\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?|bombings?|explosions?|"
                      r"ambush(?:es)?|shelling|bombardment|incident|assassination|killing)\b", re.IGNORECASE)
#: A toll that rises or a death of wounds: more of an incident told before, whatever its day.
_RISE = re.compile(r"\bsuccumb|\bdied\s+(?:of|from)\s+(?:his|her|their)?\s*(?:wounds|injuries)|\btoll\b|\brais(?:ed|ing)\b|"
                   r"\bbringing\b", re.IGNORECASE)
_RISE_STEMS = ("succumb", "died", "toll", "rais", "bringing")


def dated_background(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence tells an earlier event dated with its year, not on the incident's day, with its own dead."""
    if not f.dates or f.sentence.clause or f.sentence.recalled:
        return False
    day = f.dates[0]
    if day.value is None or _YEAR.search(day.text) is None:
        return False
    if draft.date is not None and draft.date.value is not None and date_key(draft.date) == date_key(day):
        return False  # the incident's own day told in full
    if not any(m.role == KILLED and m.parent is None and m.value > 0 for m in f.mentions):
        return False
    if has_any(folded(text), _RISE_STEMS) and _RISE.search(text) is not None:
        return False  # "..., bringing the toll of the attack to four": the incident's toll
    return f.sentence.first_in_paragraph or _SIMILAR.search(text) is not None
