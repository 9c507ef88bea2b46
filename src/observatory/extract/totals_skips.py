"""Figures of a sentence of totals that are no total of their own (used by ``totals.TotalsBuilder._add``).

* a kind of people right after "including" that hangs under no figure ("; 31, including ten children, by landmines"):
  a part of a figure the parser did not read (``totals_cues.orphan_part``);
* people told by their trade after a larger total of civilians or people ("... and recorded the killing of one media
  worker") (``totals_shares.trade_part``);
* people still alive where they are ("An estimated 250,000 people remain trapped in the east of the city"), in a
  sentence read as a line of the statistics as much as in one of its own (``totals_claims.alive_figure``);
* a count of casualties told after the dead and the wounded it sums ("killed four soldiers and wounded
  seven others, bringing the number of casualties to 11"): dead and wounded together, no toll of the dead
  (``casualties_sum``);
* a figure whose own clause is set abroad ("... since Friday, when nine Turkish soldiers were killed in clashes with
  PKK fighters in northern Iraq"), in a sentence about Syria (``abroad_clause``);
* a risen figure of people counted by something else they did ("bringing the number of people who have left the camp
  ... to 1,130"): no dead (``not_dead_count``); the count of the events told before a running figure ("the two killings
  bring the number of people murdered ... to 17"): the running figure holds their dead; people told with another fate
  than death ("Four other people were kidnapped during the month"), read as dead on a line of a list;
* the dead of an earlier event told in a "when" clause on a named day ("since Friday, when 12 soldiers died in a raid")
  (``incident_when_recalled.in_when_recalled``), or in a clause dated against the sentence's time (", a day after the
  jihadists killed eight pro-government fighters").
"""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any
from observatory.extract.incident_when_recalled import in_when_recalled
from observatory.extract.mention_sides import Mention
from observatory.extract.totals_claims import alive_figure
from observatory.extract.totals_cues import ABROAD, orphan_part
from observatory.extract.totals_shares import trade_part
from observatory.models import CumulativeClaim


def skipped_figure(work: str, m: Mention, claims: list[CumulativeClaim]) -> bool:
    """Whether the figure is no total of its own (see the module's list)."""
    return (orphan_part(work, m) or trade_part(work, m, claims) or alive_figure(work, m) or casualties_sum(work, m) or abroad_clause(work, m)
            or m.rose and not_dead_count(work, m) or fate_count(work, m) or _BRINGS_TOLL.match(work, m.quantity.end) is not None
            or _OTHER_FATE.match(work, m.quantity.end) is not None or in_when_recalled(work, m.quantity.start)
            or DAY_AFTER.search(work, max(0, m.quantity.start - 160), m.quantity.start) is not None)


#: ", a day after the jihadists killed eight pro-government fighters" (round 72): the dead of an event told in a clause
#: dated against the sentence's own time, no part of its total.
DAY_AFTER = re.compile(r",\s*(?:(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|hours|weeks?)|hours|days|shortly|just)\s+"
                        r"(?:after|before)\s+[^,;.:]{0,100}$", re.IGNORECASE)


#: "Four other people were kidnapped during the month", "two more were arrested": people who met another fate than death.
_OTHER_FATE = re.compile(r"\s+(?:(?:other|more|others|further|additional|people|persons|men|civilians|young)\s+){0,2}?(?:were|was|have\s+been|"
                         r"had\s+been)\s+(?:also\s+)?(?:kidnapped|abducted|arrested|detained|captured|released|displaced|missing|"
                         r"injured|wounded)\b", re.IGNORECASE)


#: "the two killings bring the number of ... to 17", "the three deaths raised the toll to 40": the figure counts the
#: events told, whose dead the running figure after it already holds.
_BRINGS_TOLL = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:bring|brings|brought|raise|raises|raised|push|pushes|pushed|take|takes|took)\s+"
                          r"(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+)?(?:number|toll|total|tally|count)\b", re.IGNORECASE)


#: "the number of people who have left ... to", "the total of families that returned ... to": what the people did.
_NUMBER_WHO = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:[\w'-]+\s+){1,4}?(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:been\s+)?"
                         r"(?:also\s+)?(?P<verb>[a-z]+)\b[^.;:]{0,120}?\bto\s+(?:at\s+least\s+|about\s+|nearly\s+|around\s+|more\s+than\s+|over\s+)?$",
                         re.IGNORECASE)
#: Words of the dead; a count clause that holds one counts the dead.
_DEAD_WORD = re.compile(r"\b(?:killed|dead|died|deaths?|lives|fatalities|victims|murdered|executed|slain|perished|martyred|"
                        r"assassinated|liquidated|shot|lost)\b", re.IGNORECASE)


def not_dead_count(work: str, m: Mention) -> bool:
    """Whether a risen figure counts people by something else they did or had done to them ("bringing the number of
    people who have left the camp ... to 1,130", "the number of detainees who were released ... to 60")."""
    before = work[max(0, m.quantity.start - 200):m.quantity.start]
    if not has_any(folded(before), ("who", "that")):  # (every match holds one of them)
        return False
    hit = _NUMBER_WHO.search(before)
    return hit is not None and _DEAD_WORD.search(before, hit.start("verb")) is None


#: "the number of people displaced since ... has risen to", "the number of detainees has reached": a count of people
#: with another fate than death, up to its figure.
_NUMBER_OF_FATE = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:[\w'-]+\s+){0,2}?(?:displaced|arrested|detained|abducted|"
                             r"kidnapped|evacuated|refugees|detainees|returnees|IDPs)\b[^.;:]{0,120}?\b(?:to|at|reached|stands\s+at)\s+"
                             r"(?:at\s+least\s+|about\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)


def fate_count(work: str, m: Mention) -> bool:
    """Whether the figure ends a count of people who met another fate than death ("the number of people displaced
    since the start of November has risen to more than 520,000")."""
    before = work[max(0, m.quantity.start - 200):m.quantity.start]
    if not has_any(folded(before), ("displac", "arrest", "detain", "abduct", "kidnap", "evacuat", "refugee", "returnee", "idps")):
        return False
    hit = _NUMBER_OF_FATE.search(before)
    return hit is not None and _DEAD_WORD.search(before, hit.start()) is None


#: "the number of casualties to", "the casualties have risen to", "casualties rose to": a count of casualties before its figure.
_CASUALTIES_TO = re.compile(r"\bcasualties\s+(?:(?:has|have|had)\s+)?(?:risen\s+|rose\s+|climbed\s+|increased\s+|reached\s+)?(?:to|at)\s+"
                            r"(?:at\s+least\s+|about\s+|nearly\s+|around\s+)?$", re.IGNORECASE)
_WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries)\b", re.IGNORECASE)


def casualties_sum(work: str, m: Mention) -> bool:
    """Whether the figure counts casualties (dead and wounded) right after a sentence part that told the wounded."""
    before = work[max(0, m.quantity.start - 60):m.quantity.start]
    if "casualties" not in folded(before) or _CASUALTIES_TO.search(before) is None:
        return False
    return _WOUNDED.search(work, max(0, m.quantity.start - 250), m.quantity.start) is not None


#: Where a figure's clause begins: a comma, "when", "while", a semicolon or a full stop before it.
_CLAUSE_OPEN = re.compile(r"[,;.]|\b(?:when|while|whereas|after)\b", re.IGNORECASE)


def abroad_clause(work: str, m: Mention) -> bool:
    """Whether the clause that holds the figure (from the last comma or "when" before it to the next comma or full
    stop) sets it in Iraq."""
    if "Iraq" not in work[m.quantity.end:m.quantity.end + 200]:
        return False
    opens = [x.end() for x in _CLAUSE_OPEN.finditer(work, max(0, m.quantity.start - 120), m.quantity.start)]
    start = opens[-1] if opens else max(0, m.quantity.start - 120)
    stop = min((k for k in (work.find(c, m.quantity.end) for c in ",;.") if k >= 0), default=len(work))
    return ABROAD.search(work, start, stop) is not None
