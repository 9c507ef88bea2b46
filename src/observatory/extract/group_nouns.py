"""Nouns that name a group's men without naming the group ("the mercenaries", "the gunmen"), tied to the group the text
named with them before ("the Turkish army and its mercenaries", "mercenaries of the Hamza Division", "ISIS gunmen").

The tie gives such men a side as victims (``mention_context_passes.noun_of_group_before``) and as doers: "an
infiltration attempt by the mercenaries", "the mercenaries attacked a checkpoint" name who did it, so "two of the
attackers" killed are of that group (tests/test_extract_group_noun_doer.py). A noun the text never tied to a group names
no one.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch

#: How far back a noun's group is looked for (as mention_sides.ANAPHORA_WINDOW).
GROUP_NOUN_WINDOW: Final = 1500

#: The group nouns a doer may be told by (not "militants": ISIS's and the rebels' alike in one text).
_DOER_NOUN = re.compile(r"\b(?:(?P<by>by)\s+(?:the|these|those)\s+|(?<![\w-])the\s+)(?P<noun>mercenaries|gunmen)\b", re.IGNORECASE)
#: What the noun's men did, right after it ("the mercenaries attacked", "the gunmen had tried to infiltrate").
_DEED = re.compile(r"\s+(?:have\s+|had\s+|also\s+|then\s+)?(?:attacked|stormed|raided|shelled|targeted|infiltrated|ambushed|"
                   r"launched|fired\s+(?!by)|opened\s+fire|planted|assassinated|(?:tried|attempted)\s+to\s+(?:advance|storm|"
                   r"infiltrate|attack|break\s+into))\b", re.IGNORECASE)
#: The noun is the doer of a deed told before "by" ("an attack by the mercenaries", "shells fired by the mercenaries"),
#: not the one backing or the one a thing belongs to ("backed by", "held by").
_DEED_BY = re.compile(r"\b(?:attacks?|assaults?|attempts?|infiltrations?|raids?|offensives?|advances?|shells?|shelling|"
                      r"bombardment|fired|carried\s+out|launched|planted)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)


def tied_group(work: str, begin: int, at: int, noun: str, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The last group named in work[begin:at] that the text tied ``noun`` to ("X and its mercenaries", "mercenaries of X",
    "X mercenaries", a name that is the tie, "mercenaries of the Turkish occupation"); None if none."""
    after = re.compile(rf"(?:'s)?\s+(?:(?:and|with)\s+(?:its|their|his)\s+)?{noun}\b", re.IGNORECASE)
    before = re.compile(rf"\b{noun}\s+(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?[\"“']?$", re.IGNORECASE)
    tied = [a for a in lexicon.find(work, begin, at, on)
            if a.side not in ("unknown", "civilians") and a.alias.lower() not in GENERIC_ALIASES
            and (after.match(work, a.end) or before.search(work, max(begin, a.start - 40), a.start)
                 or a.alias.lower().endswith(noun.lower()) or a.alias.lower().startswith(f"{noun.lower()} of "))]
    return tied[-1] if tied else None


def group_noun_doer(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The group whose men the sentence work[start:end] tells as doers by a group noun only ("an infiltration attempt by
    the mercenaries"), tied to the group named before; None otherwise."""
    for m in _DOER_NOUN.finditer(work, start, end):
        if m.group("by") is not None and _DEED_BY.search(work, max(start, m.start() - 40), m.start()) is None:
            continue
        if m.group("by") is None and _DEED.match(work, m.end(), end) is None:
            continue
        group = tied_group(work, max(0, m.start("noun") - GROUP_NOUN_WINDOW), m.start("noun"), m.group("noun"), lexicon, on)
        if group is not None:
            return ActorMatch(group.actor, m.group("noun"), m.start("noun"), m.end("noun"))
    return None
