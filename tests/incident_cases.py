"""Helpers shared by the incident test files: how they run a paragraph through the extractor under a neutral title on a
fixed publication day, the link sentences of a text of two paragraphs, the side read as a text's perpetrator, the
places read in a text, and a stand-in geocoder that knows a few named towns (for rules on how the geocoder's answers are
used, apart from what the embedded gazetteer holds).
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract
from observatory.extract.core import default_lexicon
from observatory.extract.events import roles
from observatory.extract.incident_trailers import link_sentences
from observatory.extract.places import place_mentions
from observatory.extract.text import Sentence, working_copy

DAY = date(2023, 3, 14)


class _Place:
    def __init__(self, name: str, admin1: str) -> None:
        self.name, self.admin1, self.lat, self.lon = name, admin1, 1.0, 1.0
        self.precision, self.feature_class, self.matched = 1, "populated", name


class TownGeocoder:
    """Knows the towns it is given, each in its governorate, and no other name."""

    def __init__(self, towns: dict[str, str]) -> None:
        self.towns = towns

    def geocode(self, name: str, context: object = None) -> _Place:
        if name not in self.towns:
            raise LookupError(name)
        return _Place(name, self.towns[name])


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


def _links(text: str, first_len: int) -> frozenset[int]:
    """The link sentences of a text of two paragraphs: a body sentence of ``first_len`` characters, then the rest."""
    work = working_copy(text)
    sents = [Sentence(0, first_len, 0, first_in_paragraph=True), Sentence(first_len + 1, len(work), 1, first_in_paragraph=True)]
    return link_sentences(work, sents)


def perpetrator_side(text: str) -> str | None:
    """The side ``events.roles`` reads as the perpetrator of the whole text, or None."""
    who = roles(text, 0, len(text), default_lexicon(), None).perpetrator
    return who.side if who is not None else None


def mentioned_places(text: str) -> list[str]:
    """The names of the places ``places.place_mentions`` reads in the whole text, in order."""
    return [p.name for p in place_mentions(text, 0, len(text))]
