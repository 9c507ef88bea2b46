"""A bare word for armed factions qualified by a word of Turkey's factions right before it ("SNA factions", "National
Army factions", "Turkish-backed faction members"): one group, Turkey's (SCHEMA: SNA factions -> turkey_factions), not
the rebels a bare "factions" names (tests in tests/test_extract_casualty_qualified_factions.py).

The qualifier must stand right before the bare word, with only spaces between ("the SNA and the factions" are two).
A qualifier the lexicon already read as the rebels' (a group named in two areas, read as Idlib's) lends nothing.
"""

from __future__ import annotations

from typing import Final

from observatory.models import Actor

#: The bare words (lexicon keys) that name the rebels unless qualified: as ``factions_of_turkey.BARE_FACTIONS``.
_BARE_KEYS: Final = frozenset({"factions", "faction member", "faction members", "faction fighter", "faction fighters"})


def qualified_faction(actor: Actor, key: str, before: Actor, gap: str) -> Actor:
    """The actor of a bare faction word: the Turkish group right before it (``before``: the actor found last; ``gap``:
    the text between them), else its own."""
    if key not in _BARE_KEYS or actor.side != "hts_rebels" or before.side != "turkey_factions" or gap.strip():
        return actor
    return before
