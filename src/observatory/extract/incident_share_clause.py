"""A share of a period's line tied, inside the same sentence, to one event it describes: an incident as well.

A line of a period's toll names its whole and then the part that one event took ("277 fighters of the factions,
including 78 members killed in a single airstrike in October"; "62 soldiers, among them 33 who were killed in the
ambush that hit a bus near X on August 10"). The line stays a total; the part is that event's own toll, read as an
incident. A part tied to events in general ("including 12 killed in airstrikes", "among them 9 killed in attacks in
several areas") or to a span of time ("including 5 killed in the past week") is only a share of the total.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.incident_share_event import tied_to_one_event
from observatory.extract.numbers import number_words
from observatory.extract.text import Sentence

#: The share after the line's whole: ", including 78", ", among them 33", ", among whom were the four", ", of whom 12".
_SHARE = re.compile(r"[,;:]\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:(?:were|was|are)\s+)?(?:the\s+)?"
                    r"(?=(?:\d[\d,]*|" + number_words() + r")\b)", re.IGNORECASE)
#: The verb that ties the share to its event, inside the share's own clause (no other share or clause between).
#: A verb after an auxiliary with no "who" ("including 31 civilians, were killed in ...") is the line's own, not the share's.
_VERB = re.compile(r"\b(?:(?:who|which)\s+(?:were|was)\s+|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s))"
                   r"(?P<verb>killed|died)\b", re.IGNORECASE)
#: "killed in an attack near X": some event of the kind, not one the text singles out ("in the ambush on
#: their bus", "in a single strike").
_SOME_EVENT = re.compile(r"(?:killed|died)\s+(?:in|by)\s+an?\s+(?!single\b)", re.IGNORECASE)
#: Where the share's clause ends: the sentence's end, a semicolon, or a clause of its own (", while").
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and\s+(?:the|a|an|\d))\b|,\s+(?:including|among)\b", re.IGNORECASE)


def share_event(work: str, sent: Sentence) -> Sentence | None:
    """The clause of a line of totals that ties a share of its toll to one event (see module doc), or None."""
    share = _SHARE.search(work, sent.start, sent.end)
    if share is None:
        return None
    stop = _CLAUSE_END.search(work, share.end(), sent.end)
    end = stop.start() if stop is not None else sent.end
    verb = _VERB.search(work, share.end(), end)
    if verb is not None and "," in work[share.end():verb.start()]:
        verb = None  # "among them 31 shepherds, killed by ...": the participle is the whole line's, not the share's
    rest = work[verb.start("verb"):end] if verb is not None else None
    if rest is None or _SOME_EVENT.match(rest) or not tied_to_one_event(rest):
        return None
    return replace(sent, start=share.end(), end=end, first_in_paragraph=False, clause=False, inherits=False,
                   recalled=True)
