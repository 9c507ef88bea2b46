"""The governorate of a town given as a dateline in capitals ("AFRIN -", "SHAHBA -") or as the label of the report's
title ("Qamishli | ...", "Manbij countryside | ..."), named again in the story: the town is what the report is about,
so its province is the report's, lent like a wire dateline's (only where no located incident lies elsewhere)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from observatory.errors import GeoError
from observatory.extract.text import NAME_WORD, Sentence
from observatory.geo.index import HINT_CLASSES, SETTLEMENT_CLASSES
from observatory.models import GOVERNORATES


def caps_town_governorate(work: str, sents: list[Sentence], geocoder: Any) -> str | None:
    """The province the gazetteer gives a town in capitals opening one of the report's first lines, then a dash,
    that the story names again (not an agency's: "BEIRUT (AFP) -")."""
    from observatory.extract.incident_places import CAPS_DATELINE

    for sent in sents[:4]:
        m = CAPS_DATELINE.match(work, sent.start, sent.end)
        if m is not None:
            town = m.group("town").strip().title()
            if "(" in work[m.end("town"):m.end()] or not _named_again(work, town, m.end()):
                return None  # "ERBIL (Kurdistan24) -": where an agency filed it; a town the story never names again
            return _town_admin1(town, geocoder)
    return None


#: "a source told reporters in X", "sources in X said": the town named as where the story was told, not what it is about.
_TELLING = re.compile(r"\b(?:told|said|reporters?|correspondents?|journalists?|sources?|officials?|activists?)\s+"
                      r"(?:[\w-]+\s+){0,2}in\s+$", re.IGNORECASE)


def _named_again(work: str, town: str, start: int) -> bool:
    """Whether the story from start names the town again other than as where a source spoke ("a source told
    reporters in Qamishli", "the Qamishli-based agency"): a dateline of the filing city, named again only so."""
    at = work.find(town, start)
    while at >= 0:
        if not _TELLING.search(work, max(start, at - 60), at) and not work.startswith("-based", at + len(town)):
            return True
        at = work.find(town, at + len(town))
    return False


def _town_admin1(town: str, geocoder: Any) -> str | None:
    """The province of the place the gazetteer gives the name, where that is a town or region known by the name or a
    near spelling of it ("Jenderes", "Douma"); none for a namesake matched by a spelling that does not even begin like
    the name ("Erbil", Iraq's, near Irbin of Rural Damascus; "Al-Sharaa", a person, near Al-Asharah), nor for a dam,
    crossing or field that bears it ("Euphrates", "Nusaybin", "Omar")."""
    if geocoder is None:
        return None
    try:
        result = geocoder.geocode(town, None)
    except (ValueError, LookupError, OSError, GeoError):
        return None
    kind, matched = getattr(result, "feature_class", None), getattr(result, "matched", None)
    if kind is not None and kind not in _TOWN_OR_REGION:
        return None
    if getattr(result, "score", 1.0) < 1.0 and isinstance(matched, str) and _initial(matched) != _initial(town):
        return None
    admin1 = getattr(result, "admin1", None)
    return str(admin1) if admin1 in GOVERNORATES else None


#: The kinds of place a dateline or a title's label names: a settlement or a region ("Eastern Ghouta | ...").
_TOWN_OR_REGION = SETTLEMENT_CLASSES | HINT_CLASSES["area"]


def _initial(name: str) -> str:
    """The first letter of a name without its article or marks ("Al ‘Asharah" -> "a", "Dūmā" -> "d")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    letters = re.sub(r"^\W*(?:a(?:sh|dh|th|[lnrstdz])|e[lzsrd])[\s-]+", "", folded)
    bare = re.sub(r"[^a-z]", "", letters)
    return bare[:1]


#: "Qamishli | Clashes ...", "Manbij countryside | ...": a title labelled with the town the report is about.
_TITLE_LABEL = re.compile(rf"\s*(?P<town>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
                          r"(?:\s+(?:countryside|desert|camp|city))?\s+\|\s+\S")


def title_town_governorate(work: str, sents: list[Sentence], geocoder: Any) -> str | None:
    """The province the gazetteer gives the town a report's title is labelled with ("Qamishli | ..."), where the story
    names the town again."""
    for sent in sents[:1]:
        m = _TITLE_LABEL.match(work, sent.start, sent.end)
        if m is not None and work.find(m.group("town"), m.end()) >= 0:
            return _town_admin1(m.group("town"), geocoder)
    return None
