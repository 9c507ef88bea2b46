"""Helpers shared by the incident test files: how they run a paragraph through the extractor under a neutral title on a
fixed publication day, the link sentences of a text of two paragraphs, the side read as a text's perpetrator, and the
places read in a text.
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
