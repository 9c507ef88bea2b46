"""A share of a total told by who killed it keeps the side of its whole (used by ``totals.TotalsBuilder.claims``).

"41 civilians ...: 19 of them were killed in Russian and regime airstrikes ..., and 13 were killed in Coalition
airstrikes ...", "27 regime soldiers ..., 19 of whom were killed in ISIS attacks": the share ("19 of them") counts
people of the whole before it (civilians, regime soldiers), killed by the party named after it. Where the share was read
as a total of that killer's side (russia 19, isis 19), it takes the whole's side and the killer as ``perpetrator``; so
does a bare figure that continues the split in the same sentence ("and 13 were killed in Coalition airstrikes").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.text import full_stop_after
from observatory.models import CumulativeClaim

#: "19 of them", "19 of whom": a share of the figure before, told by its pronoun.
_PRONOUN_SHARE: Final = re.compile(rf"(?:\d[\d,]*|(?i:{CARDINAL_WORD}))\s+of\s+(?:them|whom)", re.IGNORECASE)
#: "13", "two": a bare figure that goes on with the split.
_BARE: Final = re.compile(rf"(?:\d[\d,]*|(?i:{CARDINAL_WORD}))", re.IGNORECASE)
#: After the share: the verb, then the killer after "by" or "in", up to the end of its clause.
_KILLED_BY: Final = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|died)\s+(?:by|in)\s+"
                               rf"(?P<by>[^,;.\n]{{2,120}}?)(?=\s*(?:[,;.\n]|$|\b(?:while|whereas)\b|\band\s+(?:\d|{CARDINAL_WORD}\b|the\s+(?:rest|others))))",
                               re.IGNORECASE)


def side_shares(claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon,
                on: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims with each share read as a total of its killer's side given its whole's side instead."""
    out = list(claims)
    order = sorted((k for k, c in enumerate(out) if c.span is not None), key=lambda k: _start(out[k]))
    whole: CumulativeClaim | None = None
    for pos, k in enumerate(order):
        claim = out[k]
        text = work[_start(claim):_end(claim)]
        if _PRONOUN_SHARE.fullmatch(text):
            whole = _whole(out, order[:pos], work, _start(claim))
        elif not (_BARE.fullmatch(text) and whole is not None and _continues(work, out[order[pos - 1]], claim)):
            whole = None
        if whole is None or whole.killed <= claim.killed or claim.side == whole.side:
            continue
        if claim.side in _killers(work, _end(claim), lexicon, on):
            out[k] = replace(claim, side=whole.side, perpetrator=claim.side, region=None)
        else:
            whole = None
    return tuple(out)


def _start(claim: CumulativeClaim) -> int:
    return claim.span.start if claim.span is not None else -1


def _end(claim: CumulativeClaim) -> int:
    return claim.span.end if claim.span is not None else -1


def _killers(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> set[str]:
    """The sides of the killer named right after the share ending at ``at`` ("were killed in Russian airstrikes")."""
    m = _KILLED_BY.match(work, at)
    if m is None:
        return set()
    return {a.side for a in lexicon.find(work, m.start("by"), m.end("by"), on)}


def _whole(claims: list[CumulativeClaim], before: list[int], work: str, at: int) -> CumulativeClaim | None:
    """The total right before the share at ``at`` on its line and in its sentence: the whole it splits."""
    if not before:
        return None
    last = claims[before[-1]]
    between = work[_end(last):at]
    if "\n" in between or full_stop_after(work, _end(last)) < at:
        return None
    return last


def _continues(work: str, previous: CumulativeClaim, claim: CumulativeClaim) -> bool:
    """Whether ``claim`` follows the share ``previous`` in its sentence after ", and" or ";" ("..., and 13 were ...")."""
    between = work[_end(previous):_start(claim)]
    return "\n" not in between and full_stop_after(work, _end(previous)) >= _start(claim) and bool(
        re.search(r"(?:,\s*and|;)\s*$", between))
