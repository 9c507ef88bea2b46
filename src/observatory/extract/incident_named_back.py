"""A sentence whose subject is the incident told so far, named back by a definite noun after a source's words.

Constructions handled:

* "According to the statement, the raid on the village of B targeted a house ...": the raid told before, placed;
* "The monitor said the blast, near the village of B, also killed dozens of sheep": "also" adds harm to the same
  blast, and a blast or explosion names back a mine, a bomb or an IED;
* "The group said the attack took place on Monday night near B": the day and place of the attack told before;
* "The monitor said a sixth member was missing after the attack near the area of B, and two others were wounded",
  "Two children were hurt in the shelling on B": the victims of the event named back by a definite noun after a
  preposition, where that noun is the sentence's only event, with the place that event struck; so too "12 other
  people were wounded when the warplane hit houses on the edge of B" (the aircraft of the strike told, named back), and
  "More than 90 other fighters were injured in the raids on the camp near B" ("other" victims of the air strikes told).

Not handled as the same incident: another event named for comparison ("the ambush is one of the deadliest since an
attack on a bus near B"), "the explosion of a mine" (a new one), plural nouns ("the strikes"), a sentence with words
that set its event apart ("another", "separately", "meanwhile"), or a sentence on another day unless it says when the
named event "took place".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.events import event_type
from observatory.extract.incident_sameness import ANOTHER
from observatory.extract.segment import TRANSITION_RE
from observatory.models import FIRE_FROM_AFAR

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: The source's words before the named event: "According to X,", "X said (that)", or nothing.
_NAMED = re.compile(
    r"\s*(?:According\s+to\s+[^,.;]{3,60},\s+|[^.;]{0,120}?\b(?:said|says|added|reported|stated|noted|"
    r"confirmed)\s+(?:that\s+)?)?the\s+(?:same\s+)?(?P<noun>attack|assault|raid|ambush|operation|"
    r"strike|airstrike|air\s+strike|drone\s+strike|blast|explosion|bombing|shelling|bombardment)\b"
    r"(?!\s+(?:of|that|which|in\s+which)\b)(?!-)",
    re.IGNORECASE,
)
#: "also" or "as well" right after the subject: more harm of the same event, not another one.
_ALSO = re.compile(r"\b(?:also|as\s+well)\b", re.IGNORECASE)
#: Another event named beside the subject, for comparison or as what came before or after it.
_COMPARED = re.compile(
    r"\b(?:since|after|before|than|like|following|similar|came|followed|second|third|latest|"
    r"previous|earlier|last\s+(?:week|month|year))\b|\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|"
    r"ambush|strike|airstrike|blast|explosion|bombing)\b",
    re.IGNORECASE,
)
#: The named event's day given: "the attack took place on Monday night".
_WHEN_TOLD = re.compile(
    r"\s*(?:had\s+|has\s+)?(?:took\s+place|happened|occurred|was\s+carried\s+out|was\s+launched)\b", re.IGNORECASE
)
#: The kinds of incident a blast or an explosion names back.
_BLASTS = frozenset({"ied_landmine", "suicide_bombing"})


def named_back(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """Whether the sentence's subject is the incident being assembled, named back after a source's words."""
    if f.sentence.clause or f.sentence.recalled or f.sentence.inherits or draft.type_hit is None:
        return False
    m = _NAMED.match(text)
    if m is None or not _fits(m.group("noun").lower(), draft.type_hit[0]):
        return False
    rest = text[m.end() :]
    if ANOTHER.search(_ALSO.sub("", rest)) or ANOTHER.search(text, 0, m.start("noun")) or _COMPARED.search(text):
        return False
    return not new_date or _WHEN_TOLD.match(rest) is not None


def _fits(noun: str, kind: str) -> bool:
    """Whether the noun can name back an incident of the kind ("the blast" a landmine, "the strike" an airstrike)."""
    if noun in ("blast", "explosion", "bombing"):
        return kind in _BLASTS
    if noun.endswith("strike"):
        return kind in FIRE_FROM_AFAR
    return True


#: "... was missing after the attack near B", "two others were wounded in the ambush": the event named back, its
#: victims told.
_IN_NAMED = re.compile(
    r"\b(?:in|during|after|following|from|by)\s+the\s+(?:same\s+)?(?P<noun>attack|assault|raid|ambush|strike|airstrike|"
    r"air\s+strike|drone\s+strike|blast|explosion|bombing|shelling|bombardment)\b(?!\s+(?:of|that|which|in\s+which)\b)(?!-)|"
    # "12 other people were wounded when the warplane hit houses on the edge of B": the aircraft of the strike told
    r"\bwhen\s+the\s+(?:same\s+)?(?P<craft>warplane|jet|aircraft|helicopter|drone)\s+(?:hit|struck|bombed|targeted|pounded)\b|"
    # "More than 90 other fighters were injured in the raids on the camp near B": "other" victims of the strikes told
    r"\bother\s+[^.;]{0,40}?\b(?:in|during|by)\s+the\s+(?P<plural>raids|strikes|airstrikes|air\s+strikes|air\s+raids)\b",
    re.IGNORECASE,
)
#: The kind of incident an aircraft named back struck in.
_CRAFT_KINDS = {"warplane": "airstrike", "jet": "airstrike", "aircraft": "airstrike", "helicopter": "airstrike",
                "drone": "drone_strike"}


def victims_named_back(draft: Draft, f: SentenceFacts, new_date: bool) -> bool:
    """Whether the sentence tells victims of the incident being assembled, named back by a definite noun after a
    preposition ("... were wounded in the attack near B") that is the sentence's event word, on no other day."""
    if new_date or f.dates or not f.mentions or f.sentence.clause or f.sentence.recalled or f.sentence.inherits or \
            draft.type_hit is None or f.type_hit is None:
        return False
    text = f.sentence_text
    m = _IN_NAMED.search(text)
    at = f.type_hit[1] - f.sentence.start
    if m is not None and m.group("plural"):  # ("90 other fighters were injured in the raids on the camp"): the strikes told
        return m.start("plural") <= at < m.end("plural") and draft.type_hit[0] == f.type_hit[0] == "airstrike" and not ANOTHER.search(text)
    if m is not None and m.group("craft"):  # ("... when the warplane hit houses ...")
        word = m.group("craft").lower()
        return m.start("craft") <= at < m.end("craft") and _CRAFT_KINDS[word] == draft.type_hit[0] == f.type_hit[0] and not ANOTHER.search(text)
    if m is None or not m.start("noun") <= at < m.end("noun") or not _fits(m.group("noun").lower(), draft.type_hit[0]):
        return False
    if ANOTHER.search(text) or TRANSITION_RE.match(text):
        return False  # ("Moreover, ten civilians were injured in the strike": the strike told before this one)
    blanked = text[:m.start("noun")] + " " * (m.end("noun") - m.start("noun")) + text[m.end("noun"):]
    return event_type(blanked) is None  # ("warplanes carried out airstrikes after the ambush": an event of its own)
