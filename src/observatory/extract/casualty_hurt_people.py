"""Wounded "people" or "others" of no named side beside dead who are all civilians.

"The toll of the strike on the market has risen to 12 civilians. More than 30 other people were wounded": the wounded,
called only people or others, in a sentence of their own after a risen toll whose every dead is a civilian, are hurt in
the same incident: they are of the civilians' side, not of no known side. Beside dead of an armed side, dead of no known
side ("the toll rose to 46 ... among them 40 civilians"), or dead told in the same sentence ("has risen to 112 civilians,
while more than 300 people were wounded"), or wounded who hold fighters ("12 other people were wounded, including
five Iranian officers"), the wounded stay of no known side. A relative or companion of a victim is read elsewhere (``core._side_of``).

Tests: tests/test_extract_casualty_hurt_people.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from observatory.extract.casualty_passer_by import passer_by_hurt
from observatory.extract.mention_sides import INJURED, KILLED, Mention

#: The wounded figure's noun: "others", "other people", "people", "persons" (and "more than 30 others").
_PEOPLE = re.compile(r"\s*(?:other\s+)?(?:people|persons|others)\b", re.IGNORECASE)


def _armed_part(o: Mention) -> bool:
    """Whether ``o`` is a part of an armed side ("including five Iranian officers")."""
    return o.parent is not None and o.side not in (None, "unknown", "civilians")


def hurt_people_civil(m: Mention, sentence: str, start: int, counted: Iterable[Mention], here: Iterable[Mention],
                      sideless: Iterable[Mention] = ()) -> Mention:
    """``m`` of the civilians' side where it is a wounded figure of "people"/"others" made of no known side, in a
    sentence that tells no dead of its own, after a toll told as risen whose dead (``counted``: the incident's figures)
    are all civilians, none of them more dead of no side (``sideless``: "the toll rose to 46", of whom 40 civilians);
    otherwise ``m`` unchanged."""
    if m.role != INJURED or m.side != "unknown" or m.kin or m.parent is not None:
        return m
    at = m.quantity.end - start
    if at < 0 or _PEOPLE.match(sentence, at) is None or any(o.role == KILLED or _armed_part(o) for o in here):
        return m  # (nor where the wounded hold fighters: "..., including five Iranian officers")
    dead = [o for o in counted if o.role == KILLED]
    if not dead or any(o.side != "civilians" for o in dead) or not any(o.rose for o in dead):
        return m
    most = max(o.value for o in dead)
    if any(o.role == KILLED and o.value > most for o in sideless):
        return m
    return replace(m, side="civilians", generic=False)


def hurt_beside_told(m: Mention, sentence: str, start: int, counts: dict[tuple[str, str], tuple[Mention, int]],
                     here: Iterable[Mention], sideless: Iterable[tuple[Mention, int]]) -> Mention:
    """``m`` read against the incident's figures told so far (``counts``: (role, side) -> (figure, sentence);
    ``sideless``: figures of no side yet): a passer-by hurt (``casualty_passer_by``), then wounded people after an
    all-civilian risen toll (``hurt_people_civil``)."""
    m = passer_by_hurt(m, sentence, start, set(counts))
    return hurt_people_civil(m, sentence, start, [c for c, _ in counts.values()], here, [g for g, _ in sideless])
