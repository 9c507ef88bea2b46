"""People "killed and wounded" together, then split (tests in tests/test_extract_casualty_hurt_then_split.py).

* "a landmine killed and wounded two shepherds: one of them died instantly, while the other sustained serious injuries":
  the one who died is killed, the rest of the two are injured, both of the side the group's words give (shepherds:
  civilians); so are "killing or wounding 11 civilians, four of them fatally" (round 66), and "killing or wounding
  11 of them, five fatally", also where the sentence tells no other figure (round 68). Without the split ("killed
  and wounded five soldiers") neither figure is known and nothing is read here.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import side_of
from observatory.extract.gates import folded, has_any, may_hold
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import Quantity, find_quantities
from observatory.models import Qualifier

_SPLIT = re.compile(r"\bkill(?:ed|ing)\s+(?:and|or)\s+(?:wound|injur)(?:ed|ing)\s+(?P<whole>[\w-]+)\s+(?P<group>[^.;:,]{1,60}?)\s*[:,;]\s*"
                    r"(?:and\s+)?(?P<part>[\w-]+)\s+(?:of\s+(?:them|whom)\s+(?:died|was\s+killed|were\s+killed|lost\s+(?:his|her|their)\s+li(?:fe|ves)|"
                    r"fatally)|fatally)\b", re.IGNORECASE)
#: Every match of ``_SPLIT`` holds one of these in the folded sentence.
_SPLIT_STEMS = ("and wound", "and injur", "or wound", "or injur")


def hurt_then_split(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The dead and the wounded of a group "killed and wounded" together, told apart after it (see module doc)."""
    stop = work.find(".", start)
    end = stop if stop >= 0 else len(work)
    if not may_hold(work, ("ound", "njur"), start, end) \
            or not has_any(folded(work, start, end), _SPLIT_STEMS):  # ("Killed And Wounded", "KILLED AND INJURED")
        return mentions
    hit = _SPLIT.search(work, start, end)
    if hit is None:
        return mentions
    whole = find_quantities(hit.group("whole"), hit.start("whole"))
    part = find_quantities(hit.group("part"), hit.start("part"))
    if len(whole) != 1 or len(part) != 1 or whole[0].vague or part[0].vague or not 0 < part[0].value < whole[0].value:
        return mentions
    actor, side = side_of(lexicon, work, hit.start("group"), hit.end("group"), on)
    name = actor.actor.name if actor else None
    nation = actor.actor.nationality if actor else None
    dead = Mention(KILLED, part[0], side, hit.end("group"), hit.end("group"), name, nation, generic=side is None)
    left = whole[0].value - part[0].value
    at = hit.end("part")
    hurt = Mention(INJURED, Quantity(left, Qualifier.EXACT, at, at, str(left)), side, at, at, name, nation, generic=side is None)
    kept = [m for m in mentions if not hit.start() <= m.quantity.start < hit.end() and m.parent is None
            and not (m.role == INJURED and m.value == left and m.quantity.start >= hit.end())]  # ("the two others were hurt")
    return sorted([*kept, dead, hurt], key=lambda m: m.quantity.start)
