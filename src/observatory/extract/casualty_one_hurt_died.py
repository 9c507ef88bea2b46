"""One of the incident's wounded, told in a later sentence as dying of the wounds: one more dead of the wounded's side
(tests in tests/test_extract_split_fates.py).

"A woman and her son were wounded. The boy died of his wounds hours later", "..., killing a shepherd and wounding two
others. Another victim died of wounds later in hospital": the one who died is one of the wounded told before (a
referent noun with "the", "another" with a noun), so the incident has one more dead of the wounded's side. The wounded
stay as stated, as for "One of the wounded later died" (no arithmetic on the injured:
tests/test_extract_casualty_rises_corrections.py). Only where the sentence is that one death alone (no toll, no
figure of its own beyond the one), the incident has one injured figure of one side told in an earlier sentence, and the
sentence added no dead of another named side. The one dead is of the wounded's side: a figure the sentence read of no
named side ("Another person died": unknown) joins it.

Not read: "One of the wounded later died of his wounds" (read elsewhere), "He died of his wounds" (a pronoun may be anyone told before), "the driver died" (no wounds told), a
death that raises a toll ("..., bringing the toll to three": ``casualty_died_hurt``, ``casualty_wounded_rise``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.casualty_died_hurt import died_of_hurt
from observatory.extract.mention_sides import INJURED, KILLED, Mention

Counts = dict[tuple[str, str], tuple[Mention, int]]

_PERSON: Final = (r"(?:(?:seriously|critically|badly|severely|gravely)\s+(?=wounded|injured))?"
                  r"(?:(?:young|little|elderly|old|wounded|injured)\s+)?(?:boy|girl|man|woman|child|baby|infant|youth|teenager|"
                  r"son|daughter|father|mother|husband|wife|brother|sister|victim|person|civilian|shepherd|farmer|driver|"
                  r"soldier|fighter|member|officer|guard|worker|policeman|militiaman|passenger)")
#: "Another attacker died of his wounds": one of the other side, not of the wounded.
_NOT_DOER: Final = r"(?!(?:attacker|assailant|infiltrator|raider|intruder|gunman|bomber|militant|perpetrator)\b)"
#: "Sources later reported that (the wounded soldier died ...)": the one death told by a source.
_SAID_THAT: Final = r"(?:[A-Z][\w' ]{0,40}?\b(?:reported|said|added|confirmed)\s+(?:that\s+)?)?"
#: "(Hours later,) The boy / Another victim (later) died of his wounds / succumbed to her injuries".
_ONE_DIED: Final = re.compile(
    r"^(?:[A-Z][\w ]{0,30},\s*)?" + _SAID_THAT + r"(?:(?:[Tt]he|[Tt]his)\s+" + _PERSON
    + r"|[Aa]nother\s+(?:one|" + _PERSON + r"|" + _NOT_DOER + r"[a-z]+)"
    r")\s+(?:(?:later|subsequently|then|also)\s+)?(?:has\s+|had\s+)?"
    r"(?:died|succumbed|passed\s+away)\s+(?:of|to|from)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b[^;]*$")
#: A toll in the same sentence: a rise read elsewhere.
_TOLL: Final = re.compile(r"\b(?:toll|bringing|raising|number\s+of)\b", re.IGNORECASE)


def _moved(m: Mention, by: int) -> Mention:
    return replace(m, quantity=replace(m.quantity, value=m.value + by))


def one_hurt_died(counts: Counts, before: Counts, sentence: str, index: int, generic: list[tuple[Mention, int]]) -> None:
    """Count the one wounded who died (see the module's notes) among the incident's dead; ``before``: the
    counts before this sentence was read; ``generic``: the incident's figures of no side (dead of no side told before,
    "killing the driver", which a figure of a side would hide: left as it is; the one read here of no side: taken)."""
    text = sentence.strip()
    if _ONE_DIED.match(text) is None or _TOLL.search(text) or any(m.role == KILLED and at < index for m, at in generic):
        return
    hurt = [key for key in counts if key[0] == INJURED]
    if len(hurt) != 1 or hurt[0] not in before or counts[hurt[0]] != before[hurt[0]]:
        return
    old, at = counts[hurt[0]]
    if at >= index or old.quantity.vague or old.value < 1 or hurt[0][1] == "unknown":
        return
    side = hurt[0][1]
    added = {key: counts[key][0].value - (before[key][0].value if key in before else 0)
             for key in counts if key[0] == KILLED and (key not in before or counts[key] != before[key])}
    here = [g for g in generic if g[1] == index and g[0].role == KILLED]
    if any(v != 1 for v in added.values()) or len(added) + len(here) > 1 or any(k[1] not in (side, "unknown") for k in added) \
            or any(m.value != 1 for m, _ in here):
        return
    dead = (KILLED, side)
    for key in added:
        if key != dead:  # "Another person died of his wounds": no side of its own, the wounded's one
            if key in before:
                counts[key] = before[key]
            else:
                counts.pop(key)
    for g in here:  # "One of them died of his wounds": read of no side
        generic.remove(g)
    if dead not in added:
        one = replace(old, quantity=replace(old.quantity, value=1), role=KILLED)
        counts[dead] = (_moved(counts[dead][0], 1), index) if dead in counts else (one, index)


def hurt_who_died(counts: Counts, before: Counts, sentence: str, index: int, generic: list[tuple[Mention, int]]) -> None:
    """The wounded told as dead in this sentence, off the injured: several raising a toll (``died_of_hurt``) or one
    alone (``one_hurt_died``; ``generic``: the incident's figures of no side)."""
    died_of_hurt(counts, sentence, index)
    one_hurt_died(counts, before, sentence, index, generic)
