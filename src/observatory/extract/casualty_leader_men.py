"""A leader's men counted after him, once his side is final (used by ``casualties``; tests in
tests/test_extract_leader_men.py).

"killing a brigadier general and five of his men", "a commander of the militia and four of his fighters were killed":
the men counted out of a victim's own ("N of his men/fighters/escorts/guards") are of his side. ``casualty_kin`` gives
them that side where the leader's side is named in his own words; where the leader's side only comes from the
sentence ("the militia", "a brigadier general" of the 4th Division told before), it is known only after the final side
pass, so the same reading is made again here; where the leader's side is still open (the incident's target gives it
later), he and his men are one figure of one open side ("a brigadier general and five of his men": six), not one
of an open side and five "unknown" (men already given a side by the sentence keep it, the leader added to them); "others" told right after the men ("..., while seven others were injured"), given
the men's old side, follow them to their new one. Only for a leader of an armed or still open side (not
civilians, nor of no side the text gives), right before the men, joined by "and", "along with", "together with" or "as well as"; not where the text
leaves their side open ("whose identities are unknown"), nor for "others" told with an aside of their own ("three
others, including a child"), nor for a leader of an open side told as the attackers' own ("a commander of the gunmen").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention, without
from observatory.models import ARMED_SIDES

#: "five of his men", "three of their fighters": the entourage counted out of a victim's own.
_HIS_MEN = re.compile(r"\s*of\s+(?:his|her|their)\s+(?:own\s+)?(?:men|aides|assistants|fighters|members|elements|comrades|companions|"
                      r"escorts|bodyguards|guards|followers|deputies)\b", re.IGNORECASE)
#: What joins the leader to his men: "and", ", along with", "together with", "as well as".
_JOIN = re.compile(r"\s*,?\s*(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
#: The men hurt where the leader died: "killing an officer and wounding three of his men", "a commander was killed and
#: two of his escorts were injured".
_JOIN_HURT = re.compile(r"\s*,?\s*(?:(?:was|had\s+been)\s+killed\s+and|and\s+(?:wounding|injuring))\s+(?:at\s+least\s+)?$",
                        re.IGNORECASE)
_NOT_KNOWN = re.compile(r"\s*,?\s*whose\s+(?:identit|nationalit|affiliation)", re.IGNORECASE)
#: "others" told with an aside of their own ("three others, including a child", "others, shepherds nearby") are not
#: shown to be of the men's side.
_OTHERS = re.compile(r"\s+others\b(?!\s*,\s*(?!(?:according|while|after|when|before|as|then|in\s+the\s+(?:attack|ambush|blast))\b)"
                     r"|\s*\(|\s+(?:including|among)\b)", re.IGNORECASE)
#: A leader told as the attackers' own ("a commander of the gunmen", "the leader of the attackers"): his open side is
#: not the target's, so he and his men are not made one figure of it.
_OF_ATTACKERS = re.compile(r"(?:\s+[\w'-]+){1,3}?\s+of\s+the\s+(?:gunmen|attackers|assailants|militants|raiders|kidnappers|"
                           r"abductors|cells?)\b", re.IGNORECASE)
#: How far (characters) the men may stand after the leader's figure.
_REACH = 120


def leader_men(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` with "N of his men" counted with the victim named right before them (see module doc)."""
    out = list(mentions)
    gone: set[int] = set()
    for i in range(1, len(out)):
        m, head = out[i], out[i - 1]
        if not _his_men(head, m, work):
            continue
        if head.side is not None:  # (his men of no side yet: ``_his_men``)
            out[i] = m.sided_like(head)
        elif head.role != m.role:  # "killing an officer and wounding three of his men": of the side he comes to
            out[i] = _open(m)
        elif head.value == 1 and not head.quantity.vague:  # "a brigadier general and five of his men": six, of one side
            men = m if m.side in ARMED_SIDES else _open(m)
            out[i] = replace(men, quantity=replace(m.quantity, value=m.quantity.value + 1))
            gone.add(i - 1)
        if i + 1 < len(out) and _others_after(out[i + 1], m, work):
            out[i + 1] = replace(out[i + 1], side=out[i].side, actor=out[i].actor, nationality=out[i].nationality,
                                 generic=out[i].generic, context=False)
    return without(out, gone) if gone else out


def _open(m: Mention) -> Mention:
    """``m`` of the side still open, which the incident gives it."""
    return replace(m, side=None, actor=None, nationality=None, generic=True)


def _his_men(head: Mention, m: Mention, work: str) -> bool:
    """``m`` is "N of his men" joined right after ``head``, a victim of an armed or still open side in the same role."""
    if m.side not in (None, "unknown", *ARMED_SIDES) or m.quantity.vague or head.side not in ARMED_SIDES | {None}:
        return False
    if head.parent != m.parent or m.quantity.start - head.quantity.end > _REACH:
        return False
    if head.side is not None and m.side not in (None, "unknown"):
        return False
    if head.side is None and _OF_ATTACKERS.match(work, head.quantity.end, m.quantity.start):
        return False  # "clashes with local gunmen, killing a commander of the gunmen and two of his men"
    men = _HIS_MEN.match(work, m.quantity.end, m.group_end + 1)
    if men is None or _NOT_KNOWN.match(work, men.end()):
        return False
    join = _JOIN if head.role == m.role else _JOIN_HURT
    return join.search(work, max(head.quantity.end, m.quantity.start - 30), m.quantity.start) is not None


def _others_after(after: Mention, men: Mention, work: str) -> bool:
    """"..., while seven others were injured" right after the men, given the men's old side: of their new one."""
    return (after.side == men.side and after.parent is None and not after.quantity.vague
            and _OTHERS.match(work, after.quantity.end) is not None)
