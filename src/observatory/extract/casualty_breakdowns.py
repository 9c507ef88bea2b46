"""Breakdowns of a casualty figure: which earlier mention of the sentence a figure breaks down (``parent_of``), for
``casualties.find_mentions``.

* a figure after a breakdown cue ("14 members, including 2 Russians", "among them", "of whom", "namely", "among the
  total number of casualties there are") is a part of the last whole, and so is "both" after two, "6 of them", "60 of
  whom", parts that add up to the figure ("31 people were killed, 24 SDF members and seven civilians"; also after a
  figure told by a pronoun: "killing eight of them, five NDF members and three soldiers"), and a list after "killed:",
  "as follows" or a dash;
* the next item of a list of parts ("..., including 193 children, and 106 women") keeps the same whole, unless armed
  men follow labelled parts or civilians follow a toll of combatants;
* a figure restated by an apposition ("Two civilians, a man and his wife, were injured") is a part, not more;
* the labels a figure's own words give it (children, women, officers: ``LABELS``).
"""

from __future__ import annotations

import re

from observatory.extract.casualty_further_copula import copula_part_root
from observatory.extract.casualty_groups import COMBATANT_NOUN
from observatory.extract.casualty_listed import WORK_THEN_AND
from observatory.extract.casualty_lists import (
    FROM_PARTY,
    NEXT_ITEM,
    OF_WHOM_AFTER,
    OF_WHOM_BY,
    WHO_THEN_AND,
    colon_parts,
    parts_of_figure,
    pronoun_parts,
    summed_whole,
)
from observatory.extract.casualty_mixed_wholes import armed_item_of_people
from observatory.extract.casualty_nations import nationality_parts
from observatory.extract.casualty_one_apposed import same_one
from observatory.extract.casualty_parts import part_of_an_item, postposed_part, unit_of_the_whole
from observatory.extract.figures import PART_OF_THEM
from observatory.extract.mention_sides import (
    Mention,
    among_the_dead,
)
from observatory.extract.numbers import ORDINAL_ONE_RE, Quantity

_BREAKDOWN = re.compile(r"(?:\bamong\s+(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:casualties|dead|fatalities|victims|toll|deaths)\s+"
                        r"(?:there\s+(?:are|were)|are|were)(?:\s+at\s+least)?|"
                        # "Among the 23 injured were three children, a woman and ...": the parts of the figure just told
                        r"\bamong\s+(?:the|those)\s+[\d,]+\s+(?:injured|wounded|dead|killed)\s+(?:were|are)|\bincluding|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bamongst\s+them|\bincluding\s+at\s+least|"
                        r"\bmost\s+of\s+them|\bincluding\s+about|\bnamely|\bi\.e\.,?|\bthat\s+is,)(?:\s+(?:his|her|their))?\s*$|"
                        # "11 regime soldiers, including the three non-Syrian militiamen": parts told before (round 65)
                        r"\bincluding\s+the\s*$", re.IGNORECASE)


#: "..., saying nine were civilians": who some of the figure before were, told in the speaker's words.
_SAYING = re.compile(r"\b(?:saying|adding|noting)(?:\s+that)?\s+$", re.IGNORECASE)
_WERE_WHO = re.compile(r"\s+(?:were|was)\s+(?!(?:\w+\s+)?(?:killed|wounded|injured|dead|hurt|shot|executed)\b)", re.IGNORECASE)


LABELS = ((re.compile(r"\b(?:children|child|school(?:children|child|boys?|girls?)|kids?|boys?|girls?|infants?|minors?)\b", re.I),
           "children"),
           (re.compile(r"\b(?:women|woman)\b", re.I), "women"),
           (re.compile(r"\b(?:officers?|commanders?|leaders?|leadership|generals?|colonels?|brigadiers?|lieutenants?|captains?)\b", re.I), "officers"))


_ARMED = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:fighters|combatants|members|soldiers|militants|gunmen|militiamen|personnel|troops|"
                    r"elements|recruits)\b", re.IGNORECASE)


_CIVILIANS_NEXT = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+civilians?\b", re.IGNORECASE)


#: "among the total number of casualties there are": every part listed after it, "in addition to" included, is inside the total.
#: ", of whom" opening the part of a part, told with a clause of its own before the next item of the outer list
#: ("... 164 militiamen, of whom 98 | are of non-Syrian nationalities|, and four Russian soldiers").
_OF_WHOM = re.compile(r",\s*of\s+whom\s*$", re.IGNORECASE)
_WHOM_CLAUSE = re.compile(r"\s+(?:are|were|is|was)\s+(?:of\s+)?[A-Za-z][A-Za-z\s'-]{0,60}$", re.IGNORECASE)
_SCOPED = re.compile(r"\bamong\s+(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:casualties|dead|fatalities|victims|toll|deaths)\b", re.I)


#: "several others", "two others": people beyond the figure before, never a part of it.
_OTHERS = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+others\b", re.IGNORECASE)
_SCOPE = r"(?:\s+(?:in|across|during|since|over|on|at|from|within|throughout)\b(?:[^.;:\d]|(?:19|20)\d\d){0,80}?)?"


_LIST_OPEN = re.compile(rf"\s*(?:(?:people|persons)?\s*(?:dead|killed|injured|wounded|fatalities|deaths|casualties))?{_SCOPE}\s*[;:]\s*|"
                        rf"{_SCOPE}\s*,?\s*(?:they\s+are|distributed\s+as\s+follows|as\s+follows|namely)\s*:?\s*|"
                        r"\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|injured|wounded)(?:\s+in\s+total)?\s*(?:[—–]|\s-)\s*", re.IGNORECASE)


#: "367 of them": a part of the whole before, told after its list ("391 soldiers, including three Russians; 367 of them ...").
_OF_THEM_AFTER = re.compile(r"\s*of\s+(?:them|whom)\b", re.IGNORECASE)
#: "Two civilians, a man in the town of al-Hirak and a woman in Inkhil": one part placed, then the next part.
_PLACED_AND = re.compile(r"\s+(?:in|from)\s+(?:the\s+(?:town|village|city|neighbou?rhood)\s+of\s+)?(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                         r"\s*,?\s*and\s+")


def _colon_item(work: str, q: Quantity, mentions: list[Mention]) -> bool:
    """An ordinal that goes on a colon list of a whole's parts ("killed three people: an IS official, a second IS member
    and a civilian"): an item of the list, not one more."""
    last = mentions[-1]
    if last.parent is None or re.fullmatch(r"\s*,?\s*(?:and\s+)?", work[last.group_end:q.start]) is None:
        return False
    whole = mentions[last.parent]
    return whole.parent is None and re.fullmatch(r"\s*:\s*", work[whole.group_end:mentions[last.parent + 1].quantity.start]) is not None


def parent_of(work: str, q: Quantity, mentions: list[Mention], start: int) -> int | None:
    """The mention that ``q`` breaks down ("including 2 Russians", "... and 9 Iranians"), if any."""
    if not mentions or ORDINAL_ONE_RE.fullmatch(q.text.strip()) and not _colon_item(work, q, mentions):
        return None  # ("killed two fighters; a third was injured": an ordinal counts one more, no part of the two)
    last = mentions[-1]
    between = work[last.group_end:q.start]
    if _BREAKDOWN.search(work[max(start, q.start - 70): q.start]):
        parent = len(mentions) - 1
        if last.parent is not None and last.label is None and last.value > q.value:
            return parent  # "they are: 61 soldiers, 87 fighters including 15 of the factions": a part of the part
        while mentions[parent].parent is not None:
            parent = mentions[parent].parent or 0
        return parent
    if last.parent is None and q.text.strip().lower() == "both" and last.value == 2 and re.fullmatch(r"\s*,\s*", between):
        return len(mentions) - 1  # "killed its two occupants, both HTS members": the two, said again with their side
    if (last.parent is None or part_of_an_item(work, last, q)) and _of_them_next(work, q, between):
        return len(mentions) - 1  # "15 soldiers, 6 of them non-Syrians" (also an item of a list: "...: 2 soldiers and 3 militiamen, 1 of them ...")
    if last.parent is None and OF_WHOM_AFTER.fullmatch(between) and (OF_WHOM_BY.match(work, q.end, q.end + 90)
                                                                  or PART_OF_THEM.match(work, q.end)):
        return len(mentions) - 1  # "150 civilians in July, 60 of whom were killed by regime forces"
    if last.parent is None and _SAYING.search(work, max(start, q.start - 20), q.start) and _WERE_WHO.match(work, q.end):
        return len(mentions) - 1  # "gave a higher toll of 14 dead, saying nine were civilians and five were fighters"
    if apposed(work, q, mentions) or same_one(work, q, mentions) or among_the_dead(work, work[max(last.group_end, q.start - 200):q.start], q) or postposed_part(work, last, q):
        return len(mentions) - 1
    if last.parent is None and ((last.side in (None, "unknown") or FROM_PARTY.match(work, q.end) or _bare_toll(work, last, q))
                                and parts_of_figure(work, last.quantity, last.group_end, q)
                                or colon_parts(work, last, q) or nationality_parts(work, last, q) or pronoun_parts(work, last, q)):
        return len(mentions) - 1  # "31 people were killed, 24 SDF members and seven civilians": the parts add up to it
        # (also "19 SDF fighters, 12 from the X and seven from the Y": each part told by the group it came from)
    if last.parent is not None and (root := _next_part_root(work, q, mentions)) is not None:
        return root
    if last.parent is not None and (up := mentions[last.parent].parent) is not None and re.fullmatch(r"\s*,\s*(?:and|as\s+well\s+as)\s*", between) \
            and _WHOM_CLAUSE.match(work, last.quantity.end, last.group_end) and _OF_WHOM.search(work, mentions[last.parent].group_end, last.quantity.start):
        return up  # "1,351 soldiers, among them 164 militiamen, of whom 98 are non-Syrians, and four Russians": the four are of the 1,351
    if last.parent is None and _LIST_OPEN.fullmatch(between) and (last.rose or last.side in (None, "unknown")) \
            and not _OTHERS.match(work, q.start, q.end + 10):  # ("five of the attackers; several others were injured": more)
        return len(mentions) - 1  # "the toll rose to three; a civilian and two fighters"
    subset = any(pattern.match(work, q.end, q.end + 25) or pattern.search(work[q.end:q.end + 25]) for pattern, _ in LABELS)
    scoped = last.parent is not None and bool(_SCOPED.search(work, mentions[last.parent].group_end, last.quantity.start))
    if last.parent is not None and NEXT_ITEM.fullmatch(between):
        root = last.parent
        while mentions[root].parent is not None:
            root = mentions[root].parent or 0
        if root == last.parent and (last.label is not None or mentions[root].side not in (None, "unknown") and not _OF_THEM_AFTER.match(work, q.end)):
            return None  # "killed: 112 civilians, including 8 children; 176 soldiers": the list's next item, no header
            # (also "five civilians, including a woman and an elderly man; seven soldiers": a whole of a side ends at ";",
            # not "...; 367 of them were killed by ISIS": the whole's own part)
        return root  # "...: 40 civilians, including 5 children; 60 regime soldiers; ...": a part of the whole list
    if last.parent is not None and (re.fullmatch(r"\s*(?:and|as\s+well\s+as|,)?\s*", between) or WHO_THEN_AND.fullmatch(between)
                                    or last.value == q.value == 1 and _PLACED_AND.fullmatch(between) or WORK_THEN_AND.fullmatch(work, last.group_end, q.start)
                                    or scoped and re.fullmatch(r"\s*,?\s*in\s+addition\s+to\s*", between)):
        return _next_of_list(work, q, mentions, last.parent, between, subset)
    if last.parent is not None and subset and re.fullmatch(r"\s*,\s*and\s*", between):
        return last.parent  # "..., including 193 children, and 106 women"
    return None


def _next_of_list(work: str, q: Quantity, mentions: list[Mention], parent: int, between: str, subset: bool) -> int | None:
    """The whole the figure after a part joined by "and" or a comma is a part of (``parent``, the part's), or None where
    the list of that whole has ended."""
    siblings = [m for m in mentions if m.parent == parent]
    whole, last = mentions[parent], mentions[-1]
    labelled = not subset and all(m.label for m in siblings) and _ARMED.match(work, q.end) is not None
    if whole.parent is not None and whole.side == "civilians" and labelled and "," not in between:
        return whole.parent  # "46 people, among them 40 civilians including 11 children and six members of X": of the 46
    if labelled and not unit_of_the_whole(work, whole, between, q) \
            and not armed_item_of_people(work, whole, siblings, q.value, between) and "," in work[last.quantity.end:q.start]:
        return None  # "9 civilians, among them three boys, 30 fighters": ended (not "131 officers and 3 Russian soldiers")
    if _CIVILIANS_NEXT.match(work, q.end) and COMBATANT_NOUN.search(work, whole.group_start, whole.group_end):
        return None  # "19 combatants including three of the YPG, ... and three civilians": civilians are no combatants
    return parent


#: Between a whole and its first part told by "of them" after the rest of the whole's words and a colon ("16 members
#: of SDF, the Asayish and military councils: 11 of them were killed by ISIS cells").
_UP_TO_COLON = re.compile(r"[^.;:\d]{0,100}:\s*")
_OF_THEM_FATE = re.compile(r"\s*of\s+(?:them|whom)\s+(?:were|was)\s+(?:killed|murdered|shot|executed)\b", re.IGNORECASE)


def _of_them_next(work: str, q: Quantity, between: str) -> bool:
    """``q`` is a part "of them" of the figure just before: "15 soldiers, 6 of them non-Syrians", or after the rest of
    the whole's words and a colon ("...: 11 of them were killed by ISIS cells")."""
    if re.fullmatch(r"\s*[,(]\s*", between):
        return PART_OF_THEM.match(work, q.end) is not None
    return _UP_TO_COLON.fullmatch(between) is not None and (PART_OF_THEM.match(work, q.end) or _OF_THEM_FATE.match(work, q.end)) is not None


def _next_part_root(work: str, q: Quantity, mentions: list[Mention]) -> int | None:
    """The whole that the figure after a part is the next part of: the parts so far and it add up to it
    (``summed_whole``), or it is told after "were" beside a part told by "of them" ("19 of them civilians, while 13 were
    soldiers": ``casualty_further_copula``)."""
    root = summed_whole(work, q, mentions)
    return root if root is not None else copula_part_root(work, q, mentions)


#: A figure with no words of its own ("put the death toll at four, three soldiers and a woman"): whatever side the
#: sentence lent it, the list after it that adds up to it tells its sides.
_BARE_TOLL = re.compile(r"\s*")


def _bare_toll(work: str, last: Mention, q: Quantity) -> bool:
    """Whether ``last`` is a figure with no words of its own and ``q`` opens the list right after its comma ("at four,
    three soldiers and a woman"; not "139 fatalities among ...: 104 civilians")."""
    return _BARE_TOLL.fullmatch(work, last.quantity.end, last.group_end) is not None \
        and re.fullmatch(r"\s*,\s*", work[last.group_end:q.start]) is not None
_APPOSED = re.compile(r"[^,;.:\d]{1,100},\s*(?:were|was|have|had|are)\s", re.IGNORECASE)


def apposed(work: str, q: Quantity, mentions: list[Mention]) -> bool:
    """"Two civilians, a man and his wife, were injured": the figure restates the last one (a part of it, not more)."""
    last = mentions[-1] if mentions else None
    return (last is not None and last.parent is None and last.value >= 2 and re.fullmatch(r"\s*,\s*", work[last.group_end:q.start])
            is not None and _APPOSED.match(work, q.end) is not None)
