"""A former member of a rebel group whose name later passed to Turkey's factions (tests in
tests/test_extract_casualty_former_rebel_commander.py).

* "a former commander of Jaysh al-Islam was killed in Quneitra", "a former commander in the Free Syrian Army was shot
  dead in Jasim": the victim served the group before it joined Turkey's National Army; a former rebel is of the rebels
  (hts_rebels, SCHEMA: reconciled ex-rebels), not of the factions the name stands for today (``former_rebel``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: The day before the rebel names of the south and of Ghouta passed to Turkey's factions (actors.csv).
BEFORE_ANKARA = date(2018, 1, 1)
#: A day on which every name stands for what it names today (an undated text reads some names by their scene).
_TODAY = date.max
#: How far after "former" (characters) the group may be named.
_REACH = 60
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)", re.IGNORECASE)


def former_rebel(m: Mention, work: str, lexicon: ActorLexicon) -> Mention:
    """The rebels' side for a victim named a former member of a group whose name is Turkey's factions' today."""
    if m.side != "turkey_factions" or m.parent is not None:
        return m
    former = _FORMER.search(work, m.quantity.start, m.group_end)
    if former is None:
        return m
    stop = work.find(".", former.end(), former.end() + _REACH)
    end = stop if stop >= 0 else min(len(work), former.end() + _REACH)  # ("a former commander in the FSA was killed")
    now = lexicon.find(work, former.end(), end, _TODAY)
    then = lexicon.find(work, former.end(), end, BEFORE_ANKARA)
    if not now or not then or now[0].side != "turkey_factions" or then[0].side != "hts_rebels" or now[0].start != then[0].start:
        return m
    return replace(m, side="hts_rebels", actor=then[0].actor.name, nationality=then[0].actor.nationality)
