"""Figures in a sentence of totals that are no toll the monitor documents (used by ``totals.TotalsBuilder``).

* a party's own claim the text does not vouch for ("ISIS, through its Amaq agency, claimed to have killed 210 soldiers
  during the year, a figure SOHR could not verify"; "the agency claimed that the group's fighters had killed more than
  100 soldiers", "the ministry said ..., claiming that over 400 militants had been killed"): the sentence is read (it is
  no incident) but gives no total;
* another documenter's count of the period the monitor's total covers ("The local Daraa Martyrs Office recorded 41
  deaths in the same month", "A local network, which tracks violations in the province, counted 38 dead over the same
  period"): where two sources conflict the monitor's figure is kept, so the sentence gives no total (``rival_count``);
* people whose lives are at stake, not lost ("calls for action to save the lives of around 2,500 civilians trapped in
  the besieged neighbourhoods"): a large figure that is no period toll;
* people still alive where they are ("An estimated 250,000 people remain trapped in the east of the
  city", "some 3,000 families are still besieged"): no toll (``alive_figure``);
* the dead of the event told before, recalled at the head of a running total ("With the deaths of the two soldiers,
  the number of ... rises to 58"): the event's figure, not a total.
"""

from __future__ import annotations

import re

from observatory.extract.casualty_listed import at_risk
from observatory.extract.mention_sides import Mention
from observatory.extract.text import MONITOR, Sentence

_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to\s+have\s+|that\s+(?:it|they|its\s+\w+)\s+(?:had\s+|has\s+|have\s+)?)(?:killed|"
                      r"eliminated|slain)\b|\bclaim(?:ed|s|ing)?\s+that\s+[^.;:]{0,80}?\b(?:killed|eliminated|slain)\b|"
                      r"\b(?:a|the|this|that)\s+(?:figure|toll|number|claim|tally)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:could\s*not|cannot|can\s+not|was\s+unable\s+to|has\s+been\s+unable\s+to)\s+(?:independently\s+)?(?:verify|confirm)\b",
                      re.IGNORECASE)
_OWN_COUNT = re.compile(r"\b(?:documented|recorded|registered|counted|monitored)\b", re.IGNORECASE)


def unverified_claim(chunk: str) -> bool:
    """A sentence whose figure is a party's claim the monitor does not vouch for, and that tells no count of its own."""
    return bool(_CLAIMED.search(chunk)) and not _OWN_COUNT.search(chunk)


#: "The local Daraa 24 network, which documents violations, recorded 38 deaths in the same period": another body's count.
_RIVAL_COUNT = re.compile(r"\s*(?:The|A|Another)\s+(?P<who>[^,.;:]{0,60}?\b(?:network|office|group|committees?|cent(?:er|re)|organi[sz]ation|"
                          r"platform|agency|ministry|directorate|league|coalition\s+of\s+activists))\b[^.;:]{0,100}?\b(?:recorded|documented|"
                          r"counted|registered|reported|put\s+the\s+(?:death\s+)?toll\s+at|gave\s+a\s+(?:death\s+)?toll\s+of)\b[^.;:]{0,80}?"
                          r"\b(?:in|during|for|over|within)\s+the\s+same\s+(?:period|month|year|week|time|timeframe|days?)\b", re.IGNORECASE)


def rival_count(chunk: str) -> bool:
    """A sentence whose figure is another documenting body's count of the same period as the monitor's total before."""
    found = _RIVAL_COUNT.match(chunk) if "same" in chunk.lower() else None
    return found is not None and not MONITOR.search(found.group("who"))


_LIVES = re.compile(r"\b(?:lives|life)\s+of\b", re.IGNORECASE)


def mentions_lives(chunk: str) -> bool:
    """A cheap test before ``lives_at_stake``: the sentence speaks of "the lives of" someone."""
    return _LIVES.search(chunk) is not None


def lives_at_stake(work: str, mentions: list[Mention]) -> bool:
    """"... to save the lives of around 2,500 civilians trapped in ...": every figure counts people still alive."""
    return bool(mentions) and all(at_risk(work, m.quantity.start) for m in mentions)


#: "people remain trapped", "civilians are still besieged", "residents living under siege": the living, not the dead.
_ALIVE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:remain|remained|remaining|are|were|still|live|living)\s+(?:still\s+)?(?:trapped|"
                    r"besieged|stranded|displaced|sheltering|under\s+siege)\b", re.IGNORECASE)

def alive_figure(work: str, m: Mention) -> bool:
    """Whether the figure counts people still alive where they are."""
    return _ALIVE.match(work, m.quantity.end, min(len(work), m.group_end + 60)) is not None


_RECALLED_OPENING = re.compile(r"\s*(?:With|After|Following|By)\s+(?:the\s+)?(?:(?:new\s+)?deaths?|killing|loss|losses)\s+of\s+"
                               r"(?:the|these|those|both)\s+[^,;.]{1,60},", re.IGNORECASE)


def recalled_opening(work: str, sent: Sentence) -> Sentence | None:
    """The opening clause that recalls the dead of the event before ("With the death of the two soldiers,")."""
    m = _RECALLED_OPENING.match(work, sent.start, sent.end)
    return Sentence(m.start(), m.end(), sent.paragraph, clause=True) if m is not None else None
