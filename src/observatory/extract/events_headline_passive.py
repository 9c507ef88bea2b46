"""A toll told in a headline's short passive ("Four SDF members killed, two wounded", "Toll: 3 soldiers killed in
Daraa"): the counted actor before "killed" is the victim, not the killer, as in "were killed"; an actor that kills
someone names its victims after the verb ("Two SDF fighters killed an ISIS member")
(tests/test_extract_events_headline_passive.py)."""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words

#: A count right before the actor ("four", "12", "at least 3"), and the start of the line or a label ("Toll:").
_COUNTED = re.compile(rf"(?:^|\n|:)\s*(?:at\s+least\s+|some\s+|about\s+)?(?:\d+|{number_words()})\s+$", re.IGNORECASE)
#: "killed" with no object after it: a stop, a comma, the end, or a place, time or cause phrase.
_NO_OBJECT = re.compile(r"\s*(?:[,.;:\n]|$|(?:in|by|near|on|at|after|during|when|while|as|and|east|west|north|south)\b)",
                        re.IGNORECASE)


def headline_passive(work: str, actor_start: int, verb: re.Match[str], line_start: int) -> bool:
    """Whether the verb after an actor counted at the start of its line (or after a label) is a short passive
    "killed"/"wounded"/"injured" with no object: the actor is the victim."""
    if not verb.group(0).rstrip().lower().endswith("killed"):
        return False
    if _COUNTED.search(work, line_start, actor_start) is None:
        return False
    return _NO_OBJECT.match(work, verb.end()) is not None
