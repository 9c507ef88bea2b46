"""Words around a victim that tell whose side he was on, read for ``mention_sides`` (kept apart so that
``mention_sides`` stays under its size limit).

* "others" with a verb of their own after dead of two sides or more: of no one side (``mixed_before``), unless the two
  sides are only the nationalities of one body of Iranian-backed militiamen ("six Iraqis, four Afghans and four Syrian
  militiamen"): hurt men of unstated nationality of those militias are of ``pro_iran_foreign`` (SCHEMA;
  ``militia_of_nations``, tests/test_extract_casualty_others_after_militia_nations.py);
* "who had joined the 'settlement' and was working with X": the group served after the settlement (``AND_THEN_SERVED``);
* "opened fire on a former opposition fighter ..., killing him": the pronoun's antecedent (``ANTECEDENT``);
* "the commander was a Syrian national" told a sentence after one Iranian-backed victim (``syrian_told_after``);
* "killing him and wounding his brother": a relative of a fighter takes no side from him (``kin_apart``: in the written
  sets' gold no relative named only by his kin word carries an armed side, and SCHEMA gives people of untold
  affiliation to ``unknown``; tests/test_extract_round69_readings.py).

Tests: tests/test_extract_casualty_others_after_mixed_dead.py, ..._settled_then_served.py,
..._pronoun_victim_named_before.py, ..._syrian_told_after.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.actors import ActorMatch

if TYPE_CHECKING:
    from observatory.extract.mention_sides import Mention


_OTHERS_WORD = re.compile(r"\s*(?:other\s+people|others)\s+(?:were|have\s+been|had\s+been|sustained|suffered|got|(?:(?:also|later)\s+)?"
                          r"(?:injured|wounded|hurt))\b", re.IGNORECASE)


def mixed_before(before: list[Mention], m: Mention, work: str, told: list[Mention] | None = None) -> bool:
    """"others" of another role after figures of two sides or more ("the dead are four civilians and three militiamen,
    while 20 others were injured"): of no one side (as ``casualties._others_from_before`` reads them across sentences),
    when they have a verb of their own; "killing 3 soldiers and 2 ISIS members and wounding 4 others" (one
    attacker's deeds told in one breath) are of the first group, and so are others with a part of theirs named apart
    ("eight soldiers and a civilian were killed, 13 others injured, including two civilians": the rest).
    ``told``: every figure before, sided or not; armed men of no side yet ("two gunmen of the gang and a civilian dead,
    while four others were wounded") count as a side of their own."""
    sides = {p.side for p in before}
    sides |= {"armed"} if any(p.side is None and p.generic and p.parent is None and p.role == before[-1].role for p in told or ()) else set()
    return m.role != before[-1].role and len(sides) > 1 and _OTHERS_WORD.match(work, m.quantity.end) is not None


#: A regime part told only as Syrians of the militias ("four Syrian militiamen working with the IRGC", "five Syrian
#: members of the Iranian-backed militias", "four Syrians fighting in their ranks"), not as soldiers of the regime.
_SYRIAN = re.compile(r"\bSyrians?\b")
_REGIME_WORDS = re.compile(r"\b(?:soldiers?|army|troops|regime|officers?|conscripts?|NDF|National\s+Defen[cs]e|security|police|"
                           r"intelligence|air[\s-]+defen[cs]e|division|corps|brigade)\b", re.IGNORECASE)


def militia_of_nations(before: list[Mention], work: str) -> Mention | None:
    """The first foreign figure, where the figures before "others" are Iranian-backed militiamen told apart only by
    nationality (foreigners of ``pro_iran_foreign``, Syrians of the militias of ``regime``); None otherwise."""
    foreign = [p for p in before if p.side == "pro_iran_foreign"]
    if not foreign:
        return None
    for p in before:
        if p.side == "pro_iran_foreign":
            continue
        words = work[p.quantity.start:p.group_end]
        if p.side != "regime" or not _SYRIAN.search(words) or _REGIME_WORDS.search(words):
            return None
    return replace(foreign[0], nationality=None)  # (their nationality is not told)


#: "who had joined the 'settlement' and was working with the Military Security": the group served after a settlement.
AND_THEN_SERVED = re.compile(r"[\"“']?(?:settlement|reconciliation|settlements|amnesty)[\"”']?(?:\s+(?:agreement|process|deal))?\s+and\s+"
                              r"(?:was\s+|is\s+|had\s+been\s+|has\s+been\s+|later\s+)?(?:working|worked|serving|served|joined)\s+"
                              r"(?:with\s+|for\s+|in\s+)?(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", re.IGNORECASE)


#: The one a pronoun stands for: the person an attack was made on ("opened fire on a former opposition fighter who
#: had refused to join any regime formation ..., killing him"), read up to a clause or a place.
ANTECEDENT = re.compile(r"\b(?:on|at|targeting|targeted|ambushed|attacked|shot\s+at)\s+(?P<np>an?\s+(?:[\w'-]+\s+){0,3}?"
                         r"(?:fighter|member|commander|leader|officer|soldier|militiaman|man|youth)s?)\b(?=\s+(?:who|of|in|near|at|on)\b|,)",
                         re.IGNORECASE)


#: A figure whose words are only a pronoun ("killing him").
_PRONOUN_ONLY = re.compile(r"\s*(?:him|her)\s*", re.IGNORECASE)
#: How far back (characters) the pronoun's antecedent is looked for.
_ANTECEDENT_REACH = 300


def antecedent_words(m: Mention, work: str, words: str) -> str:
    """The words of the one a pronoun figure stands for ("opened fire on a commander of the militia ..., killing him":
    "a commander"), or the figure's own words where they are not a pronoun or no antecedent is told in its sentence."""
    if not _PRONOUN_ONLY.fullmatch(words):
        return words
    begin = max(0, m.quantity.start - _ANTECEDENT_REACH)
    begin = max([begin] + [work.rfind(c, begin, m.quantity.start) + 1 for c in ".!?\n"])
    found = list(ANTECEDENT.finditer(work, begin, m.quantity.start))
    return found[-1].group("np") if found else words


def is_doer_alias(a: ActorMatch) -> bool:
    """An alias that names weapons or strikes rather than people ("Turkish drone")."""
    return a.alias.lower().endswith(("drone", "drones", "strike", "strikes", "artillery", "warplanes"))


_ONE_NOUN = re.compile(r"\b(?P<noun>commander|member|fighter|militiaman|leader|officer)\b", re.IGNORECASE)
#: How far after the figure the text may say the one victim was Syrian (the next sentence or two).
_SYRIAN_AFTER = 500


def syrian_told_after(m: Mention, work: str, words: str) -> bool:
    """"A commander of the Iranian-backed militia was shot dead ... SOHR said the commander was a Syrian national": one
    victim of an Iranian-backed group that the text later calls Syrian is the regime's (SCHEMA)."""
    noun = _ONE_NOUN.search(words)
    if noun is None or "Syrian" not in work[m.group_end:m.group_end + _SYRIAN_AFTER]:
        return False
    told = re.compile(rf"\b(?:the|this)\s+(?:slain\s+|dead\s+|killed\s+)?{noun.group('noun')}\s+(?:was|is)\s+(?:an?\s+)?Syrian\b(?![\s-]+(?:backed|run))",
                      re.IGNORECASE)
    return told.search(work, m.group_end, m.group_end + _SYRIAN_AFTER) is not None


#: The words of a relative ("his brother", "their sons"), who takes the side of the figure before him only where that side
#: is no armed one (``mention_sides.inherit_sides`` reads them with the companions who take any side).
KIN_WORDS = r"brothers?|sons?|daughters?|sisters?|siblings|relatives|cousins|nephews|nieces"
_KIN_ONLY = re.compile(rf"\b(?:{KIN_WORDS})\b", re.IGNORECASE)
#: "..., who is also a member of the same faction", "also a fighter": the relative's own side told.
_ALSO_MEMBER = re.compile(r",?\s+(?:who\s+(?:is|was|were|are)\s+)?(?:also\s+)?(?:an?\s+)?(?:members?|fighters?|commanders?|militants?|"
                          r"soldiers?|officers?)\b", re.IGNORECASE)


def kin_apart(work: str, start: int, end: int) -> bool:
    """Whether the group at ``work[start:end]`` is a relative whose own side the text does not tell ("killing him and
    wounding his brother"; not "his brother, who is also a member of the same faction")."""
    return _KIN_ONLY.search(work, start, end) is not None and _ALSO_MEMBER.match(work, end) is None
