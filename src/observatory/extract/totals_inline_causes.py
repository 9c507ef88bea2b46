"""Shares of a total told by how they died in its own sentence (used by ``totals_sums.drop_sums``).

* "52 people have been killed while collecting truffles since early February 2023, among them 38 killed in landmine
  explosions and 14 in attacks by ISIS cells": figures of the total's side right after it in the same sentence, after
  "among them" / "of them" / "of whom" (no colon or semicolon: not a list), that add up to it exactly, one of them at least told by a cause
  and by no killer (mines, torture: ``totals_causes.CAUSES``): kinds of deaths inside the total (its ``of_which``), not totals of their own.
  Shares all told by who killed them ("Among them: 184 killed by regime forces, 26 by Russian warplanes, ...") stay
  totals with their perpetrators, and shares that fall short of the total or pass it are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.totals_causes import CAUSES
from observatory.models import CumulativeClaim

#: The shares open after the total: "among them", "of them", "of whom".
_SHARES = re.compile(r"\b(?:among|of)\s+(?:them|whom|these|those)\b", re.IGNORECASE)
#: A sentence or line ends between two figures, or a list opens (a colon, semicolons: the items of a list by killer).
_END = re.compile(r"[.!?]\s|\n|[:;]")
#: How many shares are read.
_MOST = 6


def fold_inline_causes(claims: list[CumulativeClaim], work: str) -> list[CumulativeClaim]:
    """The claims with the shares by cause told in a total's own sentence folded into it."""
    out = list(claims)
    j = 0
    while j < len(out):
        parts = _shares(out, j, work)
        if parts:
            whole = out[j]
            told = {label for label, _ in whole.of_which}
            added = [(label, value) for k in parts for label, value in _labels(out[k], work) if label not in told]
            out[j] = replace(whole, of_which=(*whole.of_which, *added))
            out = [c for k, c in enumerate(out) if k not in parts]
        j += 1
    return out


def _shares(claims: list[CumulativeClaim], j: int, work: str) -> list[int]:
    """The indices of the shares right after claim ``j`` in its sentence that add up to it exactly, else none."""
    whole = claims[j]
    if whole.span is None or whole.region is not None:
        return []
    parts: list[int] = []
    running, at = 0, whole.span.end
    for k in range(j + 1, min(len(claims), j + 1 + _MOST)):
        c = claims[k]
        if c.span is None or c.span.start < at or (c.side, c.since, c.until, c.region) != (whole.side, whole.since, whole.until, None):
            break
        if _END.search(work, at, c.span.start) is not None or not parts and _SHARES.search(work, at, c.span.start) is None:
            break
        parts.append(k)
        running, at = running + c.killed, c.span.end
        if running >= whole.killed:
            break
    if running != whole.killed or len(parts) < 2 or not any(_cause(claims[k], work) for k in parts):
        return []
    return parts


def _cause(part: CumulativeClaim, work: str) -> str | None:
    """The cause the part names right after its figure, before the next figure ("38 killed in landmine explosions")."""
    if part.span is None or part.perpetrator is not None:
        return None
    after = work[part.span.end:part.span.end + 60]
    digit = re.search(r"\d", after)
    after = after[:digit.start()] if digit else after
    return next((name for name, pattern in CAUSES if pattern.search(after)), None)


def _labels(part: CumulativeClaim, work: str) -> list[tuple[str, int]]:
    """The part as a kind of deaths (the cause it names, or "killed_by_<side>"), and its own parts."""
    own = list(part.of_which)
    label = _cause(part, work)
    if label is None and part.perpetrator is not None:
        label = f"killed_by_{part.perpetrator}"
    return ([(label, part.killed)] if label else []) + own
