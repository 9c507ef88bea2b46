"""Plain "security forces" in a sentence told by or about the Kurdish-led forces: theirs, not the regime's.

"Two members of the security forces were lightly wounded, the Asayish said", "killing eight members of the security
forces, the Kurdish-led administration said": the lexicon reads bare "security forces" as the regime's (the word most
reports use for the state's men), but a sentence that names the Asayish, the SDF or the Kurdish-led administration and no
other armed side speaks of the Kurdish-led security forces (SCHEMA: Asayish -> sdf).

Not read: "Syrian security forces", "regime security forces" (named the regime's), a sentence that also names the regime,
its allies or another armed side by a name of its own ("SDF fighters clashed with the security forces of the regime"),
a sentence that names no Kurdish-led force, and a text of the days after the regime fell (8 December 2024), when the
SDF's rivals in the north-east were the new government's "security forces".

Tests: tests/test_extract_casualty_kurdish_security.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from observatory.extract.actor_jihadists import BARE_JIHADISTS
from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon

if TYPE_CHECKING:
    from observatory.extract.mention_sides import Mention

#: The plain words of the state's armed men that a Kurdish-led force's statement also uses for its own.
_PLAIN_SECURITY = re.compile(r"\bsecurity\s+(?:forces|personnel|men|members)\b", re.IGNORECASE)
#: The day the regime fell: after it, plain "security forces" beside the SDF are the new government's.
_REGIME_FELL = date(2024, 12, 8)
#: The sides whose own names leave the plain words to the regime ("the SDF and the regime's security forces"); ISIS and
#: the like, who attack the Kurdish-led forces, do not.
_ARMED_RIVALS = frozenset({"regime", "pro_iran_foreign", "russia", "hts_rebels"})


def kurdish_security(m: Mention, work: str, lexicon: ActorLexicon, span: tuple[int, int], on: date | None) -> Mention:
    """A figure of plain "security forces" read as the regime's, in a sentence (``span``) that names a Kurdish-led force
    and no rival armed side by a name of its own: the Kurdish-led forces' (see module doc)."""
    if (
        m.side != "regime"
        or (on is not None and on >= _REGIME_FELL)
        or _PLAIN_SECURITY.search(work, m.group_start, m.group_end) is None
    ):
        return m
    if any(a.alias.lower() not in GENERIC_ALIASES for a in lexicon.find(work, m.group_start, m.group_end, on)):
        return m
    named = lexicon.find(work, span[0], span[1], on)
    kurdish = next((a for a in named if a.side == "sdf"), None)
    if kurdish is None or any(_rival(a.side, a.alias.lower()) for a in named):
        return m
    return m.named(kurdish)


def _rival(side: str, alias: str) -> bool:
    """Whether a name in the sentence names an armed side whose own men the plain words could be (not "jihadists",
    which name the Kurdish-led forces' attackers by kind)."""
    return side in _ARMED_RIVALS and alias not in GENERIC_ALIASES and alias not in BARE_JIHADISTS
