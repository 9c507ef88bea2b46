"""A party's own toll put beside the monitor's: "the defence ministry put the toll at 40 and blamed X", "the SDF put
its own losses at 27 fighters".

SCHEMA: where two sources conflict in one text the monitor's figure is used and the other is only noted. A clause
that puts a toll or its own losses at a figure, with no monitor named before it in its sentence, is a party's account
(``party_toll``), whoever speaks: a ministry, a governor, an armed group. Its figure is a bare toll
(``bare_toll``) where it names no victims of its own ("at 40 and blamed the YPG": the side read from the words after
it is the accused's, not the dead's) or counts only the speaker's own losses: such a figure has no side to set it apart
from the monitor's count, so it yields to it (``casualty_claims.drop_conflicting_claims``).
(tests/test_extract_casualty_party_tolls.py)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract.actors import GENERIC_ALIASES, ActorMatch
from observatory.extract.mention_sides import Mention
from observatory.extract.text import MONITOR
from observatory.extract.totals_so_far_answer import so_far_counted_at

#: "put the toll at", "put its own losses at", "gave their death toll as": a toll told by its speaker.
_PUT_TOLL = re.compile(r"\b(?:put|puts|putting|placed|gave|gives|giving)\s+(?:the|its|their)\s+(?:own\s+)?"
                       r"(?:death\s+|casualty\s+)?(?:toll|losses|dead|number\s+of\s+(?:the\s+)?dead)\s+(?:(?:even\s+)?(?:higher|lower)\s*,?\s*)?(?:at|as)\b",
                       re.IGNORECASE)  # ("put the toll higher, at 123")
#: Right before the figure: the toll or the losses put at it.
_TOLL_BEFORE = re.compile(r"\b(?:toll|losses|dead)\s+(?:(?:even\s+)?(?:higher|lower)\s*,?\s*)?(?:at|as)\s+(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
                          re.IGNORECASE)
#: Right after the figure: no victims named ("at 40 and blamed ...", "at 40.").
_NO_VICTIMS = re.compile(r"\s*(?:[,.;:)]|and\b|but\b|while\b|after\b|$)", re.IGNORECASE)
#: The speaker's own losses ("its own losses at 27 fighters").
_OWN_LOSSES = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:losses|dead)\s+(?:at|as)\s+", re.IGNORECASE)


def party_toll(head: str) -> bool:
    """Whether ``head`` (a sentence up to a figure) has someone other than the monitor put a toll."""
    if "toll" not in head and "losses" not in head and "dead" not in head:
        return False
    hit = _PUT_TOLL.search(head)
    return hit is not None and MONITOR.search(head, 0, hit.start()) is None


def bare_toll(m: Mention, work: str) -> bool:
    """Whether ``m`` is a toll put at a figure that names no victims, or the speaker's own losses: no side of its own."""
    before = work[max(0, m.quantity.start - 40):m.quantity.start]
    if _TOLL_BEFORE.search(before) is None:
        return False
    return m.generic or _OWN_LOSSES.search(before) is not None or _NO_VICTIMS.match(work, m.quantity.end) is not None


#: The word right after the figure: the noun the toll counts ("at 34 soldiers").
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def monitor_toll_side(mentions: list[Mention], work: str, start: int, told: Callable[[], list[Mention]],
                      named: Callable[[int, int], list[ActorMatch]] | None = None) -> list[Mention]:
    """"A Turkish official said 33 Turkish soldiers were killed. ... The Observatory put the toll at 34 soldiers": the
    monitor's toll of a bare noun answers the figure of the same role and noun told before, and is of its side (not one
    read from the words after it: "and said Russian and regime warplanes ...")."""
    if not any(_answer(m, work, start) for m in mentions):
        return mentions
    before = [p for p in told() if p.parent is None and p.side not in (None, "unknown")]
    out = []
    for m in mentions:
        noun = _answer(m, work, start)
        if noun == _BARE:
            same = [p for p in before if p.role == m.role and p.quantity.start >= _previous_sentence(work, start)]
            same = same if len({p.side for p in same}) == 1 and m.side in (None, "unknown") else []
            if not same and m.side in (None, "unknown") and named is not None:
                out.append(_of_vague_before(m, work, _previous_sentence(work, start), start, named))
                continue
        else:
            same = [p for p in before if p.role == m.role and noun and noun in work[p.quantity.end:p.group_end].lower().split()]
        if same and same[-1].side != m.side:
            p = same[-1]
            m = m.sided_like(p)
        out.append(m)
    return out


def _answer(m: Mention, work: str, start: int) -> str:
    """The noun of the monitor's toll ``m`` ("The Observatory put the toll at 34 soldiers": "soldiers"); "" when ``m``
    is no such toll."""
    if m.parent is not None or MONITOR.search(work, start, m.quantity.start) is None:
        return ""
    if _BARE_PUT.search(work, max(start, m.quantity.start - 60), m.quantity.start) and _BARE_END.match(work, m.quantity.end):
        return _BARE
    hit = _PUT_TOLL.search(work, max(start, m.quantity.start - 60), m.quantity.start)
    noun = _NOUN_AFTER.match(work, m.quantity.end)
    if noun is not None and so_far_counted_at(work, start, m.quantity.start):
        return noun.group(1)  # "SOHR has so far confirmed the death of six members": the monitor's answer
    if hit is None or noun is None or _TOLL_BEFORE.search(work, hit.start(), m.quantity.start) is None:
        return ""
    return noun.group(1)


#: The monitor putting the toll told before at a figure of no victims of its own ("The Observatory put that toll at
#: 12.", "SOHR put the number of dead at four.", "the monitor put the death toll at 9, while ..."): the same dead as the
#: figure of that role in the sentence before, of its side where it names one (``_BARE``).
_BARE_PUT = re.compile(r"(?<!initially\s)(?<!earlier\s)(?<!first\s)(?<!previously\s)\b(?:put|puts|putting|placed|places|gave|gives|giving|set|sets|estimated|estimates)\s+(?:the|that|this|its|their)\s+"
                       r"(?:(?:death|casualty|final|overall|latest)\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|"
                       r"victims|those\s+killed|people\s+killed|wounded|injured))\s+(?:(?:even\s+)?(?:higher|lower)\s*,?\s*)?(?:at|as)\s+(?:at\s+least\s+|about\s+|around\s+|"
                       r"nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_BARE = "*"
#: The bare toll ends its clause: "at 12.", "at 12, while ...", not "at five, saying that ..." or "at six: three ...".
_BARE_END = re.compile(r"[^\S\n]*(?:[.;]|,[^\S\n]*(?:while|whereas)\b)", re.IGNORECASE)


def _previous_sentence(work: str, start: int) -> int:
    """Where the sentence before the one at ``start`` begins."""
    end = start - 1
    while end > 0 and work[end - 1] in " \n\t\"'”’)":
        end -= 1
    return max(work.rfind(c, 0, max(0, end - 1)) for c in ".!?\n") + 1


#: Men of a group told only as "several ... killed and wounded", the monitor's bare toll of the dead following them.
_VAGUE_BOTH = re.compile(r"\b(?:several|some|a\s+number\s+of|a\s+few|dozens\s+of|many)\s+(?P<who>[^.;:!?]{1,80}?)\s+(?:were|had\s+been|"
                         r"have\s+been)\s+(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b", re.IGNORECASE)


def _of_vague_before(m: Mention, work: str, begin: int, start: int, named: Callable[[int, int], list[ActorMatch]]) -> Mention:
    """"Several members of the Iranian-backed Liwa Fatemiyoun were killed and wounded ... The Observatory put the number
    of dead at four": the dead are of the one side the vague victims' words name; ``m`` as it was otherwise."""
    hits = list(_VAGUE_BOTH.finditer(work, begin, start))
    if len(hits) != 1:
        return m
    found = [a for a in named(hits[0].start("who"), hits[0].end("who")) if a.alias.lower() not in GENERIC_ALIASES]
    if len({a.side for a in found}) != 1 or found[0].side == "unknown":
        return m
    return replace(m, side=found[-1].side, actor=found[-1].actor.name, nationality=found[-1].actor.nationality, generic=False)


#: The monitor that "gave a higher figure" ("The Observatory gave a higher figure, saying 34 troops died"): its own
#: toll, not a claimant's.
_MONITOR_GAVE = re.compile(r"\b(?:SOHR|Observatory|monitor)\b[^.;]{0,80}?\b(?:gave|gives|giving|put|puts|putting|cited|citing)\s+"
                           r"(?:an?\s+|the\s+)?(?:higher|lower|different|smaller|larger)\s+(?:death\s+)?(?:toll|figure|number|tally)\b",
                           re.IGNORECASE)


def monitor_gave(head: str) -> bool:
    """Whether ``head`` has the monitor give a higher (or other) figure of its own."""
    return ("igher" in head or "ower" in head or "ifferent" in head or "maller" in head or "arger" in head) \
        and _MONITOR_GAVE.search(head) is not None
