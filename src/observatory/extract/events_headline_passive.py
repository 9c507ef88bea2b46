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
#: (Not "at least" or "as many as", which open the count of an object: "Two ISIS cells killed at least four soldiers".)
_NO_OBJECT = re.compile(r"\s*(?:[,.;:\n]|$|(?:in|by|near|on|at(?!\s+least\b)|after|during|when|while|as(?!\s+many\b)|and|east|"
                        r"west|north|south)\b)", re.IGNORECASE)
#: The counted victims' noun after their actor's name and a bare "killed" ("SDF members killed", "soldiers killed").
_KILLED_AFTER = re.compile(r"\s*(?:(?!(?:was|were|been|are|is|have|has|had)\b)[\w'-]+\s+){0,2}?killed\b", re.IGNORECASE)


def headline_passive(work: str, actor_start: int, verb: re.Match[str], line_start: int) -> bool:
    """Whether the verb after an actor counted at the start of its line (or after a label) is a short passive
    "killed"/"wounded"/"injured" with no object: the actor is the victim."""
    if not verb.group(0).rstrip().lower().endswith("killed"):
        return False
    if _COUNTED.search(work, line_start, actor_start) is None:
        return False
    return _NO_OBJECT.match(work, verb.end()) is not None


#: The start of the report's first line or a label ("Toll:"), and a qualifier, right before a count.
_LINE_LEAD = re.compile(r"(?:^|:)\s*(?:at\s+least\s+|some\s+|about\s+)?$", re.IGNORECASE)


def toll_line(work: str, count_start: int, group_end: int) -> bool:
    """Whether the dead counted at ``count_start`` (their group ending at ``group_end``) open the first line (or follow a
    label) before a bare "killed": a headline's toll, an event though it names no doer, place or day ("Toll: four SDF
    members killed, two wounded")."""
    line_start = work.rfind("\n", 0, count_start) + 1
    if _LINE_LEAD.search(work, line_start, count_start) is None:
        return False
    verb = _KILLED_AFTER.match(work, group_end)
    return verb is not None and _NO_OBJECT.match(work, verb.end()) is not None
