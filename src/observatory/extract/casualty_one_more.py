"""One more person hurt or killed, told by "another" or an ordinal with nothing of its own before a place, a time or a
clause (tests in tests/test_extract_casualty_one_more_placed.py).

"a landmine killed three shepherds and wounded a fourth near the village", "killing a soldier and wounding another
before withdrawing", "killed two men and wounded a third as they ...": the words after the figure name no one, so it
is bare, as if the clause ended there ("... and wounding another."); its side is the one of the figure before it.
``numbers.NUMBER_RE`` reads such an ordinal only after a hurting verb, and ``figures.is_count`` reads "another" only
after a verb of killing or hurting.
Also where the words after the figure tell the state of one hurt ("two were killed and a third is in critical
condition", "another remains in hospital": ``figure_hurt_state``).
"""

from __future__ import annotations

import re

from observatory.extract.figure_hurt_state import hurt_state_after
from observatory.extract.numbers import ORDINAL_ONE_RE, Quantity

#: The words after the figure begin with a place, a time or a clause, not with a person.
_PLACED = re.compile(r"\s+(?:near|in|at|on|during|when|while|before|after|as|outside|inside)\b", re.IGNORECASE)


def one_more_placed(work: str, q: Quantity) -> bool:
    """Whether ``q`` is "another" or "a third" whose next words begin with a place, a time or a clause, or tell the
    state of one hurt."""
    text = q.text.strip()
    return (text.lower() == "another" or ORDINAL_ONE_RE.fullmatch(text) is not None) and (
        _PLACED.match(work, q.end) is not None or hurt_state_after(work, q.end))


#: A verb of hurting right before the figure: "wounding 15", "injuring at least 12".
_HURT_VERB_BEFORE = re.compile(r"\b(?:wounding|injuring|wounded|injured)\s+$", re.IGNORECASE)
#: A place right after the figure ("15 in Bab Touma", "12 near the market"); not a time or clause ("11 before withdrawing").
_PLACE_NEXT = re.compile(r"\s+(?:near|in|at|outside|inside)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?:(?:at\s+least|more\s+than|about|around|nearly|some)\s+)?\d[\d,]*", re.IGNORECASE)


def hurt_number_placed(work: str, q: Quantity) -> bool:
    """Whether ``q`` is a number of people hurt with no noun, told with its place: "killing four civilians and wounding
    15 in Bab Touma" (as if the clause ended: "... and wounding 15.")."""
    return (
        _NUMBER.fullmatch(q.text.strip()) is not None
        and _HURT_VERB_BEFORE.search(work, max(0, q.start - 12), q.start) is not None
        and _PLACE_NEXT.match(work, q.end) is not None
    )
