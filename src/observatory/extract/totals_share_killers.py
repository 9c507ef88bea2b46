"""A share told by a pronoun that refers back to the figure before it (used by ``totals.TotalsBuilder``; tests in
tests/test_extract_share_killers.py).

"The civilian dead were distributed by province as follows: 21 in Damascus suburbs, 12 of whom were killed when
regime forces shelled Douma; 14 in Homs; ...": "12 of whom" are people of the 21 before; the group its own clause names
("when regime forces shelled") is who killed them, not whose they were. A side the figure only guessed from that group
(``Mention.generic``) gives way to the side of the figure the share refers back to, or to none where its people were
told without a figure of their own, so the share stands as no total of the killer's side and lends that side to none
of the figures after it. A share whose side is named before it ("Regime forces: 19 soldiers; 11 of them were killed by
HTS drones") or differs from the killer's ("13 ISIS members, nine of whom were killed in Russian airstrikes") keeps it;
so does one whose clause tells the group as its people's own ("20 of whom were killed fighting alongside regime forces").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention
from observatory.extract.text import OF_THEM_OR_WHOM

#: The end of the share's own clause.
_CLAUSE_END: Final = re.compile(r"[,;:.]")
#: Words before the group in the share's clause that make it the share's own people's side, not their killer
#: ("20 of whom were killed while fighting alongside regime forces", "14 of whom ... in the ranks of the SDF").
_THEIRS: Final = re.compile(r"\b(?:alongside|ranks|serv(?:ed|ing)|f(?:ighting|ought)\s+(?:for|with|in)|members?\s+of|"
                            r"belong\w*|affiliated|loyal)\b", re.IGNORECASE)
#: How far before the share the side of its people may be named.
_BEFORE: Final = 80


def killer_shares(work: str, start: int, end: int, mentions: list[Mention], sides: list[str | None],
                  lexicon: ActorLexicon, on: date | None) -> list[str | None]:
    """``sides`` with the side of each "N of whom ..." share dropped where it was guessed from the group its own clause
    names after it (who killed them) and no group of that side is named in the words before it."""
    out = list(sides)
    for i, m in enumerate(mentions):
        side = out[i]
        if side is None or side != m.side or not m.generic or not OF_THEM_OR_WHOM.match(work, m.quantity.end, end):
            continue
        stop = _CLAUSE_END.search(work, m.quantity.end, end)
        clause_end = stop.start() if stop is not None else end
        after = [a for a in lexicon.find(work, m.quantity.end, clause_end, on) if a.side == side]
        before = [a for a in lexicon.find(work, max(start, m.quantity.start - _BEFORE), m.quantity.start, on) if a.side == side]
        if after and not before and not _THEIRS.search(work, m.quantity.end, after[0].start):
            out[i] = _referent_side(mentions, out, i)
    return out


def _referent_side(mentions: list[Mention], sides: list[str | None], i: int) -> str | None:
    """The side of the figure the share refers back to: the nearest figure before it that is no part of another and has
    a side ("41 civilians ...: 19 of them were killed in Russian airstrikes"), else None (its people were told without
    a figure of their own: "The civilian dead ...: 21 in Damascus suburbs, 12 of whom ...")."""
    return next((sides[j] for j in reversed(range(i)) if mentions[j].parent is None and not mentions[j].quantity.vague
                 and sides[j] is not None), None)
