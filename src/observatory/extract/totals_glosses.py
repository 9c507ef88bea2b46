"""List lines whose label carries a gloss in brackets (used by ``totals.TotalsBuilder`` on its copy of the text).

* "Government forces (army, police and allied militias): 12 civilians, including two children." or "Kurdish-led
  forces (SDF): four civilians." in a list by perpetrator, and "Eastern desert (three towns named): 40 soldiers and
  9 ISIS members." in a list by area: the label of a list line is glossed by a bracket before its colon, telling what
  the party is made of, its acronym or the places the area covers. The line readers take a label of plain words
  before the colon, so the totals' copy of such a line is rewritten, at the same length, with the gloss set aside:
  blanks before the label, the label right before its colon ("   Government forces: 12 civilians, ..."). The figures
  keep their places; only lines whose colon is followed by a figure (digits or a number word) are rewritten, so a
  bracketed figure ("Homs desert (94)"), a bracket after the colon and a sentence with a bracket mid-way stay as they
  are.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import CARDINAL_WORD

#: A line of a list: bullet, label of words, a gloss in brackets that is not a bare figure, a colon, then a figure.
_GLOSSED: Final = re.compile(
    r"^(?P<lead>[ \t]*(?:[•\-*▪●◦·][ \t]*)?)(?P<label>[A-Z][^:\n()]{1,60}?)(?P<gap>[ \t]*)"
    r"(?P<gloss>\((?![ \t]*\d[\d,]*[ \t]*\))[^()\n:]{1,100}\))[ \t]*:"
    rf"(?=[ \t]*(?:(?:at\s+least|about|nearly|more\s+than|over|some|around)\s+)?(?:\d|(?i:{CARDINAL_WORD})\b))",
    re.MULTILINE)


def glosses_set_aside(work: str) -> str:
    """``work`` with the bracketed gloss of each list label moved out of the way (same length, same offsets of the
    figures): "Label (gloss): N ..." becomes blanks, then "Label: N ..."."""
    if "(" not in work:
        return work
    return _GLOSSED.sub(_set_aside, work)


def _set_aside(m: re.Match[str]) -> str:
    """One glossed label: its lead kept, the gloss and the gap turned to blanks before the label and its colon."""
    whole = m.group(0)
    label = m.group("label").rstrip()
    head = m.group("lead") + label + ":"
    return m.group("lead") + " " * (len(whole) - len(head)) + label + ":"
