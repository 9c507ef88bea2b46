"""Dead told only by who they were, with no figure: "The dead are Ahmad al-Zoubi, his cousin Khalid and a man from
Inkhil", "Those killed were Colonel Samer Haddad, First Lieutenant Ali Mahmoud and Sergeant Rami Issa", "..., killing
its occupants: the mukhtar Hassan al-Hariri, his son Omar and their guard", "killing a family: Abdullah Hamoud, 40,
his wife Salma, 35, and their daughter Hiba, 8" (used by ``casualties``; tests/test_extract_named_dead.py).

Each item of the list is one dead person: a name (capitalised words, with a rank or role before it), a relative
("his cousin Khalid") or one person with an article ("a man from Inkhil", "their guard"). The list is read only when
every item is such a person (no figure among them: "The dead are two soldiers and a civilian" is read by the figures)
and when no dead were counted before it in the same paragraph ("Three civilians were killed ... The victims are A, B
and C" restates that toll). The dead are of the side their words name, civilians where the words say a family, a child
or a woman, and of no side the text gives otherwise (SCHEMA: affiliation not given -> unknown).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import side_of
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier

#: "The dead are", "Those killed were:", "The victims were" (a list of who they were follows).
_HEAD = re.compile(r"\b(?:the\s+(?:dead|victims|slain|deceased)|those\s+killed)\s+(?:are|were)\s*:?\s+", re.IGNORECASE)
#: "killing its occupants:", "killed a family:": the dead named after a colon.
_KILL_HEAD = re.compile(r"\b(?:killing|killed)\s+(?P<who>(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?:family|occupants|passengers|crew|residents|household))\s*:\s*", re.IGNORECASE)
_CIVILIAN_HEAD = ("family", "household", "residents")
_RANK = (r"(?:(?:First|Second)\s+)?(?:Lieutenant|Colonel|Brigadier|General|Major|Captain|Sergeant|Corporal|Private|"
         r"Warrant\s+Officer|Sheikh|Dr\.?|Engineer|Lieutenant\s+Colonel|Brigadier\s+General)")
_NAME = r"(?:[A-Z][\w'-]+|al-[A-Z][\w'-]+|bin|ibn|Abu|Umm)(?:\s+(?:[A-Z][\w'-]+|al-[A-Z][\w'-]+|bin|ibn|Abu|Umm)){0,4}"
_KIN = (r"(?:mother|wife|daughter|sister|son|brother|father|husband|cousin|nephew|niece|grandson|granddaughter|"
        r"grandfather|grandmother|uncle|aunt|companion|driver|guard|bodyguard|neighbour|neighbor|friend)")
_PERSON = (r"(?:man|woman|boy|girl|child|youth|young\s+man|elderly\s+man|elderly\s+woman|teenager|soldier|officer|"
           r"fighter|member|militiaman|civilian|shepherd|farmer|driver|guard|commander|mukhtar|teacher|doctor|nurse)")
#: A military rank before a name: one of the armed side the sentences around give (a guess, ``Mention.generic``).
_RANKED_ITEM = re.compile(rf"(?:the\s+)?{_RANK}\s")
_RANKED = "ranked"
_BARE_NAME = re.compile(rf"{_NAME}$")
_ITEM = re.compile(
    rf"(?:(?:the\s+)?{_RANK}\s+{_NAME}"
    rf"|(?:his|her|their|its)\s+(?:(?:young|elderly|little|eldest|youngest|older|younger)\s+)?{_KIN}(?:\s+(?:named\s+)?{_NAME})?"
    rf"|(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}(?:\s+(?:named\s+)?{_NAME})?(?:\s+(?:from|of)\s+{_NAME})?"
    rf"|{_NAME})$")
#: A separator between items ("A, B and C", "A, B, and C", "A; B; and C"); an age after a name (", 40,") is dropped.
_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
#: A nationality or a group, not a person ("The dead are Iraqis, Afghans and Syrians": read by the figures or left).
_GROUP = re.compile(r"^(?:Iraqis|Afghans|Syrians|Lebanese|Iranians|Pakistanis|Russians|Turks|Kurds|Arabs|Yemenis|Palestinians)$")
_AGE = re.compile(r"^\(?\d{1,3}(?:\s+years?(?:\s+old)?)?\)?$")
_CIVILIAN_WORDS = re.compile(r"\b(?:woman|girl|boy|child|wife|mother|daughter|sister|civilian|shepherd|farmer|teacher|"
                             r"grandmother|granddaughter|niece|aunt)\b", re.IGNORECASE)
_DEATH = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|died|dies|deaths?|slain|massacre[sd]?|executed|bodies|lost\s+(?:their|his|her)\s+li(?:fe|ves))\b",
                    re.IGNORECASE)
_END = re.compile(r"[.!?](?:\s|$)|\n|,\s+(?:while|whereas|and\s+(?:the|a)\s+\w+\s+(?:was|were))\b")


def named_dead(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None,
               counted_before: Callable[[int], bool]) -> list[Mention]:
    """The dead a sentence names one by one with no figure (one mention per side); ``counted_before(at)``: whether dead
    were counted in the paragraph before ``at``."""
    head = _HEAD.search(work, start, end) or _KILL_HEAD.search(work, start, end)
    if head is None:
        return []
    stop = _END.search(work, head.end(), end)
    cut = stop.start() if stop else end
    items = _items(work[head.end():cut].rstrip())
    if not items or not _of_the_dead(work, head) or _told_before(work, head, counted_before):  # (the regex first)
        return []
    civilian_head = head.re is _KILL_HEAD and head.group("who").split()[-1].lower() in _CIVILIAN_HEAD
    sides: dict[str | None, int] = {}
    for item in items:
        side = "civilians" if civilian_head or _CIVILIAN_WORDS.search(item) else None
        if side is None:
            s = work.find(item, head.end(), cut)
            side = side_of(lexicon, work, s, s + len(item), on)[1] if s >= 0 else None
            if side is not None and _BARE_NAME.match(item):
                return []  # "The dead are Hezbollah and ...": a group's name, not a person's
        side = side or (_RANKED if _RANKED_ITEM.match(item) else "unknown")
        sides[side] = sides.get(side, 0) + 1
    return [Mention(KILLED, Quantity(n, Qualifier.EXACT, head.end(), head.end(), ""), None if side == _RANKED else side,
                    head.end(), cut, generic=side == _RANKED) for side, n in sides.items()]


def _told_before(work: str, head: re.Match[str], counted_before: Callable[[int], bool]) -> bool:
    """Whether dead were counted before the list in its paragraph, or in the paragraph before where the list opens its
    own ("... killing four civilians.\n\nThe victims are A, his wife B, ...": the same four)."""
    if counted_before(head.start()):
        return True
    begin = work.rfind("\n", 0, head.start()) + 1
    before = len(work[:begin].rstrip())
    return not work[begin:head.start()].strip() and before > 0 and counted_before(before)


def _of_the_dead(work: str, head: re.Match[str]) -> bool:
    """"The victims are A and B" names dead only where the paragraph (or the title) before it speaks of death: victims
    of shelling that wounded them or of an abduction are not dead."""
    if head.re is not _HEAD or not re.match(r"the\s+victims", head.group(), re.IGNORECASE):
        return True
    begin = work.rfind("\n", 0, head.start()) + 1
    return bool(_DEATH.search(work, begin, head.start()) or _DEATH.search(work[:max(work.find("\n"), 0)]))


def _items(listed: str) -> list[str]:
    """The persons of a list, one string each, or none where an item is not one person (a figure, a clause)."""
    parts = [p.strip() for p in _SPLIT.split(listed) if p.strip()]
    items: list[str] = []
    for part in parts:
        if _AGE.match(part) and items:
            continue  # "Abdullah Hamoud, 40, his wife ...": an age
        if not _ITEM.match(part) or _GROUP.match(part):
            return []
        items.append(part)
    return items if len(items) >= 2 else []
