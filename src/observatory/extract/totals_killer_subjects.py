"""A share of a civilian total told with its killer as the subject (used by ``totals_killer_shares``).

"Civilian losses ... amounted to 129, including 31 children ... ISIS killed 42 of them, while ...", "Regime shelling
killed 37 of them", "The Russian warplanes alone killed 297 of these civilians": the share is a civilian total of its
own with the killer as ``perpetrator`` and the period of the whole, as the lists of civilians by killer are.

Left as they are: a subject that names no side, or two ("Russian and regime warplanes killed 187 of them": one share
of two killers), a subject that is a cause ("Landmines killed 20 of them"), shares already read as totals, and shares
of a whole that is no civilian total (people abducted, then "killed three of them": an event).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.numbers import CARDINAL_WORD, words_to_int
from observatory.extract.totals_causes import CAUSES
from observatory.models import CumulativeClaim, Span

#: "<killer> killed 42 of them", "... killed 297 of these civilians", "... killed 58 of the civilians".
_KILLED_OF: Final = re.compile(
    rf"\b(?:killed|claimed\s+the\s+lives\s+of)\s+(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))\s+of\s+"
    r"(?:them|these(?:\s+civilians)?|those(?:\s+civilians)?|the\s+civilians)\b",
    re.IGNORECASE,
)
#: Where the killer's clause opens: a sentence or clause end, or "while" / "whereas" before it.
_CLAUSE_START: Final = re.compile(r"[.;:\n]|\b(?:while|whereas)\b", re.IGNORECASE)


def active_killer_shares(
    claims: list[CumulativeClaim],
    work: str,
    lexicon: ActorLexicon,
    on: date | None,
) -> list[CumulativeClaim]:
    """The claims with each share of a civilian total told as "<killer> killed N of them" added as a civilian total by
    that killer."""
    out = list(claims)
    for share in _KILLED_OF.finditer(work):
        value = words_to_int(share.group("num").replace(",", "").lower())
        if value is None or any(c.killed == value for c in out):
            continue
        opens = [m.end() for m in _CLAUSE_START.finditer(work, max(0, share.start() - 120), share.start())]
        lower = opens[-1] if opens else max(0, share.start() - 120)
        subject = work[lower : share.start()]
        sides = {a.side for a in lexicon.find(work, lower, share.start(), on) if a.side not in ("civilians", "unknown")}
        found = _whole(out, share.start(), value)
        if len(sides) != 1 or found is None or any(p.search(subject) for _, p in CAUSES):
            continue
        parent = out[found]
        out.append(
            replace(
                parent, killed=value, of_which=(), span=Span(*share.span("num")), region=None, perpetrator=sides.pop()
            )
        )
    return out


#: How far back the civilian total that the share splits may lie.
_BACK: Final = 400


def _whole(claims: list[CumulativeClaim], at: int, value: int) -> int | None:
    """The index of the civilian total the share at ``at`` splits: the last total told before it (within ``_BACK``
    characters), when that one is of civilians, larger than the share and no regional line."""
    before = [(c.span.start, k) for k, c in enumerate(claims) if c.span is not None and at - _BACK <= c.span.end <= at]
    if not before:
        return None
    last = max(before)[1]
    c = claims[last]
    return last if c.side == "civilians" and c.region is None and c.killed > value else None
