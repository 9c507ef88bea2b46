"""A total's dead split by region with each figure in brackets, in a sentence of their own right after it (used by
``totals.TotalsBuilder``).

"The civilians were killed in the Homs desert (51), the Hama desert (13) and ...", "The truffle hunters were killed
in: X (49), Y (38)" (people of a trade: civilians), "They fell in: the Deir Ezzor
desert (49), the Homs desert (41), ...", "Their deaths were recorded in X (612), Y (589) and Z (426)": the opening
says where the dead of the total before (or of the group it names) fell; two or more "place (N)" pairs must make up
the rest of the sentence.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.totals_lines import ByParty

#: "The civilians were killed in", "They fell in:", "Their deaths were recorded in": who, then where they died.
_OPENING: Final = re.compile(r"\s*(?:They|These|Those|Their\s+deaths|The\s+(?:[\w'-]+\s+){0,3}?(?:civilians|victims|dead|fatalities|"
                             r"hunters|shepherds|workers|soldiers|loyalists|fighters|members|militiamen|troops|deaths))\s+(?:(?:were|was)\s+(?:killed|recorded|"
                             r"documented)|fell|died)\s+in\s*:?\s*")
#: "the Homs desert (51)" and the separator before the next pair; not a year ("Raqqa (2017)": when, not how many).
_PAIR: Final = re.compile(r"(?:the\s+)?(?P<where>[^()\d.;:]{2,60}?)\s*\((?!(?:19|20)\d\d\))(?P<num>\d[\d,]*)\)\s*(?:,\s*(?:and\s+)?|and\s+)?")


def bracketed_regions(work: str, start: int, end: int) -> list[ByParty]:
    """The "place (N)" figures of a sentence that tells where the dead fell, two or more, else none."""
    m = _OPENING.match(work, start, end)
    if m is None:
        return []
    out, at = [], m.end()
    while (pair := _PAIR.match(work, at, end)) is not None:
        out.append(ByParty(pair.start("num"), pair.end("num"), int(pair.group("num").replace(",", "")), pair.span("where")))
        at = pair.end()
    return out if len(out) >= 2 and not work[at:end].strip(" .;") else []
