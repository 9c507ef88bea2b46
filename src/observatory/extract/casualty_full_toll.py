"""A sentence that tells an incident's whole toll anew, broken down in full by side: it replaces the dead told before.

"An Israeli air strike destroyed the consular building, killing two senior Revolutionary Guards generals and more than a
dozen others. ... The Observatory said 16 people died in the strike: eight Iranians, a Lebanese Hezbollah fighter, five
Syrian civilians and two others whose identities had not been established": the 16 are the lead's dead counted again,
each of them placed on a side, so the lead's figures (its "others" guessed to be the generals' side) give way to the
breakdown (tests/test_extract_round66_readings.py). Only where the whole names no side, its parts add up to it exactly
and name two sides or more, the sentence points back at the one event ("died in the strike"), and the dead told before
are no more than the whole nor less than half of it; not a sentence of a period's toll.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.totals_sentences import is_period_total

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

Counts = dict[tuple[str, str], tuple[Mention, int]]

#: The one event told before, pointed back at: "died in the strike", "were killed by the blast".
_IN_THE_EVENT = re.compile(r"\b(?:in|by|during)\s+the\s+(?:[\w-]+\s+)?(?:strike|airstrike|air\s+strike|attack|raid|bombing|blast|"
                           r"explosion|ambush|shelling|bombardment)\b(?!s)", re.IGNORECASE)


def full_toll_told(counts: Counts, generic: list[tuple[Mention, int]], mentions: tuple[Mention, ...], index: int,
                   sentence: str) -> bool:
    """Whether the sentence ``index`` (its ``mentions``, its text ``sentence``) tells the whole toll anew, broken down
    by side (see module doc), over dead told in earlier sentences; not a period's toll ("Since then, at least 14 people
    have been killed: six Asayish members, ...": a total, read apart)."""
    before = [m for (role, _), (m, at) in counts.items() if role == KILLED and at < index] + \
        [m for m, at in generic if m.role == KILLED and at < index and not m.quantity.vague]
    if not before or _IN_THE_EVENT.search(sentence) is None:
        return False
    told = sum(m.value for m in before)
    for i, whole in enumerate(mentions):
        if whole.role != KILLED or whole.parent is not None or whole.quantity.vague or whole.side not in (None, "unknown"):
            continue
        parts = [m for m in mentions if m.parent == i and m.role == KILLED]
        if len({m.side for m in parts}) >= 2 and not any(m.quantity.vague for m in parts) \
                and sum(m.value for m in parts) == whole.value >= told and 2 * told >= whole.value:
            return not is_period_total(sentence)  # (the dearest test, last)
    return False


def full_toll_anew(draft: Draft, f: SentenceFacts) -> None:
    """The draft without the dead of its earlier sentences, where the sentence ``f`` tells its whole toll anew
    (``full_toll_told``)."""
    if full_toll_told(draft.counts, draft.generic, f.mentions, f.index, f.sentence_text):
        draft.counts = {k: v for k, v in draft.counts.items() if k[0] != KILLED}
        draft.generic = [(m, at) for m, at in draft.generic if m.role != KILLED]
