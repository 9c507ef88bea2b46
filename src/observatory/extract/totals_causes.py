"""Parts of a total told by cause rather than by side (used by ``totals.TotalsBuilder``).

"Of them, 14 died in mine blasts and two under torture" right after a total of civilians: the figures are kinds of
deaths inside that total (its ``of_which``: ``mines_erw``, ``torture``), not totals of their own. A part told by who killed them ("Of them, 20 were killed by regime shelling")
is not a cause and stays a total with its perpetrator. After a total of people ("the deaths of 206 people"), "Of them,
118 were killed by gunfire, 41 in IED blasts and 12 under torture" names no side and no actor: the figures are parts of
that total (those of a labelled cause go into its ``of_which``), not totals of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import CARDINAL_WORD, find_quantities

#: "Of them, ...", "Among them, ...", "Of these, ...": a sentence that splits the figure before.
_PARTS_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:them|these|those|whom)\s*,", re.IGNORECASE)
CAUSES = (
    ("mines_erw", re.compile(r"\b(?:land\s?mines?|mines?|explosive\s+remnants|remnants\s+of\s+(?:the\s+)?war|war\s+remnants|"
                             r"unexploded\s+(?:ordnance|munitions|shells)|leftover\s+(?:ordnance|munitions))\b", re.IGNORECASE)),
    ("torture", re.compile(r"\btortur(?:e|ed)\b", re.IGNORECASE)),
)


#: "Four civilians died under torture in regime prisons, while 13 lost their lives to landmines": a figure of the people
#: of the total before that opens the sentence with a death by a cause of no actor.
_CAUSE_LED = re.compile(r"\s*(?:(?i:at\s+least)\s+)?(?:\d[\d,]*|(?i:" + CARDINAL_WORD + r"))\s+(?:(?:civilians|people|persons|individuals|of\s+them)\s+)?"
                        r"(?:had\s+)?(?:died|were\s+killed|lost\s+their\s+lives)\s+(?:under|due\s+to|from|by|in|to|as\s+a\s+result\s+of)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:torture|land\s?mines?|mines|explosive\s+remnants|remnants\s+of\s+(?:the\s+)?war|war\s+remnants)\b")


def cause_led(chunk: str) -> bool:
    """Whether ``chunk`` opens with a figure of people who died by a cause of no actor (``_CAUSE_LED``)."""
    return _CAUSE_LED.match(chunk) is not None


def parts_opening(chunk: str) -> bool:
    """"Of them, ..." opening the sentence, or a figure that opens it with a death by a cause (``cause_led``)."""
    return _PARTS_OPENING.match(chunk) is not None or cause_led(chunk)


def cause_parts(work: str, end: int, mentions: list[Mention], side: str,
                actor_in: Callable[[int, int], bool] | None = None) -> tuple[tuple[str, int], ...] | None:
    """The (cause, figure) parts of a sentence whose every figure is a death of ``side`` (or of no side) by a cause
    without an actor; None when one of them is not. With ``actor_in`` (whether a party is named in a span), a figure
    of a cause with no label and no actor ("118 were killed by gunfire") is a part too, labelled ""."""
    tops = [m for m in mentions if m.parent is None and m.role == KILLED and not m.quantity.vague]
    if not tops or any(m.side not in (None, side) and work[m.quantity.end:m.group_end].strip() for m in tops):
        # ("five died under torture in regime jails": a bare figure takes no side from the place of its death)
        return None
    out = []
    parts = {c.quantity.start for c in mentions if c.parent is not None}  # ("21 civilians, including nine children, ...")
    for m in tops:
        after = [q for q in find_quantities(work[m.group_end:end], m.group_end) if not q.vague and q.start not in parts]
        stop = after[0].start if after else end  # ("129 by Russian airstrikes, 88 by regime shelling, 21 by mines": each its own)
        found = [label for label, pattern in CAUSES if pattern.search(work, m.quantity.end, stop)]
        if not found and actor_in is not None and not actor_in(m.quantity.end, stop):
            found = [""]  # a cause of no label and no actor: a part of the total, kept out of ``of_which``
        if len(found) != 1:
            return None
        out.append((found[0], m.value))
    return tuple(out)
