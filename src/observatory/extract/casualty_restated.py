"""A toll told as a whole, then restated by side in the next sentence ("killing 21 fighters. 16 of the dead were
Iraqis", "The victims are 46 civilians and seven militiamen", "Among the dead are seven Syrians, while the rest are
...").

The parts are marked as latest tolls of their sides (``casualty_lists.restated``, ``casualty_roles.those_killed``), so
they replace what the whole said of those sides. Where the parts fall short of the whole, the rest of it stays with
the side of the whole: the parts only name some of the dead, the others are the people told before.

"the dead include ..." is read too ("has risen to 11. The dead include an officer and four NDF members"; "18
militiamen ... The dead include six Syrians"), for one event's toll; a part of no side in a whole of one side is of
that side.

Parts of two or more sides that add up to the whole are the latest tolls of their sides, one figure a side
(``whole_told_by_sides``: "kill 11 ... the dead include six Iraqis, three Afghans and two Syrians").

The dead named with their side ("the dead on the government side included four Fatemiyoun fighters", "Among
the pro-government dead were four Hezbollah members") restate the toll the same way (``QUALIFIED_DEAD``).

"The dead are: ..." (a colon list of the dead) restates; plain people ("five men") in a list restating a risen
toll of civilians are civilians, and such a list that only restates the toll, all of its side, adds no figure
(tests/test_extract_casualty_dead_colon_list.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract.casualty_far_whole import far_whole_of_unsided
from observatory.extract.casualty_known import known_parts
from observatory.extract.incident_share_event import part_told_as_event
from observatory.extract.mention_sides import KILLED, SYRIAN_OWN, Mention, without
from observatory.extract.text import sentence_around

#: The words that open a restated toll, before its parts ("the dead include ..." names only some: the rest stays with
#: the whole's side).
#: The dead named with the side they fell on: "the pro-government dead", "the regime's dead", "the dead on the
#: government side", "the dead among the regime forces", "those killed in the ranks of the army" (no figure, no stop).
_ON_SIDE = r"\s+(?:on|from|among|in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:side|sides|camp|ranks|forces|troops|fighters|militias|army)"
DEAD_ON_SIDE = rf"(?:(?:dead|killed|victims|slain|fatalities)(?:{_ON_SIDE})?|(?:death\s+)?toll{_ON_SIDE})"  # ("the toll among regime forces")
QUALIFIED_DEAD = rf"(?:(?:[\w]+-[\w-]+|[\w-]+['’]s?|government|regime|army|loyalist|opposition|rebel|militia)\s+)?{DEAD_ON_SIDE}"
#: "the victims of the bombing (on Tuesday)": the dead of one event named after them (``totals_risen_one``).
VICTIMS_OF_ONE = (r"of\s+the\s+(?:[\w'-]+\s+){0,2}?(?:explosion|blast|bombing|attack|massacre|airstrike|strike|ambush|raid)\b(?!s)"
                  r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?")
#: The same, read on a figure's left ("the dead on the government side included 4", "those killed were 4", "The dead
#: are: two ...": a colon list of "the dead", not of "the victims", which often lists a period's toll).
LEFT_DEAD_CUE = (rf"\b{DEAD_ON_SIDE}\s+(?:include|includes|included|comprised?|comprises|consisted\s+of)|\b(?:the|those)\s+{QUALIFIED_DEAD}\s+(?:were|are)|"
                 r"\b(?:the|those)\s+(?:dead|killed|slain|fatalities)\s+(?:were|are)(?:\s+as\s+follows)?\s*:|"  # (round 70)
                 r"\b(?:the|those)\s+(?:dead|killed|slain|fatalities|deceased)\s*,\s*(?:they|these|who)\s+(?:are|were)\s*:?|"
                 rf"\bthe\s+victims\s+{VICTIMS_OF_ONE}\s+(?:include|includes|included)")
#: "the (pro-government) dead included": a cue that names some of the dead only.
DEAD_INCLUDED = re.compile(rf"\b(?:the|those)\s+{QUALIFIED_DEAD}\s+(?:included|include|includes)\b", re.IGNORECASE)
#: "SOHR sources identified them as ...", "They were identified as ...": the people of the figure told before, named
#: (opening their sentence, as "They are ..." does).
IDENTIFIED_AS = (r"(?:(?:[\w'’-]+\s+){0,3}?(?:identified|named)\s+(?:them|the\s+(?:dead|victims|slain|two|three|four|five))\s+as|"
                 r"(?-i:They|The\s+(?:dead|victims|slain))\s+(?:were|have\s+been|had\s+been)\s+identified\s+as)")
RESTATING = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))(?:(?-i:They|These)\s+(?:are|were|include[sd]?)|"
                       rf"{IDENTIFIED_AS})\b|"
                       rf"\b(?:(?:the|those)\s+{QUALIFIED_DEAD}\s+(?:were|are|include[sd]?|comprised?|comprises|consisted\s+of)|"
                       r"(?:the|those)\s+(?:dead|killed|slain|fatalities|deceased)\s*,\s*(?:they|these|who)\s+(?:are|were)|"
                       rf"among\s+(?:the\s+)?{QUALIFIED_DEAD}\s+(?:were|are|was|is)|"
                       r"(?:\d+|[a-z]+)\s+of\s+(?:the|those)\s+(?:dead|killed|victims|slain)\s+(?:were|are|was))\b", re.IGNORECASE)
#: The largest whole "the dead include ..." is read against: one event's toll, not a period's.
INCLUDED_MAX = 100
#: How far back (characters) the whole may be told: the sentence before, not an earlier event.
WHOLE_WINDOW = 400
#: How far back a whole of the parts' own side may be told when the nearer toll is of another side.
FAR_WHOLE_WINDOW = 800


def rest_of_whole(mentions: list[Mention], work: str, start: int, end: int, told: Callable[[int], list[Mention]],
                  kind_of_rest: Callable[[Mention, int, int], Mention | None]) -> list[Mention]:
    """The parts of a restated toll, with the rest of the whole (told within the window ``told`` is given) given to the
    whole's side, or to the side ``kind_of_rest`` (whole, rest, end of the parts) reads after the parts
    (``casualty_rest_kind``)."""
    cue = RESTATING.search(work, start, end)
    if cue is None or part_told_as_event(work[start:end]):
        return mentions  # (a part singled out for its own event: the rest of the whole died elsewhere)
    parts = [i for i, m in enumerate(mentions) if m.role == KILLED and m.parent is None and not m.quantity.vague
             and m.quantity.start >= cue.start()]
    if not parts or not any(mentions[i].rose for i in parts):
        return mentions
    near = told(WHOLE_WINDOW)
    whole = whole_of_parts([mentions[i] for i in parts], near, start, lambda: told(FAR_WHOLE_WINDOW))
    if whole is None:  # ("23 soldiers were killed ... [a sentence on the attack] Among the dead were two officers")
        whole = far_whole_of_unsided([mentions[i] for i in parts], lambda: told(FAR_WHOLE_WINDOW), work, start)
    if whole is None and _OF_THE_DEAD.search(cue.group(0)):  # ("killing 14 people ... 13 of the dead were soldiers")
        whole = _people_of_the_dead([mentions[i] for i in parts], told(FAR_WHOLE_WINDOW))
    if whole is None:
        return mentions
    if cue.group(0).lower().endswith(("include", "includes", "included")) and whole.value > INCLUDED_MAX:
        return mentions  # "the dead include 130,500 fighters": a part of a period's toll, the rest is no one's figure
    mentions = _syrians_among_foreigners(mentions, parts, whole, work)
    if whole.side is None:  # a whole of no side yet gives way to the parts where it is no larger (``assemble``)
        return _with_rest_of_kind(mentions, parts, whole, kind_of_rest, known_parts(whole, near, {mentions[i].side for i in parts}))
    mentions = _unsided_parts_of_whole(mentions, parts, whole)
    told_parts = sum(mentions[i].value for i in parts)
    if told_parts == whole.value and all(mentions[i].side == whole.side for i in parts) and _COLON.match(work, cue.end()):
        return [m for i, m in enumerate(mentions) if i not in parts and m.parent not in parts]  # ("The dead are: ..." all of it)
    if whole.value == told_parts and whole.value <= INCLUDED_MAX:  # (a period's toll keeps its lines apart: totals)
        return whole_told_by_sides(mentions, parts, groups_apart=_since_whole(work, whole))
    if whole.value < told_parts:
        return mentions
    rest = whole.value - told_parts - known_parts(whole, near, {mentions[i].side for i in parts})
    if rest <= 0:
        return mentions  # "15 people, including six soldiers ... nine of the dead are civilians": nothing is left
    same = next((i for i in parts if mentions[i].side == whole.side), None)
    if same is not None:  # "21 fighters ... 16 of the dead were Iraqis": the Iraqis and the others, all of one side
        out = list(mentions)
        part = out[same]
        out[same] = replace(part, quantity=replace(part.quantity, value=part.value + rest), rose=True)
        return out
    kind = kind_of_rest(whole, rest, _parts_end(mentions, parts))
    if kind is not None:
        return [*mentions, kind]
    at = cue.start()
    quantity = replace(whole.quantity, value=rest, start=at, end=at, text=str(rest))
    return [*mentions, Mention(KILLED, quantity, whole.side, at, at, whole.actor, whole.nationality, rose=True)]


#: A toll counted from a day on ("has risen to 58 since the clashes broke out on Tuesday"): a period's, whose lines by
#: group stay apart even where two groups are of one side (SCHEMA: totals listed separately are not merged; round 64).
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def _since_whole(work: str, whole: Mention) -> bool:
    """Whether the whole is a toll since a day, told in the sentence that gives it."""
    start, end = sentence_around(work, whole.quantity.start, whole.quantity.end)
    return _SINCE.search(work, start, end) is not None


#: "13 of the dead were soldiers": the part points back to the dead told before in its own words.
_OF_THE_DEAD = re.compile(r"\bof\s+(?:the|those)\s+(?:dead|killed|victims|slain|fatalities)\b", re.IGNORECASE)


def _people_of_the_dead(parts: list[Mention], farther: list[Mention]) -> Mention | None:
    """The toll "N of the dead" points back to beyond the window of a restated toll: the last toll told within the far
    window, when it is of people of no side and larger than the parts ("Two bombs ... killing 14 people, state media
    said. [sentences on the bombs and the wounded] SOHR said that 13 of the dead were soldiers": one of the 14 is of no
    side told)."""
    wholes = _wholes(farther)
    if not wholes or wholes[-1].side not in (None, "unknown") or wholes[-1].value <= sum(p.value for p in parts):
        return None
    return wholes[-1]


def _with_rest_of_kind(mentions: list[Mention], parts: list[int], whole: Mention,
                       kind_of_rest: Callable[[Mention, int, int], Mention | None], known: int = 0) -> list[Mention]:
    """A whole of no side yet: the parts, with the rest of the kind ``kind_of_rest`` reads after them, if any (so the
    parts add up to the whole, which gives way to them); ``known``: the whole's parts told with it before ("three
    people, including an officer", then "Two of the dead were militiamen": nothing is left)."""
    rest = whole.value - sum(mentions[i].value for i in parts) - known
    if rest <= 0:
        return mentions
    kind = kind_of_rest(whole, rest, _parts_end(mentions, parts))
    return mentions if kind is None else [*mentions, kind]


def _parts_end(mentions: list[Mention], parts: list[int]) -> int:
    """Where the parts' last number (or a part of a part's) ends."""
    return max(m.quantity.end for k, m in enumerate(mentions) if k in parts or m.parent in parts)


#: The colon that opens a list restating a toll ("The dead are: six children, three women and five men").
_COLON = re.compile(r"\s*:")


def whole_told_by_sides(mentions: list[Mention], parts: list[int], *, groups_apart: bool = False) -> list[Mention]:
    """"kill 11 militiamen ... the dead include six Iraqis, three Afghans and two Syrians": parts of two or more sides
    that add up to the whole are all the latest tolls of their sides, one figure a side. With ``groups_apart`` (a toll
    since a day) the parts of an armed side stay one figure a group ("20 fighters of the Third Legion ... nine fighters
    of the Hamza Division"), and only civilians told in parts are summed (SCHEMA)."""
    sides = {mentions[i].side for i in parts}
    if len(sides) < 2 or None in sides:
        return mentions
    first: dict[str | None, int] = {}
    out = list(mentions)
    gone: set[int] = set()
    for i in parts:
        m = out[i]
        at = first.setdefault(m.side, i)
        if at == i or groups_apart and m.side != "civilians":
            out[i] = replace(m, rose=True)
            continue
        kept = out[at]
        out[at] = replace(kept, quantity=replace(kept.quantity, value=kept.value + m.value), rose=True)
        gone.add(i)
    if not gone:
        return out
    return without(out, gone)


def _syrians_among_foreigners(mentions: list[Mention], parts: list[int], whole: Mention, work: str) -> list[Mention]:
    """"eight fighters of Iran-backed militias. Among the dead were six Iraqis and two Syrians": the part called Syrian
    is the regime's (SCHEMA), when the whole or another part is of the foreign Iranian-backed side."""
    if whole.side != "pro_iran_foreign" and not any(mentions[i].side == "pro_iran_foreign" for i in parts):
        return mentions
    out = list(mentions)
    for i in parts:
        m = out[i]
        if m.side is None and SYRIAN_OWN.search(work, m.quantity.start, m.group_end):
            out[i] = replace(m, side="regime", nationality="SY", generic=False)
    return out



def _unsided(part: Mention, whole: Mention) -> bool:
    """A part that names no side, or plain people ("five men") among a risen toll of civilians (an event's
    toll; a period's civilians listed by kind keep their lines apart)."""
    return part.side is None or whole.side == "civilians" and whole.rose and part.side == "unknown"


def _unsided_parts_of_whole(mentions: list[Mention], parts: list[int], whole: Mention) -> list[Mention]:
    """"11 soldiers were killed. The dead include an officer and four NDF members": a part that names no side (a rank,
    "a man") is one of the whole's people, of the whole's side."""
    sided = {mentions[i].side for i in parts if not _unsided(mentions[i], whole)}
    if whole.side == "unknown" and sided - {"unknown", "civilians"}:  # "Four people were killed. The dead are two of
        return [replace(m, side="unknown", generic=False) if i in parts and m.side is None else m  # the local gunmen and
                for i, m in enumerate(mentions)]  # two members of X": the people of no side told are of none
    if whole.side == "unknown" or len(sided) == len(parts) or not sided <= {whole.side}:
        return mentions  # (parts of other sides: the whole is of several, its side is no part's)
    out = list(mentions)
    for i in parts:
        if _unsided(out[i], whole):
            out[i] = replace(out[i], side=whole.side, actor=whole.actor, nationality=whole.nationality, generic=False)
    return out


#: The sides whose dead a toll of another side may count: pro-government tolls hold Iranian-backed and Russian dead.
_HELD_IN = {"regime": frozenset({"pro_iran_foreign", "russia"}), "pro_iran_foreign": frozenset({"regime"})}


def whole_of_parts(parts: list[Mention], told: list[Mention], start: int,
                   farther: Callable[[], list[Mention]] | None = None) -> Mention | None:
    """The toll told before that ``parts`` restate: the last one within ``WHOLE_WINDOW``, unless it is of a side the
    parts cannot belong to and an earlier one (in ``farther``, read only then) is ("18 pro-government fighters ... Twelve
    IS fighters also died ... the dead on the government side included four Fatemiyoun": the eighteen)."""
    near = _risen_last([m for m in _wholes(told) if start - m.quantity.end <= WHOLE_WINDOW])
    sides = {p.side for p in parts if p.side is not None and p.side != "unknown"}
    said = sum(p.value for p in parts)
    if not sides or near and (near[-1].side in (None, "unknown") or _holds(near[-1], sides, said)):
        return near[-1] if near else None  # (a nearer toll of people of no side may hold any parts: it is theirs)
    fits = [m for m in _wholes(farther() if farther is not None else told) if _holds(m, sides, said)]
    if fits and (not near or near[-1].side != fits[-1].side):
        return fits[-1]
    return near[-1] if near else None


def _risen_last(near: list[Mention]) -> list[Mention]:
    """The tolls told before, the risen one last: a smaller toll of the same side told after a risen one is the first
    count recalled ("has risen to nine ... Yesterday, SOHR reported that seven civilians had been killed"), not the
    whole the parts restate."""
    if not near or near[-1].rose:
        return near
    last = near[-1]
    risen = [m for m in near[:-1] if m.rose and m.side == last.side and m.value > last.value]
    return [*near[:-1], risen[-1]] if risen else near


def _wholes(told: list[Mention]) -> list[Mention]:
    return [m for m in told if m.role == KILLED and m.parent is None and not m.quantity.vague]


def _holds(whole: Mention, sides: set[str], said: int) -> bool:
    """Whether a toll may hold parts of ``sides`` adding up to ``said`` (more than them: the rest is its own side's)."""
    return whole.side is not None and sides <= {whole.side} | _HELD_IN.get(whole.side, frozenset()) and whole.value > said
