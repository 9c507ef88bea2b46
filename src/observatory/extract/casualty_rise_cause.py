"""The side of a risen toll told by its cause after it (tests in tests/test_extract_casualty_rise_cause_after.py).

* "the death toll of Sunday's shelling has risen to five, after two injured civilians died of their wounds",
  "... climbed to seven as one of the wounded soldiers succumbed": the people who died after the toll are those the
  toll counts, so it is of their side (the toll names none of its own);
* the group must come right after the cue words and a death word must follow it ("after two soldiers were
  arrested" gives no side), with no group of another side before that word ("after a civilian woman and a second
  Asayish member succumbed": round 73).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.numbers import NUMBER_RE, number_words

#: The cause clause right after a risen toll's number, up to the group of those who died.
_CAUSE = re.compile(
    r"\s*,?\s*(?:after|as|when|following\s+the\s+deaths?\s+of)\s+(?:" + number_words("another", "a", "an", r"\d+") + r"\s+)?"
    r"(?:more\s+|other\s+)?(?:of\s+(?:the|those)\s+)?(?:(?:seriously|critically|severely|gravely)\s+)?(?:injured|wounded)?\s*",
    re.IGNORECASE)
#: A death word after the group ("... civilians died of their wounds", "... soldiers succumbed").
_DIED = re.compile(r"[^.;,]{0,40}?\b(?:died|succumbed|passed\s+away|perished|lost\s+(?:their|his|her)\s+li(?:ves|fe))\b", re.IGNORECASE)


def cause_after(work: str, toll_start: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The group whose deaths the cause clause after the risen toll at ``toll_start`` tells, if any."""
    number = NUMBER_RE.match(work, toll_start)
    if number is None:
        return None
    cue = _CAUSE.match(work, number.end())
    if cue is None or cue.end() == number.end():
        return None
    at = cue.end()
    named = [a for a in lexicon.find(work, at, min(len(work), at + 40), on) if a.alias.lower() not in GENERIC_ALIASES]
    died = _DIED.match(work, named[0].end) if named and named[0].start - at <= 3 else None
    if died is None or any(a.side != named[0].side and a.start < died.end() for a in named[1:]):
        return None  # ("after a civilian woman and a second Asayish member succumbed": two sides, none the toll's)
    return named[0]
