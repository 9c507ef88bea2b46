"""A large toll of one event, told by its act or its event alone: "IS executed at least 160 prisoners near X", "the
deaths of 115 guards, who were killed in the assault on the field on Thursday" (used by ``totals_large``).

A mass execution told with a count, or dead "killed in the <event>" (one, not "the attacks"), is one incident's toll
however large, where the sentence names no span of time (``totals_cues.PERIOD_WORD``), adds to no figures told
before ("also") and names no several events or places."""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import blank
from observatory.extract.totals_cues import PERIOD_WORD
from observatory.extract.totals_sentences import POINT_IN_TIME

_ONE_MASS_KILLING: Final = re.compile(
    r"\bexecuted\s+(?:at\s+least\s+|no\s+fewer\s+than\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|about\s+)?\d[\d,]*\s|"
    r"\b(?:killed|died)\s+in\s+the\s+(?:[\w'-]+\s+){0,2}?(?:assault|attack|massacre|explosion|bombing|blast|ambush|airstrike|"
    r"air\s+strike|raid)\b(?!s)", re.IGNORECASE)
#: A count that adds to figures told before ("also executed 1,040 ...") or sums many events or places ("captured in
#: battles or at checkpoints"): no one event's toll.
_MANY: Final = re.compile(r"\balso\b|\b(?:battles|checkpoints|attacks|operations|clashes|incidents|areas|regions|provinces|"
                          r"towns|villages|cities|prisons?)\b", re.IGNORECASE)


def one_mass_killing(chunk: str) -> bool:
    """Whether the sentence tells one event's large toll by its act ("executed 160") or its event ("killed in the
    assault"), with no span of time."""
    return _ONE_MASS_KILLING.search(chunk) is not None and not PERIOD_WORD.search(blank(POINT_IN_TIME, chunk)) \
        and not _MANY.search(chunk)
