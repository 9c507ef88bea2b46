"""A paragraph that tells another event from scratch: a named actor doing something to someone, after at most an
opening phrase of time, place or transition.

Constructions handled (each opening a paragraph, after an incident already told):

* "At the same time, Turkish forces shelled villages around X, with no casualties reported": another actor's or
  another kind of event, even in a place the incident named;
* "In the afternoon, SDF fighters targeted a position of the faction near Y, killing one": the other side's attack
  after a shelling;
* "Regime forces also fired dozens of rockets on the surroundings of X, with no casualties reported": one side's
  shelling after a fight, told with its own outcome ("Regime artillery then shelled the surroundings" stays the
  fight's);
* "In the same context, warplanes struck a position of HTS near Z, killing four HTS members": the same actor and kind,
  but other victims than the incident's.

And the other way round: the first sentence of the body that tells an event of the kind the title told ("Turkish
shelling on X kills child", then "Turkish forces pounded X and villages in Y, killing a child") is the title's incident.

A sentence whose subject is the event told so far ("The strikes targeted ...", "The attackers used ...") is no fresh
account: the actor must be the subject, followed by an active verb of attack; nor one that hits "the convoy" the
incident introduced ("an ambush on a convoy", then "ISIS cells attacked the convoy with machine guns").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_object import object_named_back
from observatory.extract.mention_sides import KILLED
from observatory.extract.segment import TRANSITION_RE

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: What may come before the actor: a phrase of time, place or transition closed by a comma ("In the afternoon,",
#: "At the same time,", "In the same context,", "Meanwhile,"), or nothing.
_OPENING = re.compile(r"\s*(?:[A-Z][^,.;:\"]{0,50},\s*)?(?:the\s+)?$", re.IGNORECASE)

#: The actor's verb, right after the actor's name (and its own nouns: "fighters", "forces", "warplanes").
_ACTS = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?(?:also\s+|then\s+|later\s+|reportedly\s+|again\s+)?(?:shelled|struck|targeted|"
                   r"fired|pounded|attacked|bombed|bombarded|launched|stormed|ambushed|raided|hit|opened\s+fire|carried\s+out)\b",
                   re.IGNORECASE)

#: The sentence names the event told so far: not another event.
_EVENT_BACK = re.compile(r"\b(?:the|this|these)\s+(?:same\s+)?(?:attack|assault|strikes?|airstrikes?|raids?|shelling|"
                         r"bombardment|clashes|fighting|ambush|explosion|blast|bombing)\b", re.IGNORECASE)


#: What came of the act, told for it alone: "also" fired, "with no casualties reported".
_OWN_OUTCOME = re.compile(r"\balso\b|\bno\s+(?:reports?\s+of\s+)?(?:casualties|injuries|deaths|losses)\b|"
                          r"\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:casualties|injuries|losses)\b", re.IGNORECASE)


def _actor_opens(f: SentenceFacts) -> bool:
    """The sentence's actor is its subject and acts: "[In the afternoon,] SDF fighters targeted ..."."""
    actor = f.perpetrator
    if actor is None:
        return False
    start = f.sentence.start
    before = f.sentence_text[:actor.start - start]
    if _OPENING.match(before) is None:
        return False
    return _ACTS.match(f.sentence_text, actor.end - start) is not None


def _victims_differ(draft: Draft, f: SentenceFacts) -> bool:
    """All of the sentence's dead are of sides the incident has no dead of."""
    told = {side for role, side, _ in draft.figures() if role == KILLED}
    own = {m.side for m in f.mentions if m.parent is None and m.role == KILLED}
    return bool(told and own) and None not in own and not own & told


def fresh_account(draft: Draft, f: SentenceFacts, told: str = "") -> bool:
    """Whether a paragraph's first sentence tells another event from scratch: its actor, as subject, strikes in
    another kind of event than the incident's, or kills others than the incident's dead (the same kind of strike with
    no toll of its own may tell the incident's strikes again); not when it hits "the convoy" that the incident's text
    (``told``) introduced, with no toll of its own."""
    if not f.sentence.first_in_paragraph or f.type_hit is None or draft.type_hit is None or not _actor_opens(f):
        return False
    if told and not f.mentions and object_named_back(told, f.sentence_text):
        return False  # "an ambush on a convoy ...", then "ISIS cells attacked the convoy with machine guns": the same
    if _EVENT_BACK.search(f.sentence_text) is not None:
        return False  # "Regime forces responded to the attack by shelling ...": tells of the attack again
    if draft.type_hit[0] == "clash" and not (f.mentions or _OWN_OUTCOME.search(f.sentence_text)):
        return False  # "Regime artillery then shelled the surroundings": the fight's own shelling
    return f.type_hit[0] != draft.type_hit[0] or _victims_differ(draft, f)


#: "Two hours later, ...", "A day earlier, ...": another event than the one told before.
_ANOTHER_TIME = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:hours?|minutes|days?|weeks?|moments)\s+(?:later|earlier|before|after)\b",
                           re.IGNORECASE)


def title_told_again(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """The report's title told an event ("Turkish shelling on X kills child"), and the first sentence of the body tells
    an event of the same kind in a town the title names, on no other day and not as another ("Earlier, ..."): the
    title's incident, told in full (whatever other places each names)."""
    title_end = work.find("\n")
    if title_end < 0 or draft.first_sentence != 0 or draft.end > title_end or not f.sentence.first_in_paragraph:
        return False
    if work[:title_end].rstrip().endswith((".", "!", "?")) or _ANOTHER_TIME.match(f.sentence_text):
        return False  # a first line that is a sentence of the story, not a headline; "Two hours later, ...": another
    if draft.type_hit is None or f.type_hit is None or draft.type_hit[0] != f.type_hit[0]:
        return False
    towns = [p.name.lower() for p in draft.places if not p.governorate]
    if towns and not any(town in f.sentence_text.lower() for town in towns) or TRANSITION_RE.match(f.sentence_text):
        return False  # the body's first event elsewhere, or told as another ("Earlier on the same day, ...")
    provinces, own = {p.governorate for p in draft.places if p.governorate}, {p.governorate for p in f.places if p.governorate}
    if provinces and own and not provinces & own:
        return False  # the title's event in one province, the body's first in another
    told = {(side, value) for role, side, value in draft.figures() if role == KILLED}
    dead = {(m.side, m.value) for m in f.mentions if m.role == KILLED and m.parent is None and not m.quantity.vague}
    if told and dead and not told & dead and sum(v for _, v in told) != sum(v for _, v in dead):
        return False  # "14 soldiers killed in an attack near X", then "a soldier was shot dead in Y": another one
    return draft.date is None or not f.dates
