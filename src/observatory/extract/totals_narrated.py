"""Sentences after a total that narrate one event (used by ``totals.TotalsBuilder._take``).

A sentence in the paragraph of a total, with no period or list cue of its own, that tells an attack and its dead
("Regime helicopters dropped barrel bombs on X, killing five civilians ...", "Nine civilians were killed when warplanes
struck Y", "In Z, warplanes struck a market, leaving seven dead") is one incident of the day, not a part of the total;
so is such a sentence read as a line of the block (its subject an active doer), as bullets that tell one attack were.
"""

from __future__ import annotations

import re

from observatory.extract import totals_marks as marks
from observatory.extract.gates import folded, has_any

#: An attack told with its dead: "<attack verb> ..., killing/leaving N", "N were killed when ...".
_NARRATED = re.compile(r"\b(?:attacked|targeted|shelled|struck|exploded|ambushed|bombed|fired|stormed|detonated|opened\s+fire|"
                       r"dropped|launched|carried\s+out|raided|hit|pounded|shot)\b[^.;:]{0,160}?,\s+(?:killing|leaving)\b|"
                       r"\b(?:were|was)\s+killed\s+(?:when|as|after)\b", re.IGNORECASE)
_STEMS = ("killing", "leaving", "killed when", "killed as", "killed after")


def narrated_event(chunk: str) -> bool:
    """Whether the sentence narrates one attack and its dead."""
    return has_any(folded(chunk), _STEMS) and _NARRATED.search(chunk) is not None


def event_line(chunk: str) -> bool:
    """A line of a block that tells one attack ("- Regime helicopters dropped barrel bombs on X, killing five"), not a
    count of events ("Homs desert: 12 attacks")."""
    return bool(marks.EVENT_VERB.search(chunk) or narrated_event(chunk)) and not marks.EVENT_COUNT.match(chunk)
