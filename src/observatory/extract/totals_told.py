"""What a sentence of totals tells besides its totals (used by ``totals.TotalsBuilder._take``).

* one event told inside the sentence (", where a strike killed 11"), the event just before its toll ("A soldier was
  killed ..., raising the death toll ... to 76"), the event its period began with, or the dead recalled at its head
  ("With the deaths of the two soldiers, the number ... rises to 58"): their figures are the event's, not totals;
* the dead of an event told before, recalled with a definite article ("The monitor confirmed the death
  of the two children, and said ... in the past 24 hours"): the event's figure, not a total;
* a party's claim the monitor does not vouch for, another body's count of the same period, a count of events with no
  dead over the period told before ("22 assassination attempts during the month"), or lives at stake rather than lost:
  no total at all.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.incident_recall import recalled_toll
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import PLURAL_WORD
from observatory.extract.text import Sentence
from observatory.extract.totals_blocks import events_counted, same_period
from observatory.extract.totals_claims import (
    lives_at_stake,
    mentions_lives,
    recalled_opening,
    rival_count,
    unverified_claim,
)
from observatory.extract.totals_cues import outside
from observatory.extract.totals_sentences import event_before_toll, incident_clauses

#: "the death of the two children", "the killing of these three soldiers": dead told before, recalled.
_RECALLED_DEAD = re.compile(r"\b(?:deaths?|killings?|bodies|loss|losses)\s+of\s+(?:the|these|those|both)\s+(?:(?:at\s+least|more\s+than)\s+)?$",
                            re.IGNORECASE)


_RECALLED_FIGURE = re.compile(r"\b(?:deaths?|killings?|bodies|loss|losses)\s+of\s+(?:the|these|those|both)\s+(?:(?:at\s+least|more\s+than)\s+)?"
                              r"(?:\d|" + PLURAL_WORD + r")\b", re.IGNORECASE)


def recalled_dead(chunk: str) -> bool:
    """Whether the sentence recalls dead told before ("confirmed the death of the two children"): read, no incident."""
    return _RECALLED_FIGURE.search(chunk) is not None


def without_told_events(work: str, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions less those of the events it tells or recalls."""
    mentions = [m for m in mentions if not _RECALLED_DEAD.search(work, max(sent.start, m.quantity.start - 50), m.quantity.start)]
    mentions = outside(mentions, incident_clauses(work, sent))
    event = event_before_toll(work, sent) or recalled_toll(work, sent) or recalled_opening(work, sent)
    return outside(mentions, [event]) if event is not None else mentions


def no_toll_of_the_monitor(work: str, sent: Sentence, chunk: str, lexicon: ActorLexicon, on: date | None) -> bool:
    """A sentence of totals whose figure is a claim the monitor does not vouch for, or lives at stake."""
    if unverified_claim(chunk) or rival_count(chunk) or same_period(chunk) and events_counted(chunk):
        return True
    return mentions_lives(chunk) and lives_at_stake(work, find_mentions(work, sent.start, sent.end, lexicon, on))
