"""Totals that the monitor's own figures make redundant (used by ``totals_sums.drop_sums``).

* lines of "people" that add up to a headline of "people" (the lines name no side of their own, only how they died:
  "50 people ... They died as follows: 30 people in shootings in Daraa; 12 people murdered in feuds; ..."): kinds
  of deaths of the headline, not totals of their own;
* the people of a labelled line told one by one after its colon ("- Five civilians: two women killed by shelling on X; a
  man shot dead by gunmen in Y; ..."), their figures adding up to no more than the line's: the line's dead, not totals of their own;
* a figure another party gives ("The army said in a statement that more than 200 ISIS members had been killed
  since ...", "A military official told state media that 300 militants ...") for a side the monitor has already
  given a different total of: the monitor's figure is the total; also a party that "put the number of
  ISIS dead at 13", a local committee or council among the parties.
"""

from __future__ import annotations

import re

from observatory.models import CumulativeClaim

#: "... said in a statement that", "announced that", "told state media on Monday that": a party's telling of the figure
#: after it.
_SAID_THAT = re.compile(r"\b(?:said|says|announced|stated|declared|claimed|reported|added|told(?:\s+[\w-]+){1,3}?)\b(?:\s+(?:in|on|via|through)\s+"
                        r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|communique|briefing|post|tweet|channel|website))?"
                        r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?\s*,?\s+that\b|"
                        r"\bput(?:s|ting)?\s+the\s+(?:death\s+)?(?:toll|number)\s+of\b", re.IGNORECASE)  # ("put the number of ISIS dead at 13")
#: The monitor itself, or its sources, telling the figure.
_MONITOR = re.compile(r"\b(?:observatory|SOHR|monitor|monitoring|activists?|sources|network|SNHR|documentation)\b", re.IGNORECASE)
#: A party to the fighting (or its media) as the teller.
_PARTY = re.compile(r"\b(?:SDF|QSD|YPG|Asayish|regime|government|ministry|army|military|ISIS|Islamic\s+State|Amaq|Russian?|Moscow|"
                    r"Turk(?:ey|ish)|Ankara|coalition|Pentagon|CENTCOM|Hezbollah|HTS|Tahrir|factions?|militias?|media\s+cent(?:er|re)|"
                    r"spokes(?:man|woman|person)|commanders?|officials?|SANA|state\s+media|Iran(?:ian)?|committees?|councils?)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n]\s*")


def drop_rivals(claims: list[CumulativeClaim], work: str) -> list[CumulativeClaim]:
    """The claims less the lines of kinds of deaths under a headline of people and the figures of other parties."""
    dropped = _cause_lines(claims) | _told_one_by_one(claims, work)
    out = [c for j, c in enumerate(claims) if j not in dropped]
    return [c for c in out if not (_told_by_party(c, work) and _monitor_gave(c, out, work))]


def _cause_lines(claims: list[CumulativeClaim]) -> set[int]:
    """The indices of lines of no side right after a headline of no side that they add up to exactly."""
    dropped: set[int] = set()
    for j, head in enumerate(claims):
        if head.side != "unknown" or head.region is not None or j in dropped:
            continue
        running, n = 0, j + 1
        while n < len(claims) and n - j <= 12:
            line = claims[n]
            if (line.side, line.region, line.since, line.until) != ("unknown", None, head.since, head.until):
                break
            running += line.killed
            if running >= head.killed:
                break
            n += 1
        if running == head.killed and n - j >= 2:
            dropped.update(range(j + 1, n + 1))
    return dropped


def _told_one_by_one(claims: list[CumulativeClaim], work: str) -> set[int]:
    """The indices of two or more figures after the figure that opens a line and its colon (no area's), on the same line, of its side or none,
    that add up to no more than it (a kind of people told among them, "two women", is the line's ``of_which``)."""
    dropped: set[int] = set()
    for j, head in enumerate(claims):
        if head.side == "unknown" or head.region is not None or head.span is None or j in dropped:
            continue
        if work[work.rfind("\n", 0, head.span.start) + 1:head.span.start].strip(" \t-*\u2022\u2013\u2014"):
            continue  # (the line's figure opens it: "- Six civilians: ...", not "In March, 35 civilians died: 12 ...")
        end = work.find("\n", head.span.end)
        end = len(work) if end < 0 else end
        colon = work.find(":", head.span.end, min(end, head.span.end + 40))
        if colon < 0 or any(ch.isdigit() for ch in work[head.span.end:colon]):
            continue
        parts = []
        for k in range(j + 1, len(claims)):
            c = claims[k]
            if c.span is None or c.region is not None or not colon < c.span.start < end or c.side not in (head.side, "unknown"):
                break
            parts.append(k)
        if len(parts) >= 2 and sum(claims[k].killed for k in parts) <= head.killed:
            dropped.update(parts)
    return dropped


def _told_by_party(claim: CumulativeClaim, work: str) -> bool:
    """Whether the claim's figure follows "<a party> said that" in its sentence: a party to the fighting or its media
    ("The SDF media centre", "the Russian defence ministry"), not the monitor or its report."""
    if claim.span is None:
        return False
    start = claim.span.start
    lead = work[max(0, start - 200):start]
    opening = [m.end() for m in _SENTENCE_START.finditer(lead)]
    lead = lead[opening[-1]:] if opening else lead
    told = list(_SAID_THAT.finditer(lead)) if "that" in lead or "put" in lead else []
    if not told:
        return False
    teller = lead[:told[-1].start()]
    return _PARTY.search(teller) is not None and _MONITOR.search(teller) is None


def _monitor_gave(claim: CumulativeClaim, claims: list[CumulativeClaim], work: str) -> bool:
    """Whether another claim of the same side and area, of a different figure, is not told by another party."""
    return any(c is not claim and c.side == claim.side and c.region == claim.region and c.killed != claim.killed
               and not _told_by_party(c, work) for c in claims)
