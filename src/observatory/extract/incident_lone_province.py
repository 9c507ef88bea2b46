"""A place-less incident in a report that names one governorate only once, where its located incidents lie.

Construction handled: "... resumed their assault on the last pocket in al-Baghouz in the eastern countryside of Deir
Ezzor. Coalition warplanes carried out overnight strikes on the camp, killing five civilians": the report names its
province once, in the lead, with the town of the incident told before; the place-less strike that follows takes the
province of the report's located incidents. ``_sole_governorate`` of assemble asks for the province named twice and
``shared_governorate`` for two located incidents; here one located incident and one naming agree.

Left alone: a report naming two governorates or none, one whose located incidents lie (also) elsewhere or nowhere,
every span ``lends_placeless`` keeps without a governorate (borders, wide deserts, a new scene, a span that goes on
telling an incident before it) and one without a toll ("Russian warplanes later carried out strikes in the area" goes
on with the attack told before), which the caller checks; and a span placed in a wide part of the country ("cells
shot at a group of truffle pickers in eastern Syria"): not the province of the report.
"""

from __future__ import annotations

import re

from observatory.extract.places import governorate_mentions

#: A wide part of the country: "in eastern Syria", "across northern Syria", "in the north-east of the country".
_WIDE = re.compile(r"\b(?:in|across|of|throughout)\s+(?:the\s+)?(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|"
                   r"central)(?:ern)?\s+)?Syria\b|\bof\s+the\s+country\b", re.IGNORECASE)


def lone_province(text: str, start: int, end: int, located: list[str | None]) -> str | None:
    """The one governorate the report names, where every located incident lies in it and at least one does, for the
    place-less incident told in text[start:end]."""
    if _WIDE.search(text, start, end):
        return None
    named = {p.governorate for p in governorate_mentions(text, 0, len(text))}
    placed = {gov for gov in located if gov}
    if len(named) != 1 or placed != named:
        return None
    return named.pop()
