"""A reply to an attack, told with its replier as subject, whose toll is read as a total: the reply is an incident.

"The Observatory said Russian warplanes responded with dozens of raids on the desert of X, killing eight ISIS members
since Wednesday morning", "Regime forces answered by shelling the villages of Y, killing four fighters over the past
two days": the sentence's dead over a window of time are a total (totals.py reads them), and the reply, told by a
subject that "responded with" strikes or "by" striking, is an event of its own (another actor, another kind), an
incident without that toll.

Not so a toll that only names the strikes it died in ("19 members were killed in more than 80 Russian airstrikes", no
replier), nor strikes carried out with no word of a reply ("jets have carried out 60 airstrikes since yesterday,
killing five"): a monitor's running count of a campaign, no incident of its own.
"""

from __future__ import annotations

import re

#: What may come before the replier: a phrase closed by a comma ("Meanwhile,", "In the same period,") and a source
#: that tells it ("The Observatory said", "SOHR sources also reported that"), or nothing.
_OPENING = r"\s*(?:[A-Z][\w\s'-]{0,40},\s*)?(?:(?:[\w'-]+\s+){1,4}(?:said|reported|added|stated)\s+(?:that\s+)?)?"
#: The replier: the subject, a few words with no comma ("Russian warplanes", "regime forces", "the SDF").
_REPLIER = r"(?:[\w'-]+\s+){1,4}?"
#: The verb of reply and its act: "responded with dozens of raids", "answered by shelling", "retaliated with artillery".
_REPLY = (r"(?:have\s+|had\s+)?(?:then\s+)?(?:responded|answered|retaliated|replied)\s+(?:with\s+(?:[\w-]+\s+){0,4}?"
          r"(?:air\s?strikes|air\s+raids|strikes|raids|sorties|shelling|shells|bombardment|rockets|missiles|artillery)\b|"
          r"by\s+(?:shelling|bombing|bombarding|pounding|striking|targeting|firing)\b)")
_REPLY_OPENS = re.compile(_OPENING + _REPLIER + _REPLY, re.IGNORECASE)


def reply_strikes(chunk: str) -> bool:
    """The sentence opens with a party's reply of fire ("Russian jets responded with dozens of raids on X"): an event
    of its own, whatever toll it gives."""
    return _REPLY_OPENS.match(chunk) is not None
