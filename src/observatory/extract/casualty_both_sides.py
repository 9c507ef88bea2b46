"""Figures said to be of both sides of a fight (tests in tests/test_extract_casualty_both_sides.py).

* "15 others from both sides were wounded", "at least five people from both sides were injured", "ten people were killed
  on both sides": people counted together across the sides, whose split the text does not give, are of no known side
  (``unknown``), whatever side the figures before them or the incident lend them. Figures named by a kind of fighter
  ("five fighters of both sides" in infighting of one camp) keep the side they were given.
* "a member of the Hamza Division and a member of Suqour al-Shamal were killed, while four others from both sides were
  injured": where the dead the sentence names of each side are all of one camp (two or more figures, one and the same
  armed side, and the sentence names no actor of another: not "killed in clashes with the SDF", "between the SDF and
  regime forces", "when HTS attacked"), the people "from both sides" are of that camp too (``one_camp``).
* "The clashes left a member of the Hamza Division dead and three others from both factions injured": where the text
  calls the two camps factions, one armed dead of one camp is enough (round 71).
* A toll that took Israel's side from the strike told before it ("the death toll of the Israeli strike ... has risen
  to 10"): the doer of the strike is not the side of its toll, which has no side yet (``no_doer_side``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import KILLED, Mention
from observatory.models import DOER_ONLY_SIDES

#: A plain count of people (no kind of fighter), then "of/from/on/among both sides" before the clause ends.
_BOTH_SIDES = re.compile(r"\s*(?:others?|people|persons|individuals|more|ones|members)?\b[^.;:\d]{0,50}?\b(?:from|of|on|among)\s+"
                         r"(?:the\s+)?both\s+(?:sides|parties|camps|factions)\b", re.IGNORECASE)
#: "from both factions": the text calls the two camps factions, so a fight of one camp's factions is what it tells.
_BOTH_FACTIONS = re.compile(r"[^.;:\d]{0,50}?\b(?:from|of|on|among)\s+(?:the\s+)?both\s+factions\b", re.IGNORECASE)
_PLAIN = re.compile(r"\s*(?:other\s+)?(?:others?|people|persons|individuals|more|members(?!\s+of\b))\b", re.IGNORECASE)


def of_both_sides(m: Mention, work: str) -> Mention:
    """A figure of people "from both sides": of no known side (see module doc)."""
    if m.side == "unknown" or m.quantity.vague or m.parent is not None:
        return m
    if not _PLAIN.match(work, m.quantity.end) or not _BOTH_SIDES.match(work, m.quantity.end):
        return m
    return replace(m, side="unknown", actor=None, nationality=None, generic=False)


def no_doer_side(m: Mention, work: str) -> Mention:
    """A bare risen toll given a doer-only side from the strike told before it has no side yet (see module doc); people
    the text itself calls Israeli ("two Israeli soldiers") keep it."""
    if m.side not in DOER_ONLY_SIDES or not m.rose or work[m.quantity.end:m.group_end].strip():
        return m
    return replace(m, side=None, actor=None, nationality=None, generic=True)


#: Before an actor named as the camp itself, not a foe: "clashes between the two factions", "both factions".
_OWN_CAMP_CUE = re.compile(r"\b(?:the\s+)?(?:two|both|rival)\s+$", re.IGNORECASE)


def opposed_sides(lexicon: ActorLexicon, work: str, span: tuple[int, int], on: date | None) -> set[str]:
    """The sides of the actors the sentence at ``span`` names ("in clashes with the SDF", "when HTS attacked"), but
    for the fighting camp named as a whole ("between the two factions")."""
    return {a.side for a in lexicon.find(work, span[0], span[1], on) if not _OWN_CAMP_CUE.search(work, max(span[0], a.start - 20), a.start)}


#: Sides that are no camp of a fight.
_NO_CAMP = frozenset({"civilians", "unknown"})


def one_camp(mentions: list[Mention], work: str, opposed: Callable[[], set[str]]) -> list[Mention]:
    """People "from both sides" made of no known side, in a sentence whose dead are named in two or more figures all of
    one armed side and that names no actor of another armed side (``opposed``: ``opposed_sides`` of the sentence): of
    that side (see module doc)."""
    dead = [m for m in mentions if m.role == KILLED and m.parent is None and not m.quantity.vague]
    camps = {m.side for m in dead if m.side not in _NO_CAMP}
    armed = [m for m in dead if m.side in camps]
    factions = any(_BOTH_FACTIONS.match(work, m.quantity.end) for m in mentions if m.role != KILLED)
    if len(camps) != 1 or len(armed) < (1 if factions else 2) or any(m.side is None for m in dead):
        return mentions  # ("a member of the Hamza Division dead and three others from both factions injured": one camp)
    if opposed() - camps - _NO_CAMP:
        return mentions  # "... killed in clashes with the SDF, while four others from both sides": two camps
    camp = armed[0]
    return [m.sided_like(camp) if m.role != KILLED and m.side == "unknown" and m.parent is None and not m.quantity.vague
            and _PLAIN.match(work, m.quantity.end) and _BOTH_SIDES.match(work, m.quantity.end) else m for m in mentions]
