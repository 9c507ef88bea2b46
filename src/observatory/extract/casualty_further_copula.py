"""A figure told as more of the dead, its group named after "were" (used by ``casualties.find_mentions``).

"A further 98 were fighters of HTS and other factions", "Another 12 were members of the regime forces", "The
remaining 16 were ISIS members" (where the sentence is read as dead at all), and the next figure of the same clause
told the same way (", and two were Turkish soldiers"): the group after the copula names the figure's people, as it
does for a part ("of whom 12 were civilians"). Tests in tests/test_extract_totals_further_were.py.

Such a figure after one of the dead in the same sentence is dead too ("the dead included 14 Syrian soldiers, while the
remaining 43 belonged to Iran-backed militias": ``rest_role``; tests in tests/test_extract_round55_readings.py).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.casualty_wholes import OF_THEM
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import Quantity

#: "A further", "Another", "The remaining", "The other" right before the figure.
_FURTHER_BEFORE: Final = re.compile(r"\b(?:a\s+further|another|further|the\s+remaining|the\s+other)\s+$", re.IGNORECASE)
#: ", and two were", " while three were": the next figure of the clause, its group after the copula too.
#: (after the rest of a list the group before names: ', the "Al-Fateh al-Mubin" operations room and other factions, and')
_NEXT_JOIN: Final = re.compile(r"(?:[^.;:]{0,100}?,)?\s*,?\s*(?:and|while|whereas)\s+", re.IGNORECASE)
#: "were" then a group of people, not a fate or a place ("were killed", "were arrested", "were taken", "were in ...").
#: ("the remaining 43 belonged to Iran-backed militias": the group after "belonged to")
COPULA_AFTER: Final = re.compile(r"\s+(?:(?:were|are)\s+(?!(?:\w+\s+)?(?:\w+ed|dead|hurt|taken|shot|hit|held|among|in|at|from|on|still|also|not)\b)|"
                                  # ("The remaining 13 were people accused of working with Hezbollah": people, then what is said of them)
                                  r"(?:were|are)\s+(?=(?:people|persons|individuals|men|civilians)\s+(?:accused|suspected|believed|said|known|wanted)\b)|"
                                  r"belong(?:ed)?\s+to\s+)", re.IGNORECASE)


def further_copula(work: str, q: Quantity, mentions: list[Mention]) -> bool:
    """Whether the figure ``q`` (of no part) is more of the dead whose people are named after "were"."""
    if COPULA_AFTER.match(work, q.end) is None:
        return False
    if _FURTHER_BEFORE.search(work[max(0, q.start - 20):q.start]) is not None:
        return True
    if not mentions:
        return False
    last = mentions[-1].quantity
    head = work[max(0, last.start - 20):last.start]
    return (_NEXT_JOIN.fullmatch(work[mentions[-1].group_end:q.start]) is not None
            and COPULA_AFTER.match(work, last.end) is not None and _FURTHER_BEFORE.search(head) is not None)


#: ", while the remaining", "and the other" between the figure before and this one.
_REST_JOIN: Final = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+the\s+(?:remaining|other)\s+", re.IGNORECASE)
_OF_AFTER: Final = re.compile(r"\s+(?:were|are)\s+of\b", re.IGNORECASE)


def rest_role(work: str, q: Quantity, mentions: list[Mention]) -> str | None:
    """The role of the whole figure right before ``q`` when ``q`` is the rest of them, named after a copula ("14
    soldiers, while the remaining 43 belonged to ..."); not the rest of people of no side yet, nor people "of" a
    nationality ("six Syrians, while the remaining 17 were of Iraqi nationality": ``casualty_rest``)."""
    if not mentions or mentions[-1].parent is not None or mentions[-1].side is None or COPULA_AFTER.match(work, q.end) is None \
            or _OF_AFTER.match(work, q.end):
        return None
    return mentions[-1].role if _REST_JOIN.fullmatch(work, mentions[-1].group_end, q.start) else None


#: ", while " (an aside of the part before may come first: ", including three children, while ").
_PART_JOIN: Final = re.compile(r"(?:[^.;:]{0,60}?,)?\s*,?\s*(?:and|while|whereas)\s+", re.IGNORECASE)


def copula_part_root(work: str, q: Quantity, mentions: list[Mention]) -> int | None:
    """"41 people were killed, 19 of them civilians, including three children, while 13 were members of the regime
    forces": after a part told by "of them", a figure whose people are named after "were" is the next part of the same
    whole (tests/test_extract_round63_readings.py); the whole's index, or None."""
    if not mentions or COPULA_AFTER.match(work, q.end) is None or not _PART_JOIN.fullmatch(work, mentions[-1].group_end, q.start):
        return None
    part = next((m for m in reversed(mentions) if m.parent is not None and mentions[m.parent].parent is None), None)
    if part is None or part.parent is None or not OF_THEM.match(work, part.quantity.end):
        return None
    return part.parent
