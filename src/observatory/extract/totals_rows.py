"""The lines of a statistics list that the sentence splitter ran into one sentence (used by
``totals.TotalsBuilder``).

A list set one figure a line without end punctuation ("Civilians: 2,104, including 541 children", "Regime soldiers:
1,602", "SDF members: 315") looks like hard-wrapped prose to the splitter, which joins its lines into one sentence; read
as one sentence, the figure ending each line takes the label of the next line as its noun ("712 [newline] Members of
the Lebanese Hezbollah"), so every side slips to its neighbour. Constructions handled:

* two or more "Label: N ..." lines in one sentence ("Civilians: 2,104", "Members of Hezbollah: nine",
  "Regime forces - 1,602") are read one line at a time;
* two or more lines that open with their figure ("315 SDF members", "- 497 ISIS members") are read one line at a time;
* the lines before and after the run (a header line, prose that runs on from the last line) are read as their own
  pieces, consecutive non-list lines together.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.text import Sentence

_QUALIFIER = r"(?:(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately)\s+)?"
#: "Civilians: 2,104, including ...", "Members of the Lebanese Hezbollah: nine", "Regime forces - 1,602".
_LABEL_ROW = re.compile(rf"\s*(?:[•\-*▪●◦·]\s*)?[A-Z][^:\n–—]{{1,80}}?(?::|\s+[–—-])\s*(?i:{_QUALIFIER})(?:\d[\d,]*|(?i:{CARDINAL_WORD})\b)")
#: "315 SDF members", "- 1,602 regime soldiers" (a short line of a list, no verb).
_FIGURE_ROW = re.compile(rf"\s*(?:[•\-*▪●◦·]\s*)?(?i:{_QUALIFIER})\d[\d,]*\s+[A-Za-z][^\n]{{0,70}}$")
_VERB = re.compile(r"\b(?:killed|died|were|was|have|has|had|shot|executed|wounded|injured)\b", re.IGNORECASE)


def _is_row(line: str) -> bool:
    if _LABEL_ROW.match(line):
        return True
    return bool(_FIGURE_ROW.match(line)) and not _VERB.search(line)


def list_rows(work: str, sent: Sentence) -> list[Sentence]:
    """The pieces of a sentence that holds two or more lines of a list ([] when it holds fewer): each list line on its
    own, and the other lines grouped between them."""
    text = work[sent.start:sent.end]
    if "\n" not in text:
        return []
    lines: list[tuple[int, int, bool]] = []
    pos = sent.start
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((start + lead, len(line.rstrip()) + start, _is_row(line)))
    if sum(1 for *_, row in lines if row) < 2:
        return []
    pieces: list[tuple[int, int, bool]] = []
    for start, end, row in lines:
        if pieces and not row and not pieces[-1][2]:
            pieces[-1] = (pieces[-1][0], end, False)  # prose lines that run on together stay one piece
        else:
            pieces.append((start, end, row))
    return [replace(sent, start=s, end=e, first_in_paragraph=sent.first_in_paragraph and k == 0)
            for k, (s, e, _) in enumerate(pieces)]
