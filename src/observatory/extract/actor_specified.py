"""A generic word for armed factions specified right after, in its own noun phrase, as Turkey's Syrian factions: "all
armed opposition factions/Syrian National Army", "the factions of the National Army", "the opposition factions (SNA)"
name one group, Turkey's (SCHEMA: SNA factions -> turkey_factions), not the rebels a bare "factions" names
(tests in tests/test_extract_actor_specified.py).

Only a slash, an opening bracket or "of (the)" may stand between the generic word and the group it is specified by;
generic words in a row ("armed opposition factions") take the reading of the last one. "Factions and the SNA" are two.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from observatory.extract.actors import ActorMatch

#: The generic words for the rebels' factions (lexicon keys) that a group named right after specifies.
_GENERIC: Final = frozenset({"factions", "faction members", "faction fighters", "armed opposition", "opposition factions",
                             "rebel factions", "the opposition", "syrian opposition", "armed opposition factions"})
#: What may stand between a generic word and the group that specifies it ("" joins generic words in a row).
_SPECIFIED_BY: Final = re.compile(r"\s*(?:/\s*(?:the\s+)?|\(\s*(?:the\s+)?|\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
#: The National Army by name: a group of armed factions, unlike Turkey, its army or its backing ("the opposition of
#: Turkey", "the faction members of the Turkish-held north" stay as they are).
_NATIONAL_ARMY: Final = re.compile(r"(?:.*\b)?(?:national army|sna)")


def _key(alias: str) -> str:
    return re.sub(r"[\s-]+", " ", alias.lower())


def _faction_group(match: ActorMatch) -> bool:
    """Whether ``match`` names a group of Turkey's Syrian factions: the National Army, or a Syrian faction of it."""
    return match.side == "turkey_factions" and (match.actor.nationality == "SY" or
                                                 _NATIONAL_ARMY.fullmatch(_key(match.alias)) is not None)


_QUOTE_GAP: Final = re.compile(r"\s*[\"“”'‘’]?\s*")


def _names_group(out: Sequence[ActorMatch], j: int, text: str) -> bool:
    """Whether out[j] names a group of Turkey's factions, itself or as the backing word right before one ("the
    Turkish-backed 'Syrian National Army'", where the quote parts the two aliases)."""
    if _faction_group(out[j]):
        return True
    backed = out[j].side == "turkey_factions" and out[j].alias.lower().endswith("-backed") and j + 1 < len(out)
    return backed and _faction_group(out[j + 1]) and _QUOTE_GAP.fullmatch(text, out[j].end, out[j + 1].start) is not None


def specified_generics(found: Sequence[ActorMatch], text: str) -> list[ActorMatch]:
    """The matches, each generic rebel word right before a match of Turkey's factions by name (through ``_SPECIFIED_BY``)
    taking that match's actor; read from the right, so a chain of generic words takes it all the way."""
    out = list(found)
    specified = False  # whether the match after ``here`` was itself a generic word specified
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        joined = specified or _names_group(out, i + 1, text)
        specified = False
        if here.side != "hts_rebels" or not joined or _key(here.alias) not in _GENERIC:
            continue
        if _SPECIFIED_BY.fullmatch(text, here.end, after.start) is not None:
            out[i] = dataclasses.replace(here, actor=after.actor)
            specified = True
    return out
