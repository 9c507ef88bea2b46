"""One more person told by rank in a later sentence of the same incident: "..., killing two soldiers. A third soldier
was killed ...", "a civilian died ... A second civilian died of his wounds" (tests in tests/test_extract_misread_counts.py).

The rank counts on from the people of its side and role told before: "a third" after two is the one more that makes
three, so it adds one to that figure; "another" ("killing a soldier. Another soldier died later of his wounds") is
the next rank of any figure before, and so is a relative told in a sentence of his own (``Mention.kin``: "His nephew,
also a civilian, ... died of his wounds", ``casualty_kin_aside.own_sentence_kin``). Only when the figure before is
exactly one less than the rank ("a third" after five restates no count, and is left as it was).

A bare rank ("Two soldiers were killed ... A third was killed when ...") names no side of its own: it takes the side
of the one earlier figure of its role that it counts on from (exactly one less than the rank), so that
``counted_on`` adds it there (``ranked_side``); with no such figure, or two of them, it is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import ORDINAL_ONE_RE

#: "Three more shepherds died", "two more were killed": the count goes on from the figure before.
_MORE: Final = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
#: A toll told with the "N more" ("..., bringing the number of civilians killed to 50"): the toll counts them.
_TOLD_TOLL: Final = re.compile(r"\b(?:bringing|raising|brings|raises|brought|raised|toll|number\s+of|total)\b", re.IGNORECASE)
_RANKS: Final = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _rank(m: Mention) -> int | None:
    """The rank of a figure told as "a third" (3), or None for any other figure."""
    text = m.quantity.text.strip()
    if ORDINAL_ONE_RE.fullmatch(text) is None:
        return None
    return _RANKS.get(text.split()[-1].lower())


def rank_of(m: Mention) -> int | None:
    """The rank of a figure told as "a third" (3), or None for any other figure."""
    return _rank(m)


def ranked_side(counts: Mapping[tuple[str, str], tuple[Mention, int]], m: Mention, index: int) -> Mention:
    """``m``, a bare rank of no side, with the side of the one figure of its role told before sentence ``index`` that
    it counts on from; ``m`` itself otherwise."""
    rank = _rank(m) if m.side is None and not m.rose and m.parent is None else None
    if rank is None:
        return m
    froms = [old for (role, _), (old, at) in counts.items() if role == m.role and at < index and old.value == rank - 1]
    return m.sided_like(froms[0]) if len(froms) == 1 else m


def counted_on(before: Mention, m: Mention, sentence: Sequence[Mention] = (), after: str = "") -> Mention | None:
    """``before`` (the incident's figure of ``m``'s side and role, told in an earlier sentence) with one more, when ``m``
    is the next one by rank, or "another" alone of its role in its ``sentence``'s figures; with ``m``'s own count when
    ``m`` is "N more" (``after``: the text right after its number) alone of its role there; None otherwise."""
    if _MORE.match(after) and not m.rose and m.parent is None and m.role == before.role and not m.quantity.vague \
            and [o.role for o in sentence].count(m.role) == 1 and _TOLD_TOLL.search(after) is None \
            and after.rstrip().endswith((".", "!", "?")):  # (a whole sentence, not a clause cut before "bringing ...")
        return replace(before, quantity=replace(before.quantity, value=before.value + m.value))  # "Three more ... died"
    rank = _rank(m)
    if (m.quantity.text.strip().lower() == "another" or m.kin and m.side is not None and m.value == 1) \
            and [o.role for o in sentence].count(m.role) == 1:
        rank = before.value + 1  # "Another soldier died later" (not "the other two ... while another one was killed");
        # "His nephew, also a civilian, ... died of his wounds": a relative in a sentence of his own (round 67)
    if rank is None or m.rose or m.parent is not None or m.role != before.role or before.value != rank - 1:
        return None
    return replace(before, quantity=replace(before.quantity, value=before.value + 1))
