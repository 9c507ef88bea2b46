"""The incident told so far, named again by the words of a later sentence (tests/test_extract_round63_readings.py).

* 'SANA said the "terrorist attack" targeted a civilian bus near X', after a lead that told an ambush in no town: "the
  attack" is the lead's ambush by its generic name, now placed (``attack_said_again``);
* "its teams ... recovered the bodies of the three victims from the burned car", after "three civilians were killed":
  the dead told again with the definite article, by rescuers who worked at the same site (``dead_named_again``); so
  are "the two shepherds" after "A shepherd was killed and another went missing".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER
from observatory.extract.mention_sides import KILLED, Mention

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: "the attack" (quoted or qualified) as the subject of what it hit.
_THE_ATTACK_DID = re.compile(r"\bthe\s+(?:[\"“']?[\w-]+[\"”']?\s+){0,2}?[\"“']?(?:attack|assault)[\"”']?\s+(?:had\s+)?"
                             r"(?:targeted|hit|struck|took\s+place|happened|occurred)\b", re.IGNORECASE)
#: "the two shepherds", "the three men": people counted with the definite article.
_THE_PEOPLE = re.compile(r"\bthe\s+(?:two|three|four|five|both)\s+(?P<noun>[a-z]{3,}?)(?:e?s|men)\b")
#: The dead named as such after the figure: "the three victims", "the two dead".
_DEAD_NOUN = re.compile(r"\s+(?:victims|dead|deceased|martyrs|bodies)\b", re.IGNORECASE)
#: The definite article (and "bodies of") right before a figure: "the three victims", "the bodies of the two men".
_THE_BEFORE = re.compile(r"\b(?:the\s+bodies\s+of\s+)?the\s+$", re.IGNORECASE)


def attack_said_again(kind: str, text: str) -> bool:
    """The sentence's event word is the generic "attack", told as the subject that hit something: the event before."""
    return kind == "attack" and _THE_ATTACK_DID.search(text) is not None


def dead_named_again(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """Every dead the sentence counts is named with "the" and as many as a side's dead (or all the dead) told before,
    on no day of its own: the incident's dead told again, not others; or the sentence names "the two shepherds" that
    the incident introduced as "a shepherd ... and another", on no other day than the incident's."""
    if not (f.dates and draft.date is not None) and _people_again(work[draft.start:draft.end], f.sentence_text):
        return True
    dead = [m for m in f.mentions if m.parent is None and m.role == KILLED]
    if f.dates or not dead or len(dead) != len([m for m in f.mentions if m.parent is None]):
        return False
    told = {v for role, _, v in draft.figures() if role == KILLED}
    told.add(sum(v for role, _, v in draft.figures() if role == KILLED))
    return all(m.value in told and not m.quantity.vague and _named_dead(work, m) for m in dead)


def _named_dead(work: str, m: Mention) -> bool:
    """"the bodies of the three men", "the three victims": the dead as the dead, not people a new deed killed ("a second
    mine killed the two men who rushed to help")."""
    before = _THE_BEFORE.search(work, max(0, m.quantity.start - 24), m.quantity.start)
    return before is not None and (before.group(0).lower().startswith("the bodies")
                                   or _DEAD_NOUN.match(work, m.quantity.end, m.group_end) is not None)


def _people_again(told: str, text: str) -> bool:
    """The sentence names "the two <people>" whom the incident's text introduced one by one ("A shepherd was killed and
    another went missing", then "opened fire on the two shepherds"), and tells no other event ("also", "another")."""
    if ANOTHER.search(text):
        return False
    for m in _THE_PEOPLE.finditer(text):
        noun = m.group("noun")
        if re.search(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?{noun}(?:man)?\b", told, re.IGNORECASE):
            return True
    return False



#: One victim told by what he did for a body: "an employee of Hajin Municipality", "a member of the local council"
#: (the body's kind named, so that "the municipality" can name it back).
_ONE_OF_A_BODY = re.compile(r"(?:an?|one)\s+(?:[\w-]+\s+)?(?P<noun>[a-z][\w-]+)\s+(?:of|in|at|with)\s+(?:the\s+)?"
                            r"(?:[\w'’-]+\s+){0,2}?(?P<body>municipality|council|committee|administration|directorate|office|"
                            r"hospital|school|department|company|organi[sz]ation|crescent)\b", re.IGNORECASE)


def one_named_again(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """A lead that tells one victim by what he did on no day ("ISIS mercenaries assassinated an employee of Hajin
    Municipality"), then a sentence whose one dead it names by the same words in an apposition, on a day now told
    ("... intercepted Mohammed al-Hamad, an employee of the municipality, ... on the evening of 12 May 2021, and shot
    him"): the lead's victim, told in full (round 73)."""
    if draft.date is not None or ANOTHER.search(f.sentence_text):
        return False
    told = [m for (role, _), (m, _) in draft.counts.items() if role == KILLED]
    dead = [m for m in f.mentions if m.role == KILLED and m.parent is None]
    if len(told) != 1 or told[0].value != 1 or len(dead) != 1 or dead[0].value != 1:
        return False
    lead = _ONE_OF_A_BODY.match(work, told[0].quantity.start, told[0].quantity.start + 80)
    if lead is None:
        return False
    again = rf",\s+(?:an?|the)\s+(?:[\w-]+\s+)?{re.escape(lead.group('noun'))}\s+(?:of|in|at|with)\s+the\s+{re.escape(lead.group('body'))}\b"
    return re.search(again, f.sentence_text, re.IGNORECASE) is not None
