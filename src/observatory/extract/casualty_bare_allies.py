"""A bare toll of an attack on regime forces, broken down only by the dead of the regime's foreign allies.

"ISIS cells ambushed a convoy of regime forces and their Russian allies ..., killing nine, among them a Russian
officer"; "ambushed a convoy of regime forces escorted by Russian military police ..., killing 11, including two
Russians": the toll has no noun of its own and its only parts name the foreign allies (Russians, foreign
Iranian-backed militiamen); the rest are of the regime's forces the sentence names before the toll (SCHEMA's
subtraction rule for incidents: regime 9, russia 2), not a toll of the allies alone; "others" hurt after it, of no
side yet, take the toll's side as they would had its words named the regime.

Read only where the whole is a bare number ("killing nine, ...") or a number of bare "members" whose side was only
guessed from the words before ("ambushed a convoy of regime forces and Iranian-backed militias ..., killing nine members,
including two Iranian officers": members of the whole convoy, regime 7 and pro_iran_foreign 2), every part is of one
allied side and leaves a rest, and a regime force is named in the same sentence before the toll as what was attacked
(not as the doer).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention, inherit_sides

#: The regime's foreign allies whose dead SOHR counts apart inside a regime toll.
_ALLIES = frozenset({"russia", "pro_iran_foreign"})
#: A bare toll: the number and then only a comma before "including" / "among them".
_BARE = re.compile(r"\s*,\s*(?:including|among\s+(?:them|whom))\b", re.IGNORECASE)


#: The regime's forces named as what was hit ("a convoy of regime forces", "a post of the regime's 4th Division"), not
#: as the doer ("Regime forces shelled the village ..., killing nine, including two Iranian pilgrims").
_AIMED = re.compile(
    r"\b(?:of|on|against|targeting|targeted|ambushed|attacked|hit|struck|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?$",
    re.IGNORECASE,
)


#: A whole of bare "members" ("killing nine members, including ..."): the members of what the sentence named before.
_MEMBERS = re.compile(r"\s*members\s*$", re.IGNORECASE)


def _bare_whole(m: Mention, work: str) -> bool:
    """Whether ``m`` is a whole of no words of its own ("killing nine, including") or of bare "members" whose side is
    only a guess from the words before it, and its parts follow."""
    words = work[m.quantity.end : m.group_end]
    if words.strip():
        if not (_MEMBERS.fullmatch(words) and (m.side is None or m.generic and m.side in _ALLIES)):
            return False
    elif m.side is not None:
        return False
    return _BARE.match(work, m.group_end if words.strip() else m.quantity.end) is not None


def bare_whole_of_regime(
    mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None
) -> list[Mention]:
    """Each bare toll whose only parts are allies' dead, of the regime where the sentence names its forces before it."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is not None or m.quantity.vague or not _bare_whole(m, work):
            continue
        parts = [p for p in mentions if p.parent == i]
        if (
            not parts
            or len({p.side for p in parts}) != 1
            or parts[0].side not in _ALLIES
            or sum(p.value for p in parts) >= m.value
        ):
            continue
        regime = [
            a
            for a in lexicon.find(work, start, m.quantity.start, on)
            if a.side == "regime" and _AIMED.search(work, max(start, a.start - 40), a.start)
        ]
        if regime:
            out[i] = m.named(regime[-1])
            _others_along(out, i, m.side, work)
    return inherit_sides(out, work) if out != mentions else out


#: "others" with no words of their own ("and injuring at least 12 others").
_OTHERS = re.compile(r"\s*others\s*$", re.IGNORECASE)


def _others_along(out: list[Mention], whole: int, guessed: str | None, work: str) -> None:
    """ "others" after a whole of guessed side that took that guess too take the whole's new side (in place)."""
    for j in range(whole + 1, len(out)):
        o = out[j]
        if (
            guessed is not None
            and o.side == guessed
            and o.parent is None
            and _OTHERS.fullmatch(work[o.quantity.end : o.group_end])
        ):
            out[j] = o.sided_like(out[whole])
