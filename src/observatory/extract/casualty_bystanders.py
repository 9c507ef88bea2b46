"""A part of a toll that the text tells as a civilian among combatants or people of no side (tests in
tests/test_extract_casualty_bystanders.py).

"five others were injured, including a civilian woman", "three people dead, including a boy hit by a stray bullet",
"injured five others, one of whom is a child who was passing by": the part is a civilian taken out of the whole, not a
subset already counted in it. A child or a woman alone inside a toll of people stays in the whole
(``casualty_mixed_wholes``: nothing tells the side of the rest); what makes the part apart here is that its own words
call it a civilian, or tell it as a bystander of the fighting (passing by, hit by a stray bullet, caught in the
crossfire), which the rest of the toll then is not.

* ``told_civilian_parts``: the indexes of such parts (read by ``casualty_subtracted.incident_figures``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: "one of whom is a child", "one of them was a woman": the words that say who a part told by a pronoun is.
_OF_WHOM_IS = re.compile(r"\s+of\s+(?:whom|them)\s+(?:is|was|were|are)\b(?:\s+[\w'-]+){1,3}", re.IGNORECASE)

#: The part's own words call it a civilian ("a civilian woman").
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)

#: The part told as a bystander of the fighting, in the words that follow it up to the clause's end.
_BYSTANDER = re.compile(r"\bwho\s+(?:was|were|had\s+been)\s+(?:just\s+)?passing\s+(?:by|through)\b|"
                        r"\b(?:hit|struck|killed|wounded|injured)\s+by\s+(?:an?\s+)?stray\s+(?:bullets?|fire|gunfire|shells?)\b|"
                        r"\bcaught\s+in\s+(?:the\s+)?cross-?fire\b|\bpasser-?by\b", re.IGNORECASE)

#: Where the part's clause ends: a stop, or a comma that does not open a clause telling who the part was.
_CLAUSE_END = re.compile(r"[;.:]|,(?!\s*(?:who|hit|struck|caught)\b)|\s(?:and|while|whereas)\s", re.IGNORECASE)

#: A part whose own words name a combatant ("a commander who was passing by", "an officer hit by a stray shell",
#: "a civilian-clothed commander"): one of the armed side however he was hit, no civilian.
_COMBATANT = re.compile(r"\b(?:commanders?|officers?|fighters?|soldiers?|members?|militants?|gunm[ae]n|militiam[ae]n|"
                        r"leaders?|elements?|recruits?|conscripts?|troops)\b", re.IGNORECASE)

#: Sides of a whole a civilian part is taken out of: people of no side, or an armed side (not the civilians).
_APART_FROM = frozenset({"unknown", "regime", "pro_iran_foreign", "russia", "isis", "sdf", "turkey_factions", "hts_rebels",
                         "coalition"})


def _words_end(text: str, m: Mention, offset: int) -> int:
    """Where the part's own words end in ``text``: after "of whom is a child" where a pronoun stands for the part."""
    told = _OF_WHOM_IS.match(text, m.quantity.end - offset)
    return max(told.end(), m.group_end - offset) if told is not None else m.group_end - offset


def told_civilian_parts(mentions: list[Mention] | tuple[Mention, ...], text: str, offset: int) -> set[int]:
    """The parts of a whole of people of no side or of an armed side that their own words tell as civilians or
    bystanders; ``text`` is the sentence the mentions' spans index, less ``offset``."""
    out: set[int] = set()
    for i, m in enumerate(mentions):
        if m.parent is None or not 0 <= m.parent < len(mentions):
            continue
        whole = mentions[m.parent]
        if m.side not in (None, "civilians", whole.side) or whole.side not in _APART_FROM or whole.role != m.role:
            continue
        start, end = m.quantity.end - offset, _words_end(text, m, offset)
        if m.quantity.vague or m.value >= whole.value or start < 0 or end > len(text):
            continue
        if _COMBATANT.search(text, start, end):
            continue
        stop = _CLAUSE_END.search(text, end)
        if _CIVILIAN.search(text, start, end) or _BYSTANDER.search(text, start, stop.start() if stop else len(text)):
            out.add(i)
    return out


#: "two gunmen from the two clans", "members of two rival families", "three men from both tribes": the armed men of a
#: feud between clans, whom the text gives no side (SCHEMA: victims of no stated affiliation are of no side).
_CLAN_MEN = re.compile(r"(?:\s+[\w'-]+)?\s+(?:gunmen|members|men|fighters|armed\s+men|militants)\s+(?:from|of)\s+(?:the\s+)?"
                       r"(?:two|both|rival|each\s+of\s+the\s+two)\s+(?:rival\s+|feuding\s+|warring\s+)?(?:clans|families|tribes)\b",
                       re.IGNORECASE)


#: Words that tell the men of families as a side of a feud, not as a household.
_FEUDING = re.compile(r"\b(?:rival|feuding|warring|gunmen|fighters|armed|militants)\b", re.IGNORECASE)


def clan_men(m: Mention, work: str) -> Mention:
    """A figure whose words are the men of two feuding clans: of no side ("unknown"), not a guess from the sentence's
    other victims; members of families are civilians unless the words tell them armed or feuding ("killing 12 members of
    two families" in an air strike stays civilians)."""
    if m.side not in (None, "civilians"):
        return m
    told = _CLAN_MEN.match(work, m.quantity.end, m.group_end + 40)
    if told is None or m.side == "civilians" and not _FEUDING.search(told.group(0)):
        return m
    return replace(m, side="unknown", generic=False)
