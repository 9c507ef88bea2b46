"""A part of a toll told by the body it came from, named again by its common noun: "eight fighters of both groups
were killed, five from HTS and three from the operations room", after "clashes between HTS and the "Fa Ithbatu"
operations room". The part is of the side of the name told before that noun earlier in the text (the last such, within
``_REACH`` characters), as the capitalised name itself would give ("three from the Fa Ithbatu operations room"). Only
for a part of a whole (``casualty_breakdowns``) told as "N from the <noun>", whose own words name no side.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: "from the operations room", "of the brigade", "belonging to the alliance": the body named by its common noun.
_FROM_THE = re.compile(r"\s+(?:of\s+them\s+)?(?:from|of|belonging\s+to)\s+the\s+(?P<noun>operations?\s+room|alliance|coalition|"
                       r"brigade|battalion|division|movement|front|faction|militia)\b", re.IGNORECASE)
#: How far back (characters) the name may be told.
_REACH = 1500
#: What may stand between the name and its noun: a closing quote, a space.
_GAP = 4


def party_named_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` with the side of the body its words name by a common noun, where the text named that body before."""
    if m.side is not None or m.parent is None:
        return m
    hit = _FROM_THE.match(work, m.quantity.end)
    if hit is None:
        return m
    noun = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in hit.group("noun").split()) + r"\b", re.IGNORECASE)
    lo = max(0, m.quantity.start - _REACH)
    for told in reversed(list(noun.finditer(work, lo, hit.start("noun")))):
        named = [a for a in lexicon.find(work, max(0, told.start() - 60), told.end(), on)  # ("the Hamza Division": the name holds it)
                 if a.start < told.start() and told.start() - a.end <= _GAP and a.side not in ("unknown", "civilians")]
        if named:
            return m.named(named[-1])
    return m
