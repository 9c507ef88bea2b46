"""A claimant's figures told as a separate event are no restatement of the toll told before.

A claimant's figure that conflicts with a toll the text gave is dropped as an account of the same event
(``casualty_claims``). A sentence that says its event is another one keeps the claimant's figures: it opens with
"Separately," or "In a separate incident/development/attack ...", the claimant "said separately", or the deed is told
as "a separate shootout/attack" (not as a time: "came a day after a separate attack"). "In a separate statement" sets
only the statement apart, so the sentence must also tell its own deed with an indefinite article ("... killed five soldiers in an attack on a checkpoint"); "in the blast"
is the event told before.
"""

from __future__ import annotations

import re

#: A deed named as a noun: the event the sentence is about.
_DEED = (r"(?:incident|development|attack|assault|ambush|raid|strike|airstrike|air\s+strike|drone\s+strike|shootout|"
         r"clash|clashes|bombing|explosion|blast|operation|confrontation|gunfight)")
#: Not "a separate attack" named only as a time ("which came a day after a separate attack on Afrin").
_NOT_A_TIME = r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bfollowing\s)(?<!\bsince\s)(?<!\bthan\s)"
#: The sentence tells another event: "Separately,", "In a separate attack", "said separately", "a separate shootout".
_APART = re.compile(r"^\W*separately\b|\bin\s+a\s+separate\s+" + _DEED + r"\b|\b(?:said|announced|reported|claimed)\s+"
                    r"separately\b|\bseparately\s+(?:said|announced|reported|claimed)\b|" + _NOT_A_TIME + r"\ban?\s+separate\s+" + _DEED + r"\b",
                    re.IGNORECASE)
#: Only the statement is separate: "In a separate statement, ...".
_STATEMENT = re.compile(r"\bin\s+a\s+separate\s+(?:statement|claim|announcement|post|communiqu[eé])\b", re.IGNORECASE)
#: The deed of its own, told with an indefinite article: "in an attack on a checkpoint".
_OWN_DEED = re.compile(r"\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?" + _DEED + r"\b", re.IGNORECASE)


def told_apart(sentence: str) -> bool:
    """Whether the sentence tells its figures as those of an event apart from the one told before."""
    if _APART.search(sentence):
        return True
    return _STATEMENT.search(sentence) is not None and _OWN_DEED.search(sentence) is not None
