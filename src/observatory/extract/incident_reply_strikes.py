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

from observatory.extract.dates import MONTH_NAMES

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


#: A window that opens with a month or a year, not with the attack replied to ("since the start of the year", "since
#: January", "over the past month", "in total"): a campaign's running count, no reply of one day.
_CAMPAIGN = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+|this\s+)?(?:year|month)|"
                       r"(?:" + MONTH_NAMES + r")\b|\d{4}\b)|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months?|years?)\b|"
                       r"\bthroughout\b|\bin\s+total\b", re.IGNORECASE)
#: The reply's own toll, up to where another clause begins ("killing eight ISIS members since Wednesday morning";
#: "killing three civilians" before ", bringing the number killed since Monday to 12").
_TOLL = re.compile(r",\s*(?:killing|leaving|wounding|injuring)\b(?P<toll>.*?)(?=,\s*(?:bringing|raising|taking|which|while|and)\b|"
                   r";|\.(?:\s|$)|$)", re.IGNORECASE | re.DOTALL)
#: A window of time on a toll ("since Wednesday", "over the past two days", "in the past 24 hours", "so far").
_SPAN = re.compile(r"\b(?:since|so\s+far|until\s+now|(?:over|in|during|within)\s+the\s+(?:past|last))\b", re.IGNORECASE)
#: A clause after the reply that tells an event of its own day ("..., while a landmine killed two soldiers near X on
#: Thursday").
_ASIDE = re.compile(r"(?:,\s*(?:while|and)|;)\s+(?P<aside>[^;]*?\b(?:killed|died|dead|wounded|injured)\b[^;]*?\b(?:on\s+(?:"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+night)\b)", re.IGNORECASE)


def reply_strikes(chunk: str) -> bool:
    """The sentence opens with a party's reply of fire ("Russian jets responded with dozens of raids on X"): an event
    of its own, whose toll over a window of time is a total. Not so a reply with a toll of its own, told with no window
    ("killing three civilians, bringing the toll since Monday to 12"), a campaign counted from a month or a year ("since
    the start of the year"), nor a sentence that goes on to an event of its own day (an aside read as before)."""
    m = _REPLY_OPENS.match(chunk)
    if m is None or _CAMPAIGN.search(chunk, 0, m.end()) or _ASIDE.search(chunk, m.end()):
        return False
    toll = _TOLL.search(chunk, m.end())
    return toll is None or _SPAN.search(toll.group("toll")) is not None and not _CAMPAIGN.search(toll.group("toll"))
