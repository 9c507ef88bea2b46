"""Parts of a breakdown that name a unit of the whole (tests in tests/test_extract_casualty_breakdown_lists.py).

* "killing 11 soldiers, including two officers and three members of the National Defence Forces": the members of a
  named force, joined by a bare "and" to a labelled part of a toll of fighters, are one more part of it, not a new item
  of the list ("9 civilians, among them three boys, 30 fighters" is one).

The cue of a breakdown written after its parts
("Five civilians, two children and a woman among them, were killed", "six fighters, four of them Iraqis, ...",
"nine people, three children among the dead, ...") makes the first part a part of the figure before (``postposed_part``);
"one of them a Syrian" after an item of a list is a part of that item (``part_of_an_item``). Nationalities in an
apposition before the verb ("Six militiamen, four Afghans and two Syrians, were killed") are parts of the figure before
(tests/test_extract_casualty_nationalities_apposed.py).

Parts of a figure of people in an apposition before the verb ("Four people, two soldiers and two men from the town,
were killed": ``people_parts``, tests/test_extract_casualty_people_apposed_parts.py).
"""

from __future__ import annotations

import re

from observatory.extract.casualty_groups import COMBATANT_NOUN
from observatory.extract.casualty_lists import FROM_PARTY, parts_end
from observatory.extract.casualty_nations import nationality_parts, next_nationality
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import Quantity

#: "three members of the National Defence Forces": people of a force named by its proper name.
_AND_BEFORE = re.compile(r"[^,\s]\s+and\s+$", re.IGNORECASE)
_MEMBERS_OF_NAMED = re.compile(r"\s+(?:members?|fighters?|militiam[ae]n|elements?|personnel)\s+of\s+(?:the\s+)?[\"“']?[A-Z]")


def unit_of_the_whole(work: str, whole: Mention, between: str, q: Quantity) -> bool:
    """Whether ``q`` counts members of a named force inside a toll of fighters, joined to the part before by "and"."""
    joined = between.strip().lower() == "and" or not between.strip() and _AND_BEFORE.search(work, max(0, q.start - 8), q.start)
    return (bool(joined) and _MEMBERS_OF_NAMED.match(work, q.end) is not None
            and COMBATANT_NOUN.search(work, whole.group_start, whole.group_end) is not None)


#: The rest of an apposition that ends on the breakdown's cue: "two children and a woman among them,"; also where the
#: cue ends the sentence ("killing four members of one family, a child among them."): the part is one of the whole.
_CUE_AFTER = re.compile(r"[^,;.:()\d]{1,60}?\b(?:among|of|amongst)\s+(?:them|whom|the\s+(?:dead|victims|killed|wounded|injured))"
                        r"\s*(?:[,)—–]|\.(?:\s|$)|$)", re.IGNORECASE)


_APPOSITION_OPEN = re.compile(r"\s*[,(—–]\s*")
#: The whole's own verb before the apposition: "seven civilians were killed, a child and two pilgrims among them, and
#: 23 others were injured", "five soldiers died in the blast, two officers among them".
_VERB_THEN_OPEN = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:(?:also|reportedly)\s+)?(?:killed|slain|wounded|injured|hurt)|"
                             r"died|perished|lost\s+their\s+lives)(?:\s+(?:in|on|at|near|during)\s+[^,.;:()\d]{1,60})?\s*[,(—–]\s*",
                             re.IGNORECASE)
_NEXT_PART = re.compile(r"\s*(?:,|and|,\s*and)?\s*", re.IGNORECASE)


def postposed_part(work: str, last: Mention, q: Quantity) -> bool:
    """Whether ``q`` opens the parts of ``last`` told before their cue ("Five civilians, two children and a woman among
    them, were killed"): a comma (or bracket) after the whole, the cue closing the apposition."""
    return (last.parent is None and (_APPOSITION_OPEN.fullmatch(work, last.group_end, q.start) is not None
                                     or _VERB_THEN_OPEN.fullmatch(work, last.group_end, q.start) is not None)
            and _CUE_AFTER.match(work, q.end) is not None)


def postposed_parent(work: str, mentions: list[Mention], q: Quantity) -> int | None:
    """The figure ``q`` is a part of when the parts come before their cue: the last figure, when ``q`` opens the
    parts; the parts' whole, when ``q`` is the next part ("two children and a woman among them")."""
    if not mentions:
        return None
    last = mentions[-1]
    if postposed_part(work, last, q) or last.parent is None and nationality_parts(work, last, q):
        return len(mentions) - 1  # (also "Six militiamen, four Afghans and two Syrians, were killed": the nationalities)
    if last.parent is not None and mentions[last.parent].parent is None and next_nationality(work, last, q):
        return last.parent
    if people_parts(work, mentions, q) is not None:  # "Four people, two soldiers and two men from the town, were killed"
        return people_parts(work, mentions, q)
    if (last.parent is not None and _NEXT_PART.fullmatch(work, last.group_end, q.start)
            and _CUE_AFTER.match(work, q.end) is not None):
        return last.parent
    return None


def people_parts(work: str, mentions: list[Mention], q: Quantity) -> int | None:
    """The figure of people of no side that ``q`` is a part of, in an apposition before the verb whose items add up to it
    ("Four people, two members of the gang and two men from the town, were killed"; tests in
    tests/test_extract_casualty_people_apposed_parts.py): the whole when ``q`` opens the items, and for the next items."""
    last = mentions[-1]
    at = len(mentions) - 1 if last.parent is None else last.parent
    whole = mentions[at]
    if whole.parent is not None or whole.quantity.vague:
        return None
    first = q if last.parent is None else next(m.quantity for m in mentions if m.parent == at)
    if whole.side not in (None, "unknown") and not FROM_PARTY.match(work, first.end):
        return None  # (fighters of a side broken down by the group each came from: "Seven soldiers, four from the army and three from the NDF,")
    if not _COMMA.fullmatch(work, whole.group_end, first.start):
        return None
    items = parts_end(work, whole.quantity, whole.group_end, first)
    return at if items is not None and q.start in items else None


_COMMA = re.compile(r"\s*,\s*")


#: "N of them" naming a kind that counts across the sides (children, women, officers): a subset of the whole list.
_OF_THEM_LABEL = re.compile(r"\s*of\s+(?:them|whom)\s+(?:(?:were|are)\s+)?(?:[\w'-]+\s+){0,3}?(?:children|child|kids?|boys?|girls?|"
                            r"women|woman|officers?|commanders?|leaders?)\b", re.IGNORECASE)


def part_of_an_item(work: str, last: Mention, q: Quantity) -> bool:
    """Whether "N of them" after an item of a list breaks down that item, not the list's whole ("five: two soldiers and
    three militiamen, one of them a Syrian"): a smaller figure of no label, naming who they are (a nationality)."""
    return last.parent is not None and last.label is None and last.value > q.value and not _OF_THEM_LABEL.match(work, q.end)
