"""Two people told, then split by their fates: "Two civilians were shot by gunmen ..., killing one and wounding the
other", "Gunmen fired at two soldiers, injuring one of them and killing the other" (tests in
tests/test_extract_split_fates.py).

"one" and "the other" name no one of their own: they are the two the sentence told before them, so they take the side
of that pair. The pair is read as if it were a figure ("Two civilians" in a sentence whose verb is only "shot"), the
last one of exactly two people with a named side before "one", in the same sentence.

Not read: a pair of no named side ("two men": left as it was), nor "one" and "the other" of different sides told by
the next sentence (``casualty_tied.one_and_the_other``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from observatory.extract.casualty_bare_same import sentence_start
from observatory.extract.mention_sides import Mention

#: "one (of them) and wounding / killing / injuring the other", right after "one".
_AND_THE_OTHER: Final = re.compile(r"(?:\s+of\s+them)?\s*,?\s+and\s+(?:then\s+)?(?:killing|wounding|injuring|"
                                   r"(?:was|were)\s+(?:killed|wounded|injured))\s+the\s+other\b", re.IGNORECASE)
#: A pair that did the shooting ("Two HTS members opened fire on a car, killing one and wounding the other"): "one" and
#: "the other" are the ones they shot at, not of the pair.
_PAIR_ACTS: Final = re.compile(r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)\b"
                               r"(?:opened|shot|fired|attacked|targeted|ambushed|stormed|raided|assaulted|threw|planted|detonated)\b",
                               re.IGNORECASE)
#: The verb right before "one": the pair's fates ("killing one").
_VERB_BEFORE: Final = re.compile(r"\b(?:killing|wounding|injuring)\s+$", re.IGNORECASE)


def _one_at(mentions: list[Mention], work: str) -> int | None:
    """The index of the bare "one" followed by "... and wounding the other", itself the next figure, both of no side."""
    for i, m in enumerate(mentions[:-1]):
        other = mentions[i + 1]
        if m.quantity.text.strip().lower() != "one" or m.side is not None or other.side is not None or other.value != 1:
            continue
        if m.parent is None and other.parent is None and m.role != other.role and _VERB_BEFORE.search(work, 0, m.quantity.start) \
                and _AND_THE_OTHER.match(work, m.quantity.end):
            return i
    return None


def pair_split_by_fates(mentions: list[Mention], work: str, start: int,
                        read: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """The "one" and "the other" of the pair told before them in the sentence (from ``start``), with its side; the
    figures unchanged where there is none (``read(begin, end)``: the figures of work[begin:end], any number read as
    people)."""
    i = _one_at(mentions, work)
    if i is None:
        return mentions
    pairs = [p for p in read(sentence_start(work, start), mentions[i].quantity.start) if p.parent is None and p.value == 2 and not p.quantity.vague]
    if not pairs or pairs[-1].side in (None, "unknown") or pairs[-1].generic or \
            _PAIR_ACTS.search(work, pairs[-1].quantity.end, pairs[-1].group_end + 1):
        return mentions
    return [m.sided_like(pairs[-1]) if j in (i, i + 1) else m for j, m in enumerate(mentions)]
