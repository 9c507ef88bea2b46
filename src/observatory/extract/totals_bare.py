"""Lines of a statistics block that give a bare figure and how those people died (used by ``totals.TotalsBuilder``).

Under a figure of one side that a header line splits by how they died ("Civilians: 139 civilians, ... They were killed as
follows:"), lines such as "- 11, including six children, killed by Turkish forces;", "- four killed in Russian
airstrikes;", "- 41 shot dead by unknown gunmen", "- 30 by regime shelling" or "- 300 of them were killed
by regime forces" name no side of their own: each is a total of the side of the figure before, killed by the party the
line names (none for landmines or "other circumstances"). "- Seven people, including two children, by Turkish forces"
is such a line too: "people" there are of the figure before, not of no side.

"Of them:" (or "Among them:") as a line of its own after the figure is such a header too; the same header, or one
ending "..., killed by:", before bulleted "Killer: N" lines of a civilians' figure
("- Regime forces and loyal militias: 54", "- Unidentified gunmen: 29", "- ISIS: six"): the label names who killed
them, not the side of the dead (``killers_open``; ``totals.take_label`` reads them as civilians killed by the label's
side); the list ends at the first line that is not a bullet ("Military personnel:", "Regime soldiers: 98").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from observatory.extract.numbers import CARDINAL_WORD, words_to_int

_BARE = re.compile(r"\s*(?:[-–—•*▪●◦·]\s*)?(?:(?i:at\s+least|about|nearly|more\s+than|over|some|around)\s+)?"
                   rf"(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))\b(?:\s+(?i:people|persons|individuals))?(?:\s+(?i:of\s+(?:them|whom)))?(?P<parts>\s*,\s*(?i:including|among\s+them|of\s+whom)\b[^,;:]*,)?"
                   r"\s+(?i:(?:were|was|have\s+been|had\s+been)\s+)?(?i:killed|shot\s+dead|shot|died|executed|assassinated|murdered|"
                   r"by|in|under|during|as\s+a\s+result\s+of)\b(?P<how>[^:]{0,160})$")

_KIND = re.compile(rf"(?P<n>\d[\d,]*|(?i:{CARDINAL_WORD}))\s+(?P<kind>(?i:children|women))\b")

#: The header such lines follow: "They were killed as follows:", "They died as follows:", "by perpetrator:",
#: "..., among them 1,300 civilians, distributed by perpetrator as follows:".
_HOW_HEADER = re.compile(r"\b(?:killed|died|lost\s+their\s+lives|deaths?\s+(?:are|were)\s+distributed)\b[^.:]{0,40}?\b(?:as\s+follows|by\s+"
                         r"(?:perpetrator|cause|party))\s*:\s*$|"
                         r"\b(?:distributed|divided|broken\s+down)\s+by\s+(?:perpetrator|party|killer)s?\b[^.:]{0,20}:\s*$", re.IGNORECASE)


#: "Of them:", "Among whom:" set as a line of its own after a figure: the lines under it split that figure.
_SHARES_HEADER = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?:of|among)\s+(?:them|whom|these|those|the\s+dead)\s*:\s*$", re.IGNORECASE)


#: "The fatalities are distributed as follows:", "The toll is distributed as follows:": a header of lines by side, or
#: of bare lines that split the figure before by how they died ("- 18 were killed by US strikes"), told by those lines.
_SPLIT_HEADER = re.compile(r"\b(?:(?:fatalities|victims|dead)\s+(?:are|were)|(?:death\s+)?toll\s+(?:is|was))\s+distributed\s+as\s+follows\s*:\s*$",
                           re.IGNORECASE)


def opens_bare_lines(work: str, end: int, chunk: str) -> bool:
    """Whether ``chunk`` (ending at ``end``) is such a header and the line after it is a bare line."""
    if _SPLIT_HEADER.search(chunk) is None:
        return False
    start = len(work) - len(work[end:].lstrip())  # (the next line that holds anything)
    stop = work.find("\n", start)
    return bare_line(work, start, stop if stop >= 0 else len(work)) is not None


def how_header(chunk: str) -> bool:
    return chunk.rstrip().endswith(":") and (bool(_HOW_HEADER.search(chunk)) or bool(_SHARES_HEADER.match(chunk)))  # (every match ends on a colon)


@dataclass(frozen=True, slots=True)
class BareLine:
    """A bare line: its figure's span and value, the span that tells how they died, and its children and women."""

    number: tuple[int, int]
    value: int
    how: tuple[int, int]
    of_which: tuple[tuple[str, int], ...]


def bare_line(work: str, start: int, end: int) -> BareLine | None:
    """The bare line of work[start:end] (None when it is not one)."""
    m = _BARE.match(work, start, end)
    if m is None:
        return None
    value = words_to_int(m.group("num"))
    if value is None:
        return None
    kinds = tuple((k.group("kind").lower(), words_to_int(k.group("n")) or 0) for k in _KIND.finditer(m.group("parts") or ""))
    return BareLine((m.start("num"), m.end("num")), value, (m.start("how"), m.end("how")), kinds)


#: "..., killed by:", "... were killed at the hands of:", "They died by:" (the header ends on its colon).
_KILLED_BY = re.compile(r"\b(?:killed|died|lost\s+their\s+lives)\s+(?:by|at\s+the\s+hands\s+of)\s*:\s*$", re.IGNORECASE)


def killers_header(chunk: str) -> bool:
    """A header after which the lines give the dead of the figure before by who killed them."""
    text = chunk.rstrip()
    return text.endswith(":") and (bool(_KILLED_BY.search(text)) or how_header(text))


def killers_open(chunk: str, bullet: bool, was_open: bool) -> bool:
    """Whether a list by killer is open after this line: opened by its header, kept by the bulleted lines under it."""
    return killers_header(chunk) or was_open and bullet
