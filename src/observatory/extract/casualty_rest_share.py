"""The rest of a toll told as a whole with one part named, said to be of another kind in the same sentence.

"killed 40 people, 15 of them civilians and the rest soldiers", "put the toll at 40, including 15 civilians, the rest
being officers and cadets", "killing six militiamen loyal to Iran, two of them Lebanese and the rest Syrians": the
named part keeps its side (its words end where "the rest" begins) and what it leaves of the whole is a part of the side
the rest's words give (``rest_share``); the incident then takes both out of the whole (the subtraction rule).

* Syrians among Iranian-backed militiamen are the regime's (SCHEMA); military nouns of no named group ("military
  personnel", "officers") are the regime's where the text before names the regime's forces.
* Read only where the rest's words name people: "the rest in clashes", "the rest fled", "the rest died in raids" (a
  cause or a fate, not a kind) leave the toll as it was, and so does a rest of the whole's own side.
* A number given for the rest ("the other 25 were soldiers") must be what the parts leave.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import group_end, side_of
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import SYRIAN_OWN, Mention
from observatory.extract.numbers import words_to_int

#: ", the rest being officers", "and the rest Syrians", "while the remainder were soldiers", "the other 25 were soldiers".
_REST = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|while\s+|whereas\s+)?the\s+(?:(?:rest|remainder)(?:\s+of\s+(?:them|the\s+(?:dead|victims)))?"
    r"(?:\s+(?:being|are|were))?|others\s+(?:being|are|were)|other\s+(?P<n>\d+|[a-z]+)\s+(?:being|are|were))"
    r"(?:\s+all)?(?=\s)", re.IGNORECASE)
_STEMS = ("rest", "remainder", "other")
#: How far after a part's number the rest may begin.
_REACH = 120
#: Military people named by rank or service rather than by group.
_MILITARY = re.compile(r"\b(?:military\s+personnel|officers?|soldiers?|troops|cadets?|graduates|servicemen|conscripts)\b",
                       re.IGNORECASE)
_PEOPLE_SIDES = (None, "unknown")


def rest_share(mentions: list[Mention], work: str, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Each whole whose named parts are followed by "the rest" of another side: the parts end where the rest begins, and
    the rest is added as a part of its own side (see module doc)."""
    if not any(m.parent is not None for m in mentions) or not has_any(folded(work, mentions[0].quantity.start, end), _STEMS):
        return mentions
    out = list(mentions)
    added: list[Mention] = []
    for i, whole in enumerate(mentions):
        parts = [j for j, p in enumerate(out) if p.parent == i]
        if whole.parent is not None or whole.quantity.vague or not parts:
            continue
        cue = _rest_cue(out, parts, work, end)
        if cue is None:
            continue
        for j in parts:  # "54 of them civilians and the rest soldiers": the part's words end at the rest
            if out[j].group_start <= cue.start() < out[j].group_end:
                out[j] = _resided(out[j], work, cue.start(), lexicon, on)
        rest = whole.value - sum(out[j].value for j in parts)
        if rest <= 0 or any(out[j].side is None or out[j].quantity.vague for j in parts) \
                or (cue.group("n") is not None and words_to_int(cue.group("n")) != rest):
            continue
        part = rest_part(whole, i, rest, work, (cue.end(), end), lexicon, on)
        added += [part] if part is not None else []
    return _in_order(out, added)


def _rest_cue(out: list[Mention], parts: list[int], work: str, end: int) -> re.Match[str] | None:
    """The rest's cue after the last part, with no stop or figure between; or after that part's own last part ("54 of
    them civilians, among them 39 women and children, and the rest military personnel")."""
    last = out[parts[-1]]
    for after in (last, max((p for p in out if p.parent == parts[-1]), key=lambda p: p.quantity.end, default=None)):
        if after is None:
            return None
        cue = _REST.search(work, after.quantity.end, min(end, after.quantity.end + _REACH))
        if cue is not None and not re.search(r"[.;]|\d", work[after.quantity.end:cue.start()]):
            return cue
    return None


def _in_order(out: list[Mention], added: list[Mention]) -> list[Mention]:
    """The mentions with the rests added, in text order, each part's parent renumbered."""
    if not added:
        return out
    every = [*out, *added]
    order = sorted(range(len(every)), key=lambda k: (every[k].quantity.start, k))
    new_at = {old: new for new, old in enumerate(order)}
    return [replace(m, parent=None if m.parent is None else new_at[m.parent]) for m in (every[k] for k in order)]


def _resided(part: Mention, work: str, stop: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """A part whose words ran on into "the rest": its side read again from its own words."""
    actor, side = side_of(lexicon, work, part.group_start, stop, on)
    if side is None or actor is None:
        return replace(part, group_end=stop)
    return replace(part, side=side, actor=actor.actor.name, nationality=actor.actor.nationality, generic=False, group_end=stop)


def rest_part(whole: Mention, i: int, rest: int, work: str, span: tuple[int, int], lexicon: ActorLexicon,
              on: date | None) -> Mention | None:
    """The rest as a part of ``whole`` (at index ``i``), of the side its words give; None where they name no side, or the
    whole's own side."""
    start, end = span
    stop = group_end(work, start, end)
    words = work[start:stop]
    if not words.strip():
        return None  # "the rest in clashes", "the rest fled"
    actor, side = side_of(lexicon, work, start, stop, on)
    nationality = actor.actor.nationality if actor else None
    name = actor.actor.name if actor else None
    if whole.side == "pro_iran_foreign" and side is None and SYRIAN_OWN.match(words.lstrip()):
        side, nationality = "regime", "SY"  # Iranian-backed militiamen the text says are Syrian
    elif side is None and _MILITARY.match(words.lstrip()) and whole.side in _PEOPLE_SIDES and _regime_before(work, whole, lexicon, on):
        side = "regime"
    if side is None or side == whole.side or side == "unknown":
        return None
    at = start
    return Mention(whole.role, replace(whole.quantity, value=rest, start=at, end=at, text=str(rest)), side, at, stop,
                   name, nationality, parent=i)


def _regime_before(work: str, whole: Mention, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the text before the toll names the regime's forces (the army whose personnel the rest are)."""
    return any(a.side == "regime" for a in lexicon.find(work, 0, whole.quantity.start, on))
