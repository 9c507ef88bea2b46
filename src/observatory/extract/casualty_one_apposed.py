"""One victim told again in an apposition (tests/test_extract_casualty_phrasing.py,
tests/test_extract_one_apposed_role.py); ``parent_of`` makes the apposed "a civilian" a part of the one before it,
so it adds nobody:

* an apposition that gives his age: "shot dead a tribal elder, a civilian in his sixties, in front of his house";
* an apposition that says who a plain "a man" was, closed by a comma and the place or time of the event, or by the end of the sentence: "shot dead a
  man, a civilian, in the town of ...", "killed a young man, a member of the local council, near ...", "killing a
  man, a collaborator of Hezbollah, on ...", "shot dead a young man of Syrian nationality, a member of the Iranian-backed
  militias, near ...". A list goes on with "and" ("a man, a woman and a child") or names
  another person ("a man, a woman, in ..."): no apposition;
* an apposition that says who a plain "a civilian" was: "A civilian, a woman from Um al-Kaif village" (round 73), "a
  civilian, an elder of al-Walda tribe, near his house" (round 74).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import Quantity

#: "a civilian in his sixties," / "a farmer aged 52," (the person's words, then his age, then the apposition closes).
_AGED_APPOSITION = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:in\s+(?:his|her)\s+(?:early\s+|late\s+|mid-?\s*)?"
                              r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|"
                              r"aged\s+(?:about\s+)?\d{1,3}(?:\s+years)?)\s*[,)—–]", re.IGNORECASE)

#: A list that goes on after the aged words: "killed a woman, a man aged 45, and a child" are three people.
_LIST_GOES_ON = re.compile(r"\s*(?:(?:and|as\s+well\s+as|along\s+with)\s+)?(?:a|an|his|her|their|two|three|four|five|\d+)\s",
                           re.IGNORECASE)

#: The plain words of one person whose side the apposition after them gives: "a man", "a young man", "a person".
_PLAIN_ONE = re.compile(r"(?:an?|one)\s+(?:(?:young|old|elderly|middle-aged)\s+)?(?:man|person|youth|citizen|individual)"
                        r"(?P<nation>\s+of\s+[\w-]+\s+nationality)?", re.IGNORECASE)

#: Words that name another person, not what the one before was: "a man, a woman, in ..." are two.
_PERSON = re.compile(r"(?:[\w'-]+\s+)?(?:man|men|woman|women|child|children|boy|girl|person|youth|teenager|son|daughter|"
                     r"wife|husband|brother|sister|father|mother|baby|infant|kid|relative)\b", re.IGNORECASE)

#: The apposition, then the comma and the place, time or circumstance of the event that close it.
_CLOSED_APPOSITION = re.compile(r"\s+(?P<words>[^,.;:()\d]{2,80}?)\s*(?:,\s+(?:in|near|on|at|outside|inside|while|who|when|"
                                r"after|as|from|along|by|with|last|yesterday|today|this)\b|[.;](?:\s|$)|$)", re.IGNORECASE)


def _closed_role(work: str, q: Quantity, last: Mention) -> bool:
    """Whether ``q`` opens an apposition that says who the plain "a man" of ``last`` was (see module doc)."""
    plain = _PLAIN_ONE.fullmatch(work[last.quantity.start:last.group_end].strip())
    if plain is None or last.side not in (None, "unknown") and plain.group("nation") is None:
        return False  # ("a young man of Syrian nationality, a member of ...": his side is read from both, he is one)
    words = _apposed_words(work, q)
    return words is not None and _PERSON.match(words) is None


def _apposed_words(work: str, q: Quantity) -> str | None:
    """The words of the apposition ``q`` opens, closed by the event's place, time or circumstance or the sentence's
    end, and going on to no other item ("and", "or"); None where it is no such apposition."""
    closed = _CLOSED_APPOSITION.match(work, q.end)
    if closed is None or re.search(r"\b(?:and|or)\b", closed.group("words"), re.IGNORECASE):
        return None
    return closed.group("words")


def same_one(work: str, q: Quantity, mentions: list[Mention]) -> bool:
    """Whether ``q`` ("a civilian" after "a tribal elder, ") restates the one victim of the figure just before it."""
    if not mentions:
        return False
    last = mentions[-1]
    if not (last.parent is None and last.value == 1 and q.value == 1 and q.text.strip().lower() in ("a", "an")
            and re.fullmatch(r"\s*,\s*", work[last.group_end:q.start]) is not None):
        return False
    aged = _AGED_APPOSITION.match(work, q.end)
    if aged is not None:
        return _LIST_GOES_ON.match(work, aged.end()) is None
    return _closed_role(work, q, last) or _who_the_civilian_was(work, q, last)


#: "a civilian" alone, then who the civilian was: "a woman from Um al-Kaif village", "a man in his forties".
_PLAIN_CIVILIAN = re.compile(r"(?:an?|one)\s+civilian", re.IGNORECASE)


def _who_the_civilian_was(work: str, q: Quantity, last: Mention) -> bool:
    """Whether ``q`` opens an apposition saying who the plain "a civilian" of ``last`` was ("A civilian, a woman from Um
    al-Kaif village"; round 73; "a civilian, an elder of al-Walda tribe, near his house", round 74); not a list: "a
    civilian, a woman and a child"."""
    if _PLAIN_CIVILIAN.fullmatch(work[last.quantity.start:last.group_end].strip()) is None:
        return False
    return _apposed_words(work, q) is not None
