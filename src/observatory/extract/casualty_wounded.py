"""The wounded who died later, told in a sentence after the toll (used by ``casualties``).

"The blast killed 3 civilians and injured 10 others. Two of the injured died later": where the sentence gives no new death
toll, the dead told before rise by two (a latest figure); where no one was told dead before ("... wounding three of
them. One of the wounded died hours later"), the one who died is the incident's dead, of the wounded's side. The
injured stay the 10 the text states: a figure is never lowered by arithmetic, only replaced by a newer one the text
gives. A toll the sentence gives itself ("..., bringing the
death toll to 5") is left to the rules of the rising toll, and so is a sentence that gives its dead before telling of
the death ("SOHR said 13 soldiers and a civilian were killed, with the toll rising after one of the wounded died").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.figures import PERSON
from observatory.extract.gates import word_start
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import Quantity, number_words, words_to_int
from observatory.models import Qualifier

_NUM = number_words(r"\d+", "an?", "another")
_DIED = r"(?:(?:has|have|had)\s+)?(?:later\s+|since\s+|subsequently\s+|also\s+)?(?:died|succumbed|passed\s+away)\b"
#: "two of the injured (soldiers) died later", "one of the wounded, a young man, died" (an aside between), "a wounded
#: civilian died in hospital", "two soldiers who were wounded in the attack have died of their wounds".
WOUNDED_DIED = re.compile(
    word_start(rf"\b(?P<n1>{_NUM})[^\S\n]+(?:more\s+)?of\s+the\s+(?:injured|wounded)\b(?:\s*,[^,.;\n]{{2,40}},)?(?:\s+[\w-]+){{0,2}}?\s+{_DIED}|"
    rf"\b(?P<n2>{_NUM})[^\S\n]+(?:[\w-]+\s+)?(?:injured|wounded)\s+(?:[\w-]+\s+)?(?:person|man|woman|child|boy|girl|soldier|civilian|fighter|"
    rf"member|men|women|children|soldiers|civilians|fighters|members)\s+{_DIED}|"
    rf"\b(?P<n3>{_NUM})[^\S\n]+(?:[\w-]+\s+){{0,3}}?who\s+(?:were|was|had\s+been)\s+(?:seriously\s+|critically\s+)?(?:injured|wounded)\b"
    rf"(?:(?!\b(?:were|was|while|where|whereas|and)\b)[^.;]){{0,200}}?\b{_DIED}"),
    re.IGNORECASE)
#: Read by ``casualties`` on a figure's right (moved from there): "a wounded soldier died of his wounds", "nine
#: seriously wounded soldiers succumbed", "two soldiers who were wounded in ... have died", "a man who had been
#: transferred in critical condition died of his wounds" (round 72).
HURT_THEN_DIED = re.compile(rf"\s+(?:(?:seriously|critically|severely|badly|gravely)\s+)?(?:injured|wounded)\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON})\b[^.;]{{0,40}}?\b(?:died|succumbed|passed\s+away)\b",
                            re.IGNORECASE)
WHO_HURT_THEN_DIED = re.compile(r"\s*,?\s*(?:who\s+(?:were|was|had\s+been|have\s+been)\s+(?:seriously\s+|critically\s+)?(?:injured|wounded)\b|"
                               r"who\s+(?:were|was|had\s+been|have\s+been)\s+(?:[\w-]+\s+){0,3}?in\s+(?:a\s+)?(?:critical|serious|grave)\s+"
                               r"condition\b|"
                               r"(?:injured|wounded)\s+(?:in|during|by|on)\b)"
                               r"(?:(?!\b(?:were|was|while|where|whereas|and)\b)[^.;]){0,200}?\b(?:(?:have|has|had|later)\s+)?"
                               r"(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)
#: How far back (characters) the injured figure that the dead came from may be told.
WOUNDED_WINDOW = 800


def _count(text: str) -> int:
    return words_to_int(text) or 0  # "a", "an", "another" read as one


def wounded_who_died(mentions: list[Mention], work: str, start: int, end: int, told: list[Mention]) -> list[Mention]:
    """Raise the dead told before by those the sentence says died of their wounds, where it gives no new toll (the
    injured told before stay as stated)."""
    hit = WOUNDED_DIED.search(work, start, end)
    injured = [m for m in told if m.role == INJURED and m.quantity.end >= start - WOUNDED_WINDOW]
    if hit is None or not injured or any(m.role == INJURED and not m.quantity.vague for m in mentions):
        return mentions
    group = next(g for g in ("n1", "n2", "n3") if hit.group(g) is not None)
    named = lexicon_free_side(hit.group(0))
    same = [m for m in injured if m.side == named] if named else injured
    if not same:
        return mentions
    n, source = _count(hit.group(group)), same[-1]
    if n <= 0 or source.quantity.qualifier != Qualifier.EXACT or source.value <= n or _told_since(work, source, told):
        return mentions  # (from "more than ten injured" the text gives no exact number left)
    if any(m.role == KILLED and (m.rose or not m.quantity.vague and m.quantity.end <= hit.start()) for m in mentions):
        return mentions  # "..., bringing the death toll to 5", "said 13 soldiers and a civilian were killed, with the
        # toll rising after one of the wounded died": the toll is told
    dead = [m for m in told if m.role == KILLED and m.side == source.side and not m.quantity.vague]
    if not dead and any(m.role == KILLED for m in told):
        return mentions  # (dead of another side told before: whose toll rose is not told)
    at = Quantity((dead[-1].value if dead else 0) + n, Qualifier.EXACT, hit.start(group), hit.end(group), hit.group(group))
    risen = replace(dead[-1] if dead else replace(source, role=KILLED), quantity=at, group_start=at.end, group_end=at.end, rose=True)
    died = range(hit.start(), hit.end())
    return [m for m in mentions if not (m.role == KILLED and m.quantity.start in died)] + [risen]


def _told_since(work: str, source: Mention, told: list[Mention]) -> bool:
    """Whether a figure of a later sentence came between the injured and the death of some of them (another event, maybe)."""
    return any(m.quantity.start > source.quantity.end and re.search(r"[.!?;]\s", work[source.quantity.end:m.quantity.start])
               for m in told)


_SIDE_NOUNS = (("civilians", re.compile(r"\b(?:civilians?|child|children|boy|girl|woman|women)\b", re.I)),
               ("regime", re.compile(r"\bsoldiers?\b", re.I)))


def lexicon_free_side(text: str) -> str | None:
    """The side a plain noun of the dead gives ("one of the injured civilians"), where it gives one."""
    return next((side for side, pattern in _SIDE_NOUNS if pattern.search(text)), None)
