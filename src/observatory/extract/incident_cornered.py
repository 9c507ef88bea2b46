"""A wanted man who blew himself up when cornered, told as an event of its own: a suicide bombing.

"On Monday, a cell member blew himself up with an explosive belt after being surrounded in a house, killing two of
the gunmen": the sentence opens an incident, and the blast is the first event it tells, so the incident is a suicide
bombing (the written sets label it so). Told inside the raid that cornered him ("... stormed a house, where a wanted man
detonated his belt when the patrol surrounded him", or a later sentence of the raid's account), the raid stays the
event (events._CORNERED blanks the blast from the sentence's kind).
"""

from __future__ import annotations

from observatory.extract.events import _CORNERED, event_type
from observatory.extract.gates import folded, has_any

_STEMS = ("blew", "detonated")  # every _CORNERED match holds one


def cornered_bombing(text: str) -> tuple[int, int] | None:
    """The span of a cornered man's blast that is the first event ``text`` tells; None otherwise."""
    if not has_any(folded(text), _STEMS):
        return None
    m = _CORNERED.search(text)
    if m is None or event_type(text[:m.start()]) is not None:
        return None  # (a raid told first: "forces stormed a house, where a man blew himself up ...")
    return m.start(), m.end()
