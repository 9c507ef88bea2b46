"""A figure added after the role word of the figures before it shares that role (read by ``casualties._decide_role``).

* "900 soldiers died in the fighting, as well as 60 gunmen", "left three NDF members and one Asayish member dead, in
  addition to a civilian man ...", "... lost their lives, as well as a driver", "were slain in the fighting, in addition
  to a shepherd", "left two soldiers dead along with a girl": the added figure is dead (or hurt) like those before it.
* "left three fighters dead, two from A and one from B, as well as a civilian woman": the shares of the dead told right
  after the role word ("N of/from X", joined by commas or "and") stand between; the added figure still shares the role.
  An aside that tells something else ("three of them wounded earlier") does not.
* "left three soldiers dead, as well as nine others wounded in the desert", "... dead, in addition to 12 others who were
  arrested": a figure with a fate of its own right after it (hurt, arrested, captured, missing) does not share the role
  (``own_fate``).
* "left three gunmen dead, as well as a child": gunmen (armed men named by no group) before an added civilian are of
  unknown side (``armed_before_added``), not of the civilian's side the incident would give them; "fighters" of the
  factions told take their side from the incident as before.
* "left three gunmen dead, as well as a woman ... . Five others were wounded": the civilian added after dead of no named
  side gives the wounded others of the next sentence no side of hers (``added_bystander``).

Tests: tests/test_extract_dead_as_well_as.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words

_NO_ROLE = r"(?:(?!injur|wound|hurt|kill|dead|died)[^,.;:\d])"
_SHARE = number_words(r"\d+") + r"\s+(?:of|from)\s+" + _NO_ROLE + r"{1,60}?"
#: "..., two from A and one from B": the shares of the dead told right after their role word, before the comma.
_APPOSED_SHARES = r"(?:\s*,\s*" + _SHARE + r"(?:\s*(?:,|and)\s*" + _SHARE + r")*(?=\s*,))?"

#: Between the figures before and the one added: their role word (and its shares, place or cause), then the join; with
#: no role word, the comma before the join is needed.
ALSO_AFTER_ROLE = re.compile(
    r"\s*,?\s*(?:(?P<verb>(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|injured|wounded|slain|martyred)|died|perished|"
    r"dead|lost\s+their\s+lives)" + _APPOSED_SHARES + r")?(?:\s*,?\s+(?:in|during|by|across)\s+[^,.;:\d]{1,80})?"
    r"(?(verb)\s*,?\s*|\s*,\s*)(?:as\s+well\s+as|in\s+addition\s+to|along\s+with|alongside|together\s+with|besides|plus|"
    r"(?:as|and\s+so|so)\s+(?:were|was|did|had|have)(?:\s+(?:also|too))?)\s*",
    re.IGNORECASE)

#: The added figure's own fate told right after it: "nine others wounded in ...", "12 others who were arrested".
_OWN_FATE = re.compile(r"(?:\s+(?!and\b|or\b|killed\b|dead\b|died\b)[\w'-]+){0,4}?\s+(?:who\s+(?:were|was|had\s+been|have\s+been)\s+|"
                       r"(?:were|was)\s+)?(?:also\s+)?(?:(?:seriously|lightly|critically|slightly)\s+)?"
                       r"(?:wounded|injured|hurt|survived|sustained|suffered|arrested|captured|detained|kidnapped|abducted|missing)\b",
                       re.IGNORECASE)


def own_fate(work: str, end: int, limit: int) -> bool:
    """Whether the figure whose number ends at ``end`` is told with a fate of its own before ``limit`` ("as well as nine
    others wounded"), so it does not share the role of the figures before it."""
    return _OWN_FATE.match(work, end, limit) is not None


def added_bystander(work: str, told: list[Mention], source: Mention) -> bool:
    """Whether ``source`` (the last sided figure of ``told``) is a civilian added after dead of no named side."""
    wholes = [m for m in told if m.parent is None]
    at = next((i for i, m in enumerate(wholes) if m is source), 0)
    return source.side == "civilians" and at > 0 and wholes[at - 1].side is None \
        and ALSO_AFTER_ROLE.fullmatch(work, wholes[at - 1].group_end, source.quantity.start) is not None

#: Armed men the texts name by no group ("gunmen", "armed men"); fighters of the factions told take their side later.
_GUNMEN = re.compile(r"\b(?:gunmen|armed\s+men)\b", re.IGNORECASE)


def armed_before_added(mentions: list[Mention], work: str) -> list[Mention]:
    """The gunmen of no named side ("three gunmen") right before a civilian added after their role word ("dead, as
    well as a child") are of unknown side, so the incident does not give them the civilian's side."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, before = out[i], out[i - 1]
        if m.side != "civilians" or m.parent is not None or before.parent is not None or before.side is not None:
            continue
        found = ALSO_AFTER_ROLE.fullmatch(work, before.group_end, m.quantity.start)
        if found is not None and found.group("verb") and before.role == m.role \
                and _GUNMEN.search(work, before.quantity.start, before.group_end):
            out[i - 1] = replace(before, side="unknown")
    return out
