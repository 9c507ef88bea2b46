"""A nationality used as a noun for a counted person ("two Iraqis and a Lebanese", "an Iraqi and two Pakistanis").

The lexicon knows the plural nationals ("Iraqis", "Pakistanis") as the foreign militias they stand for; the singular
"Iraqi" and "Pakistani", and "Lebanese" in either number, are adjectives far more often ("the Iraqi border", "Lebanese
territory"), so they are no alias. They name a person only where a number or an article counts them and no noun follows
("killed two Iraqis and a Lebanese", "the dead are an Iraqi and two Lebanese"): then they stand for the same militia as
the plural (tests/test_extract_national_nouns.py).
"""

from __future__ import annotations

import re

#: The alias (a key of the lexicon) each nationality noun stands for.
NATIONAL_ALIAS = {"iraqi": "iraqis", "lebanese": "lebanese militiamen", "pakistani": "pakistanis"}

#: How far before a window the number counting a nationality may stand ("eleven other ").
_REACH = 14
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
#: The number or article, the nationality, then no noun: a stop, or a word that cannot be the noun it qualifies.
_NATIONAL_NOUN = re.compile(
    rf"(?<![\w-]){_COUNT}\s+(?:other\s+)?(?P<nation>Iraqi|Lebanese|Pakistani)(?![\w-])"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|were|was|are|is|who|while|killed|died|in|near|at|on|during|when)\b)",
    re.IGNORECASE)


def national_nouns(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The spans of nationalities used as nouns of counted people in ``text[start:stop]`` (the number counting them may
    stand just before ``start``: a figure's own words are searched from its end)."""
    return [(m.start("nation"), m.end("nation")) for m in _NATIONAL_NOUN.finditer(text, max(0, start - _REACH), stop)
            if m.start("nation") >= start and not _apposed(text, m.start())]


#: A comma right before the number, after a word that is no nationality: an apposition to the person just named ("an
#: ISIS operative, an Iraqi,") whose side that name already gives; after a nationality it is the next item of a list.
_COMMA_BEFORE = re.compile(r"(?P<word>[\w'-]+)\s*,\s*(?:and\s+)?$")
_NATION_WORD = re.compile(r"(?:non-)?(?:Iraqis?|Lebanese|Pakistanis?|Afghans?|Iranians?|Syrians?|Yemenis?|Jordanians?|Saudis?)",
                          re.IGNORECASE)


#: A bracket or a singular copula right before the number: the nationality restates one already named or counted ("an
#: ISIS official (an Iraqi)", "One of the dead is an Iraqi"; tests/test_extract_review_r37_rev2.py).
_RESTATED = re.compile(r"(?:\(|\b(?:is|was))\s*$", re.IGNORECASE)


def _apposed(text: str, at: int) -> bool:
    """Whether the counted nationality at ``at`` restates the person named right before it."""
    if _RESTATED.search(text, max(0, at - 8), at):
        return True
    comma = _COMMA_BEFORE.search(text, max(0, at - 40), at)
    return comma is not None and _NATION_WORD.fullmatch(comma.group("word")) is None
