"""One victim told again in an apposition that gives his age: "shot dead a tribal elder, a civilian in his sixties, in
front of his house" is one person, not two (tests/test_extract_casualty_phrasing.py); ``parent_of`` makes the apposed
"a civilian" a part of the one before it, so it adds nobody."""

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


def same_one(work: str, q: Quantity, mentions: list[Mention]) -> bool:
    """Whether ``q`` ("a civilian" after "a tribal elder, ") restates the one victim of the figure just before it."""
    if not mentions:
        return False
    last = mentions[-1]
    return (last.parent is None and last.value == 1 and q.value == 1 and q.text.strip().lower() in ("a", "an")
            and re.fullmatch(r"\s*,\s*", work[last.group_end:q.start]) is not None
            and (aged := _AGED_APPOSITION.match(work, q.end)) is not None
            and _LIST_GOES_ON.match(work, aged.end()) is None)
