"""Lists whose figures stand in brackets after their labels (used by ``totals.TotalsBuilder`` on its copy of the text).

* "..., has reached (302), distributed as follows: civilians (97), including (8) children and (3) women; regime
  soldiers and members of security services (121); former fighters of the factions (61); and people of unknown
  identity (8)": a list cue, then two items or more cut by semicolons, each a label and its figure in brackets.
  The totals' copy of such a line is rewritten, at the same length, with each figure before its label ("97 civilians
  , including 8 children ...; 121 regime soldiers ...") and the other bracketed figures of the line without their
  brackets, so that the figures are read like any "N soldiers" list. Lists by area ("by province: Afrin (37); al-Bab
  (24)") are left as they are: their labels are places, read by the regional readers.
* "The strikes claimed the lives of 36 people, they are:" then lines "(11) civilians, including a child ..." and "(19)
  members of SDF ...": a figure in brackets that opens a line under a line ending in a colon (or under another such
  line) loses its brackets in the totals' copy, so that the lines are read like any "11 civilians" line. Numbered
  items ("(1) ...", "(2) ...") are left as they are. So do the bracketed figures of a line that counts two people or
  more that way inside its text ("rises to (87): (52) members of SDF ..., and (35) civilians, including (3) women and
  (2) children"): read like "52 members ..., including 3 women".
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
    if "(" not in work:
        return work
    work = _inline_unbracketed(_lines_unbracketed(work))
    if ";" not in work:
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


#: A line that opens with a figure in brackets before a word: "(48) civilians, including ...", "- (76) members of ...".
_OPENING = re.compile(r"^(?P<lead>[ \t]*(?:[-–•*▪●][ \t]*)?)\((?P<num>\d[\d,]*)\)(?=[ \t]+[A-Za-z])", re.MULTILINE)


def _lines_unbracketed(work: str) -> str:
    """``work`` with the brackets of each line-opening figure under a line that ends in a colon (or under another
    such line) turned into spaces; numbered items ("(1) ...", "(2) ...") kept."""
    found = list(_OPENING.finditer(work))
    if not found:
        return work
    nums = [m.group("num") for m in found]
    if nums[:2] == ["1", "2"]:
        return work  # numbered items, not figures
    chars = list(work)
    after = -1  # where the last rewritten line ends
    for m in found:
        before = work[:m.start()].rstrip()
        if not before.endswith(":") and len(before) != after:
            continue
        chars[m.start("num") - 1] = " "
        chars[m.end("num")] = " "
        end = work.find("\n", m.end())
        after = len(work[:len(work) if end < 0 else end].rstrip())
    return "".join(chars)


def unbracketed_line(work: str, start: int, chunk: str) -> str:
    """The sentence as the totals' copy ``work`` has it where that copy took the brackets off its opening figure,
    else ``chunk`` (the sentence as given)."""
    if not chunk.lstrip(" \t-–•*▪●").startswith("("):
        return chunk
    copy = work[start:start + len(chunk)]
    return copy if _OPENING.match(chunk) and not _OPENING.match(copy) else chunk


#: A figure in brackets before the words it counts, not before "and"/"or": "(52) members", "(3) women".
_BEFORE_WORD = re.compile(r"\((\d[\d,]*)\)(?=[ \t]+(?!(?:and|or|in|of|to)\b)[A-Za-z])")


def _inline_unbracketed(work: str) -> str:
    """``work`` with the bracketed figures of each line that counts two or more people that way ("rises to (87): (52)
    members of SDF ..., and (35) civilians, including (3) women and (2) children") without their brackets."""
    if len(_BEFORE_WORD.findall(work)) < 2:
        return work
    out: list[str] = []
    at = 0
    for line in re.finditer(r"[^\n]+", work):
        text = line.group(0)
        if len(_BEFORE_WORD.findall(text)) < 2 or _BY_AREA.search(text) is not None or ";" in text:  # (lists cut by semicolons: above)
            continue
        out.append(work[at:line.start()])
        out.append(_unbracketed(text))
        at = line.end()
    return "".join([*out, work[at:]]) if out else work
