"""The rest of a broken-down toll, and a toll broken down by kind, told in the next sentence.

"The clashes left six militiamen ... dead. Four of the dead militiamen are Syrians, while the other two are of Afghan
nationality": the parts replace the toll of their sides (``dead_split``); "five others were injured ... the injured
include a child": the child is a civilian's injury, the rest stay with the five's side (``injured_parts``); a part's
own part ("Among the wounded were four civilians, including a child") is one of the part's, not one more.

"killed four people, including two Iranian advisers and a member of Hezbollah. The fourth victim was a Syrian civilian":
the part the breakdown leaves over (of no known side) is of the kind the next sentence gives it ("the other victim was a
civilian", "the remaining two were shepherds", "the rest of the dead were civilians").

(tests/test_extract_casualty_nationality_rest.py) "while the three others were Syrians"; "and three were Syrians" (the
next part, "of the dead" left out: tests/test_extract_casualty_nationality_split_forms.py); a toll of "fighters"
of no named side in a sentence that names Iranian-backed groups; "The other four are Syrians" after a breakdown of
foreigners (the Syrians are the regime's, the rest stay pro_iran_foreign); parts read here replace the sentence's own
reading of the same numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import NATION, group_end, side_of
from observatory.extract.casualty_joined import next_sentence_at
from observatory.extract.casualty_known import known_parts, parts_told_after
from observatory.extract.casualty_rest_kind import rest_of_kind
from observatory.extract.figures import PERSON_RE
from observatory.extract.gates import folded, has_any, may_hold
from observatory.extract.mention_sides import INJURED, KILLED, SYRIAN_OWN, Mention
from observatory.extract.numbers import find_quantities

_REST_CIVILIAN = re.compile(
    r"\s*(?:[^.;!?\n]{0,60}?\b(?:said|added|noted|reported)\s+(?:that\s+)?)?[Tt]he\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|other|"
    r"remaining|last|rest\s+of\s+the)(?:\s+(?:two|three|four|five|\d+))?\s+(?:victims?|dead|killed|fatalit(?:y|ies)|persons?|people|"
    r"casualt(?:y|ies)|ones?)?\s*(?:was|were|is|are)\s+(?:an?\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:civilians?|shepherds?|workers?|farmers?|children|child|women|woman|passers?-by|passersby)\b")


def rest_told_next(mentions: list[Mention], work: str, end: int) -> list[Mention]:
    """A toll of people of no known side whose parts leave some over, and whose next sentence calls the rest civilians:
    the toll is the civilians' (the parts of other sides are taken out of it when the incident is put together)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is not None or m.side != "unknown" or m.quantity.vague:
            continue
        parts = [p for p in mentions if p.parent == i and p.side not in (None, "unknown", "civilians")]
        if not parts or sum(p.value for p in parts) >= m.value:
            continue
        at = next_sentence_at(work, max(p.group_end for p in parts), end)
        if at is None or not _REST_CIVILIAN.match(work, at):
            continue
        out[i] = replace(m, side="civilians", actor=None, nationality=None, generic=False)
    return out


#: "four of the dead militiamen are Syrians", "two of the slain fighters were Iraqis": a part of a toll told before, by kind.
_PART_OF_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|slain|victims)(?P<noun>(?:\s+[\w-]+){0,2}?)\s+(?:are|were|was|is)\s+"
                           r"(?:all\s+)?(?P<desc>[^,;.]{1,80}?)(?=\s*(?:[,;.]|\s(?:while|whereas|and\s+(?:the|\d|[a-z]+\s+(?:are|were))))|$)",
                           re.IGNORECASE)
#: "... while the other two are of Afghan nationality", "and the remaining three were Iraqis" ("the other two victims were
#: Syrians": round 65).
_OTHER_PART = re.compile(r"(?:\s+(?:victims|dead|people|persons|fatalities))?\s+(?:are|were)\s+(?:all\s+)?(?P<desc>[^,;.]{1,80}?)(?=\s*[,;.]|\s+(?:while|whereas|and)\b|$)", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s*$", re.IGNORECASE)
#: "while the three others were Syrians": the rest named after the number.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: "... and three were Syrians", "while two were Afghans": the next part, its "of the dead" left out.
_AND_BEFORE = re.compile(r"(?:\band|\bwhile|\bwhereas|,)\s*$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+others\b(?=\s+(?:are|were)\b)", re.IGNORECASE)
#: "The other four are Syrians": the rest of a toll told before, said to be Syrians, with no part before it.
_SYRIAN_REST = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+[\w-]+\s+(?:(?:victims|dead|people|persons|fatalities)\s+)?(?:are|were)\s+(?:all\s+)?Syrians?\b", re.IGNORECASE)
_CUE = re.compile(r"\bof\s+(?:the|those)\s+(?:dead|killed|slain|victims)\b", re.IGNORECASE)
#: "The remaining 12 were members of Iranian-backed groups" opening a sentence: the rest of a toll told before, of the
#: side its words name (round 59).
_SIDE_REST = re.compile(r"\W*(?:The|the)\s+(?:other|remaining)\s+[\w-]+\s+(?:are|were)\s+(?:all\s+)?(?:members\s+of\s+|fighters\s+(?:of|from)\s+)?")


def parts_told_next(mentions: list[Mention], work: str, span: tuple[int, int], told: Callable[[], list[Mention]],
                    lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """A toll told before broken down by kind in this sentence (the dead, then the injured); ``told`` gives the figures of
    the sentences before, read only when the sentence has the wording."""
    start, end = span
    if has_dead_split(work, start, end) and not any(m.role == KILLED and m.parent is None and not _PART_OF_DEAD.match(work, m.quantity.end, end)
                                                    for m in mentions):
        mentions = dead_split(mentions, work, start, end, told(), lexicon, on)
    if has_injured_parts(work, start, end):
        mentions = injured_parts(mentions, work, start, end, told(), lexicon, on)
    return mentions


def has_dead_split(work: str, start: int, end: int) -> bool:
    """Cheap test: whether the sentence may break a toll told before down by kind."""
    if _CUE.search(work, start, end) is not None:
        return True
    if _SIDE_REST.match(work, start, end) is not None:
        return True
    if not may_hold(work, ("yrian",), start, end):
        return False
    low = folded(work, start, end)  # (any case: "Other two were Syrians" at the sentence start)
    return has_any(low, ("other", "remaining")) and "syrian" in low \
        and _SYRIAN_REST.search(work, start, end) is not None


def dead_split(mentions: list[Mention], work: str, start: int, end: int, told: list[Mention], lexicon: ActorLexicon,
               on: date | None) -> list[Mention]:
    """"The clashes left six militiamen ... dead. Four of the dead militiamen are Syrians, while the other two are Afghans":
    the parts are the latest tolls of their sides, and what they leave of the toll stays with its side (Syrians among
    Iranian-backed militiamen are the regime's, SCHEMA)."""
    parts: list[Mention] = []
    noun = ""
    for q in find_quantities(work[start:end], start):
        hit = _PART_OF_DEAD.match(work, q.end, end)
        if hit is not None and not parts:
            noun = hit.group("noun").strip()
        elif (parts or _SYRIAN_REST.search(work, start, end) or _SIDE_REST.match(work, start, end)) and \
                _OTHER_BEFORE.search(work, max(start, q.start - 20), q.start):
            hit = _OTHER_PART.match(work, q.end, end)
        elif parts and _THE_BEFORE.search(work, max(start, q.start - 6), q.start) and (others := _OTHERS_AFTER.match(work, q.end, end)):
            hit = _OTHER_PART.match(work, others.end(), end)  # "while the three others were Syrians"
        elif parts and _AND_BEFORE.search(work, max(start, q.start - 12), q.start):
            hit = _OTHER_PART.match(work, q.end, end)  # "Six of the dead were Iraqis and three were Syrians": "of the dead" left out
        if hit is None or q.vague:
            continue
        actor, side = side_of(lexicon, work, hit.start("desc"), hit.end("desc"), on)
        parts.append(Mention(KILLED, q, side, q.end, hit.end("desc"), actor.actor.name if actor else None,
                             actor.actor.nationality if actor else None, rose=True))
    whole = _whole_of(told, work, noun, sum(p.value for p in parts))
    if not parts or whole is None or sum(p.value for p in parts) > whole.value:
        return mentions
    if whole.side is None and (any(p.side == "pro_iran_foreign" for p in parts) or _iran_backed_before(work, whole, lexicon, on)):
        whole = replace(whole, side="pro_iran_foreign")  # "killed 23 fighters. Seven of the dead were Syrians, the other 16 foreigners"
    parts = [_nation_side(p, whole, work) for p in parts]
    if any(p.side is None for p in parts):
        return mentions
    known = known_parts(whole, told, {p.side for p in parts})
    if _SIDE_REST.match(work, start, end):  # ("The dead included two civilians and a soldier. The remaining 12 were ...")
        known = max(known, parts_told_after(whole, told, {p.side for p in parts}))
    rest = max(0, whole.value - sum(p.value for p in parts) - known)
    kind = rest_of_kind(whole, rest, max(p.group_end for p in parts), work, end, lexicon, on) if rest else None
    if kind is not None:  # "..., while the rest were soldiers": the rest of the side its words give
        parts.append(kind)
    elif rest and not any(p.side == whole.side for p in parts):
        at = parts[0].quantity.start
        parts.append(Mention(KILLED, replace(whole.quantity, value=rest, start=at, end=at, text=str(rest)), whole.side, at, at,
                             whole.actor, whole.nationality, rose=True))
    elif rest:
        parts = [replace(p, quantity=replace(p.quantity, value=p.value + rest)) if p.side == whole.side else p for p in parts]
    taken = {p.quantity.start for p in parts}  # the parts read here stand for the sentence's own reading of them
    return sorted([*(m for m in mentions if m.quantity.start not in taken), *parts], key=lambda m: m.quantity.start)


_NATION_WORD = re.compile(rf"\b(?:{NATION})\b|\b(?:Iraqi|Afghan|Iranian|Pakistani|Lebanese|Jordanian)\s+nationality\b|\bnationalit", re.IGNORECASE)


def _nation_side(part: Mention, whole: Mention, work: str) -> Mention:
    """A part named by nationality: Syrians among foreign Iranian-backed militiamen are the regime's (SCHEMA); other
    nationalities (or Syrians of any other toll) are of the whole's side."""
    words = work[part.group_start:part.group_end]
    syrian = SYRIAN_OWN.search(words) is not None
    if whole.side == "pro_iran_foreign" and syrian and part.side in (None, "pro_iran_foreign"):
        return replace(part, side="regime", nationality="SY")
    if part.side is None and (syrian or _NATION_WORD.search(words)):
        return replace(part, side=whole.side, actor=whole.actor, nationality=whole.nationality)
    return part


def _iran_backed_before(work: str, whole: Mention, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the sentence of a toll of fighters of no named side names Iranian-backed groups before it ("strikes on
    positions held by Iran-backed groups ... killed at least 23 fighters")."""
    at = whole.quantity.start
    begin = max(work.rfind(".", 0, at), work.rfind("\n", 0, at), at - 400) + 1
    return any(a.side == "pro_iran_foreign" for a in lexicon.find(work, begin, at, on))


#: A toll of fighters whose side the sentence leaves to its context ("killed at least 23 fighters").
_FIGHTERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:fighters|militiamen|members|gunmen)\b", re.IGNORECASE)


def _whole_of(told: list[Mention], work: str, noun: str, parts: int) -> Mention | None:
    """The toll told before that the parts break down: the last one of their noun ("the dead militiamen") that holds them."""
    tolls = [m for m in told if m.role == KILLED and m.parent is None and not m.quantity.vague and m.value >= parts
             and (m.side is not None or _FIGHTERS.match(work, m.quantity.end))]
    if noun:
        stem = re.escape(noun.split()[-1].lower().rstrip("s")[:6])
        named = [m for m in tolls if re.search(rf"\b{stem}", work[m.group_start:m.group_end], re.IGNORECASE)]
        tolls = named or tolls
    return tolls[-1] if tolls else None


#: "the injured include a child", "the wounded included two women": some of the injured told before, by kind.
_INJURED_INCLUDE = re.compile(r"\b(?:the|those)\s+(?:injured|wounded)\s+(?:include|includes|included|are|were)\s+", re.IGNORECASE)


def has_injured_parts(work: str, start: int, end: int) -> bool:
    """Cheap test: whether the sentence may name some of the injured told before."""
    return _INJURED_INCLUDE.search(work, start, end) is not None


#: Between a part and its own part: ", including ", ", among them " (tests/test_extract_round57_readings.py).
_SUB_PART = re.compile(r"\s*,?\s*(?:including|among\s+(?:them|whom))\s+", re.IGNORECASE)


def injured_parts(mentions: list[Mention], work: str, start: int, end: int, told: list[Mention], lexicon: ActorLexicon,
                  on: date | None) -> list[Mention]:
    """"Five others were injured ... the injured include a child": the child is the civilians' injured and the rest stay
    with the side the five were of (no new injured, and not the child alone)."""
    cue = _INJURED_INCLUDE.search(work, start, end)
    stop = re.compile(r"[.;]|\s(?:while|whereas)\s").search(work, cue.end(), end) if cue else None
    if cue is None:
        return mentions
    parts: list[Mention] = []
    for q in find_quantities(work[cue.end():stop.start() if stop else end], cue.end()):
        g_end = group_end(work, q.end, stop.start() if stop else end)
        if not PERSON_RE.search(work, q.end, g_end):
            continue  # "hit by a stray bullet"
        actor, side = side_of(lexicon, work, q.end, g_end, on)
        if parts and side == parts[-1].side and _SUB_PART.fullmatch(work, parts[-1].group_end, q.start):
            continue  # "Among the wounded were four civilians, including a child": the child is one of the four
        if side is None or q.vague:
            return mentions
        parts.append(Mention(INJURED, q, side, q.end, g_end, actor.actor.name if actor else None,
                             actor.actor.nationality if actor else None, rose=True))
    told_parts = sum(p.value for p in parts)
    whole = next((m for m in reversed(told) if m.role == INJURED and m.parent is None and not m.quantity.vague), None)
    if not parts or whole is None or whole.side is None or whole.value <= told_parts or any(p.side == whole.side for p in parts):
        return mentions
    at = parts[0].quantity.start
    rest = Mention(INJURED, replace(whole.quantity, value=whole.value - told_parts, start=at, end=at, text=str(whole.value - told_parts)),
                   whole.side, at, at, whole.actor, whole.nationality, rose=True)
    taken = {p.quantity.start for p in parts}
    return sorted([*(m for m in mentions if m.quantity.start not in taken), *parts, rest], key=lambda m: m.quantity.start)
