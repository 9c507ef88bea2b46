"""One told hurt and then dead in the same clause (tests in tests/test_extract_casualty_person_misreadings.py).

* "A fourth soldier was wounded and later died of his injuries", "two guards were injured but died in hospital", "His
  nephew, also a civilian, who was sitting with him, was seriously injured and died of his wounds" (round 67): the
  people the figure counts died; they are dead, not hurt as well;
* "..., wounding a man who later died", "... who died of his wounds": the same, told after the verb that hurt him
  (the relative clause says "later" or that the wounds killed him: "who had died once before" is no news of this death).

Not read: "one of whom died", "two of the injured died" (a part of the hurt: ``mention_context_passes.died_of_wounds``,
``casualty_wounded``), nor a death told of someone else ("was wounded and another man died").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import INJURED, KILLED, Mention

_ADVERB = r"(?:(?:later|subsequently|then|eventually|soon|afterwards|shortly\s+after(?:wards)?)\s+)?"
_DIED = r"(?:had\s+)?(?:died|succumbed|passed\s+away|perished|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b"
#: "... was (seriously) wounded (in the blast) and later died": the figure's own clause, from its words' end.
_HURT_THEN_DIED = re.compile(
    r"\s*,?\s*(?:who\s+(?:was|were|had\s+been)\s+(?!(?:\w+\s+)?(?:wounded|injured|hurt)\b)[^,.;]{1,60}?,\s*)?"  # ("..., who was sitting with him, was injured")
    r"(?:who\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|seriously|critically|badly|severely|gravely)\s+)?"
    r"(?:wounded|injured|hurt)\b(?:\s+(?!and\b|but\b|before\b|while\b|whereas\b|as\b)[\w'-]+){0,6}?\s*,?\s+(?:and|but|before)\s+"
    + _ADVERB + _DIED, re.IGNORECASE)
#: "wounding a man who later died": the one hurt by the verb before him, whose death the relative clause tells.
_WHO_DIED = re.compile(r"\s*,?\s*who\s+(?:(?:later|subsequently|then|eventually|soon|afterwards)\s+" + _DIED
                       + r"|(?:had\s+)?succumbed\b|(?:had\s+)?died\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b)",
                       re.IGNORECASE)
#: "a shepherd who had been injured on Thursday by a mine blast ..., died of his wounds": the relative clause tells the
#: hurt, the main verb after it his death of those wounds (no other person named between).
_WHO_HURT_DIED = re.compile(
    r"\s*,?\s*who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|seriously|critically|badly|severely|gravely)\s+)?"
    r"(?:wounded|injured|hurt)\b(?:(?!\b(?:another|other|others|and|but)\b)[^.;:]){0,160}?\s+" + _ADVERB
    + r"(?:has\s+|have\s+|had\s+)?(?:died|succumbed|passed\s+away)\s+(?:(?:today|yesterday|later|on\s+\w+)\s+)?(?:of|to|from)\s+"
    r"(?:his|her|their|the|these|those)\s+(?:wounds|injuries)\b", re.IGNORECASE)
_STEMS = ("died", "succumbed", "passed away", "perished", "lost")  # every match of either pattern holds one


def hurt_then_died(mentions: list[Mention], work: str) -> list[Mention]:
    """An injured figure whose own clause says its people then died is a killed figure (see the module's notes)."""
    if not any(m.role == INJURED for m in mentions):
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.role != INJURED or m.quantity.vague or not has_any(folded(work, m.group_end, m.group_end + 160), _STEMS):
            continue
        if _HURT_THEN_DIED.match(work, m.group_end) or _WHO_DIED.match(work, m.group_end) or _WHO_HURT_DIED.match(work, m.group_end):
            out[i] = replace(m, role=KILLED)
    return out
