"""How the figures of a line of statistics are grouped (used by ``totals.TotalsBuilder``).

* the items of an "including" list after a total are all its parts, the last one too ("50 civilians, including 11
  workers in gas fields and 24 shepherds"; "1,633 civilians, including 324 children, 218 women, and 43 detainees who
  died under torture in regime prisons": the detainees are a part labelled torture, not a total of the prisons' side)
  (``listed_parts``); also the last item joined by "as well as" or "in addition to" under a total of
  civilians ("111 civilians, among them 52 shepherds, as well as 12 workers in gas fields"; of another side it is a
  line of its own: "143 soldiers, including 20 officers, in addition to 18 members of the Eighth Brigade"); but not an item followed by one of another side
  ("..., including 23 IRGC members, 14 Hezbollah members and eight fighters of unknown affiliation": lines again);
* an age after an item ("310 children under the age of 18 and 203 women over the age of 18") ends
  no item and starts none: the women are a part too;
* "117 pro-regime fighters of non-Syrian nationalities" are of pro_iran_foreign, as SCHEMA labels non-Syrian
  militiamen, not of the regime the words "pro-regime" name (``foreign_fighters``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

_JOIN = re.compile(r"(?:(?<=\bage\sof\s)\d{1,2}\b)?(?:\s+(?:in|of|from|at|on|working\s+in)\s+[^,;.\d]{1,40}?)?\s*,?\s*"
                   r"(?:and\s+|(?:as\s+well\s+as|in\s+addition\s+to|plus)\s+)?", re.IGNORECASE)
_TORTURE = re.compile(r"^[^,;.\d]{0,60}?\b(?:under|from|of|by|due\s+to)\s+torture\b", re.IGNORECASE)
_AGE = re.compile(r"\bage\s+of\s+$", re.IGNORECASE)
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
        if m.parent is not None and m.label is None and _TORTURE.search(work[m.quantity.end:m.group_end]):
            out[i] = replace(m, label="torture", side=out[m.parent].side)  # ("..., a woman and the seven victims of torture")
            continue
        if m.parent is not None or prev.parent is None or m.quantity.vague or m.role != prev.role:
            continue
        join = _JOIN.fullmatch(work, prev.group_end, m.quantity.start)
        whole = out[prev.parent]
        if join is None or _ADDED.search(join.group(0)) and whole.side != "civilians":
            continue  # ("..., including 20 officers, in addition to 30 militiamen": a line of its own)
        torture = _TORTURE.search(work[m.quantity.end:m.group_end + 80]) is not None
        if not torture and m.side != whole.side:
            continue
        if sum(c.value for c in out if c.parent == prev.parent) + m.value > whole.value or _sibling_after(work, out, i, whole):
            continue
        label = "torture" if torture else m.label or _noun(work[m.quantity.end:m.group_end])
        out[i] = replace(m, parent=prev.parent, side=whole.side, label=label)
    return out


_ADDED = re.compile(r"\b(?:as\s+well\s+as|in\s+addition\s+to|plus)\b", re.IGNORECASE)


def _sibling_after(work: str, mentions: list[Mention], i: int, whole: Mention) -> bool:
    """The item after ``i``, joined to it, is of another side than the whole ("64 non-Syrian fighters,
    including 23 IRGC members, 14 Hezbollah members and eight fighters whose affiliation is unknown"): the list went
    back to the lines of the block, ``i`` with it."""
    if i + 1 >= len(mentions):
        return False
    after, m = mentions[i + 1], mentions[i]
    if after.parent is not None or after.quantity.vague or _JOIN.fullmatch(work, m.group_end, after.quantity.start) is None \
            or _AGE.search(work, max(0, after.quantity.start - 12), after.quantity.start):
        return False  # ("120 women over the age of 18": an age, no item of the list)
    return after.side != whole.side and _TORTURE.search(work[after.quantity.end:after.group_end + 80]) is None


def _noun(words: str) -> str | None:
    """The label of a part named by its noun: the noun's plural ("a shepherd": shepherds; "a media activist": its head
    noun, activists)."""
    head = words.strip().split()
    found = _NOUN.fullmatch(head[-1]) if len(head) == 2 and head[0].isalpha() and head[0].islower() else None
    found = found or _NOUN.search(words.strip())
    return found.group(1).lower() + "s" if found else None


def foreign_fighters(work: str, mentions: list[Mention], sides: list[str | None]) -> list[str | None]:
    """A regime figure whose own words call its people non-Syrian is of pro_iran_foreign."""
    out = list(sides)
    for i, m in enumerate(mentions):
        words = _BEFORE_PARTS.split(work[m.quantity.end:m.group_end], maxsplit=1)[0]
        if sides[i] == "regime" and m.parent is None and _FOREIGN.search(words) and not _BOTH.search(words):
            out[i] = "pro_iran_foreign"
    return out
