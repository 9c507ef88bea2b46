"""The governorate of a town given as a dateline in capitals ("AFRIN -", "SHAHBA -") or as the label of the report's
title ("Qamishli | ...", "Manbij countryside | ..."), named again in the story: the town is what the report is about,
so its province is the report's, lent like a wire dateline's (only where no located incident lies elsewhere)."""

from __future__ import annotations

import re
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


#: "Qamishli | Clashes ...", "Manbij countryside | ...": a title labelled with the town the report is about.
_TITLE_LABEL = re.compile(r"\s*(?P<town>(?:[Aa]l-)?[A-Z][\w'-]+(?:\s+(?:[Aa]l-)?[A-Z][\w'-]+){0,2})"
                          r"(?:\s+(?:countryside|desert|camp|city))?\s+\|\s+\S")


def title_town_governorate(work: str, sents: list[Sentence], geocoder: Any) -> str | None:
    """The province the gazetteer gives the town a report's title is labelled with ("Qamishli | ..."), where the story
    names the town again."""
    from observatory.extract.assemble import resolve_admin1

    for sent in sents[:1]:
        m = _TITLE_LABEL.match(work, sent.start, sent.end)
        if m is not None and work.find(m.group("town"), m.end()) >= 0:
            return resolve_admin1(m.group("town"), geocoder)
    return None
