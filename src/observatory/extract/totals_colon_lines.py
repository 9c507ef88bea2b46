"""Long lines of a list opened by a colon (used by ``totals.TotalsBuilder``).

* "SOHR documented the deaths of 187 people across Syria on Friday, they are:" then lines that each open with a figure
  ("74 civilians, including 11 children ...; among them 9 civilians who perished in airstrikes on ..."; "52 rebel
  fighters ... were killed in clashes with regime forces in several provinces, ..."): each line is a line of the list,
  however long it runs on to tell where its dead fell, as long as every line between it and the colon opens with a
  figure too. Such a long line gives one side's figure with its parts; the figures after them tell where some of the
  dead fell ("..., three of whom lost their lives when a car bomb exploded ..., which also killed four civilians") and
  are no totals of their own (``one_figure_line``).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import Mention, without
from observatory.extract.text import Sentence

#: A line that opens with a figure of people ("74 civilians", "- 49 soldiers", "(12) members").
_FIGURE_OPENING: Final = re.compile(r"[ \t]*(?:[-–•*▪●][ \t]*)?\(?\d[\d,]*\)?[ \t]+[A-Za-z]")
#: How far back the colon that opens the list may stand.
_REACH: Final = 3000


def colon_list_line(work: str, sent: Sentence) -> bool:
    """Whether the sentence opens a line with a figure and every line between it and the nearest line before it that
    ends in a colon opens with a figure too."""
    if not sent.first_in_paragraph or _FIGURE_OPENING.match(work, sent.start) is None:
        return False
    end = work.rfind("\n", 0, sent.start)
    floor = max(0, sent.start - _REACH)
    while end > floor:
        begin = work.rfind("\n", 0, end) + 1
        line = work[begin:end].rstrip()
        if line.endswith(":"):
            return True
        if line and _FIGURE_OPENING.match(line) is None:
            return False
        end = begin - 1
    return False


#: A line short enough to be read as a plain line of figures (``totals_marks.LINE`` reads lines up to this long).
_PLAIN_LINE: Final = 200


#: A second side's figure added to the line's first: "1,946 regime soldiers ..., in addition to 251 Iranian-backed militiamen".
_ADDED: Final = re.compile(r"\b(?:in\s+addition\s+to|as\s+well\s+as)\s+(?:the\s+)?$", re.IGNORECASE)


def one_figure_line(work: str, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a long line of such a list, less the figures after its first one and that one's parts: the
    line gives one side's figure and goes on to tell where some of them fell ("..., three of whom lost their lives
    when a car bomb exploded ..., which also killed four civilians"). A line that splits its figure after a colon
    of its own ("1,894 civilians ... killed by ...: 1,153 civilians by regime warplanes, ...") keeps them all."""
    if sent.end - sent.start <= _PLAIN_LINE or len(mentions) < 2 or ":" in work[sent.start:sent.end] or not colon_list_line(work, sent):
        return mentions
    keep: set[int] = set()
    for i, m in enumerate(mentions):
        if i == 0 and m.parent is None or m.parent in keep or m.parent is None and _ADDED.search(work, max(sent.start, m.quantity.start - 25), m.quantity.start):
            keep.add(i)  # (also "..., in addition to 251 Iranian-backed militiamen": a second side's figure of the line, round 71)
    return without(mentions, set(range(len(mentions))) - keep)
