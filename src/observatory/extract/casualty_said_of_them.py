"""What the words around one figure say of whose its people are, read one figure at a time after the ties of the
sentence (used by ``casualties.find_mentions``): jihadists named before them (``casualty_tied``), the speaker's own men
("One fighter of our forces", ``casualty_our_forces``), a companion hurt in a clause of his own
(``casualty_companion_hurt``), and the force they serve in ("two young men serving in the ranks of the SDF",
``casualty_serving_in``)."""

from __future__ import annotations

from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_companion_hurt import companion_in_own_clause
from observatory.extract.casualty_our_forces import our_forces
from observatory.extract.casualty_serving_in import serving_in
from observatory.extract.casualty_tied import jihadists_named_before
from observatory.extract.mention_sides import Mention


def said_of_them(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` with the side the words around it give its people (see module doc)."""
    m = our_forces(jihadists_named_before(m, work, lexicon, on), work, lexicon, on)
    return serving_in(companion_in_own_clause(m, work), work, lexicon, on)
