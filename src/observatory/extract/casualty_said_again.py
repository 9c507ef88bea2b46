"""The dead of an incident told again, in a later sentence, in words that name no side (used by ``core._absorb``;
tests in tests/test_extract_casualty_dead_told_again.py).

* "killed an SDF commander and two of his companions. ... the drone hit their car, killing all three people on board",
  "killed an ISIS official and two of his aides ... the house where the three men were killed": a figure of no side
  after a word that points back ("all", "the", "both") that equals the dead the incident has already counted;
* "killing two civilians. SOHR said the dead were a man and his elderly father", "the victims were a woman and her
  son": people of no side that a sentence says the dead or the victims were, adding up to the dead already counted
  (where those were all of one side, people of that side may stand among them: "three civilians ... the victims were a
  man, his brother and his 10-year-old son");
* "An unarmed demonstrator lost his life ... The victim, a man in his fifties from X, was hit ... and died": one
  person after "The victim," when the incident has counted its dead already;
* "killing three shepherds. According to SOHR, three people were killed and their sheep were taken", "killed two
  workers ... SOHR said two people died instantly": a figure of no side that a source tells right after its name, equal
  to the dead already counted, in a sentence that tells of no more dead ("also", "another", "other", "more": left
  alone) and no other event: none named after the figure unless pointed back at ("in the attack", "in that blast"),
  no place ("... in regime shelling on Ariha", "near the town of X": more dead, left alone).

Those figures are the same dead, not more of no side (``said_again``). Figures of a side ("the dead were two soldiers
and a militiaman") are left to the breakdown rules, and so is a figure larger than the dead counted (a risen toll).
"""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention

#: A word right before the figure that points back at people told of before ("all three people", "the two men"); "both"
#: is such a figure itself ("both occupants were killed").
_POINTS_BACK = re.compile(r"\b(?:all|both|the|all\s+the|all\s+of\s+the|these|those)\s+$", re.IGNORECASE)
#: The sentence says who the dead were: "the dead were", "the victims are", "those killed included".
_WHO_THE_DEAD = re.compile(r"\b(?:the\s+(?:dead|victims|slain|deceased|fatalities|two\s+victims|three\s+victims)|those\s+killed)\s+"
                           r"(?:were|are|included|include|being)\b", re.IGNORECASE)
#: A clause that tells the people apart by a deed of their own, not by where they were ("who were in the car").
_WHO_DID = re.compile(r"\s*,?\s*(?:who|that)\s+(?!(?:were|was)\s+(?:in|on|inside|aboard|travell?ing|riding|with)\b)", re.IGNORECASE)
#: The figure told right after a source's name: "According to SOHR, three people ...", "SOHR said two people ...".
_SOURCE_LEAD = re.compile(r"(?:(?:according\s+to|citing)\s+[^,;.]{2,60},|(?:said|says|reported|added|stated|"
                          r"confirmed|documented|told\s+[^,;.]{2,40})(?:\s+that)?)\s*$", re.IGNORECASE)
#: Words of a sentence that tell of more dead or of another event than the one counted already ("hours later", "in
#: the clashes that followed").
_MORE_OR_ELSE = re.compile(r"\b(?:also|another|other|others|more|further|additional|separate|second|elsewhere|meanwhile|"
                           r"too|as\s+well|in\s+addition|besides|rises?|rose|risen|raising|bringing|later|afterwards|that\s+followed)\b", re.IGNORECASE)
#: An event, its gunmen, or a place told after the figure ("in regime shelling on Ariha", "by a mine near Al-Mayadin",
#: "when gunmen opened fire on a car"), unless the
#: event is pointed back at ("in the attack", "in that blast").
_NEW_EVENT = re.compile(r"\b(?<!the\s)(?<!that\s)(?<!this\s)(?<!same\s)(?:(?!(?:the|that|this|same)\b)[\w-]+\s+)?(?:shelling|strikes?|airstrikes?|raids?|"
                        r"attacks?|explosions?|blasts?|mines?|landmines?|bombardment|clash(?:es)?|ambush|drones?|gunfire|"
                        r"bombs?|shells?|rockets?|missiles?|gunm[ae]n|opened\s+fire)\b|\b(?:in|near|at|on|outside)\s+(?:the\s+)?(?:(?:town|village|city|"
                        r"area|outskirts|vicinity)\s+of\s+)?[A-Z]")
#: "The victim, " (or "The slain man, ") right before one person's words: the one dead told before, described.
_THE_VICTIM = re.compile(r"(?:^|[.:]\s+)\W*The\s+(?:victim|deceased|slain\s+(?:man|woman|youth)|dead\s+(?:man|woman))\s*,\s*$", re.IGNORECASE)
_STEMS = ("dead", "victim", "slain", "decease", "fatalit", "killed")


def said_again(before: int, here: list[Mention], text: str, offset: int, sides: frozenset[str] = frozenset()) -> set[int]:
    """Where the figures of no side in a sentence (``text``, starting at ``offset``) stand that restate the ``before``
    dead the incident counted in earlier sentences (see module doc): empty when they are not a restatement. Where the
    dead counted before are all of one side (``sides``), a figure of that side may stand among them ("three civilians
    ... the victims were a man, his brother and his 10-year-old son")."""
    dead = [m for m in here if m.role == KILLED and m.parent is None and not m.quantity.vague]
    own = sides if len(sides) == 1 and all(m.side in (None, "unknown", *sides) for m in here if m.role == KILLED) else frozenset()
    if before >= 1 and len(dead) == 1 and dead[0].value == 1 and dead[0].side in (None, "unknown", *sides) \
            and _THE_VICTIM.search(text, 0, max(0, dead[0].quantity.start - offset)):
        return {dead[0].quantity.start}  # "The victim, a man in his fifties from X, ... died before reaching hospital"
    if before < 2 or not dead or any(m.side not in (None, "unknown", *own) for m in dead) or sum(m.value for m in dead) != before:
        return set()
    head = min(dead, key=lambda m: m.quantity.start)
    lead = text[:max(0, head.quantity.start - offset)]
    back = head.quantity.text.strip().lower() == "both" or _POINTS_BACK.search(lead[-20:]) is not None  # ("both occupants")
    told = _SOURCE_LEAD.search(lead) is not None and _MORE_OR_ELSE.search(text) is None \
        and _NEW_EVENT.search(text, max(m.group_end for m in dead) - offset) is None
    if not back and not told and not (has_any(folded(lead), _STEMS) and _WHO_THE_DEAD.search(lead)):
        return set()
    if _WHO_DID.match(text, head.group_end - offset):
        return set()  # "a landmine killed the two men who came to help them": people the clause tells apart, more dead
    return {m.quantity.start for m in dead}
