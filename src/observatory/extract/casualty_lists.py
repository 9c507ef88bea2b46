"""Lists of casualty figures read across their items (used by ``casualties``): the next item of a list cut by
semicolons or after a clause on how the item before died, a relative clause between two items, a toll restated
by side ("the dead were two Syrian soldiers and two Iranian-backed militiamen"), a figure of people broken down by a list
whose items add up to it ("31 people were killed, 24 SDF members and seven civilians"), and one person told twice in a
row ("a man, a civilian working as a farmer, was killed"; also "a passer-by, a civilian woman who was ...").
Parts in brackets right after the figure ("Six people (four soldiers and two ...)"), "one family" is no count
among the parts ("four from one family and two from the other"), "They are ..." opening a sentence restates a toll,
and "who is of Jordanian nationality, and ..." sits between two items. Parts named with "the" ("killed four
people, the three SDF fighters and a civilian driver"); a toll restated with its side ("the pro-government dead were");
parts after a figure told by a pronoun ("killing eight of them, five NDF members and three soldiers").

The next item after a victim's group that ends his words ("a commander in the SDF's military council and two of his
companions": ``GROUP_THEN_AND``), and no item counted by the article of an item's group ("two members of a gang
affiliated with ...") (tests/test_extract_casualty_companions_in_breakdown.py, ..._people_apposed_parts.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_restated import IDENTIFIED_AS, QUALIFIED_DEAD
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity, find_quantities

#: "...: 96 members of regime forces and collaborators with security services; 52 ex-fighters ...": the next item of a list
#: cut by semicolons (what the item before says of its people in between), or of a list that goes on after a clause that
#: says how the item before died (", who were killed by landmines, in addition to 15 members ...").
NEXT_ITEM = re.compile(r"[^.;:\d]{0,120}?;\s*(?:and\s+)?|,\s*who\s+(?:were|was|had\s+been)\s+(?:killed|murdered)\b[^.;:\d]{0,100}?,\s*"
                        r"(?:in\s+addition\s+to|as\s+well\s+as|along\s+with)\s*", re.IGNORECASE)
#: "two Syrians who worked as guards for the militia, and three civilians": what the item's people did or where they
#: lived (a past verb of no harm, "worked", "lived", "served"), then a comma and the next item; or what they had done
#: ("who had gone out to gather truffles and seven soldiers").
_WHO_DID = (r"(?!(?:killed|injured|wounded|died|executed|murdered|perished|succumbed|survived|escaped|attacked|opened|fired|"
            r"targeted|claimed|carried|stormed|abducted|kidnapped|arrested)\b)[a-z]{3,}ed\s+[a-z][A-Za-z\s'-]{0,60}?,|"
            # "46 civilians who had gone out to gather the prized desert fungus and seven soldiers": what they had done
            r"had\s+(?!(?:been|killed|injured|wounded|died|executed|attacked|opened|fired|targeted|claimed|carried|stormed|abducted|"
            r"kidnapped|arrested)\b)[a-z]{3,}\s+[a-z][A-Za-z\s'-]{0,60}?,?")
#: "11 civilians who were collecting truffles and four members of ...": a relative clause between two parts of a list.
#: Also "who were killed in their homes or in the bombings, and 104 members": how they died, then the next item.
WHO_THEN_AND = re.compile(r"\s*,?\s*(?:who|that)\s+(?:(?:were|was|had\s+been|are|is)\s+(?:(?!(?:also\s+)?(?:killed|injured|wounded|dead)\b)"
                           r"[A-Za-z][A-Za-z\s'-]{0,60}?,?|(?:killed|executed|shot\s+dead|slain)\s+(?:in|by|inside|during|when|while|at|on)\s+"
                           r"[A-Za-z][A-Za-z\s'-]{0,80}?,)|" + _WHO_DID + r")\s+(?:and|as\s+well\s+as)\s*|"
                           # "a leader who blew himself up with an explosive belt after being besieged, as well as two ...":
                           # what the item's man did, then a comma and the next item added
                           r"\s+who\s+(?:(?!(?:killed|injured|wounded|dead|died|was|were)\b)[\w'-]+\s+){1,14}?"
                           r"(?!(?:killed|injured|wounded|dead)\b)[\w'-]+,\s+(?:as\s+well\s+as|in\s+addition\s+to|along\s+with)\s+")
#: "a commander in the SDF's military council and two of his companions": the victim's group, then the next item of
#: the list (the figure's own words stop at "in"/"of"), with no verb, place or time word between them; the item is
#: the victim's own men (``HIS_OWN``), so that "120 civilians in SDF-held areas and 20 civilians in ..." stay apart.
HIS_OWN = re.compile(r"\s*of\s+(?:his|her|their)\s", re.IGNORECASE)
#: The group's short form in brackets after its name ("the National Defence Forces (NDF)").
_SHORT_FORM = r"(?:\s*\((?:[A-Z][\w'’.-]*\s?){1,3}\))?"
GROUP_THEN_AND = re.compile(r"\s+(?:in|of|from|within)\s+(?:the\s+)?(?:(?!(?:were|was|is|are|had|has|when|while|after|before|near|"
                            r"on|at|by|killing|killed|injuring|injured|wounding|wounded|and|who|which)\b)[\w'’\"“”-]+\s*){1,6}?" + _SHORT_FORM
                            + r"(?:,\s*(?:and\s+)?|\s+and\s+)")
#: "killing two commanders in the YPG and a civilian": the unit the figure before serves in, named, then the next item.
UNIT_THEN_AND = re.compile(r"\s+(?:in|within)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}" + _SHORT_FORM
                           + r"\s*,?\s+and\s+")
#: What may stand between a figure and "N of whom ..." that breaks it down: where or when, then a comma.
OF_WHOM_AFTER = re.compile(r"[^.;:]{0,160}?,\s*")
#: "N of whom were killed by X": the part of the figure before that one side killed; "four of whom were killed in
#: internal fighting": the part one cause killed, no total of its own (round 66).
OF_WHOM_BY = re.compile(r"\s+of\s+(?:whom|them)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:killed\s+)?by|"
                        r"killed\s+in(?![^.;,]{0,40}\b(?:landmines?|mines?|remnants|ordnance)\b))\b", re.IGNORECASE)  # (mines: a cause share)
#: "the dead were two Syrian soldiers and two Iranian-backed militiamen": the toll told before, restated by side.
_RESTATED = re.compile(rf"\b(?:the|those)\s+{QUALIFIED_DEAD}\s+(?:were|are|included|include|includes|comprised?|comprises|consisted\s+of)\b|"
                       rf"(?:(?<=[.!?]\s)|(?<=\n))(?:(?-i:They|These)\s+(?:are|were|include[sd]?)|{IDENTIFIED_AS})\b", re.IGNORECASE)


def restated(work: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The figures of a restated toll ("the dead were ...") replace what was told of their sides before: the first figure
    of each side is marked as a latest toll (the next ones of that side add to it)."""
    cue = _RESTATED.search(work, start, end)
    if cue is None:
        return mentions
    seen: set[str | None] = set()
    out = []
    for m in mentions:
        if m.quantity.start >= cue.end() and m.role == KILLED and m.parent is None and not m.quantity.vague and m.side not in seen:
            seen.add(m.side)
            m = replace(m, rose=True)
        out.append(m)
    return out


#: What may stand between a figure of people and the list that breaks it down ("31 people were killed, 24 ...",
#: "the deaths of 13 people in airstrikes since the morning, nine ...", "52 deaths — 30 ..."): no figure, no stop.
_BEFORE_PARTS = re.compile(r"[^.;:\n]{0,100}?(?:,|:|\s[—–-]|[—–]|\()\s*(?:(?:namely|that\s+is|they\s+(?:are|were)|these\s+(?:are|were)|"
                           r"including|among\s+them|of\s+whom)\s*:?\s*)?(?:the\s+)?", re.IGNORECASE)  # "four people, the three ..."
#: A figure inside an item ("89 civilians, including five women"): a part of the item, not an item of the list.
_NESTED = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b[^,;]*", re.IGNORECASE)
_OPEN_PAREN = re.compile(r"\s*[\w-]+(?:\s+[\w-]+)?\s*\(\s*")
_ONE_PARTY = re.compile(r"one\s+(?:family|clan|tribe|side|party|group|village|town)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|these)\b", re.IGNORECASE)
_LIST_STOP = re.compile(r"[.\n]|\s(?:while|whereas|where|and\s+(?:injured|wounded|wounding))\s", re.IGNORECASE)


#: A figure of people of no stated kind ("31 people", "the deaths of 13 persons", "52 fatalities"): one that parts may break down.
_PEOPLE_WORD = re.compile(r"\s*(?:people|persons|individuals|deaths|fatalities|victims|casualties|dead)\b", re.IGNORECASE)
#: A figure of fighters ("19 fighters", "ten SDF members", "six soldiers") and a part told by the group it came from
#: (", 12 from HTS", ", seven of the SDF", ", four from the army").
_FIGHTERS_WORD = re.compile(r"(?:\s+[\w'-]+){0,3}?\s*(?:fighters|combatants|militants|gunmen|militiamen|members|soldiers|troops)\b",
                            re.IGNORECASE)
FROM_PARTY = re.compile(r"\s+(?:of\s+them\s+)?(?:from|of|belonging\s+to)\s+(?:the\s+)?(?:[A-Z\"'‘“]|"
                        r"(?:army|regime|government|police|factions?|militias?|operations?\s+room|alliance|coalition|brigade|battalion|"
                        r"division|movement|front)\b)")


def parts_of_figure(work: str, whole: Quantity, group_end: int, q: Quantity) -> bool:
    """The figure ``q`` opens a list that breaks down the figure of people just before it: the items after the comma,
    colon or dash add up to the whole exactly ("31 people were killed, 24 SDF members and seven civilians")."""
    return _parts_end(work, whole, group_end, q) is not None


#: A role clause closed by a colon after a figure of any kind: "five civilians lost their lives: ...", "12 soldiers died: ...".
COLON_LIST = re.compile(r"\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|dead|died|perished|lost\s+(?:their|his|her)\s+li(?:fe|ves)|injured|wounded)"
                        r"[^.;:\d]{0,60}?:\s*", re.IGNORECASE)


def colon_parts(work: str, whole: Mention, q: Quantity) -> bool:
    """"five civilians lost their lives: three shepherds ... and two people who ...": after a colon, items that add up to a
    figure of any kind (not only of "people") are its parts."""
    opened = COLON_LIST.fullmatch(work, whole.group_end, q.start) or _BARE_COLON.fullmatch(work, whole.group_end, q.start)
    return bool(opened) and _parts_end(work, whole.quantity, whole.group_end, q, True) is not None


#: "killed nine members of Iranian militias: four Afghans, three Iraqis and two Syrians": the list right after the group
#: (also ", they are: five NDF members and three Afghan fighters", tests/test_extract_casualty_they_are_list.py).
_BARE_COLON = re.compile(r"\s*(?::|[—–]|\s-|,\s*(?:they|these)\s+(?:are|were)\s*:)\s*", re.IGNORECASE)  # (", they are: ...")


def _parts_end(work: str, whole: Quantity, group_end: int, q: Quantity, any_kind: bool = False) -> list[int] | None:
    """Where the items of the list of parts that ``q`` opens start, when they add up to ``whole`` (None when they do not)."""
    if not any_kind and not _PEOPLE_WORD.match(work, whole.end, group_end + 1) and work[whole.end:group_end].strip() \
            and not (_FIGHTERS_WORD.match(work, whole.end, group_end + 1) and FROM_PARTY.match(work, q.end)):
        return None  # (a bare figure, "the toll has risen to 116: ...", is one of people too; so are "19 fighters, 12
        # from HTS and seven from ...": fighters broken down by the group each came from)
    if q.vague or q.value >= whole.value or q.text.strip().lower() in ("a", "an"):
        return None
    if not (_BEFORE_PARTS.fullmatch(work, group_end if group_end < q.start else whole.end, q.start)
            or _OPEN_PAREN.fullmatch(work, whole.end, q.start)):  # "Five people (three soldiers and two ...)"
        return None
    stop = _LIST_STOP.search(work, q.start, q.start + 300)
    end = stop.start() if stop else min(len(work), q.start + 300)
    nested = [(m.start(), m.end()) for m in _NESTED.finditer(work, q.start, end)]
    total = 0
    items: list[int] = []  # where each item starts
    for part in find_quantities(work[q.start:end], q.start):
        if part.vague or any(a <= part.start < b for a, b in nested) or _OF_THEM.match(work, part.end):
            continue  # "(33 refugees,) 10 of them women": a part of an item
        if _ONE_PARTY.match(work, part.start):
            continue  # "four from one family and two from the other": the party, no count
        if part.text.strip().lower() in ("a", "an") and _OF_BEFORE.search(work, max(0, part.start - 8), part.start):
            continue  # "two members of a gang affiliated with ...": the article of the item's group, no one more
        total = total + part.value
        items.append(part.start)
        if total >= whole.value:
            return items if len(items) >= 2 and total == whole.value else None
    return None


parts_end = _parts_end  # (read by ``casualty_nations``)
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)


#: The whole told by a pronoun: "killing eight of them", "five of those".
_PRONOUN_WHOLE = re.compile(r"\s+of\s+(?:them|these|those)\s*$", re.IGNORECASE)


def pronoun_parts(work: str, whole: Mention, q: Quantity) -> bool:
    """"attacked positions of the NDF and the army, killing eight of them, five NDF members and three soldiers": after a
    figure told by a pronoun, items that add up to it are its parts (the side the pronoun gave the whole is a guess that
    the parts name), not more dead."""
    return (_PRONOUN_WHOLE.match(work, whole.quantity.end, whole.group_end) is not None
            and _parts_end(work, whole.quantity, whole.group_end, q, True) is not None)


def summed_whole(work: str, q: Quantity, mentions: list[Mention]) -> int | None:
    """The figure of people whose list of parts (adding up to it) ``q`` lies in, if any ("15 people: five civilians,
    among them a woman, seven militiamen, and three soldiers": the three are a part of the 15, not of the five)."""
    root = next((i for i in reversed(range(len(mentions))) if mentions[i].parent is None), None)
    if root is None:
        return None
    first = next((m for m in mentions[root + 1:] if m.parent == root), None)
    colon = first is not None and (COLON_LIST.fullmatch(work, mentions[root].group_end, first.quantity.start) is not None
                                   or _BARE_COLON.fullmatch(work, mentions[root].group_end, first.quantity.start) is not None)
    if mentions[root].side != "unknown" and not mentions[root].rose and not colon:
        return None  # (only "people" or a risen toll leave a remainder when a part is missed; "30 fatalities" do not)
    items = _parts_end(work, mentions[root].quantity, mentions[root].group_end, first.quantity, colon) if first is not None else None
    return root if items is not None and q.start in items else None


#: "a man, a civilian working as a farmer, was killed": the second "a ..." restates the first (closed by a comma and
#: the verb), and "as a farmer" says what the person did.
#: ("a third shepherd, a teenage boy, got away with light injuries": the apposition closed before the one's own verb)
_APPOSED_SINGLE = re.compile(r"[^,.;:]{0,80},\s*(?:who\s+)?(?:was|were|had\s+been|has\s+been|is|died|dead|"
                             r"(?:also\s+)?(?:got|gets|escaped|survived|suffered|sustained|managed|succumbed|remains|remained|received))\b|"
                             r"\s+who\s+(?:was|had\s+been)\s+(?!(?:also\s+)?(?:killed|injured|wounded)\b)", re.IGNORECASE)
_WORKING_AS = re.compile(r"\b(?:working|worked|works|employed|serving|served)\s+as\s+$|\bby\s+profession\s*$", re.IGNORECASE)
_ONE_WORDS = ("a", "an", "the")


#: A restatement that tells the group the person was of before: "a former opposition fighter", "an ex-member of".
_PAST_WORDS = re.compile(r"(?:an?|the)\s+(?:[\w'-]+\s+)?(?:former|ex-|onetime|one-time)", re.IGNORECASE)


def past_restated(work: str, m: Mention, p: Mention) -> bool:
    """Whether the restatement ``m`` only tells the group the person ``p`` was of before ("A member of the Military
    Security, a former opposition fighter, was killed"): the group ``p`` names is the one he is of now (SCHEMA: settled
    ex-fighters who joined a regime service are of the regime). A civilian first told is not of a group: "A civilian, a
    former opposition fighter" is told by his past (SCHEMA: reconciled ex-rebels are hts_rebels)."""
    return p.side not in (None, "unknown", "civilians") and not p.generic and _PAST_WORDS.match(work, m.quantity.start) is not None


def single_appositions(work: str, mentions: list[Mention]) -> list[Mention]:
    """One person told twice in a row ("a man, a civilian working as a farmer, was killed") is one casualty: the
    restatement gives its side to the first telling and is dropped, as is the trade after "working as"."""
    drop: set[int] = set()
    out = list(mentions)
    for i, m in enumerate(mentions):
        words = m.quantity.text.lower().split()
        if m.parent is not None or m.value != 1 or not words or words[0] not in _ONE_WORDS:
            continue
        if _WORKING_AS.search(work[max(0, m.quantity.start - 20):m.quantity.start]):
            drop.add(i)
            continue
        p = mentions[i - 1] if i > 0 else None
        if (p is None or i - 1 in drop or p.parent is not None or p.value != 1 or p.role != m.role
                or not re.fullmatch(r"\s*,\s*", work[p.group_end:m.quantity.start]) or not _APPOSED_SINGLE.match(work, m.group_end)):
            continue
        if m.side not in (None, "unknown") and not m.generic and not past_restated(work, m, p):  # the restatement says who the person was
            out[i - 1] = replace(out[i - 1], side=m.side, actor=m.actor, nationality=m.nationality, label=out[i - 1].label or m.label,
                                 generic=False)
        drop.add(i)
    if not drop or any(m.parent is not None for m in mentions):
        return mentions  # (a list with breakdowns keeps its indices)
    return [m for k, m in enumerate(out) if k not in drop]
