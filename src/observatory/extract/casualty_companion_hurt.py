"""A victim's companion hurt in a clause of his own: "a commander ... was killed and his companion was wounded", "...,
while his companion was seriously injured" (tests in tests/test_extract_casualty_companion_own_clause.py).

The companion is the subject of his own verb, not one more victim of the attacker's verb, and the text gives no side of
his: he is hurt of unknown side (SCHEMA: affiliation not given -> unknown), as "His companion was seriously injured" at
the head of a sentence already is (``core._side_of``). Not for an escort, a bodyguard or a driver (of the victim's side,
``casualty_unnumbered._one_side``), nor for a companion the attacker's verb takes ("killing him and injuring his
companion", read as before), nor for a companion killed.
"""

from __future__ import annotations

import re

#: After "his companion": the verb of his own clause, of the hurt ("was wounded", "was seriously injured").
_OWN_HURT = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:(?:seriously|critically|lightly|slightly|badly|severely)\s+)?"
                       r"(?:injured|wounded)\b", re.IGNORECASE)


def companion_hurt_apart(who: str, verb: str | None, work: str, said: int) -> bool:
    """Whether ``who`` (the kin word matched) is a companion hurt in a clause of his own (see module doc)."""
    return who == "companion" and not verb and _OWN_HURT.match(work, said) is not None
