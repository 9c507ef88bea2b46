"""Bare "militants" killed in a paragraph that names one jihadist group: that group's men.

Wire copy calls the jihadists it has named "militants": "nine soldiers and pro-government militiamen were killed ... as
IS fighters raided army posts near Ithriya, while at least 12 militants died in the Russian bombing". A figure whose
words are only "militants" (or "insurgents", "extremists") and that no tie gives a group (``group_nouns.tied_group``:
"X militants", "militants of X") is of the one jihadist group (ISIS or HTS) named before it in its paragraph, not of the
side of the soldiers beside it; none where the paragraph names both, or neither (a paragraph of its own that names no
group leaves the figure as it was), nor in the title (a headline's "kills over a dozen militants" would take the side and
then stand against the body's "more than 15 ISIS militants"). Tests in tests/test_extract_round56_readings.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actor_jihadists import groups_named
from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: The figure's own words: the bare noun only ("12 militants", "three of the militants").
_BARE: Final = re.compile(r"\s*(?:of\s+the\s+)?(?:militants|insurgents|extremists)\s*", re.IGNORECASE)


def militants_of_the_group(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the one jihadist group its paragraph names before it, where its words are the bare noun and it has no side."""
    if m.side is not None or m.parent is not None or not _BARE.fullmatch(work, m.quantity.end, m.group_end):
        return m
    paragraph = work.rfind("\n", 0, m.quantity.start) + 1
    if paragraph == 0:
        return m  # (a title's "kills over a dozen militants" is left to the body's figures)
    named = groups_named(work, paragraph, m.quantity.start, lexicon, on, one_only=True)
    return m.named(named[-1]) if named else m
