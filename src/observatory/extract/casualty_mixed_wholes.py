"""A toll of people of no side broken down into parts that include armed men (tests in
tests/test_extract_casualty_mixed_wholes.py).

"killing ten people, among them three children and two members of faction X": the whole is split by its parts. The
armed part goes to its side, the children (or women) part to the civilians, and what is left stays with the people of
no side. When the parts are only children or women ("ten people, including three children"), nothing tells the side
of the rest, so the whole stays one toll of no side (SCHEMA: victims are civilians only when the text says so; the
children are then counted inside the whole).

* ``armed_item_of_people``: an armed part listed after a labelled part ("among them three children and two
  fighters") is still a part of a whole of people, as long as the parts do not exceed it (read by
  ``casualty_breakdowns.parent_of``, which otherwise ends a breakdown there: "9 civilians, among them three boys, 30
  fighters");
* ``civilian_parts_apart``: the children and women parts of such a whole are civilians to be taken out of it (read
  by ``casualty_subtracted.incident_figures``).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention
from observatory.models import ARMED_SIDES

#: Words that join the next item of the same list of parts ("and", "as well as", a comma; or none left, when the
#: last part's words took them).
_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:and|as\s+well\s+as)\s*)?", re.IGNORECASE)


def _of_no_side(m: Mention) -> bool:
    return m.side in (None, "unknown") and m.label is None


def armed_item_of_people(work: str, whole: Mention, siblings: list[Mention], q_value: int, between: str) -> bool:
    """"ten people, among them three children and two members of X": the armed item after labelled parts is one
    more part of the people, not a figure of its own, when the parts still fit in the whole."""
    if not _of_no_side(whole) or whole.quantity.vague or not _JOINED.fullmatch(between):
        return False
    return sum(m.value for m in siblings) + q_value <= whole.value


def civilian_parts_apart(mentions: list[Mention] | tuple[Mention, ...]) -> set[int]:
    """The children and women parts (of the civilians) of a whole of people of no side that also lists an armed part:
    they are taken out of the whole, as the armed part is."""
    out: set[int] = set()
    for k, whole in enumerate(mentions):
        if not _of_no_side(whole) or whole.quantity.vague:
            continue
        parts = [i for i, m in enumerate(mentions) if m.parent == k]
        if not parts or sum(mentions[i].value for i in parts) > whole.value:
            continue
        if not any(mentions[i].side in ARMED_SIDES and mentions[i].label is None for i in parts):
            continue
        out.update(i for i in parts if mentions[i].label in ("children", "women") and mentions[i].side in (None, "civilians")
                   and mentions[i].role == whole.role)
    return out
