"""Lists whose figures stand in brackets after their labels (used by ``totals.TotalsBuilder`` on its copy of the text).

* "..., has reached (302), distributed as follows: civilians (97), including (8) children and (3) women; regime
  soldiers and members of security services (121); former fighters of the factions (61); and people of unknown
  identity (8)": a list cue, then two items or more cut by semicolons, each a label and its figure in brackets.
  The totals' copy of such a line is rewritten, at the same length, with each figure before its label ("97 civilians
  , including 8 children ...; 121 regime soldiers ...") and the other bracketed figures of the line without their
  brackets, so that the figures are read like any "N soldiers" list. Lists by area ("by province: Afrin (37); al-Bab
  (24)") are left as they are: their labels are places, read by the regional readers.
"""

from __future__ import annotations

import re

#: A cue that the figures after it split a toll.
_CUE = re.compile(r"\b(?:as\s+follows|distributed|divided|broken\s+down|they\s+(?:are|were)|namely)\b", re.IGNORECASE)
#: A list by area.
_BY_AREA = re.compile(r"\bby\s+(?:areas?|regions?|provinces?|governorates?|cit(?:y|ies))\b", re.IGNORECASE)
#: An item: after a colon or a semicolon (and "and"), a label of words and its figure in brackets.
_ITEM = re.compile(r"(?<=[:;])(?P<lead>\s*(?:and\s+)?)(?P<label>[A-Za-z\"“][^:;()\d\n]{1,150}?)(?P<gap>\s*)\((?P<num>\d[\d,]*)\)"
                   r"(?=\s*(?:[,;.]|$))", re.MULTILINE)
_BRACKETED = re.compile(r"\((\d[\d,]*)\)")


def figures_first(work: str) -> str:
    """``work`` with each line that holds such a list rewritten (same length, same offsets elsewhere)."""
    if "(" not in work or ";" not in work:
        return work
    out: list[str] = []
    at = 0
    for line in re.finditer(r"[^\n]+", work):
        text = line.group(0)
        if text.count("(") < 2 or ";" not in text or _CUE.search(text) is None or _BY_AREA.search(text) is not None:
            continue
        items = list(_ITEM.finditer(text))
        if len(items) < 2:
            continue
        out.append(work[at:line.start()])
        out.append(_rewrite(text, items))
        at = line.end()
    if not out:
        return work
    out.append(work[at:])
    return "".join(out)


def _rewrite(text: str, items: list[re.Match[str]]) -> str:
    """The line with each item's figure put before its label and the other bracketed figures unbracketed."""
    parts: list[str] = []
    at = 0
    for m in items:
        parts.append(_unbracketed(text[at:m.start("label")]))
        whole = text[m.start("label"):m.end()]
        moved = f"{m.group('num')} {m.group('label')}"
        parts.append(moved + " " * (len(whole) - len(moved)))
        at = m.end()
    parts.append(_unbracketed(text[at:]))
    return "".join(parts)


def _unbracketed(text: str) -> str:
    return _BRACKETED.sub(lambda m: f" {m.group(1)} ", text)
