"""A toll that rises because one of the wounded died is a toll of the wounded's side.

"Shelling killed a Turkish soldier and wounded three others. One of the wounded soldiers later died, bringing the
death toll to two": the dead man is one of the incident's wounded, so the risen toll is of their side, not of the side
a bare noun ("soldiers") would be given alone. Only where the incident's wounded are of one named side and the words
after "of the wounded" name no side of their own ("one of the wounded Turkish soldiers" keeps what it names) (tests in
tests/test_extract_gaps_kinds_and_answers.py and tests/test_extract_review_r37_rev6.py).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import number_words

#: "One of the (seriously) wounded (soldiers) (later) died / succumbed / passed away": the dead come from the wounded.
_FROM_WOUNDED: Final = re.compile(r"\b" + number_words(r"\d+") + r"\s+of\s+(?:the|those)\s+(?:(?:seriously|critically|badly|severely)\s+)?"
                                  r"(?:wounded|injured)(?P<noun>\s+(?:soldiers|fighters|members|troops|men|personnel|militiamen|"
                                  r"gunmen|people|persons|civilians))?\s+(?:\w+\s+){0,2}?(?:later\s+|subsequently\s+)?"
                                  r"(?:died|succumbed|passed\s+away|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b", re.IGNORECASE)

Counts = dict[tuple[str, str], tuple[Mention, int]]


def wounded_rise_side(counts: Counts, mentions: tuple[Mention, ...], sentence: str) -> tuple[Mention, ...]:
    """The sentence's one risen toll of the dead, of the side of the incident's wounded where one of them died (see
    module doc); the figures unchanged otherwise."""
    hit = _FROM_WOUNDED.search(sentence)
    if hit is None or (hit["noun"] or "").strip().lower() == "civilians":
        return mentions  # ("one of the wounded civilians": a side of its own)
    hurt = [m for (role, side), (m, _) in counts.items() if role == INJURED and side not in ("unknown", "civilians")]
    rises = [m for m in mentions if m.rose and m.role == KILLED]
    if len(hurt) != 1 or len(rises) != 1 or rises[0].side in (None, hurt[0].side) or (KILLED, rises[0].side) in counts:
        return mentions  # ("raising the SDF death toll to three" where SDF dead were told: that side's toll goes on)
    if any(m is not rises[0] and m.role == KILLED for m in mentions):
        return mentions
    return tuple(m.sided_like(hurt[0]) if m is rises[0] else m for m in mentions)
