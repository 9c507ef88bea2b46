"""The governorate of a town given as a dateline in capitals ("AFRIN -", "SHAHBA -"): the town is what the report is
about, so its province is the report's, lent like a wire dateline's (only where no located incident lies elsewhere)."""

from __future__ import annotations

from typing import Any

from observatory.extract.text import Sentence


def caps_town_governorate(work: str, sents: list[Sentence], geocoder: Any) -> str | None:
    """The province the gazetteer gives a town in capitals opening one of the report's first lines, then a dash,
    that the story names again (not an agency's: "BEIRUT (AFP) -")."""
    from observatory.extract.assemble import resolve_admin1
    from observatory.extract.incident_places import CAPS_DATELINE

    for sent in sents[:4]:
        m = CAPS_DATELINE.match(work, sent.start, sent.end)
        if m is not None:
            town = m.group("town").strip().title()
            if "(" in work[m.end("town"):m.end()] or work.find(town, m.end()) < 0:
                return None  # "ERBIL (Kurdistan24) -": where an agency filed it; a town the story never names again
            return resolve_admin1(town, geocoder)
    return None
