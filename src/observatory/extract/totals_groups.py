"""How the figures of a line of statistics are grouped (used by ``totals.TotalsBuilder``, round eight).

* the items of an "including" list after a total are all its parts, the last one too ("50 civilians, including 11
  workers in gas fields and 24 shepherds"; "1,633 civilians, including 324 children, 218 women, and 43 detainees who
  died under torture in regime prisons": the detainees are a part labelled torture, not a total of the prisons' side)
  (``listed_parts``);
* "117 pro-regime fighters of non-Syrian nationalities" are of pro_iran_foreign, as SCHEMA labels non-Syrian
  militiamen, not of the regime the words "pro-regime" name (``foreign_fighters``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

_JOIN = re.compile(r"(?:\s+(?:in|of|from|at|on|working\s+in)\s+[^,;.\d]{1,40}?)?\s*,?\s*(?:and\s+)?")
_TORTURE = re.compile(r"^[^,;.\d]{0,60}?\b(?:under|from|of|by|due\s+to)\s+torture\b", re.IGNORECASE)
_NOUN = re.compile(r"([a-z]+?)s?\b", re.IGNORECASE)
_FOREIGN = re.compile(r"\bnon-Syrians?\b|\bof\s+(?:foreign|non-Syrian)\s+nationalit(?:y|ies)\b|\bforeign\s+(?:fighters|militiamen|gunmen)\b",
                      re.IGNORECASE)


_BEFORE_PARTS = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+whom)\b", re.IGNORECASE)
#: "of Syrian and non-Syrian nationalities": both, a regime figure still.
_BOTH = re.compile(r"\bSyrian\s+and\s+(?:non-Syrian|foreign)\b|\b(?:non-Syrian|foreign)\s+and\s+Syrian\b", re.IGNORECASE)


def listed_parts(work: str, mentions: list[Mention]) -> list[Mention]:
    """The figure right after the last part of an "including" list, joined by "and" or a comma only, is one more part
    of the same whole: where it is of the whole's side, or dead under torture (whatever side the prison named)."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, prev = out[i], out[i - 1]
        if m.parent is not None or prev.parent is None or m.quantity.vague or m.role != prev.role:
            continue
        if _JOIN.fullmatch(work, prev.group_end, m.quantity.start) is None:
            continue
        whole = out[prev.parent]
        torture = _TORTURE.search(work[m.quantity.end:m.group_end + 80]) is not None
        if not torture and m.side != whole.side:
            continue
        if sum(c.value for c in out if c.parent == prev.parent) + m.value > whole.value:
            continue
        label = "torture" if torture else m.label or _noun(work[m.quantity.end:m.group_end])
        out[i] = replace(m, parent=prev.parent, side=whole.side, label=label)
    return out


def _noun(words: str) -> str | None:
    found = _NOUN.search(words.strip())
    return found.group(1).lower() + "s" if found else None


def foreign_fighters(work: str, mentions: list[Mention], sides: list[str | None]) -> list[str | None]:
    """A regime figure whose own words call its people non-Syrian is of pro_iran_foreign."""
    out = list(sides)
    for i, m in enumerate(mentions):
        words = _BEFORE_PARTS.split(work[m.quantity.end:m.group_end], maxsplit=1)[0]
        if sides[i] == "regime" and m.parent is None and _FOREIGN.search(words) and not _BOTH.search(words):
            out[i] = "pro_iran_foreign"
    return out
