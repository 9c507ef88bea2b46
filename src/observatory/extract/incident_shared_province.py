"""A place-less incident in a report whose located incidents all lie in one governorate: it takes that governorate.

Construction handled: "At dawn, a car bomb exploded at the western entrance of the city, killing four soldiers"
after two incidents placed in towns of one province ("took Palmyra, in the eastern countryside of Homs", "a mine
killed two soldiers in Tadmur"), where the report names that province once or not at all (``_sole_governorate`` of
assemble asks for it twice): the incidents the report places tell where it is about.

Left alone: a report with fewer than two located incidents (one incident's town need not be where the report is);
one whose located incidents lie in two governorates; one that names another governorate anywhere, or a
province that is no governorate of Syria ("Hatay province": the place-less event may lie there); and every span
``lends_placeless`` keeps without a governorate (borders, wide deserts, a span that goes on telling an incident, a new
scene).
"""

from __future__ import annotations

import re

from observatory.extract.places import governorate_mentions

#: "Hatay province", "the governorate of Anbar": a province the report names, maybe one abroad.
_PROVINCE = re.compile(r"\b[A-Z][\w'-]+\s+(?:province|governorate)\b|\b(?:province|governorate)\s+of\s+[A-Z][\w'-]+")


def shared_governorate(text: str, located: list[str | None]) -> str | None:
    """The one governorate of two or more located incidents, where the report names no other governorate."""
    placed = {gov for gov in located if gov}
    if len(placed) != 1 or sum(1 for gov in located if gov) < 2:
        return None
    gov = placed.pop()
    mentions = governorate_mentions(text, 0, len(text))
    if {p.governorate for p in mentions} - {gov}:
        return None
    spans = [(p.start, p.end) for p in mentions]
    if any(not any(s < m.end() and m.start() < e for s, e in spans) for m in _PROVINCE.finditer(text)):
        return None  # "over the Kirikhan district of Hatay province": a province abroad, where the event may lie
    return gov
