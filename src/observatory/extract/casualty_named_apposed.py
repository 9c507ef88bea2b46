"""One victim named by his name, then said who he was (tests in tests/test_extract_casualty_named_victim_apposed.py).

* "gunmen shot dead Omar Haddad, a former fighter of the opposition factions, near Nawa", "killing Ali al-Hussein, a
  member of the SDF", "wounding Hasan Ibrahim (35), a civilian", "killing Samer, a collaborator of Hezbollah's
  network", "killing the young man Samer Hamdan, a ...": one person killed (or hurt), of the side the apposition's
  words give (``named_apposed``). The name must be no actor of the lexicon nor a day or month, and the apposition must
  name a person ("a fighter", "a civilian"), so "shelled Kafr Nabl, a town ..." counts no one.
* An apposition without an article counts too when it tells whose leader, commander, head, chief, founder or member
  he was ("killed Karim Suleiman, leader of Jaish al-Izza, with ..."; tests/test_extract_named_first.py).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import group_end, side_of
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.mention_sides import Mention, verb_role
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier

#: An Arabic name particle that may open a word of a name ("al-", "Abu ").
PARTICLE = r"(?:(?:al|el|Al|El|bin|ibn|Bin|Ibn|abu|Abu|Umm|umm)[-\s])?"
#: Days and months, which a verb may be followed by ("killed Monday, a ...") but which name no one.
CALENDAR = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH_NAMES}|Today|Yesterday)"
#: The verbs that name their victim right after them (read also by ``casualty_named_first``).
VERBS = (r"shot\s+dead|shooting\s+dead|killed|killing|assassinated|assassinating|executed|executing|murdered|"
         r"murdering|injured|injuring|wounded|wounding")
_NAMED = re.compile(
    rf"\b(?P<verb>(?i:{VERBS}))\s+"
    r"(?:(?i:the)\s+(?:(?i:young|old|elderly)\s+)?(?i:man|woman|youth|citizen)\s+)?"
    rf"(?P<name>(?!{CALENDAR}\b){PARTICLE}[A-Z][a-z'’]+(?:[-\s]{PARTICLE}[A-Z][a-z'’]+){{0,3}})\s*(?:\([^()]{{1,30}}\)\s*)?,\s+"
    r"(?P<who>(?:(?i:an?)\s+(?:[\w-]+\s+){0,3}?|(?=(?:[a-z-]+\s+)?(?:leader|commander|head|chief|founder|member)\s+of\s)(?:[a-z-]+\s+)?)"
    r"(?i:member|fighter|commander|leader|officer|soldier|militiaman|civilian|man|woman|"
    r"youth|shepherd|farmer|worker|teacher|doctor|trader|merchant|dignitary|notable|mukhtar|elder|activist|journalist|"
    r"collaborator|informant|recruit|conscript|defector|official|employee|driver|student|adviser|advisor|general|"
    r"colonel|brigadier|engineer|expert|cleric))\b(?!-)")  # ("killed Razi Mousavi, a senior IRGC adviser": round 74)
#: Every match of ``_NAMED`` holds one of these in the folded sentence.
STEMS = ("shot dead", "shooting dead", "kill", "assassinat", "execut", "murder", "injur", "wound")


def named_apposed(work: str, start: int, end: int, low: str, lexicon: ActorLexicon, on: date | None,
                  taken: list[tuple[int, int]]) -> list[Mention]:
    """The one person a verb names by his name and an apposition after it (see module doc); ``low`` is the folded
    sentence and ``taken`` the spans of the figures read already."""
    if ", " not in low or not any(stem in low for stem in STEMS):
        return []
    out = []
    for m in _NAMED.finditer(work, start, end):
        s = m.start("who")
        if any(a < m.end() and m.start("name") < b for a, b in taken) or lexicon.find(work, m.start("name"), m.end("name"), on):
            continue
        g_end = group_end(work, s + 1, end)
        actor, side = side_of(lexicon, work, s, g_end, on)
        role = verb_role(m.group("verb"))
        q = Quantity(1, Qualifier.EXACT, s, s + 1, work[s])
        out.append(Mention(role, q, side, s + 1, g_end, actor.actor.name if actor else None,
                           actor.actor.nationality if actor else None, generic=side is None))
    return out
