"""Sentences that read like events of their own but tell more of the incident told just before them.

Constructions handled:

* the defence against a strike: "Syrian air defences fired missiles to intercept the attack", "air defences
  confronted the hostile missiles" -- the strike's own story, not shelling;
* what was heard of it: "the sound of powerful explosions was heard across the capital", "explosions were heard in
  the area" -- the strike heard, not another blast;
* the fight an attack set off: "two ISIS members were also killed in the clashes that followed the attack", "in the
  ensuing clashes", "was injured during an exchange of fire with the cell members" (those told before) -- the attack's
  own dead and wounded.

* its other wounded: "Dozens of others were wounded, and rescuers were still pulling bodies from the rubble hours
  later" -- not someone else hurt at another time.

A sentence of this kind starts no incident unless it names a place or day of its own (checked by the caller).

* the monitor's earlier account of an incident whose toll has risen since: "SOHR had reported that nine soldiers were
  killed when ..." after "the death toll of the ambush has risen to 11", or "SOHR reported yesterday that four were
  killed" after a risen toll -- the same incident, its older figure.

* the monitor's earlier account opened by "Earlier," ("Earlier, SOHR reported that seven civilians lost
  their lives when ..."), after a toll said to have risen: the same incident's older toll.

* what the attackers or the other side did after it, with no dead or wounded of its own: "the cells
  withdrew towards the desert after the attack", "reinforcements arrived following the ambush" -- its only kind of
  event is the one told before, named back ("the attack"), whatever place the sentence names.

* one of its wounded who died: "a child succumbed to his wounds at a hospital in the area, hours after the
  explosion", after a blast that left people wounded -- its own dead, told later in the day, not another event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER, new_places
from observatory.extract.mention_sides import INJURED, KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

_ECHO = re.compile(
    r"\bair[\s-]defen[cs]es?\b|\banti-?aircraft\s+(?:defen[cs]es?|missiles?|guns?|batteries)\b|"
    r"\bsounds?\s+of\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?)\b|"
    r"\b(?:explosions?|blasts?)\s+(?:[\w-]+\s+){0,2}?(?:was|were|could\s+be)\s+heard\b|"
    r"\bheard\s+(?:[\w-]+\s+){0,3}?(?:explosions?|blasts?)\b|"
    r"\b(?:clashes|fighting|confrontations|firefights?|exchanges?\s+of\s+fire)\s+(?:that|which)\s+(?:had\s+)?"
    r"(?:followed|ensued\s+(?:after|from)|broke\s+out\s+after|erupted\s+after)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:attack|ambush|assault|raid|infiltration|explosion|blast|bombing)\b|"
    r"\b(?:the\s+)?(?:ensuing|subsequent|resulting)\s+(?:clashes|fighting|confrontations|firefights?|exchanges?\s+of\s+fire|battles?|gunfights?)\b|"
    r"\b(?:during|in)\s+(?:an?\s+|the\s+)?(?:exchanges?\s+of\s+fire|clash(?:es)?|fighting|firefights?|confrontations?)\s+with\s+"
    r"(?:the|these|those)\s+(?:[\w-]+\s+)?(?:cells?|members|attackers|gunmen|militants|assailants|suspects|wanted\s+men)\b",
    re.IGNORECASE)


#: "Dozens of others were wounded, and rescuers ... hours later": the wounded of the event told before it.
_OTHERS_HURT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?others\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:wounded|injured|hurt)\b"
                          r"(?![^.;]*\b(?:separate|elsewhere|another)\b)", re.IGNORECASE)


def echoes_event(text: str) -> bool:
    """The sentence tells of the defence against, the sound of, or the fight set off by the event told before it, or
    of its other wounded."""
    return _ECHO.search(text) is not None or _OTHERS_HURT.match(text) is not None


#: "SOHR had reported that nine soldiers were killed when ...": the monitor's earlier account, told in the past perfect.
#: A time of its own a week or more back: "last week", "last month", "two weeks ago" (round 71).
_OTHER_WEEK = re.compile(r"\blast\s+(?:week|month)\b|\b(?:weeks?|months?)\s+(?:ago|earlier|before)\b", re.IGNORECASE)
_HAD_REPORTED = re.compile(r"\s*[\"']?(?:The\s+)?(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|SOHR|Observatory|monitor|"
                           r"activists|sources)\s+(?:\(SOHR\)\s+)?had\s+(?:previously\s+|earlier\s+|already\s+|initially\s+|first\s+)?"
                           r"(?:reported|said|documented|announced|mentioned|noted)\b(?!\s+(?:on|in)\s+(?:the\s+)?\d)",
                           re.IGNORECASE)


#: "SOHR reported yesterday that four members were killed ...": the monitor's report of an earlier day.
_REPORTED_BEFORE = re.compile(r"\s*(?:(?:Earlier|Previously|Initially|At\s+first)\s*,?\s+)?(?:The\s+)?(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|SOHR|Observatory|monitor)\s+"
                              r"(?:had\s+)?(?:previously\s+|earlier\s+|already\s+|initially\s+|first\s+)?(?:reported|said|documented)\s+"
                              r"(?:(?:on\s+)?(?:yesterday|last\s+night|\w+day)(?:\s+(?:morning|evening|night))?\s+|earlier\s+)?that\b",
                              re.IGNORECASE)


_DEAD = re.compile(r"\b(?:killed|killing|dead|died|perished|lost\s+(?:their|his|her)\s+lives?)\b", re.IGNORECASE)


#: "raising the death toll of the blast to four", "the toll has risen to six", "two more died of their wounds".
_TOLD_RISE = re.compile(r"\btoll\b[^.;]{0,120}?\b(?:to|reached)\s+(?:\w+\s+)?\w+|\b(?:rose|risen|rises|raising|climbed)\s+"
                        r"(?:[^.;]{0,60}?\btoll\b|to\b)|\b(?:more|others?)\s+(?:[\w-]+\s+){0,2}?(?:succumbed|died\s+of)\b",
                        re.IGNORECASE)


def _risen(draft: Draft, work: str) -> bool:
    """The incident's toll has risen ("the death toll of the ambush has risen to six"), as its figures or its words
    tell."""
    return any(m.rose for m, _ in draft.counts.values()) or any(m.rose for m, _ in draft.generic) or \
        _TOLD_RISE.search(work, draft.start, draft.end) is not None


def earlier_account(draft: Draft, f: SentenceFacts, text: str, work: str = "") -> bool:
    """The monitor's earlier account of the incident told so far ("The death toll of the ambush has risen to 11 ...
    SOHR had reported that nine soldiers were killed when ..."): no day of its own (or, after a risen toll, the day of
    the first report: "SOHR reported yesterday that four were killed"), and no more dead of any side than the incident
    has by now."""
    if not (_HAD_REPORTED.match(text) and not f.dates or _REPORTED_BEFORE.match(text) and _risen(draft, work)):
        return False
    if _OTHER_WEEK.search(text) is not None:
        return False  # "SOHR had documented, last week, the killing of a shepherd ...": an event of another week
    told = {side: value for role, side, value in draft.figures() if role == KILLED}
    toll = max((m.value for m, _ in draft.generic if m.role == KILLED and not m.quantity.vague), default=-1)  # "risen to 11"
    killed = [m for m in f.mentions if m.role == KILLED and not m.quantity.vague]
    if not killed:  # its figures dropped as a restatement (casualty_rises): an account of dead, told again
        return _DEAD.search(text) is not None and (toll >= 0 or bool(told))
    if not told and toll < 0:
        return True  # "the toll has risen to nine", its figure read as no one's: the older account, fewer dead
    most = max([toll, *told.values()])  # dead of no named side: within the incident's largest toll
    return all((told.get(m.side, toll) if m.side not in (None, "unknown") else most) >= m.value
                                for m in killed)


#: The kind of event named back, after a word of time: "after the attack", "following this ambush", "since the raid".
_AFTER_THE_EVENT = re.compile(r"\b(?:after|following|since|during|in\s+the\s+wake\s+of|in\s+response\s+to)\s+(?:the|this|that)\s+"
                              r"(?:same\s+|[\w-]+\s+)?$", re.IGNORECASE)


def aftermath(text: str, hit: tuple[str, int, int] | None, counted: bool, dated: bool) -> bool:
    """A sentence with no figures or day of its own whose kind of event is only the event told before, named back after
    a word of time ("the cells withdrew towards the desert after the attack")."""
    if hit is None or counted or dated:
        return False
    return _AFTER_THE_EVENT.search(text, 0, hit[1]) is not None


#: "succumbed to his wounds", "died of their injuries": one wounded before who died since.
_DIED_OF_WOUNDS = re.compile(r"\bsuccumb(?:ed|s)?\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)\b|"
                             r"\bdied\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\b", re.IGNORECASE)
#: "hours after the explosion", "in the attack": the event told so far, named back.
_EVENT_BACK = re.compile(r"\b(?:after|in|during|from|by)\s+the\s+(?:explosion|blast|bombing|attack|strike|air\s?strike|"
                         r"shelling|clashes|ambush|raid)\b", re.IGNORECASE)


def died_of_its_wounds(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """A sentence whose only dead are one of the incident's wounded who died ("a child succumbed to his wounds ...,
    hours after the explosion"), after an incident that left people wounded, naming no place of its own and no event
    but the one told (named back, or none): that incident's dead, whatever time it tells."""
    dead = [m for m in f.mentions if m.parent is None]
    if not dead or any(m.role != KILLED for m in dead) or _DIED_OF_WOUNDS.search(text) is None:
        return False
    hurt = any(role == INJURED for role, _ in draft.counts) or any(role == INJURED for role, _ in draft.vague) or \
        any(m.role == INJURED for m, _ in draft.generic)
    if not hurt or new_places(draft, f) or ANOTHER.search(text):
        return False
    return f.type_hit is None or _EVENT_BACK.search(text) is not None
