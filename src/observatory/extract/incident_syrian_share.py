"""The Syrian share of an incident's toll of Iranian-backed fighters, told as a breakdown the sentence readers left
whole (tests in tests/test_extract_incident_syrian_share.py).

* "Nine fighters were killed in the strike, four of them Syrians", "saying nine militiamen were killed, five Iraqis
  and four Syrians recruited by the militia", "Five of the dead are Iraqis, while the other four are Syrians": where
  the incident counts its dead as the Iranian-backed militias' (``pro_iran_foreign``) and as no other side's, the
  part the text calls Syrian is the regime's (SCHEMA: Iranian-backed militiamen the text says are Syrian), and the
  militias keep what it leaves.

A number told as the rest ("the other two") must be what the other parts leave of the toll. Read only inside the
incident's own sentences (and the next one), for a number smaller than the toll that its own words call Syrian
("four Syrians", "four of them Syrians", "two of the dead were Syrians", "three of Syrian nationality"), where that
number breaks the toll down: in the toll's own sentence after it, or after "of them", "of the dead", "the other" or
"while" (also in a later sentence whose numbers add up to the toll: "17 were Iraqis and Afghans while six were
Syrians"). Syrian soldiers, troops or civilians are no militiamen; "non-Syrian" names foreigners; Syrians listed
beside the toll ("killed three Hezbollah fighters and two Syrians") are no part of it (round 74). A sentence that says
all of them were Syrians ("The two militiamen were Syrians from the nearby towns of Nubl and al-Zahraa") makes the whole
toll the regime's, whatever other dead the incident counts (round 74).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, Protocol

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity, find_quantities, words_to_int

#: After a number, the words that call its people Syrian ("four Syrians", "four of them Syrians", "two of the dead were
#: Syrians", "three of Syrian nationality"); soldiers, troops, civilians or the state's bodies are not militiamen.
_SYRIAN_AFTER: Final = re.compile(
    r"\s+(?P<of>of\s+(?:them|whom|the\s+(?:dead|victims|fatalities|slain)|those\s+killed)\s+)?(?:(?:were|are)\s+)?(?:all\s+)?"
    r"(?:(?:local|young)\s+)?(?:Syrians\b|Syrian\s+(?:nationals?|militiamen|fighters|members|recruits)\b|"
    r"(?:of\s+)?(?:the\s+)?Syrian\s+nationality\b|Syrian\b(?=\s*[,.;]))", re.IGNORECASE)
#: A verb of the Syrians' own right after them: they are told of in a clause of their own, not as a part of the toll.
_OWN_VERB: Final = re.compile(r"-|\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)
#: Words right before the number that make it a part of a toll told before it ("while the other four are Syrians").
_PART_BEFORE: Final = re.compile(r"\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+$|\bwhile\s+(?:the\s+)?$|\band\s+$|,\s*$",
                                 re.IGNORECASE)
#: The toll's own words, then "and": the number after them is a group listed beside the toll ("three Hezbollah
#: fighters and two Syrians"), not a part of it.
_LISTED_BESIDE: Final = re.compile(r"(?:\s+[\w'-]+){1,4}?\s+and\s+", re.IGNORECASE)
#: A number told as the rest of the toll ("the other two", "the remaining three").
_REST: Final = re.compile(r"(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\b", re.IGNORECASE)
_REST_BEFORE: Final = re.compile(r"\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+$", re.IGNORECASE)
#: The rest of a sentence and the whole sentence after it.
_SENTENCE: Final = re.compile(r"[^.!?\n]*[.!?]?\s*[^.!?\n]*[.!?]")
#: Where a sentence stops.
_STOP: Final = re.compile(r"[.;!?\n]")


class _Target(Protocol):
    @property
    def side(self) -> str | None: ...


class _Incident(Protocol):
    start: int
    end: int
    counts: dict[tuple[str, str], tuple[Mention, int]]
    generic: list[tuple[Mention, int]]

    @property
    def target(self) -> _Target | None: ...


def syrian_share(draft: _Incident, work: str, limit: int) -> None:
    """Move the Syrian part of the incident's Iranian-backed dead to the regime's side (see module doc); the sentence
    after the incident's own ones, where it opens before ``limit`` (the next incident), may break its dead down."""
    if _all_syrian(draft, work, limit):
        return  # "The two militiamen were Syrians from the nearby towns of Nubl and al-Zahraa": the regime's, all of them
    told = draft.counts.get((KILLED, "pro_iran_foreign")) or _sideless_toll(draft)
    if told is None or told[0].quantity.vague or any(role == KILLED and side != "pro_iran_foreign" for role, side in draft.counts):
        return  # (a Syrian part the sentences read as of another side is counted: "four were Syrians who drove the trucks")
    whole, at = told
    after = _SENTENCE.match(work, draft.end, max(draft.end, limit))
    end = after.end() if after is not None else draft.end
    if "yrian" not in work[draft.start:end]:
        return
    share = _share(work, draft.start, end, whole, draft.end)
    if share is None:
        return
    part = Mention(KILLED, share, "regime", share.start, share.end, nationality="SY")
    if (KILLED, "pro_iran_foreign") not in draft.counts:
        draft.generic = [(m, k) for m, k in draft.generic if m is not whole]
    rest = replace(whole, side="pro_iran_foreign", generic=False, quantity=replace(whole.quantity, value=whole.value - share.value))
    draft.counts[(KILLED, "pro_iran_foreign")] = (rest, at)
    draft.counts[(KILLED, "regime")] = (part, at)


#: "The two militiamen were Syrians", "the three fighters are all Syrian nationals": all of a toll said to be Syrians.
_ALL_SYRIANS: Final = re.compile(r"\b[Tt]he\s+(?P<n>\d+|[a-z]+)\s+(?:militiamen|militia\s+members|fighters|members)\s+(?:were|are)\s+"
                                 r"(?:all\s+)?(?:local\s+)?Syrians?\b(?!\s+(?:soldiers|troops|army))")


def _all_syrian(draft: _Incident, work: str, limit: int) -> bool:
    """Where a sentence of the incident (or the one after it) says all of its Iranian-backed dead were Syrians, move them
    to the regime's side, added to its own dead (round 74); whether it did."""
    told = draft.counts.get((KILLED, "pro_iran_foreign"))
    if told is None or told[0].quantity.vague:
        return False
    after = _SENTENCE.match(work, draft.end, max(draft.end, limit))
    hit = _ALL_SYRIANS.search(work, draft.start, after.end() if after is not None else draft.end)
    if hit is None or words_to_int(hit.group("n").lower()) != told[0].value:
        return False
    whole, at = draft.counts.pop((KILLED, "pro_iran_foreign"))
    own = draft.counts.get((KILLED, "regime"))
    value = whole.value + (own[0].value if own is not None else 0)
    base = own[0] if own is not None else replace(whole, side="regime", nationality="SY", generic=False)
    draft.counts[(KILLED, "regime")] = (replace(base, quantity=replace(base.quantity, value=value)), own[1] if own is not None else at)
    return True


def _sideless_toll(draft: _Incident) -> tuple[Mention, int] | None:
    """The incident's one toll of no side when it counts no side's dead and its target is the Iranian-backed militias
    (whose side the toll takes: "struck a post of the Iranian-backed militias ... Nine fighters were killed")."""
    if draft.target is None or draft.target.side != "pro_iran_foreign" or any(role == KILLED for role, _ in draft.counts):
        return None
    dead = [(m, k) for m, k in draft.generic if m.role == KILLED and not m.quantity.vague]
    return max(dead, key=lambda t: t[0].value) if dead else None


def _share(work: str, start: int, end: int, whole: Mention, own_end: int) -> Quantity | None:
    """The one number in work[start:end] that breaks ``whole`` down and that its words call Syrian; past ``own_end``
    (the incident's own sentences) only one that says whose part it is ("two of the dead", "the other two")."""
    found = []
    quantities = find_quantities(work[start:end], start)
    for q in quantities:
        if q.vague or not 0 < q.value < whole.value or q.start <= whole.quantity.start:
            continue
        if _REST_BEFORE.search(work, max(0, q.start - 30), q.start) or _REST.match(q.text):  # "the other two": what the parts leave
            told = sum(p.value for p in quantities if whole.quantity.end <= p.start < q.start and not p.vague and p.value < whole.value)
            if told + q.value != whole.value:
                continue
        hit = _SYRIAN_AFTER.match(work, q.end)
        if hit is None or _OWN_VERB.match(work, hit.end()) or _of_another(work, hit, quantities, whole, q) \
                or _LISTED_BESIDE.fullmatch(work, whole.quantity.end, q.start):
            continue  # ("while two Syrians were detained": a clause of their own; "Syrian-born"; "killed three
            # Hezbollah fighters and two Syrians": a group beside the toll, not a part of it, round 74)
        same_sentence = _STOP.search(work, whole.group_end, q.start) is None
        split = _split_in_sentence(work, q, quantities, whole)  # ("... said 17 were Iraqis and Afghans while six were Syrians")
        if q.start >= own_end and not (hit.group("of") or "the dead" in _sentence_head(work, q.start) or split):
            continue
        if hit.group("of") or _PART_BEFORE.search(work, max(0, q.start - 30), q.start) \
                and (same_sentence or "the dead" in _sentence_head(work, q.start) or split):
            found.append(q)
    return found[0] if len(found) == 1 else None


def _split_in_sentence(work: str, q: Quantity, quantities: list[Quantity], whole: Mention) -> bool:
    """The sentence of ``q`` gives the toll's parts, which add up to it: "the monitor said 17 were Iraqi and Afghan
    members while six were Syrians fighting alongside them" after "killed at least 23 pro-Iran fighters"."""
    stops = list(_STOP.finditer(work, max(0, q.start - 300), q.start))
    head = stops[-1].end() if stops else max(0, q.start - 300)
    tail = _STOP.search(work, q.end)
    parts = [p.value for p in quantities if head <= p.start < (tail.start() if tail else len(work)) and not p.vague and p.value < whole.value]
    return len(parts) >= 2 and sum(parts) == whole.value


def _of_another(work: str, hit: re.Match[str], quantities: list[Quantity], whole: Mention, q: Quantity) -> bool:
    """"of them" / "of whom" after ``q`` points to the figure told right before it, which is not the toll: "killed nine
    fighters, and wounded five others, three of them Syrians", "the militias have lost 12 members this year, 5 of them
    Syrians" (a part of the wounded, or of a period's dead, not of the incident's toll); the toll told again ("At least
    23 fighters were killed ..., six of them Syrians") is the toll."""
    if not hit.group("of") or not re.match(r"of\s+(?:them|whom)\b", hit.group("of"), re.IGNORECASE):
        return False
    before = [p for p in quantities if whole.quantity.end <= p.start < q.start and not p.vague and p.value != whole.value]
    return bool(before) and _STOP.search(work, before[-1].end, q.start) is None


def _sentence_head(work: str, at: int) -> str:
    """The words of the sentence holding ``at``, up to it, in lower case."""
    stops = list(_STOP.finditer(work, max(0, at - 300), at))
    return work[stops[-1].end() if stops else max(0, at - 300):at].lower()
