"""An event told apart from the one before it inside the sentence that tells it, not at its start.

Handled: "Four fighters were also killed in separate Russian strikes on a position near X", "A soldier was killed in
another attack on a checkpoint in Y", "two more died in a different explosion in Z": the words "separate",
"another", "different" or "unrelated" before the kind of event mark one more event, whatever its toll or place; so does "a
similar clash" ("in a similar strike last week"), anywhere in the sentence. (A
sentence that opens with "In a separate incident" is read in :mod:`observatory.extract.incident_split`; dead "killed
in separate attacks" with no event before them are a joint toll of events told after it, which
:mod:`observatory.extract.incident_eventful` leaves out.)
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

_APART_STEMS: Final = ("separate", "another", "different", "unrelated")  # every _APART_INSIDE match holds one
_APART_INSIDE = re.compile(r"\b(?:in|by|during)\s+(?:a\s+|an\s+)?(?:separate|different|unrelated|another)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|air\s+strikes?|raids?|attacks?|incidents?|shelling|"
                           r"bombardment|explosions?|blasts?|ambush(?:es)?|shootings?|clashes|assassinations?|bombings?)\b"
                           r"(?!\s+(?:on|in|of)\s+(?:the\s+)?same\b)", re.IGNORECASE)
#: "... whose toll rose to four after another victim died", "One of the wounded died hours later": a later toll of the
#: event told, not another event (also read by ``incident_split`` and ``incident_other_kind``).
TOLL_OF_IT: Final = re.compile(r"\bsuccumb|\bdied\s+(?:of|from)\s+(?:his|her|their)?\s*(?:wounds|injuries)|\btoll\b|"
                               r"\bof\s+the\s+(?:wounded|injured)\b[^.;]{0,80}?\b(?:died|passed\s+away)\b", re.IGNORECASE)


#: "a similar clash", "in a similar strike last week": an event of the kind told before, so not that one.
_SIMILAR = re.compile(r"\b(?:an?|another)\s+similar\s+(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|air\s+strikes?|raids?|"
                      r"attacks?|incidents?|shelling|bombardment|explosions?|blasts?|ambush(?:es)?|shootings?|clash(?:es)?|"
                      r"assassinations?|bombings?|operations?)\b", re.IGNORECASE)


def told_apart(chunk: str) -> bool:
    """Whether the sentence (or clause), past its first word, tells its event as one apart from those told before
    ("... were also killed in separate strikes on ..."), or anywhere tells it as one like them ("X witnessed a
    similar clash last month, which left ...")."""
    span = folded(chunk)
    if "similar" in span and _SIMILAR.search(chunk) is not None and TOLL_OF_IT.search(chunk) is None:
        return True
    if not has_any(span, _APART_STEMS):
        return False
    return _APART_INSIDE.search(chunk, 1) is not None and TOLL_OF_IT.search(chunk) is None  # (past the first word)
