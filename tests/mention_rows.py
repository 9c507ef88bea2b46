"""Shared helpers of the casualty tests that read figures straight from ``find_mentions``: (role, value, side) of each
top-level figure (breakdowns left out), on the working copy of a text."""

from __future__ import annotations

from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy

LEXICON = ActorLexicon.default()
Figure = tuple[str, int, str | None]


def mentions(text: str, on: date | None = None) -> list[Figure]:
    """The top-level figures of the whole text."""
    work = working_copy(text)
    return [(m.role, m.value, m.side) for m in find_mentions(work, 0, len(work), LEXICON, on) if m.parent is None]


def last_sentence(text: str) -> list[Figure]:
    """The figures of the text's last sentence, read with the sentences before it as context."""
    work = working_copy(text)
    cut = work.rindex(". ", 0, len(work) - 2) + 2
    return [(m.role, m.value, m.side) for m in find_mentions(work, cut, len(work), LEXICON) if m.parent is None]
