"""A standing situation told as an incident's kind: a siege or blockade ("regime forces imposed a siege on the town").

A siege is the setting of what is done under it, not a way of killing: when a later sentence of the same incident
tells how the dead were killed ("... and shelled its outskirts with mortars, killing a civilian"), that kind is the
incident's, as a generic attack gives way to a named weapon (words that only retell the siege's setting, with no one
killed, leave it a siege). The labelling schema has no siege: a siege with a toll
and no weapon told ("besieged the town, and two children died of hunger") is a death of another kind (`other`); a
siege with no one killed or hurt is no incident of the schema at all (contract).
"""

from __future__ import annotations

from typing import Final

from observatory.extract.incident_split import GENERIC_TYPES

#: Kinds of event that are a standing situation rather than a deed.
SITUATIONS: Final[frozenset[str]] = frozenset({"siege"})


def gives_way(kind: str, tolled: bool) -> bool:
    """An incident's ``kind`` gives way to a more specific one told later: a generic deed always, a situation when the
    later words tell dead or hurt (``tolled``: "... and shelled it, killing a civilian"; not "during the siege the
    quarter was shelled", the siege's setting retold)."""
    return kind in GENERIC_TYPES or kind in SITUATIONS and tolled


def situation_yields(kind: str | None, other: str | None, tolled: bool) -> bool:
    """An incident of a situation's ``kind`` joined by words of another kind that tell dead or hurt: that kind is
    the incident's."""
    return kind in SITUATIONS and other is not None and other not in SITUATIONS and tolled


def schema_kind(event_type: str) -> str:
    """The schema's type for an event kind: a situation with a toll is `other`, every other kind is its own."""
    return "other" if event_type in SITUATIONS else event_type
