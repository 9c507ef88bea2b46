"""Helpers shared by the incident test files: how they run a paragraph through the extractor under a neutral title on a
fixed publication day, and the link sentences of a text of two paragraphs.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract
from observatory.extract.incident_trailers import link_sentences
from observatory.extract.text import Sentence, working_copy

DAY = date(2023, 3, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


def _links(text: str, first_len: int) -> frozenset[int]:
    """The link sentences of a text of two paragraphs: a body sentence of ``first_len`` characters, then the rest."""
    work = working_copy(text)
    sents = [Sentence(0, first_len, 0, first_in_paragraph=True), Sentence(first_len + 1, len(work), 1, first_in_paragraph=True)]
    return link_sentences(work, sents)
