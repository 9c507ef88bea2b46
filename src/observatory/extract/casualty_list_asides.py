"""The next item of a list of the dead after words that belong to the item before (tests in
tests/test_extract_casualty_list_asides.py).

* "the death of 30 soldiers, among them officers, and 12 fighters of the factions": an aside that names a part of the
  item before without a figure ("among them officers", "including women and children") does not end the list; the
  figure after it is the next item, with the role of the list.
* "the deaths of 30 soldiers and loyal gunmen, and of 12 fighters of the factions": the repeated "of" of the role's
  words ("the death of") opens the next item.

An aside with a figure of its own ("including four children") is a part read before (``casualty_parts``); a clause with
its own verb ("and 12 others were wounded") keeps its own role (``_OWN_ROLE`` in ``casualties``).
"""

from __future__ import annotations

import re

#: ", among them officers, and ", ", including women and children, and ": no figure, no clause end, no verb of a role.
_UNNUMBERED_ASIDE = (r"\s*,\s*(?:among\s+them|among\s+whom|including)\s+"
                     r"(?:(?!\b(?:were|was|killed|injured|wounded|dead|died|while|whereas|who)\b)[^.;:\d,()]){1,60}?,\s*and\s+")
#: ", and of ", " and of ": the "of" of "the death of" said again before the next item.
_AND_OF = r"\s*,?\s*and\s+of\s+(?:the\s+)?"
NEXT_AFTER_ASIDE = re.compile(rf"{_UNNUMBERED_ASIDE}|{_AND_OF}", re.IGNORECASE)
#: The figure's own clause goes on with a verb that is no role ("and 5 tanks of the regime were destroyed", "and 14
#: fighters remain besieged"): not an item of the list.
_OWN_CLAUSE = re.compile(r"(?:\s+(?!who\b|which\b|that\b|and\b|or\b)[\w'-]+){0,5}?\s+"
                         r"(?:were|was|are|is|remain(?:s|ed)?|have|has|had)\b", re.IGNORECASE)


def next_after_aside(work: str, at: int, start: int, end: int) -> bool:
    """The figure at ``start``..``end`` is the next item of the list after the aside between ``at`` and ``start``."""
    return NEXT_AFTER_ASIDE.fullmatch(work, at, start) is not None and _OWN_CLAUSE.match(work, end) is None
