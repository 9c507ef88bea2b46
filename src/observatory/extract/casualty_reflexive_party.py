"""Some of the party a bomber turned on, told after the bomber himself ("..., killing himself and two of the guards"),
used by ``casualties``; tests in tests/test_extract_reflexive_party.py.

A man who "blew himself up at a checkpoint of the Eighth Brigade, killing himself and two of the guards", or who
"detonated his belt as local gunmen stormed the house, killing himself and three of the gunmen", killed men of the party
he turned on, never his own: "the guards" and "the gunmen" point back to that party.

* The group named before with the noun of "of the <noun>" ("local gunmen stormed ...", "Regime soldiers besieged ..."),
  in the sentence or up to ``NAMED_WINDOW`` characters back, gives the side its words give (local gunmen: the local
  factions, ``local_side``).
* Else the party named between the bomb's verb and the reflexive, where the bomb went off ("at a checkpoint of the
  Eighth Brigade", "at the gate of an SDF position"), when it is one side other than the bomber's.
Not "two of his companions" (the bomber's own men), nor a figure with a side of its own words.

The bomber himself is one dead of his side (SCHEMA gold counts him where the text says "killing himself"), where no figure
before the reflexive counts him and the words of the bomb's doer name his side ("an ISIS member detonated his belt",
"an HTS suicide bomber blew up a truck"): ``bomber_dead``. A doer of no named side ("the man", "he") is not counted.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualty_groups import side_of
from observatory.extract.casualty_of_the_named import NAMED_WINDOW
from observatory.extract.casualty_reflexive import REFLEXIVE_THEN
from observatory.extract.mention_sides import KILLED, Mention, as_local, local_side
from observatory.extract.numbers import Quantity
from observatory.models import ARMED_SIDES, Qualifier

#: "two of the guards", "three of the local fighters": the figure's words point back to a party.
_OF_THE_NOUN = re.compile(r"\s+of\s+the\s+(?:(?P<adj>local|armed)\s+)?(?P<noun>gunmen|men|militiamen|[a-z]{3,}s)\b(?!\s+(?:of|from)\b)")
#: The bomb's verb: where the party the bomber turned on is told after.
_BOMB = re.compile(r"\b(?:blew\s+(?:(?:himself|herself|themselves)\s+)?up|detonated|set\s+off|triggered|exploded)\b", re.IGNORECASE)
#: "gunmen of a local faction": local gunmen told by their band.
_LOCAL_BAND = re.compile(r"\s+(?:of|from)\s+(?:a|the)\s+local\s+(?:armed\s+)?(?:factions?|groups?)\b", re.IGNORECASE)
#: What ties a group to its side right after its noun ("gunmen affiliated with the Military Security").
_TIE = re.compile(r"\s+(?:of|from|affiliated\s+with|loyal\s+to|linked\s+to|belonging\s+to|backed\s+by|working\s+for)\s+[^,;.]{1,60}",
                  re.IGNORECASE)


def reflexive_party(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the side of the party the bomber turned on, when it is "N of the <noun>" told after "killing himself
    and" (see module doc); else ``m`` as it is."""
    if m.parent is not None or m.quantity.vague or m.group_end > m.quantity.end + 40:
        return m
    if REFLEXIVE_THEN.search(work, max(start, m.quantity.start - 60), m.quantity.start) is None:
        return m
    words = _OF_THE_NOUN.match(work, m.quantity.end)
    bomb = list(_BOMB.finditer(work, start, m.quantity.start))
    if words is None or not bomb:
        return m
    bomber = {a.side for a in lexicon.find(work, start, bomb[-1].start(), on)}
    if m.side not in (None, *bomber):
        return m
    named = _noun_named(m, work, words.group("noun"), lexicon, on)
    if named is not None:
        return named
    party = [a for a in lexicon.find(work, bomb[-1].end(), m.quantity.start, on)
             if a.side in ARMED_SIDES and a.side not in bomber and a.alias.lower() not in GENERIC_ALIASES]
    if len({a.side for a in party}) != 1:
        return m
    return m.named(party[-1])


def _noun_named(m: Mention, work: str, noun: str, lexicon: ActorLexicon, on: date | None) -> Mention | None:
    """``m`` of the side of the group named before with ``noun`` ("local gunmen stormed ..."), the latest whose words
    give one, if any."""
    begin = max(0, m.quantity.start - NAMED_WINDOW)
    for at in reversed(list(re.finditer(rf"\b{noun}\b", work[:m.quantity.start], re.IGNORECASE))):
        if at.start() < begin:
            break
        found = _group_side(m, work, (max(begin, _clause_start(work, at.start())), at.start(), at.end()), lexicon, on)
        if found is not None:
            return found
    return None


def _clause_start(work: str, at: int) -> int:
    """Where the clause that names a group at ``at`` opens (a comma, "and", a sentence stop)."""
    return max(work.rfind(",", 0, at), work.rfind(" and ", 0, at), work.rfind(".", 0, at), work.rfind("\n", 0, at)) + 1


def _group_side(m: Mention, work: str, span: tuple[int, int, int], lexicon: ActorLexicon, on: date | None) -> Mention | None:
    """``m`` of the side of the group named at span[1]..span[2] (its clause opening at span[0]), if its words give one."""
    lead, at, end = span
    tie = _TIE.match(work, end, m.quantity.start)
    stop = tie.end() if tie else end
    if re.search(r"\blocal\s+(?:[\w-]+\s+)?$", work[lead:at], re.IGNORECASE) or _LOCAL_BAND.match(work, end, stop):
        return as_local(m, local_side(work, at))
    actor, side = side_of(lexicon, work, lead, stop, on)
    if actor is None or side not in ARMED_SIDES:
        return None
    return m.named(actor)


#: "killing himself and ...", "killing himself, two soldiers and ...": the bomber is one of the dead.
_KILLED_HIMSELF = re.compile(r"\bkill(?:ing|ed)\s+(?P<self>himself|herself)\s*,?\s*(?:and|along\s+with|together\s+with|as\s+well\s+as)\b",
                             re.IGNORECASE)
#: Where the clause of the bomb's doer opens: "as", "when", "where" and the like, or a comma.
_DOER_OPENS = re.compile(r"(?:[,;]|\b(?:as|when|where|after|while|before|and|then)\b)\s+(?=[^,;]*$)", re.IGNORECASE)

#: Where the doer's own words end and an aside about others opens: whom he targeted, what he wore, where he was, who he
#: was ("a bomber targeting regime soldiers", "disguised in an SDF uniform", "who had joined the Military Security"); not
#: "in the ranks of ISIS", his own side.
_DOER_ASIDE = re.compile(r"\b(?:who|whom|targeting|targeted|disguised|dressed|wearing|posing|among|against|"
                         r"in(?!\s+the\s+ranks\b)|inside|into|at|near|outside)\b", re.IGNORECASE)

#: A source's words before the doer ("Sources in Daraa said (that) an ISIS member ..."): the doer's words start after.
_TOLD = re.compile(r"\b(?:said|says|say|reported|stated|confirmed|that)\b\s*", re.IGNORECASE)


def bomber_dead(mentions: list[Mention], work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """``mentions`` with the bomber counted as one dead of his side where the sentence says "killing himself and ..."
    and no figure before it counts him ("an ISIS member detonated his belt, killing himself and two guards"): his side
    is the one the words of the bomb's doer name, right before its verb and before any aside (``_DOER_ASIDE``); none
    named, none counted. Nor where the sentence keeps no figure after "himself" (its dead told by an earlier total, or
    of no side found): the bomber alone would be a second count of that attack."""
    hit = _KILLED_HIMSELF.search(work, start, end)
    if (hit is None or any(m.quantity.start < hit.start() for m in mentions)
            or not any(m.quantity.start >= hit.end() for m in mentions)):
        return mentions
    bomb = list(_BOMB.finditer(work, start, hit.start()))
    if not bomb:
        return mentions
    opens = list(_DOER_OPENS.finditer(work, start, bomb[-1].start()))
    lead = max([opens[-1].end() if opens else start, *(t.end() for t in _TOLD.finditer(work, start, bomb[-1].start()))])
    aside = _DOER_ASIDE.search(work, lead, bomb[-1].start())
    doers = [a for a in lexicon.find(work, lead, aside.start() if aside else bomb[-1].start(), on)
             if a.side in ARMED_SIDES and a.alias.lower() not in GENERIC_ALIASES]
    if len({a.side for a in doers}) != 1:
        return mentions
    s = hit.start("self")
    bomber = Mention(KILLED, Quantity(1, Qualifier.EXACT, s, s, ""), doers[0].side, s, hit.end("self"),
                     doers[0].actor.name, doers[0].actor.nationality)
    return [*[m for m in mentions if m.quantity.start < s], bomber, *[m for m in mentions if m.quantity.start >= s]]
