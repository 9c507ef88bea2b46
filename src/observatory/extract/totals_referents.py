"""A group named by what it is, not by its name, as the subject of a toll (used by ``totals.TotalsBuilder``).

* "... in attacks blamed on ISIS. The extremist group lost 19 of its members over the same period": "the extremist
  group" (also jihadist, terrorist, militant, radical group or organisation) opening the sentence points back to the
  last jihadist group (ISIS, HTS and their kin) the text named before the sentence, whose side the figure takes,
  rather than a side read from the adjective or the total before.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention
from observatory.extract.text import Sentence

#: The sentence opens with the group named by what it is.
_REFERRING = re.compile(r"\s*(?:(?:Meanwhile|For\s+its\s+part|In\s+turn),\s+)?(?:the|this)\s+(?:extremist|jihadist|jihadi|terrorist|"
                        r"militant|radical|hardline)\s+(?:group|organi[sz]ation)\b", re.IGNORECASE)
#: The sides such a phrase can point back to.
_GROUPS = ("isis", "hts_rebels")
#: How far back the named group is looked for.
_REACH = 400


def referred_group(work: str, sent: Sentence, m: Mention, lexicon: ActorLexicon, on: date | None) -> str | None:
    """The side of the jihadist group named before a sentence that opens "The extremist group ..." for its figure."""
    opening = _REFERRING.match(work, sent.start, m.quantity.start)
    if opening is None or m.quantity.start - opening.end() > 60:
        return None
    named = [a for a in lexicon.find(work, max(0, sent.start - _REACH), sent.start, on) if a.side in _GROUPS]
    return named[-1].side if named else None
