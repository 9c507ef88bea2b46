"""Plain persons restating the dead or hurt of one side told before ("killing two of its members ... two of them were
killed", "killed three civilians ... shot dead three men who tried to flee", "two NDF members ... the bodies of the two
men were found").

A later sentence of the incident that counts people of no side ("men", "people", "of them", "persons") by the same
number as the one side whose dead (or hurt) the incident has told so far tells the same people again, not as many more
of unknown side. Not read so where the sentence says there were more ("also", "another", "other", "more"), where the
incident has dead of two sides or some of no side already, for one person (a second victim told alone is common), or
where the sentence tells another kind of deed than the incident's, one of the two told by its weapon ("a mine ...
killing two farm workers. Two people were killed in shelling on X", "... two people died when gunmen opened fire").

Tests: tests/test_extract_plain_restated.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.casualty_tribal_figures import one_restated
from observatory.extract.mention_sides import Mention

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: Words of the figure's own noun group that add people to those told ("two other men", "two more people").
_MORE: Final = re.compile(r"\b(?:others?|more|further|additional|another|also)\b", re.IGNORECASE)

#: Kinds of event told by their weapon: a sentence of another kind than the incident's, where one of the two is told by
#: its weapon, tells another deed ("a landmine killed two children ... two people died when gunmen opened fire").
_WEAPONS: Final = frozenset({"airstrike", "drone_strike", "shelling", "ied_landmine", "suicide_bombing"})

#: The dead the blast killed at once, before others died of their wounds: "killed on the spot", "died instantly".
_AT_ONCE: Final = re.compile(r"\b(?:on\s+the\s+spot|instantly|immediately|outright|at\s+once)\b", re.IGNORECASE)

Counts = dict[tuple[str, str], tuple[Mention, int]]


def told_again(draft: Draft, f: SentenceFacts, m: Mention, also: bool) -> bool:
    """Whether ``m``, read in the sentence ``f`` of the incident ``draft``, is dead or hurt told before: "killing him"
    after one dead of a known side (``one_restated``), or plain persons restating one side's figure, in a sentence that
    tells no other kind of deed than the incident's where one of the two is told by its weapon."""
    if one_restated(draft.counts, m, f.index, draft.target.side if draft.target else None):
        return True
    kinds = {k[0] for k in (f.type_hit, draft.type_hit) if k is not None}
    if len(kinds) > 1 and kinds & _WEAPONS:
        return False  # ("a mine killed two farm workers. Two people were killed in shelling on X": more dead)
    start = f.sentence.start
    group = f.sentence_text[max(0, m.group_start - start):max(0, m.group_end - start)]
    return plain_restated(draft.counts, m, f.index, group, also, f.sentence_text)


def plain_restated(counts: Counts, m: Mention, index: int, group: str, also: bool, sentence: str = "") -> bool:
    """Whether ``m`` (a figure of no named side, or read as unknown, its noun group ``group``) restates the one side's
    figure of its role the incident told in an earlier sentence (see module doc); or, lower, the first of its dead
    ``sentence`` tells died at once, where that figure is a toll that rose ("rose on Tuesday to seven ... Five people were
    killed on the spot": tests/test_extract_round57_readings.py)."""
    if m.side not in (None, "unknown") or m.value < 2 or m.rose or m.parent is not None or also or m.quantity.vague:
        return False
    if _MORE.search(group):
        return False
    told = [(side, old) for (role, side), (old, at) in counts.items() if role == m.role]
    if len(told) != 1 or told[0][0] == "unknown":
        return False
    side, old = told[0]
    earlier = all(at < index for (role, _), (_, at) in counts.items() if role == m.role)
    first = old.rose and m.value < old.value and _AT_ONCE.search(sentence) is not None  # (the dead before the toll rose)
    return earlier and not old.quantity.vague and (old.value == m.value or first)
