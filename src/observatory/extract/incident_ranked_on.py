"""A sentence opened by a rank that counts on from the incident's figure: "Two young men were shot dead ... A third (one)
was injured and detained ..." (tests in tests/test_extract_casualty_rank_one.py).

"A third" is one more of the group the incident counted just before (two, so the third): the same event, whatever else
the sentence goes on to tell ("handed over hours later"), not another incident. Only for a rank exactly one more than
a figure the incident already holds, told at the head of a sentence that names no place or day of its own, nor a time
of its own before or after the incident's ("A fourth had been killed by the cells a week earlier"). A clause's link
may stand before the rank ("The blast killed two soldiers, while a second ISIS member was shot dead during the raid"):
tests/test_extract_round57_readings.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.casualty_ordinal_more import rank_of

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: A time of its own, told from the incident's: "a week earlier", "two days before", "the previous day", "last month".
_OWN_TIME: Final = re.compile(r"\b(?:(?:days?|weeks?|months?|years?)\s+(?:earlier|before|later|ago)|earlier|ago|previously|"
                              r"(?:the\s+)?(?:previous|next|following)\s+(?:day|week|month|night|morning)|"
                              r"last\s+(?:week|month|year))\b", re.IGNORECASE)


#: What may stand before the rank: nothing, or a clause's link ("..., while a second ISIS member was shot dead").
_CLAUSE_HEAD: Final = re.compile(r"\s*(?:[,;]\s*)?(?:(?:while|whereas|and|as)\s+)?", re.IGNORECASE)


#: The ranked one died of wounds from the incident ("A fourth, who had been critically wounded, died in hospital on
#: Tuesday", "A third succumbed to his injuries"): the day told is that of the death, not of another event.
_DIED_OF_WOUNDS: Final = re.compile(r"\b(?:succumbed|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)|"
                                    r"(?:wounded|injured),?\s+died\b|died\s+in\s+(?:the\s+)?hospital)", re.IGNORECASE)


def ranked_on(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """Whether the sentence opens with a rank ("A third ...") one more than a figure of the incident (see module doc)."""
    own_day = any(f.sentence.start <= d.start < f.sentence.end for d in f.dates)  # (not the day a clause took from before)
    if not f.mentions or f.places or own_day and not _DIED_OF_WOUNDS.search(work, f.sentence.start, f.sentence.end):
        return False  # "A third soldier was killed in Homs the next day": a place or day of its own may be another event
    first = min(f.mentions, key=lambda m: m.quantity.start)
    rank = rank_of(first)
    if rank is None or _CLAUSE_HEAD.fullmatch(work, f.sentence.start, first.quantity.start) is None:
        return False
    if _OWN_TIME.search(work, f.sentence.start, f.sentence.end):
        return False  # "A fourth had been killed by the cells a week earlier": another time, another event
    return any(m.value == rank - 1 for m, _ in draft.counts.values())
