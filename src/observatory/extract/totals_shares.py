"""The side of the bare figures of a sentence that splits the dead of one named side (used by
``totals.TotalsBuilder``).

Constructions handled:

* "Of the civilian fatalities, 417 were killed by regime forces, 86 by Russian warplanes ...", "Among the regime
  losses, 40 were killed in ISIS ambushes", "Of the civilians killed, 12 died in ...": the bare figures (no noun of
  their own) are of the side the opening names, not of the group named as who killed them; also
  "Of the civilians, 343 were killed by regime forces, 37 by ...", unless a figure tells how they died ("by landmines");
* "Of the dead, 118 ..." and "Of them, ..." name no side: left to ``totals_pursuits.share_sides``;
* "Regime forces killed 12 civilians, Russian forces killed two, ISIS killed three ... while 71 were killed by other
  parties" right after a period total: the total split by who killed them (a list by perpetrator with its victims'
  noun left out after the first clause), not the tolls of events; one day named in it makes it events;
* "Among the victims were one media worker and two medical personnel" after a total of civilians: people of that total
  told by their trade, no total of their own (``trade_of``); so are such people told anywhere after a
  larger total of civilians or people ("... and recorded the killing of one media worker") (``trade_part``);
* "The monitor said 10 SDF fighters and nine tribal gunmen were among the dead", "The dead included ...", "Among the
  victims were ..." up to two sentences after a toll of people of no side, with no toll told between (a sentence of
  background between them): the parts of that toll (``late_breakdown``); the rest of the toll the incident reading
  works out ("... five people. Three soldiers were among the dead": two others) is no total, whose figures are as
  printed (``printed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.casualties import Mention
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import without
from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.totals_lines import by_party, elliptic_killers, has_active_clauses
from observatory.extract.totals_sentences import ONE_DAY
from observatory.models import CumulativeClaim

#: "Of the civilian fatalities,", "Among the regime losses,", "Of the civilians killed,", "Of the SDF dead,".
#: also the people's own plural noun: "Of the civilians,", "Among the regime soldiers,".
_NAMED_SHARE = re.compile(r"\s*(?:Of|Among)\s+(?:the\s+|these\s+|those\s+)?(?:(?P<who>[\w'-]+(?:\s+[\w'-]+){0,4}?)\s+"
                          r"(?:fatalities|dead|deaths|victims|losses|casualties|killed|toll)|(?P<kind>(?:[\w'-]+\s+){0,3}?(?:civilians|"
                          r"soldiers|fighters|militiamen|troops|combatants|members)))\s*,\s*", re.IGNORECASE)


def named_share_sides(work: str, mentions: list[Mention], sides: list[str | None], start: int,
                      side_in: Callable[[int, int], str | None]) -> list[str | None]:
    """The sides of a sentence's figures, the bare ones set to the side its "Of the <side> dead," opening names."""
    opening = _NAMED_SHARE.match(work, start)
    if opening is None:
        return sides
    named = side_in(*opening.span("who" if opening.group("who") else "kind"))
    if named is None:
        return sides
    bare = [m.parent is None and m.quantity.start >= opening.end() and not re.search(r"\w", work[m.quantity.end:m.group_end])
            for m in mentions]
    if opening.group("kind") and any(b and _CAUSE_CLAUSE.match(work, m.quantity.end) for m, b in zip(mentions, bare, strict=True)):
        return sides  # "Of the civilians, 23 were killed by landmines, ...": kinds of deaths, not shares by who killed them
    return [named if b else s for b, s in zip(bare, sides, strict=True)]


#: the clause after a bare figure that tells how they died, not who killed them ("23 were killed by
#: landmines", "18 were murdered", "eight died in mine blasts").
_CAUSE_CLAUSE = re.compile(r"[^,;.]*?\b(?:mines?|landmines?|remnants|ordnance|explosives?|IEDs?|murdered|torture|drowned|"
                           r"collapse|accidents?)\b", re.IGNORECASE)


#: A figure left bare after "killed" ("Russian forces killed two,"): the victims are those of the clause before.
_BARE_AFTER = re.compile(r"\s*(?:[,;.]|and\b|while\b|$)")


def killers_split(work: str, start: int, end: int) -> bool:
    """Whether work[start:end] splits the total before it by who killed them: two or more killers in clauses of their
    own (or named with the verb left out after the first: ``totals_lines.elliptic_killers``), one figure left bare, no
    day named."""
    if ONE_DAY.search(work, start, end) or not (has_active_clauses(work, start, end) or elliptic_killers(work, start, end)):
        return False
    hits = by_party(work, start, end)
    return len(hits) >= 2 and any(_BARE_AFTER.match(work, h.end, end) for h in hits)


#: Trades a monitor counts among its civilian dead ("media worker", "medical personnel", "aid workers").
_TRADE = re.compile(r"\b(?:media|medical|health|aid|humanitarian|relief|rescue|civil\s+defen[cs]e|paramedic|journalist|reporter|"
                    r"doctor|nurse|teacher|lawyer|engineer|photographer)", re.IGNORECASE)


def trade_of(work: str, m: Mention) -> bool:
    """Whether a figure counts people by their trade ("two medical personnel", "a journalist")."""
    return _TRADE.search(work, m.quantity.end, m.group_end) is not None


def trade_part(work: str, m: Mention, claims: list[CumulativeClaim]) -> bool:
    """"... recorded the killing of two medical personnel and one media worker", "..., in addition to a
    medical worker of the Red Crescent" after a larger total of civilians or people: people of that total told by their
    trade, no total of their own."""
    return m.side in ("civilians", None) and trade_of(work, m) and any(
        c.side in ("civilians", "unknown") and c.killed > m.value for c in claims)


_NUMBER = r"(?:\d|" + CARDINAL_WORD + r"\b)"
#: "... were among the dead", "The dead included ...", "Among the victims were ...".
_AMONG_DEAD = re.compile(rf"\b(?:were|was)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:dead|victims|fatalities|killed)\b|"
                         rf"\bthe\s+(?:dead|victims|fatalities)\s+(?:also\s+)?(?:included|include|includes|were|are)\s+(?:at\s+least\s+)?{_NUMBER}|"
                         rf"^\W*Among\s+(?:the\s+)?(?:dead|victims|fatalities)\s+(?:were|are)\b", re.IGNORECASE)
_TOLL = re.compile(r"\b(?:killed|killing|dead|died|deaths?|fatalities|toll|lives)\b", re.IGNORECASE)
_AMONG_STEMS = ("among", "dead", "victims", "fatalities")


#: "According to the monitor, the dead included:", "The victims were:": a header with no figure whose lines name the dead.
_DEAD_HEADER = re.compile(r"\W*(?:(?:According\s+to|Citing)\s+[^,;.:]{2,60},\s*)?(?:the|those)\s+(?:dead|victims|fatalities)\s+(?:also\s+)?"
                          r"(?:included|include|includes|were|are)\s*:\s*$", re.IGNORECASE)


def late_breakdown(chunk: str) -> bool:
    """Whether ``chunk`` names the dead of a toll told before it ("... were among the dead"), or opens the lines that
    name them ("According to the monitor, the dead included:")."""
    span = folded(chunk)  # (every match of _AMONG_DEAD holds one of the stems)
    if _DEAD_HEADER.match(chunk):
        return True
    return has_any(span, _AMONG_STEMS) and _AMONG_DEAD.search(chunk) is not None and re.search(rf"(?i:{_NUMBER})", chunk) is not None


def has_toll(chunk: str) -> bool:
    """Whether ``chunk`` tells a figure of dead."""
    return _TOLL.search(chunk) is not None and re.search(rf"(?i:{_NUMBER})", chunk) is not None


def printed(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the figures worked out rather than printed (a rest of a toll: no text of its own) that no
    other figure is a part of."""
    drop = {i for i, m in enumerate(mentions) if m.quantity.end <= m.quantity.start and m.parent is None
            and not any(c.parent == i for c in mentions)}
    if not drop:
        return mentions
    return without(mentions, drop)
