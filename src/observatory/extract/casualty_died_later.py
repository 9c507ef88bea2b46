"""Deaths told as the way a toll came about, which the toll already counts (tests in
tests/test_extract_casualty_died_inside_toll.py).

* "has risen to 19, after the bodies of three more civilians were found": those found are inside the risen toll, like
  "after two of the wounded died" (``casualty_listed.explains_rise``, whose cause words take "the bodies/remains of" too);
* "the strike killed three Asayish members, one of whom died of his wounds in hospital": a part of the dead told by
  "N of whom/them died", right after the killed figure;
* "put the toll at five, saying an elderly man later died of his wounds": the one "saying" tells died is inside the toll
  just given (a toll, not a plain figure of killed people), when fewer died than the toll counts and the toll has its
  own side or the one who died is told by no side ("an elderly man"); a toll of no side still takes its side from the one
  who died ("an elderly farmer"), as before.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity, find_quantities

#: "..., one of whom died of his wounds": the part's own death word right after "of whom/them".
_DIED_OF_THEM = re.compile(r"\s+of\s+(?:whom|them)\s+(?:later\s+)?(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)
#: "..., saying (that) ..." right after the toll.
_SAYING = re.compile(r"\s*,\s*(?:saying|adding)\s+(?:that\s+)?", re.IGNORECASE)
#: One told by no side ("an elderly man"): dropping it takes no side from a toll that has none.
_PLAIN_ONE = re.compile(r"(?:an?|one|another)\s+(?:(?:elderly|old|young|wounded|injured)\s+)?(?:man|person)\b", re.IGNORECASE)
#: The death of the one told after "saying": "an elderly man later died of wounds", "a child had succumbed".
_DIED_LATER = re.compile(r"[^.;,]{0,40}?\b(?:(?:later|had|has|then)\s+)?(?:died\s+of|succumbed|passed\s+away)\b", re.IGNORECASE)


def _top(mentions: list[Mention]) -> Mention | None:
    """The last figure that is no part of another."""
    return next((m for m in reversed(mentions) if m.parent is None), None)


def inside_toll(work: str, q: Quantity, mentions: list[Mention], role: str) -> bool:
    """Whether ``q`` counts people the killed figure just before it already holds (see the module's notes)."""
    whole = _top(mentions)
    if role != KILLED or whole is None or whole.role != KILLED or q.value >= whole.value:
        return False
    between = work[whole.group_end:q.start]
    if mentions[-1] is whole and re.fullmatch(r"\s*,\s*", between) and _DIED_OF_THEM.match(work, q.end):
        # (not where another figure stands between: "killing four gunmen and arresting six, two of whom died")
        return not find_quantities(work[whole.quantity.end:q.start], whole.quantity.end)
    if not whole.rose or _SAYING.fullmatch(between) is None or _DIED_LATER.match(work, q.end) is None:
        return False
    return whole.side not in (None, "unknown") or _PLAIN_ONE.match(work, q.start) is not None


#: Civilians told by who they are ("a civilian shepherd", "two children"): not among a toll of a side's fighters.
_CIVILIAN_WORDS = re.compile(r"\b(?:civilians?|child(?:ren)?|boys?|girls?|wom[ae]n|shepherds?|farmers?)\b", re.IGNORECASE)


def of_another_side(work: str, q: Quantity, mentions: list[Mention], lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the people ``q`` counts are told as of a side other than the toll's before it ("the toll of the soldiers
    rose to 12, as the bodies of four ISIS attackers were recovered", "raised the toll of the soldiers to seven, adding
    that a civilian shepherd later died"): they are no part of that toll."""
    whole = _top(mentions)
    if whole is None or whole.side in (None, "unknown"):
        return False
    words = re.split(r"[.;,]|\b(?:succumbed|died|passed\s+away)\b", work[q.start:q.end + 60], maxsplit=1)[0]  # (not "died in
    # a hospital in Türkiye": where he died names no side of his)
    if whole.side != "civilians" and _CIVILIAN_WORDS.search(words):
        return True
    return any(a.side not in (None, "unknown", whole.side) for a in lexicon.find(work, q.start, q.start + len(words), on))
