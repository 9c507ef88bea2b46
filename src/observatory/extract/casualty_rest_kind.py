"""The rest of a toll told before, given a kind after the parts a restating sentence names.

"A car bomb killed 30 people ... The dead included four children and five faction members, while the rest were
civilians"; "those killed included 20 civilians, while the rest were soldiers", a rest of one "and one was a civilian": what the parts leave of the whole
told before is of the side the rest's words give (``casualty_rest_share.rest_part``: soldiers or officers are the
regime's where the text before names the regime), not of the whole's own (people of no side). Read only where the
rest's cue follows the parts in the same sentence with no stop between; a rest of no named side, or
of the whole's own side, leaves the rest with the whole ("the rest were killed in raids").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_rest_share import rest_part
from observatory.extract.mention_sides import Mention

#: ", while the rest were", "and the remainder of the dead are": the rest named by no number ("the other two are
#: Syrians" is a part of its own, ``casualty_rest.dead_split``).
_REST = re.compile(r"(?:,\s*|\s+)(?:and\s+|while\s+|whereas\s+)?the\s+(?:rest|remainder)(?:\s+of\s+(?:them|the\s+(?:dead|victims)))?"
                   r"\s+(?:being|are|were)(?:\s+all)?(?=\s)", re.IGNORECASE)
#: A rest of one told as "and one was", "while the other one was", "and the last was" ("13 of the dead were soldiers and
#: one was a civilian passer-by").
_REST_ONE = re.compile(r"(?:,\s*|\s+)(?:and\s+|while\s+|whereas\s+)(?:the\s+)?(?:(?:other|last|remaining)\s+)?(?:one|victim|other|last)"
                       r"\s+(?:being|was|is)(?=\s)", re.IGNORECASE)
#: What may not stand between the last part and the rest's cue: a stop (a figure may: "including 15 children").
_CROSSED = re.compile(r"[.;!?\n]")
#: How far after the last part's number the rest's cue may begin.
_REACH = 160


def rest_of_kind(whole: Mention, rest: int, after: int, work: str, end: int, lexicon: ActorLexicon,
                 on: date | None) -> Mention | None:
    """The rest (``rest`` of ``whole``) as a figure of the side "the rest were ..." gives it after the parts (which end
    at ``after``); None where the sentence names no such rest."""
    cue = _REST.search(work, after, min(end, after + _REACH)) or (
        _REST_ONE.search(work, after, min(end, after + _REACH)) if rest == 1 else None)
    if cue is None or _CROSSED.search(work, after, cue.start()):
        return None
    part = rest_part(whole, 0, rest, work, (cue.end(), end), lexicon, on)
    return None if part is None else replace(part, parent=None, rose=True)
