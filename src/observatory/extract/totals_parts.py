"""How the figures of one sentence of totals become wholes and parts (used by ``totals.TotalsBuilder``).

* an overall figure of no side broken down by side ("73 persons, including one civilian") gives its parts, not itself
  (``drop_overall`` in a statistics header, ``promote_parts`` elsewhere); "87 fighters including 15 of the factions"
  (parts of one side) takes that side; a figure of people broken down only by kind stays one total of people;
* a total given only as parts ("three oil workers, 9 herders and two other people", "... and 22 shepherds, in addition
  to 9 other civilians"; after another side's whole and its own parts too) is their sum (``sum_people``), but
  not figures of one side that each name a formation of their own ("74 members of the factions and five soldiers of
  the Turkish army"; "89 fighters of the Turkish-backed factions and 16 Turkish
  soldiers"), nor people told apart by one noun twice on a bulleted line of a statistics list ("- 16
  persons accused of drug dealing, and 11 persons of unknown identity");
* a running figure whose shares and the figures told beside them fall short of it ("has risen to 44, among
  them 33 refugees ..., in addition to a medical worker") stays a total of people beside its shares;
* a split by side that names some of its people only by kind and adds up to the whole ("11 people ...: six regime
  soldiers, four local fighters and a woman") gives those people as a total too (civilians), and so does a part told
  with a rank ("91 people: ..., 29 regime soldiers and officers, ...", "25 members and commanders of the SDF");
* a breakdown ends at a semicolon (``semicolon_tops``), and the first item of a list opened by a colon whose later
  items follow semicolons is a figure of its own too ("..., they are: 27 civilians, ...; 55 members of SDF ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention

#: Armed people named by what they are rather than by their group ("19 combatants", "military personnel").
COMBATANTS = re.compile(r"\b(?:combatants?|fighters?|military\s+personnel|members?)\b", re.IGNORECASE)
_PEOPLE = ("civilians", "unknown")
#: A period between two figures ("830 killed since 2020 and 41 killed during March"): figures of their own periods.
_PERIOD_CUE = re.compile(r"\b(?:since|during|throughout|over\s+the|in\s+the\s+(?:past|last|first|second)|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def drop_overall(mentions: list[Mention]) -> list[Mention]:
    """In a statistics header ("... left 57 persons dead; they are as follows:") the overall figure is not a total by side,
    but what it names by side ("including one civilian") is. An overall broken down only into subsets such as children
    and women ("17 dead, among them four children and three women") names no side below it: it stays a total."""
    dropped = {k for k in range(len(mentions)) if _dropped(mentions, k)}
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k in dropped:
            continue
        if m.parent is not None and m.parent in dropped:
            m = replace(m, parent=None)
        elif m.parent is not None:
            m = replace(m, parent=sum(1 for j in range(m.parent) if j not in dropped))
        out.append(m)
    return out


def _dropped(mentions: list[Mention], k: int) -> bool:
    m = mentions[k]
    if m.parent is not None or m.side not in (None, "unknown") or m.rose or m.side == "unknown" and m.actor not in (None, "People"):
        return False  # ("12 gunmen of the tribes": a group of no side label, not an overall figure)
    parts = [c for c in mentions if c.parent == k]
    if not parts and any(c.parent is None for c in mentions[:k]):
        return False  # "...; 24 former rebels; and six people who had collaborated with X": the last line, not the whole
    return not parts or not all(c.label is not None for c in parts)


def sum_people(work: str, mentions: list[Mention], groups: frozenset[str], line: bool = False) -> list[Mention]:
    """A total given only as parts ("three oil workers, 9 herders and two other people") is their sum; figures of one
    side joined by "and" ("five NDF members and a soldier") too, but not items of a list ("30 militiamen, five members of
    Hezbollah and two civilians"): the list names separate categories; nor the people of a bulleted line
    of a statistics list named by one noun twice (``line``: "- 16 persons accused of drug dealing, and 11 persons of
    unknown identity")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.parent is None and prev.parent is None and m.role == prev.role == KILLED
                and m.quantity.start >= prev.group_end  # (figures out of text order are never one sum)
                and "(" not in work[prev.quantity.end:m.quantity.start]  # ("30 militiamen (22 non-Syrians ...": its parts, no addend)
                and (m.side in _PEOPLE and prev.side in _PEOPLE and not (line and _same_noun(work, prev, m))
                     and not _named_group(m, groups) and not _named_group(prev, groups)
                     or m.side == prev.side and m.side is not None and "," not in work[prev.group_end:m.quantity.start]
                     and not _listed(work, out) and not _own_units(work, prev, m) and not _others_of_another(work, prev, m))
                and not m.quantity.vague and not prev.quantity.vague
                and (re.fullmatch(r"(?:(?:\s+[\w'-]+){0,6}\s*(?:,|and|,\s*and))?\s*", work[prev.group_end:m.quantity.start])
                     or _other_added(work, prev, m))
                and not _PERIOD_CUE.search(work, prev.group_end, m.quantity.start)
                and not any(c.parent is not None and c.quantity.start > prev.quantity.start for c in mentions)):
            other = bool(re.search(r"\bothers?\b", work[m.group_start:m.group_end], re.IGNORECASE))
            side = prev.side if prev.side == m.side else "civilians" if prev.side == "civilians" and other else "unknown"
            q = prev.quantity
            out[-1] = replace(prev, side=side, quantity=replace(q, value=q.value + m.value, end=m.quantity.end), group_end=m.group_end)
            continue
        out.append(m)
    return out


#: ", in addition to", ", as well as", ", along with" between two figures of people.
_ADDED = re.compile(r"\s*,?\s*(?:in\s+addition\s+to|as\s+well\s+as|along\s+with)\s*", re.IGNORECASE)


def _other_added(work: str, prev: Mention, m: Mention) -> bool:
    """"four civilians working in gas fields and 22 shepherds, in addition to 9 other civilians": people told as
    others of the ones before them, the same total going on."""
    return _ADDED.fullmatch(work, prev.group_end, m.quantity.start) is not None and \
        re.search(r"\bothers?\b", work[m.group_start:m.group_end], re.IGNORECASE) is not None


#: The kind of formation a group of people belongs to ("members of the Turkish-backed factions", "soldiers of the Turkish army");
#: also a group told as some state's proxies ("Turkey-backed Syrian armed groups", "196 Ankara-backed fighters": "backed").
_UNIT = re.compile(r"\b(?:army|factions?|forces|militias?|brigades?|divisions?|corps|police|guards?|councils?|units?|soldiers?|armed\s+groups?)\b|"
                   r"(?<=-)(?:backed|sponsored|affiliated|supported)\b", re.IGNORECASE)


#: A formation's own name among a figure's words ("six members of Hezbollah", "four of the Fatemiyoun").
_FORMATION_NAME = re.compile(r"\bof\s+(?:the\s+)?(?:Lebanese\s+|Afghan\s+|Iraqi\s+)?(?-i:[A-Z])[\w'’-]+", re.IGNORECASE)


def _same_noun(work: str, prev: Mention, m: Mention) -> bool:
    """"16 persons accused of drug dealing, and 11 persons of unknown identity": the same noun told twice, each with words
    of its own, names two categories."""
    a = work[prev.quantity.end:prev.group_end].split()
    b = work[m.quantity.end:m.group_end].split()
    return bool(a) and bool(b) and a[0].lower() == b[0].lower() and len(a) > 1 and len(b) > 1


def _own_units(work: str, prev: Mention, m: Mention) -> bool:
    """"74 members of the Turkish-backed factions and five soldiers of the Turkish army": each figure names a formation
    of its own, different ones: two categories, not one sum; so do "31 Iranian-backed militiamen and six members of
    Hezbollah" (a formation named by its name after a kind of forces; round 66); "five NDF members and a soldier" is
    one."""
    a = {u.lower().rstrip("s").split()[-1] for u in _UNIT.findall(work, prev.quantity.end, prev.group_end)}
    b = {u.lower().rstrip("s").split()[-1] for u in _UNIT.findall(work, m.quantity.end, m.group_end)}
    if a and not b and m.actor is not None and prev.actor is not None and m.actor != prev.actor:
        return _FORMATION_NAME.search(work, m.quantity.end, m.group_end) is not None  # ("... and six members of Hezbollah")
    return bool(a) and bool(b) and not a & b


def _others_of_another(work: str, prev: Mention, m: Mention) -> bool:
    """"1,704 fighters of Lebanon's Hezbollah and 8,832 other non-Syrian pro-regime fighters": the others of a group other
    than the one before, a category of their own (not "a soldier and two other soldiers")."""
    return m.actor != prev.actor and re.search(r"\bothers?\b", work[m.quantity.end:m.group_end], re.IGNORECASE) is not None


def _listed(work: str, out: list[Mention]) -> bool:
    """Whether the last figure so far is an item of a comma list ("19 civilians, 27 SDF members and 12 members of the
    Asayish": the last two are separate categories, even of one side; not "38, in addition to five NDF members and a
    soldier")."""
    return len(out) >= 2 and out[-2].parent is None and re.fullmatch(r"\s*[,;]\s*", work[out[-2].group_end:out[-1].quantity.start]) is not None


def _named_group(m: Mention, groups: frozenset[str]) -> bool:
    """"15 tribesmen", "3 unknown gunmen": a group of no side label, not people to add to the civilians beside them."""
    return m.side == "unknown" and m.actor in groups


#: Deaths told by what caused them ("20,362 deaths from Russian strikes", "deaths caused by Turkish shelling"): the
#: force named struck, so the figure has no side of its own and its parts are the totals (round 64).
DEATHS_FROM = re.compile(r"\s+(?:deaths|fatalities)\s+(?:from|in|by|caused\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:air\s*strikes|airstrikes|strikes|shelling|bombardment|raids|attacks|drones?)\b", re.IGNORECASE)


def promote_parts(work: str, mentions: list[Mention], sides: list[str | None]) -> tuple[list[Mention], list[str | None]]:
    """A figure of no side broken down by side ("73 persons, including one civilian"): an overall figure, whose parts are the
    totals; "87 fighters including 15 of the factions" (parts of one side): the whole takes that side."""
    out, out_sides = list(mentions), list(sides)
    for i, m in enumerate(mentions):  # "20,362 deaths from Russian strikes": the strikes' doer is not the dead's side
        if m.parent is None and m.group_end == m.quantity.end and DEATHS_FROM.match(work, m.quantity.end):
            out_sides[i], out[i] = "unknown", replace(m, side="unknown")
    mentions = list(out)
    for i in reversed(range(len(mentions))):  # parts of parts first
        m = mentions[i]
        if out_sides[i] not in (None, "unknown") or not COMBATANTS.search(work, m.group_start, m.group_end):
            continue
        kinds = {out_sides[k] for k, c in enumerate(mentions) if c.parent == i and c.label is None} - {None, "unknown"}
        if len(kinds) == 1:
            out_sides[i] = kinds.pop()
            out[i] = replace(out[i], side=out_sides[i])
    for i, m in enumerate(mentions):
        if m.parent is not None or out_sides[i] not in (None, "unknown"):
            continue
        children = [k for k, c in enumerate(mentions) if c.parent == i]
        parts = [k for k in children if mentions[k].label is None and out_sides[k] not in (None, "unknown")]
        if any(mentions[k].label is not None for k in children) and sum(mentions[k].value for k in children) < m.value:
            parts = []  # "13 people ..., including seven women and a member of the Asayish": examples, not the split
        if parts and sum(mentions[k].value for k in children) == m.value:  # "11 people: six soldiers, four fighters and a woman"
            # (an exact split: a part told with a rank, "29 regime soldiers and officers", is a side's part too)
            parts += [k for k in children if mentions[k].label is not None and out_sides[k] is not None]
        if not parts:
            kinds = {out_sides[k] for k in children}
            if out_sides[i] is None and children and kinds <= set(_PEOPLE):  # "60 dead: five children, 11 women and 44 men"
                out_sides[i] = "civilians" if kinds == {"civilians"} else "unknown"
            continue
        out_sides[i] = "unknown" if m.rose and _one_share(mentions, children, parts, m.value) else None
        for k in parts + [k for k in children if mentions[k].label is None and out_sides[k] == "unknown"]:
            out[k] = replace(out[k], parent=None)
    return out, out_sides


def _one_share(mentions: list[Mention], children: list[int], parts: list[int], whole: int) -> bool:
    """"the number of people killed ... has risen to 188, including 90 civilians" (a running figure): the shares of some
    sides named, the rest not (the parts fall short of the whole): the whole stays a total of people (side unknown)
    beside its shares."""
    if not parts or len(children) != len(parts) or sum(mentions[k].value for k in parts) >= whole:
        return False
    others = [c for k, c in enumerate(mentions) if k not in parts and c.parent not in parts and c.value != whole]
    # ("73 persons, including one civilian, 13 ISIS members and 59 soldiers": a split by side; "44, among them 33
    # refugees, ..., in addition to a medical worker": the figures told beside the shares still fall short, shares too)
    told = sum(mentions[k].value for k in parts) + sum(c.value for c in others if c.parent is None)
    return not others or told < whole


#: "; among them 9 civilians ...", "; of them, 3 ...": a part told after the semicolon.
_SHARE_AFTER = re.compile(r";\s*(?:and\s+)?(?:among\s+(?:them|whom|those|these)|of\s+(?:them|whom|these|those)|including)\b[^;]*$", re.IGNORECASE)


def semicolon_tops(work: str, mentions: list[Mention]) -> list[Mention]:
    """A breakdown ends at a semicolon: "152 soldiers, including 17 non-Syrians; 98 civilians, ...; and 66 ISIS members"
    -> 98 and 66 are figures of their own, not parts of the 152 ("...; among them 9 civilians ..." stays a part)."""
    cut = [m.parent is not None and ";" in (gap := work[mentions[m.parent].group_end:m.quantity.start])
           and _SHARE_AFTER.search(gap) is None for m in mentions]
    heads = {m.parent for m, c in zip(mentions, cut, strict=True) if c}
    # "has risen to 94 ..., they are: 27 civilians, ...; 55 members of SDF ...; and 12 regime soldiers": the first item
    # after the colon is one of the list, like the items after the semicolons
    return [replace(m, parent=None) if c or m.parent is not None and m.parent in heads
            and ":" in work[mentions[m.parent].group_end:m.quantity.start] else m for m, c in zip(mentions, cut, strict=True)]
