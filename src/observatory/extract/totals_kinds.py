"""The shares of a total told by how its dead died, folded into it (used by ``totals_sums.drop_sums``).

A total followed by shares of its dead that say how they died, not who they were, gives those shares as its
``of_which``, not as totals of their own. Constructions handled (any order of the shares, any verb):

* "Of them, 27 were killed by landmines and explosive remnants of war, 13 were killed in attacks by ISIS cells, and
  two were shot dead by unknown gunmen" after "42 civilians ...": ``mines_erw`` 27, ``killed_by_isis`` 13 (the two
  shot by unknown gunmen are a share of no label, ``murdered`` where the text says murdered);
* "..., 117 of them were killed by landmines and war remnants and 26 in attacks by ISIS cells", "27 civilians ... lost
  their lives, 19 of them in explosions of landmines and eight in attacks by ISIS cells": the same inside the sentence
  of the total;
* "Of them, 97 were killed in ISIS attacks and ambushes" after a total of regime soldiers: ``killed_by_isis``;
* round 23: a share told by its pronoun ("164 people ..., 58 of whom died in explosions of landmines") is a share of the
  figure right before whatever side its own words gave it (none: "unknown"); a share told only by what the dead were
  doing ("149 of them were killed while collecting truffles") is a share of no label (``while`` + a gerund is no
  clause of its own), unless a killer is named;
* not a list by killer ("Of the civilians, 297 were killed by regime forces, ..., 52 by ISIS, while 143 civilians were
  killed by landmines"; "Of them, 20 were killed by regime shelling"): where one share names another killer (or no
  cause at all), the shares stay totals, ISIS's and the landmines' too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import find_quantities
from observatory.extract.text import full_stop_after
from observatory.extract.totals_causes import CAUSES
from observatory.models import CumulativeClaim

#: A sentence that opens on the dead of the figure before ("Of them,", "Among these,", "Of the civilians,").
_OPENING = re.compile(r"(?:^|(?<=[.;:])\s)\s*(?:Of|Among)\s+(?P<who>them|these|those|whom|the)\b[\w\s-]{0,30}?,", re.IGNORECASE | re.MULTILINE)
#: Shares told inside the total's sentence after ", among them" ("109 civilians, ..., among them 71 people killed by
#: landmines ... and 17 shepherds killed by ISIS").
_AMONG_THEM = re.compile(r",\s*among\s+(?:them|whom)\b(?!\s*:)", re.IGNORECASE)
#: A share told as "N of them" / "N of whom" right after its figure.
_OF_THEM = re.compile(r"[\w,.]+\s+of\s+(?:them|whom|these)\b", re.IGNORECASE)
_CLAUSE = re.compile(r";|,?\s+(?:while|whereas)\b(?!\s+[a-z]+ing\b)|\bthe\s+rest\b|\bother\s+circumstances\b", re.IGNORECASE)
_ISIS = re.compile(r"\b(?:ISIS|ISIL|Daesh|Islamic\s+State)\b")
_UNKNOWN = re.compile(r"\b(?:unknown|unidentified)\s+(?:gunmen|persons|people|assailants|attackers|perpetrators)\b|\bmurder",
                      re.IGNORECASE)
_MURDER = re.compile(r"\bmurder", re.IGNORECASE)
#: What the dead were doing when they died ("while collecting truffles", "while herding sheep"): a circumstance, no killer.
_DOING = re.compile(r"\bwhile\s+[a-z]+ing\b", re.IGNORECASE)
#: A killer named in a share ("by regime forces", "at the hands of"): its share is a total by killer.
_BY = re.compile(r"\b(?:by|at\s+the\s+hands\s+of)\b", re.IGNORECASE)
#: Stems one of which every share by cause holds (mines, remnants, ordnance, munitions, torture, ISIS, unknown, murder,
#: "while" of what the dead were doing).
_STEMS = ("mine", "remnant", "ordnance", "munition", "shells", "tortur", "isis", "isil", "daesh", "islamic state", "unknown",
          "unidentified", "murder", "while")
_OTHER = "?"


def fold_kinds(claims: list[CumulativeClaim], work: str) -> list[CumulativeClaim]:
    """The claims, less the shares of a total told by how they died, which become the total's ``of_which``."""
    low = folded(work)
    if len(claims) < 2 or not ("of them" in low or "of whom" in low or "of the" in low or "among th" in low) or not has_any(low, _STEMS):
        return claims
    cues = [(m.end(), full_stop_after(work, m.end()), m.group("who").lower() != "the") for m in _OPENING.finditer(work)]
    cues += [(c.span.start, full_stop_after(work, c.span.start), True) for c in claims if c.span is not None and _OF_THEM.match(work, c.span.start)]
    cues += [(m.end(), full_stop_after(work, m.end()), True) for m in _AMONG_THEM.finditer(work)]
    out = list(claims)
    for start, end, pronoun in cues:
        out = _fold(out, work, start, end, pronoun)
    return out


def _fold(claims: list[CumulativeClaim], work: str, start: int, end: int, pronoun: bool) -> list[CumulativeClaim]:
    """Fold the shares told in work[start:end] into the total they split: with ``pronoun`` ("Of them"), the claim
    right before; else ("Of the civilians") the last claim before of the shares' side."""
    parts = sorted((k for k, c in enumerate(claims) if c.span is not None and start <= c.span.start < end), key=lambda k: _at(claims[k]))
    if not parts or any(claims[k].side != claims[parts[0]].side for k in parts):
        return claims
    side = claims[parts[0]].side
    before = [k for k, c in enumerate(claims) if c.span is not None and c.span.start < start and (pronoun or c.side == side)]
    whole = max(before, key=lambda k: _at(claims[k]), default=None)
    if whole is None or claims[whole].side != side and not (pronoun and side == "unknown"):
        return claims  # ("164 people ..., 58 of whom died ...": the pronoun's share has no side of its own)
    kinds = [_kind(_stretch(work, _at(claims[k]), end)) for k in parts]
    if _OTHER in kinds or sum(claims[k].killed for k in parts) > claims[whole].killed:
        return claims  # ("297 were killed by regime forces, ..., 52 by ISIS and 143 by landmines": a list by killer, totals)
    fold = list(zip(parts, kinds, strict=True))
    told = {label for label, _ in claims[whole].of_which}
    added = tuple((kind, claims[k].killed) for k, kind in fold if kind and kind not in told)
    drop = {k for k, _ in fold}
    out = [replace(c, of_which=(*c.of_which, *added)) if k == whole else c for k, c in enumerate(claims)]
    return [c for k, c in enumerate(out) if k not in drop]


def _stretch(work: str, at: int, end: int) -> str:
    """The words of one share: from its figure to the next figure or clause ("..., while", ";"), at most to ``end``."""
    figures = [q.start for q in find_quantities(work[at:end], at) if q.start > at + 1]
    stop = min([*figures[:1], end])
    cut = _CLAUSE.search(work, at, stop)
    return work[at:cut.start() if cut else stop]


def _at(claim: CumulativeClaim) -> int:
    return claim.span.start if claim.span is not None else -1


def _kind(stretch: str) -> str:
    """How the dead of one share died: a ``of_which`` label, "" for a share of no label, ``_OTHER`` for one by a killer."""
    causes = [label for label, pattern in CAUSES if pattern.search(stretch)]
    if causes:
        return causes[0] if len(causes) == 1 else _OTHER
    if _ISIS.search(stretch):
        return "killed_by_isis"
    if _UNKNOWN.search(stretch):
        return "murdered" if _MURDER.search(stretch) else ""
    if _DOING.search(stretch) and not _BY.search(stretch):
        return ""  # ("149 of them were killed while collecting truffles": a share by what they were doing)
    return _OTHER
