"""A tribe's or clan's figure named by his tribe (used by ``casualties``; tests in
tests/test_extract_tribal_figures.py).

* "A prominent dignitary of the al-Akidat tribe was killed", "shot dead a notable of the Bakir clan", "an elder of
  al-Akidat tribe": a tribal dignitary, notable or elder written with his tribe's name between is the same civilian
  figure as "a tribal dignitary" (the civilians' victim words in ``actors.csv``; SCHEMA: non-combatant local figures).
* "opened fire on a dignitary of Al-Bakir clan ..., killing him": "him" is that figure.

Only where no other reading gave the figure a side: a figure the text ties to a group ("close to the regime's
security services", "working for Hezbollah") keeps the side that tie gives, and one said after to be tied ("..., who
was loyal to ...") is left alone. A mukhtar is not read here (his office is, ``casualty_local_office``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention

_FIGURE = r"(?:dignitar(?:y|ies)|notables?|elders?)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){1,2}?(?:tribe|clan)s?\b"
#: The figure as the whole of a figure's words: "a prominent dignitary of the al-Akidat tribe".
_GROUP = re.compile(rf"(?:an?|one|two|three|the)?\s*(?:(?:prominent|senior|leading|well-known|local)\s+)?{_FIGURE}", re.IGNORECASE)
#: The one an attack was aimed at, told before "him": "opened fire on a dignitary of Al-Bakir clan".
_AIMED = re.compile(rf"\b(?:on|at|targeting|targeted|shot|attacked)\s+(?:an?|the)\s+(?:(?:prominent|senior|leading|well-known|local)\s+)?"
                    rf"{_FIGURE}", re.IGNORECASE)
#: Words after the figure that tie him to a group: left to the rules that read them.
TIED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:close\s+to|loyal\s+to|affiliated|belong(?:ed|ing)?\s+to|working\s+(?:for|with)|"
                         r"collaborat\w*|cooperat\w*|ties\s+(?:to|with)|f(?:ought|ighting)\s+(?:with|for|alongside|in)\b|"
                         r"members?\s+of\s+(?:the\s+|an?\s+)?(?!(?:[\w'-]+\s+){0,3}?(?:council|committee)\b))", re.IGNORECASE)
_STEMS = ("dignitar", "notable", "elder")
_PRONOUNS = ("him", "her")


def tribal_figures(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """``mentions`` with each figure of no side that is a tribe's dignitary, notable or elder made civilians."""
    if not has_any(folded(work, start, max((m.group_end for m in mentions), default=start)), _STEMS):
        return mentions
    return [_civilian_figure(m, work, start) for m in mentions]


def _civilian_figure(m: Mention, work: str, start: int) -> Mention:
    if m.side is not None or m.parent is not None:
        return m
    words = work[m.quantity.start:m.group_end]
    if words.lower() in _PRONOUNS:
        aimed = list(_AIMED.finditer(work, start, m.quantity.start))
        if not aimed or TIED_AFTER.match(work, aimed[-1].end()):
            return m
        return replace(m, side="civilians", actor="Civilians", generic=False)
    figure = _GROUP.match(words)  # (what follows it in the words, "outside his house", "and a member of the town council")
    if figure is None or TIED_AFTER.match(work, m.quantity.start + figure.end()):
        return m
    return replace(m, side="civilians", actor="Civilians", generic=False)


def one_restated(counts: dict[tuple[str, str], tuple[Mention, int]], m: Mention, index: int, target: str | None) -> bool:
    """"Gunmen shot dead a dignitary of the X tribe ... Sources said the gunmen fired at the man ..., killing him": a
    "him" of no side in a later sentence of an incident that has counted one dead of a known side is that one person
    again (``core._absorb``), not one more of no side. Not where the incident's target (``target``, the side "him"
    would take) is another known side: the rules that read his side then disagree, and "him" is left to count."""
    if m.role != KILLED or m.value != 1 or m.side is not None or m.quantity.text.lower() not in _PRONOUNS:
        return False
    dead = [(d, at) for (role, _), (d, at) in counts.items() if role == KILLED]
    one = dead[0][0] if len(dead) == 1 and dead[0][1] < index else None
    return one is not None and one.value == 1 and one.side not in (None, "unknown") and target in (None, "unknown", one.side)
