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


def blamed_back(text: str, places: list[str]) -> bool:
    """Whether the sentence opens with a party blaming someone for the event told before ("The ministry blamed the
    blast on Kurdish fighters, saying on Twitter ..."), naming no place but where the word was posted."""
    return _BLAMED_OPENING.match(text) is not None and all(_PLATFORM.match(p) for p in places)
