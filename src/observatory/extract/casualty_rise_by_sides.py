"""A risen toll, told by side in a later sentence, given a side from the words around it (used by ``assemble``).

"The toll of the car bomb near the headquarters of the factions has risen to 11 ... The dead are four fighters of the
factions and seven civilians": the rise names no side of its own ("has risen to 11": no noun after the number), so the
side it was given is only a guess from an actor named before it (whose headquarters, whose checkpoint). Where later
sentences (or its own) count the dead of two or more other sides adding up to it exactly, those are its dead by side,
and the guess goes (tests in tests/test_extract_casualty_rise_by_sides.py). Where they add up to less, the rise is one
more death and the toll before it is told again as people ("has risen to eight, after a civilian succumbed", then "the
death of seven people: five civilians ... and two members of the faction"), the guessed side keeps what the other sides
leave of the rise (round 74). A rise that names its dead ("has risen to 11 soldiers"), or whose own sentence names its
dead before the number ("the number of soldiers killed ... has risen to five": the side is told, not guessed, and other
sides' dead adding up to it are a coincidence), or whose parts come before it, or do not add up to it, stays.

A headline's whole of no side ("... killing at least 14") that later sentences tell as one named side's dead and a rest
of no named side ("ten militiamen and four Syrian truck drivers") is those figures (``whole_with_rest``), not 14 more
of unknown side over the four; so too a whole that one side's dead told in a later sentence add up to exactly (a title's
"Three mercenaries killed in clashes between two factions", then "three fighters of the factions were killed": the
same dead, where the side of the title's figure would only be guessed; not "killing two drivers and two guards", one
sentence's two groups) (tests in tests/test_extract_whole_with_rest.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import find_quantities

#: A noun of the dead in the rise's sentence before its number ("the toll of soldiers killed", "the death toll among
#: civilians"): the rise's side is named there, not guessed from an actor near it.
_DEAD_NOUN = re.compile(r"\b(?:fighters|combatants|members|soldiers|militants|gunmen|militiamen|personnel|troops|"
                        r"civilians|officers|policemen|guards|jihadists|rebels)\b", re.IGNORECASE)
#: The rise's cause right after its number: one more person died ("..., after a civilian succumbed to his wounds").
_ONE_MORE_DIED = re.compile(r"\s*,?\s*after\s+(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:succumbed|died)\b", re.IGNORECASE)
#: People of no kind after a figure: "seven people", "eight persons".
_PEOPLE = re.compile(r"\s+(?:people|persons|individuals)\b", re.IGNORECASE)
#: The end of the sentence before the rise's ("." "!" "?" or a line break).
_SENTENCE_END = re.compile(r"[.!?\n]")


def _told_before_rise(text: str, rise: Mention) -> bool:
    """The toll before the rise is told after it as people ("had documented the death of seven people: ..."): the sides
    told with it are its parts, not the doers' own dead ("killed two of the attackers")."""
    before = rise.value - 1
    return any(q.value == before and _PEOPLE.match(text, q.end) for q in find_quantities(text[rise.quantity.end:], rise.quantity.end))


def drop_rise_told_by_sides(figures: dict[tuple[str, str], Mention], told_at: dict[tuple[str, str], int],
                            text: str) -> dict[tuple[str, str], Mention]:
    """The incident's figures without a guessed side's risen toll that the dead of other sides told after it add up to."""
    for key, rise in figures.items():
        if key[0] != KILLED or key[1] == "unknown" or not rise.rose or rise.quantity.vague or rise.parent is not None:
            continue
        if text[rise.quantity.end:rise.group_end].strip():
            continue  # "rose to 11 soldiers": the side is the toll's own
        if _side_named_before(text, rise.quantity.start):
            continue  # "the number of soldiers killed ... has risen to five": the side is told, not guessed
        at = told_at.get(key, -1)
        parts = [m for (role, side), m in figures.items() if role == KILLED and side not in (key[1], "unknown")
                 and told_at.get((role, side), -1) >= at and not m.quantity.vague]
        if len(parts) >= 2 and sum(m.value for m in parts) == rise.value:
            return {k: m for k, m in figures.items() if k != key}
        others = sum(m.value for m in parts)
        if parts and others < rise.value and _ONE_MORE_DIED.match(text, rise.quantity.end) and _told_before_rise(text, rise):
            rest = replace(rise, quantity=replace(rise.quantity, value=rise.value - others))  # "has risen to eight, after a
            return {k: (rest if k == key else m) for k, m in figures.items()}  # civilian succumbed ... seven people: ..."
    return figures


def whole_told_by_sides(m: Mention, at: int, figures: dict[tuple[str, str], Mention],
                        told_at: dict[tuple[str, str], int]) -> bool:
    """Whether a dead figure of no side ("Two fighters were killed in clashes between A and B") is the whole that later
    sentences count side by side ("leaving one member of A and one of B dead"), or its own sentence after it ("the 13
    killed included eight civilians and five members of the factions"): the dead of two or more named sides, all told
    after it, adding up to it exactly."""
    if m.role != KILLED or m.quantity.vague or m.parent is not None or m.side not in (None, "unknown"):
        return False
    parts = [(told_at.get(key, -1), p) for key, p in figures.items() if key[0] == KILLED and key[1] != "unknown"]
    return len(parts) >= 2 and all((when > at or when == at and p.quantity.start > m.quantity.start) and not p.quantity.vague
                                   for when, p in parts) \
        and sum(p.value for _, p in parts) == m.value


def _side_named_before(text: str, at: int) -> bool:
    """Whether the sentence that tells the rise at ``at`` names a noun of the dead before its number."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    return _DEAD_NOUN.search(text, start, at) is not None


def whole_with_rest(m: Mention, at: int, figures: dict[tuple[str, str], Mention],
                    told_at: dict[tuple[str, str], int]) -> bool:
    """Whether a dead figure of no side ("killing at least 14") is the whole that later sentences tell as a named side's
    dead and a rest of no named side ("14 people: ten militiamen and four truck drivers"): every dead figure told at
    or after it, one of no side among them, adding up to it exactly (the rest already counts those of no side)."""
    if m.role != KILLED or m.quantity.vague or m.rose or m.parent is not None or m.side is not None:
        return False
    parts = [(told_at.get(key, -1), p) for key, p in figures.items() if key[0] == KILLED]
    one = len(parts) == 1 and (KILLED, "unknown") not in figures and parts[0][0] > at  # (a title's whole, then one side's)
    return (len(parts) >= 2 and (KILLED, "unknown") in figures or one) and all(when >= at and not p.quantity.vague for when, p in parts) \
        and sum(p.value for _, p in parts) == m.value
