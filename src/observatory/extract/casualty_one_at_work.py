"""One plain victim the sentence after his tells at civilian work (SCHEMA: shepherds, truffle hunters, workers, people
described as civilians; tests in tests/test_extract_casualty_one_at_work.py).

"A young man was killed by gunfire from the border guards. The 22-year-old was collecting firewood near the wall",
"A man was wounded by a landmine. He was grazing his sheep", "A youth was shot dead. The young man had been on his way
to his farm": a man of no side named, the only victim of his sentence, whom the next sentence (opened by a word for
him: "the man", "the 22-year-old", "the victim", "he") tells at civilian work, is a civilian.
``mention_sides.family_or_work`` reads the work told in the victim's own sentence ("while working on his land").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention
from observatory.extract.text import SENTENCE_STOP, sentence_around

#: The victim's own words: one plain man ("a man", "a young man", "an elderly man", "a youth", "a person").
_ONE_MAN = re.compile(r"(?:an?|one)\s+(?:(?:young|old|elderly|middle-aged)\s+)?(?:man|youth|person|teenager)", re.IGNORECASE)
_WORK = (r"(?:collecting|gathering|cutting|picking|searching\s+for|looking\s+for|hunting\s+for)\s+(?:fire)?(?:wood|truffles|"
         r"olives|herbs|scrap)\b|(?:grazing|herding|tending)\s+(?:his|her|their|the)\s+(?:sheep|flocks?|livestock|cattle|camels|"
         r"goats)\b|(?:working|harvesting)\s+(?:in|on)\s+(?:his|her|their|the)\s+(?:own\s+)?(?:fields?|lands?|farm|orchard|"
         r"crops?)\b|on\s+(?:his|her|their)\s+way\s+to\s+(?:his|her|their)\s+(?:fields?|lands?|farm|orchard|work)\b")
#: The next sentence opened by a word for him: "The 22-year-old", "The young man", "The victim", "He".
_HIM = re.compile(r"\s*(?:(?:The|This)\s+(?:\d+-year-old|young\s+man|man|youth|victim|teenager)|He)\s+", re.IGNORECASE)
#: Then the work he was at: "was collecting firewood", "had been on his way to his farm".
_WAS_AT = re.compile(rf"(?:was|had\s+been)\s+(?:{_WORK})", re.IGNORECASE)
#: Armed men told in the victim's sentence ("a young man of the NDF", "a man who joined ..."): not a plain man.
_ARMED = re.compile(r"\b(?:fighters?|members?|militiam[ae]n|soldiers?|recruits?|conscripts?|joined|affiliated|served|smuggl\w*)\b",
                    re.IGNORECASE)


def one_at_work(mentions: list[Mention], work: str) -> list[Mention]:
    """The one plain man of no side that the next sentence tells at civilian work (see module doc)."""
    if len(mentions) != 1:
        return mentions
    m = mentions[0]
    if m.side not in (None, "unknown") or m.value != 1 or m.quantity.vague:
        return mentions
    if not _ONE_MAN.fullmatch(work[m.quantity.start:m.group_end].strip()):
        return mentions
    head, tail = sentence_around(work, m.quantity.start, m.quantity.end)
    if _ARMED.search(work, head, tail) or not _told_next(work, tail):
        return mentions
    return [replace(m, side="civilians", actor=None, generic=False)]


def _told_next(work: str, tail: int) -> bool:
    """Whether the sentence after the one ending at ``tail`` opens with a word for the victim and tells him at work."""
    stop = SENTENCE_STOP.match(work, tail)
    subject = _HIM.match(work, stop.end() if stop else tail)
    return subject is not None and _WAS_AT.match(work, subject.end()) is not None
