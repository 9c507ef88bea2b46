"""A figure told after one person named by his post with "the"/"its" and "and" (used by ``casualties``; tests in
tests/test_extract_casualty_person_pairs.py).

"..., killing its commander and three of his men", "wounding the commander and one of his guards", "killing the driver
and two soldiers", "killing the lieutenant and two soldiers" (a rank as the post): the attacker's verb takes the one named by his post and the figure after "and" alike, so the figure
is of the verb's role, as after "killing him and" (``casualty_pronoun_and``). The one named by his post is read by
``casualty_unnumbered`` (its ``_THE_ONE``); his men after him are counted with him (``casualty_leader_men``).

Left alone where the figure has a verb of its own after its words ("killing the commander, and two soldiers were
wounded", "killing the driver and three passengers sustained injuries", "wounding the driver and two soldiers died
later", "... and two of his men were captured"), and where a verb stands between "and" and the figure ("killing the commander
and wounding two").
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import verb_role

#: "killing its commander and", "wounding the driver and his", right before the figure.
_THE_ONE_AND = re.compile(
    r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:driver|pilot|commander|leader|owner|guard|officer|head|chief|official|emir|amir|lieutenant|captain|colonel|brigadier|"
    r"sergeant)\s*,?\s+and(?:\s+(?:his|her|their))?\s*$",
    re.IGNORECASE)
#: The figure's own verb right after its words: "killing the commander, and two soldiers were wounded", "killing the
#: driver and three passengers sustained injuries", "... and two of his men were captured", "... and two others fled".
_OWN_VERBS = r"(?:were|was|are|is|had|has|have|died|sustained|suffered|managed|escaped|fled|survived|remained|went)\b"
_OWN_VERB = re.compile(r"\s*" + _OWN_VERBS, re.IGNORECASE)
#: Such a verb taken into the figure's own words ("two others managed | to flee").
_VERB_IN_WORDS = re.compile(r"\b" + _OWN_VERBS, re.IGNORECASE)


def the_one_and_role(left: str, right: str = "", words: str = "") -> str | None:
    """The role of the figure right after ``left`` when ``left`` ends in "<verb> the <post> and", and the figure's
    words (``words``, ending where ``right`` starts) neither hold nor are followed by a verb of their own."""
    hit = _THE_ONE_AND.search(left)
    if hit is None or _OWN_VERB.match(right) or _VERB_IN_WORDS.search(words):
        return None
    return verb_role(hit.group("verb"))
