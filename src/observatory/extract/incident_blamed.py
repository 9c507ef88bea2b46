"""A party blaming the event just told on someone: more of that event, not another one.

"Turkey's defence ministry blamed the blast on Kurdish fighters, saying on Twitter that ...", "The ministry blamed
the YPG militia, saying ...": the sentence opens with who blames (a few words) and the verb; it tells whose deed the
incident was said to be, so the figures it quotes are the same incident's, whatever it names where the word was given.
"""

from __future__ import annotations

import re

#: A short subject, then "blamed" ("Ankara blamed", "Turkey's defence ministry also blamed").
_BLAMED_OPENING = re.compile(
    r"\s*(?:[\w'’.-]+\s+){1,5}?(?:also\s+|later\s+|quickly\s+|immediately\s+)?blamed\b", re.IGNORECASE
)


#: Where a party's word was posted, read by the place finder as a name.
_PLATFORM = re.compile(r"(?:Twitter|Facebook|Telegram|YouTube|Instagram|WhatsApp|TikTok|X)$")


#: A party accused of the event named back ("accused the militias of being behind the bombing", "held the regime
#: responsible for the attack"): the event told, whatever else the sentence names.
_ACCUSED_OF_IT = re.compile(
    r"\b(?:accused|accuse|accuses|blamed|held)\s+[^.;]{1,80}?\b(?:of\s+being\s+behind|responsible\s+for|for)\s+the\s+"
    r"(?:bombing|attack|blast|explosion|ambush|assassination|killing|strike)\b",
    re.IGNORECASE,
)


def accused_of_it(text: str) -> bool:
    """Whether the sentence tells a party accused of the event told before ("accused X of being behind the bombing")."""
    return _ACCUSED_OF_IT.search(text) is not None


def blamed_back(text: str, places: list[str]) -> bool:
    """Whether the sentence opens with a party blaming someone for the event told before ("The ministry blamed the
    blast on Kurdish fighters, saying on Twitter ..."), naming no place but where the word was posted."""
    return _BLAMED_OPENING.match(text) is not None and all(_PLATFORM.match(p) for p in places)
