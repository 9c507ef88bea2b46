"""A rising toll of the whole day told after an event's own dead (used by ``casualties._after_reading``).

"In the nearby village of Kafruma, Russian air strikes killed a woman and her child, the Observatory said, bringing the
civilian toll of Monday's bombardment to 11": the two are this event's dead; the 11 is the day's joint toll over this
and the events told before it, not a risen toll of this one (SCHEMA: a joint toll of several events is no incident's
figure). Handled: the rise names the day as its owner ("of Monday's bombardment", "of today's strikes", "of the day")
and the sentence gives, before it, a smaller figure of the same side that is no risen toll. Not: "bringing the toll of
the massacre to five" (one event's), nor a day's toll with no figure of the event beside it.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import KILLED, Mention

_DAY = r"(?:to|yester|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: "bringing the civilian toll of Monday's bombardment to", "raising the death toll of the day to".
_DAY_TOLL: Final = re.compile(
    r"\b(?:bringing|raising|pushing|taking|brought|raised)\s+the\s+(?:[\w-]+\s+){0,2}?toll\s+(?:of|from|for)\s+"
    r"(?:" + _DAY + r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:bombardment|shelling|strikes|airstrikes|air\s+strikes|raids|attacks|"
    r"violence|bombing)|the\s+(?:whole\s+|entire\s+)?day)\s+(?:to|at)\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def day_toll_apart(mentions: list[Mention], work: str) -> list[Mention]:
    """The sentence's figures less a risen toll of the whole day told after the event's own smaller figure of its side."""
    out = []
    for m in mentions:
        if m.rose and m.role == KILLED and _DAY_TOLL.search(work, max(0, m.quantity.start - 120), m.quantity.start) \
                and any(o is not m and not o.rose and o.role == KILLED and o.side == m.side and o.parent is None
                        and o.quantity.end <= m.quantity.start and o.value < m.value for o in mentions):
            continue
        out.append(m)
    return out
