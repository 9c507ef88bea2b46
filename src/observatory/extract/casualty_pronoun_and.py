"""Figures told after a pronoun victim with "and": one verb for both (used by ``casualties`` and
``casualty_pronoun_along``; tests in tests/test_extract_casualty_pronoun_and.py).

"..., killing him and two of his guards", "injuring her and three passers-by", "wounding him and a man who was with
him": the attacker's verb takes the pronoun and the figure after "and" alike, so the figure is of the verb's role
(the verb before "him" is the figure's, as the reflexive's is in ``casualty_reflexive``), and "him" is one more victim
beside it (``casualty_pronoun_along`` counts him once, of the side his words or his entourage give).

Left alone where the figure has a verb of its own after its words ("killing him, and two soldiers were wounded"), and
where a verb stands between "and" and the figure ("killing him and wounding two": that verb is the figure's). Where the
sentence does not say whose side "him" is ("a car belonging to a member of ..." is read, ``casualty_unnumbered``), the
list after "and" is left unread, as it was before this rule.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import verb_role

#: "killing him and", "wounded her and his", right before the figure (only a possessive between "and" and it).
_PRONOUN_AND = re.compile(
    r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?:him|her)\s*,?\s+and(?:\s+(?:his|her|their))?\s*$",
    re.IGNORECASE)
#: The figure's own passive verb right after its words: "killing him, and two soldiers were wounded".
#: Up to three words of the figure's may stand before it: "and two civilians (passing by) were injured".
OWN_VERB = re.compile(r"\s*(?:(?!(?:and|but|while|who|which|were|was)\b)[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+"
                      r"(?:\w+\s+)?(?:killed|injured|wounded|hurt)\b", re.IGNORECASE)
#: What may stand between "him and" and the first figure of the list: a possessive at most.
AND_GAP = re.compile(r"(?:(?:his|her|their)\s+)?", re.IGNORECASE)


def pronoun_and_role(left: str, right: str = "") -> str | None:
    """The role of the figure right after ``left`` when ``left`` ends in "<verb> him and", and the figure's words (ending
    where ``right`` starts) are not followed by a verb of their own."""
    hit = _PRONOUN_AND.search(left)
    if hit is None or OWN_VERB.match(right):
        return None
    return verb_role(hit.group("verb"))
