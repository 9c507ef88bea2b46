"""Where one incident ends and the next begins.

Constructions handled:

* a roundup's sections labelled by province ("Homs: 14 civilians were killed ...", then "Idlib: 4 soldiers were
  killed ..."): the event under a new province's label is another incident, whatever the sentences share;
* gunfire or blasts only heard, by no one named, harming no one ("correspondents reported sporadic gunfire in the
  city": "stray bullets hit several houses"): no incident; so too raids that harmed no one, told
  for the arrests or deportations they made;
* one earlier event opened by when it took place ("Last month, a similar dispute in X left a man dead"): an incident,
  not a period total; "a similar dispute/incident" with no kind of its own is of the kind told before;
* a lead that counts several events together ("Turkish drone strikes killed nine people"), then tells them one by one
  ("one strike targeted ..., killing four", "Another strike ...", "a third strike ... killed three"): the first told
  is an incident of its own, and the lead, whose toll the incidents add up to, is no incident; so too a lead
  placed in no town ("pounded areas in the northwest, killing 11") whose toll the next incidents, each in a town of
  its own, add up to; so too a lead over several places ("the bombings that struck A and B killed 154")
  followed by incidents each in one of them; a part's dead told with no side yet ("..., killing five") count in
  the sum.

an earlier event told with its victims first ("Last month, three men were killed in a similar feud in X"),
and "similar strikes" or "similar raids": an incident of the kind told before; so too fire answered with no weapon
named ("responded by targeting their positions near X") after a bombardment. ("a similar explosion" or
"blast" after a mine is a mine.)

the incidents a lead counts lie in its section of a roundup ("Aleppo province: ...") and, where both name
the sides of their dead, share a side with it: a toll that equals the next tolls' sum by chance is no lead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.events_depot_blast import DEPOT_BLAST
from observatory.extract.incident_disaster import disaster_told
from observatory.extract.incident_lead_days import lead_days
from observatory.extract.incident_period_fight import span_of_fighting
from observatory.extract.numbers import number_words
from observatory.models import FIRE_FROM_AFAR

if TYPE_CHECKING:
    from datetime import date

    from observatory.extract.drafts import Draft
    from observatory.extract.text import Sentence


def new_section(draft: Draft, section: str | None, unit: Sentence) -> bool:
    """Whether a paragraph opens under another province's label than the incident being assembled stood under."""
    return unit.first_in_paragraph and section is not None and draft.section is not None and section != draft.section


#: Shooting or blasts only heard or reported as a background noise ("sporadic gunfire in the city", "the sound of
#: explosions was heard").
_NOISE = re.compile(r"\b(?:sporadic|intermittent|occasional|random|celebratory)\s+(?:gunfire|shooting|shots|explosions)\b|"
                    r"\bstray\s+(?:bullets?|shells?|rounds?|gunfire|fire|shots)\b|"
                    r"\b(?:sounds?|noise)\s+of\s+(?:heavy\s+)?(?:gunfire|shooting|shots|explosions?|blasts?)\b|"
                    r"\b(?:gunfire|shooting|shots|explosions?|blasts?)\s+(?:was|were|could\s+be)\s+heard\b", re.IGNORECASE)


def mere_noise(draft: Draft, work: str) -> bool:
    """An "incident" that is only gunfire or blasts heard, by no one named, harming no one; or raids told
    only for the arrests they made; or the causes of many deaths counted elsewhere, with no day and no
    figure ("most of the deaths resulted from landmines and gunfire"); or a place's story told by an earthquake, or fighting told only as a
    span ("after weeks of fighting")."""
    if disaster_told(draft, work):
        return True  # "X was among the worst-hit places in the earthquake, which killed hundreds": no conflict event
    if draft.counts or draft.generic or draft.vague or draft.type_hit is None:
        return False
    if span_of_fighting(draft, work):
        return True  # "a ceasefire came into force, after weeks of fighting": a span of many events, none told
    kind, start, end = draft.type_hit
    if kind == "attack" and _RAID.fullmatch(work, start, end) and _ARRESTS.search(work, draft.start, draft.end):
        cut = work.find("\n\n", draft.end)
        # "after raids on refugee gatherings, ... arrested 13 of them": a security campaign, no incident (unless its
        # paragraph goes on to tell of its dead)
        return _HARM.search(work, draft.start, cut if cut >= 0 else len(work)) is None
    if not draft.date and _CAUSES.search(work, draft.start, draft.end):
        return True  # "most of the deaths resulted from landmines and gunfire by unidentified gunmen": what killed many
    if draft.perpetrator is not None or kind == "other" and DEPOT_BLAST.search(work, draft.start, draft.end):
        return False  # ("a loud explosion was heard ... caused by the detonation of old munitions at a military site")
    return kind in ("attack", "other") and any(m.start() <= start < m.end() for m in _NOISE.finditer(work, draft.start, draft.end))


#: The causes of many deaths counted elsewhere ("most of the deaths resulted from landmines", "the majority of the
#: victims were killed by ...").
_CAUSES = re.compile(r"\b(?:most|many|some|all|half|the\s+majority|a\s+large\s+(?:number|share|part))\s+(?:of\s+(?:the\s+|these\s+|"
                     r"those\s+|its\s+|their\s+)?)?(?:deaths|victims|dead|casualties|fatalities)\b(?:\s+(?:at\s+the\s+hands\s+of|"
                     r"attributed\s+to|by|in)\s+[^,.;]{1,40}?)?\s+(?:(?:have|had)\s+)?(?:resulted\s+from|(?:were\s+)?(?:caused|killed)\s+by|"
                     r"(?:were\s+)?due\s+to|came\s+from|were\s+(?:the\s+)?(?:result|victims)\s+of)\b", re.IGNORECASE)
_HARM = re.compile(r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|casualties)\b", re.IGNORECASE)
#: Raids (the kind of event read from the word), and arrests or deportations they were made for.
_RAID = re.compile(r"raid(?:ed|s)?|stormed|storming", re.IGNORECASE)
_ARRESTS = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|detentions?|deport(?:ed|ing|ations?)?|round(?:ed)?[\s-]up|"
                      r"handed\s+over)\b", re.IGNORECASE)


#: "Last month, a similar dispute in X left a man dead", "Two weeks ago, an attack on a patrol near Y killed three
#: soldiers": one earlier event as the subject of a sentence opened by the time it took place.
_WHEN_EARLIER = (r"\s*(?:(?:Last|Early\s+last|Late\s+last|Earlier\s+this|Earlier\s+last)\s+(?:week|month|year)|"
                 r"(?:" + number_words("a", "several", r"a\s+few") + r"\s+)?(?:days?|weeks?|months?)\s+(?:ago|earlier)),?\s+")
_ONE_KIND = (r"(?:similar\s+|separate\s+|other\s+)?(?:[\w'-]+\s+){0,2}?(?:dispute|quarrel|feud|clash|fight|"
             r"incident|attack|ambush|raid|explosion|blast|bombing|strike|shooting|operation)\b")
_EARLIER_ONE = re.compile(_WHEN_EARLIER + r"(?:an?|one)\s+" + _ONE_KIND + r"(?P<rest>[^.;]*)", re.IGNORECASE)
#: What happened "when" the victims died, told across places ("in different parts of X", "in Idlib and Aleppo"): the
#: period's events, not one (tests/test_extract_review_r33.py).
_MANY_PLACES = (r"\b(?:different|various|several|multiple|separate|across)\b|\bparts\s+of\b|\bareas\b|"
                r"\bin\s+(?-i:(?:[A-Z][\w'-]+\s+){1,2}and\s+[A-Z])")
#: "Last month, three members of one family were killed in a similar feud in X": the victims first, then the event.
#: "Last month, two men were killed in crossfire when gunmen of A and B traded fire in X": the victims, then when
#: they died, told by what happened then.
_EARLIER_VICTIMS = re.compile(_WHEN_EARLIER + r"(?P<rest>[^.;]{1,80}?\b(?:were|was)\s+(?:killed|wounded|injured|shot\s+dead)\s+)"
                              r"(?:(?:in|during)\s+an?\s+" + _ONE_KIND + r"|(?:in\s+(?:the\s+)?cross-?\s?fire\s+)?when\s(?![^.;]*?(?:" + _MANY_PLACES + r")))",
                              re.IGNORECASE)
_TOLL_VERB = re.compile(r"\b(?:left|killed|claimed|wounded|injured|killing|wounding)\b", re.IGNORECASE)
_FEW = 10


def earlier_one_event(chunk: str) -> bool:
    """A sentence that tells one earlier event, opened by when it took place ("Last month, a similar dispute in X left
    a man dead"), with a small toll: an incident, not a period total."""
    m = _EARLIER_ONE.match(chunk) or _EARLIER_VICTIMS.match(chunk)
    if m is None or _TOLL_VERB.search(m.group("rest")) is None:
        return False
    return all(int(n) <= _FEW for n in re.findall(r"\b\d+\b", chunk))


#: "a similar dispute", "a similar incident": an event of the kind told before.
_SIMILAR = re.compile(r"\b(?:an?\s+)?similar\s+(?:[\w-]+\s+)?(?:dispute|quarrel|feud|incident|attacks?|event|strikes|raids|"
                      r"bombings|explosions?|blasts?|ambush|clash(?:es)?)\b", re.IGNORECASE)


def similar_span(text: str) -> tuple[int, int] | None:
    """The span (in ``text``) of "a similar <event>", whose kind is that of the incident told before, or None."""
    m = _SIMILAR.search(text)
    return (m.start(), m.end()) if m is not None else None


#: "responded by targeting their positions", "retaliated by striking the sources of fire": fire answered, its weapon
#: not named (not "responded by attacking the checkpoints": a ground assault, an attack; nor fire answered "with heavy
#: machine guns": direct fire, an attack).
_ANSWER = re.compile(r"\b(?:responded|retaliated|replied|reacted)\s+by\s+(?:targeting|striking|hitting|pounding)\b"
                     r"(?![^.;]*?\bwith\s+(?:[\w-]+\s+){0,2}?(?:machine[\s-]?guns?|sniper|rifles?|small\s+arms|light\s+weapons)\b)",
                     re.IGNORECASE)


def answer_span(text: str, kind_before: str, kind: str) -> tuple[int, int] | None:
    """The span (in ``text``) of "responded by targeting ...", whose weapon is not named (the sentence reads as a
    bare `attack`), after a bombardment: the answer is a bombardment of the kind told before; None otherwise."""
    if kind != "attack" or kind_before not in FIRE_FROM_AFAR:
        return None
    m = _ANSWER.search(text)
    return (m.start(), m.end()) if m is not None else None


#: "one strike targeted ...", "one of the raids hit ...", "the first attack struck ...": the first of the events a lead
#: counted together, told on its own.
_FIRST_ITEM = re.compile(r"(?:^|\bsaid\s+(?:that\s+)?|\badded\s+(?:that\s+)?|,\s*)\s*(?:one|the\s+first)\s+(?:of\s+the\s+)?"
                         r"(?:[\w-]+\s+)?(?:strikes?|airstrikes?|raids?|attacks?|explosions?|blasts?|bombings?)\b", re.IGNORECASE)
#: A lead's event named in the plural ("Turkish drone strikes killed nine", "a series of attacks").
_PLURAL_KIND = re.compile(r"(?:strikes|airstrikes|raids|attacks|bombings|explosions|blasts|ambushes)\b", re.IGNORECASE)


def _killed(draft: Draft) -> int:
    """The incident's dead: those of a named side and those told with no side yet ("..., killing five")."""
    return sum(m.value for (role, _), (m, _) in draft.counts.items() if role == "killed") + \
        sum(m.value for m, _ in draft.generic if m.role == "killed" and not m.quantity.vague)


def _plural_lead(draft: Draft, work: str) -> bool:
    """An incident placed in no town, its kind named in the plural, with a toll of two or more."""
    if draft.type_hit is None or any(not p.governorate for p in draft.places) or _killed(draft) < 2:
        return False
    return _PLURAL_KIND.search(work, draft.type_hit[1], draft.type_hit[2] + 2) is not None


def _wide_lead(draft: Draft, later: list[Draft], work: str, published: date | None) -> bool:
    """A lead placed in no town ("pounded opposition-held areas in the northwest on Friday, killing 11 civilians"),
    followed by incidents each in towns of their own and of its day or none (or of a second day it names: "on
    Thursday evening and Friday morning")."""
    if any(not p.governorate for p in draft.places) or _killed(draft) < 2 or len(later) < 2:
        return False
    days = lead_days(draft.date, work, draft.end, published) if draft.date is not None else set()
    return all(any(not p.governorate for p in d.places) and (d.date is None or draft.date is None or d.date.value in days)
               for d in later[:2])


def _places_lead(draft: Draft, later: list[Draft], work: str) -> bool:
    """A lead over several places, its kind named in the plural ("the bombings that struck A and B killed 154"),
    followed by incidents each in one of its places, together naming them all."""
    if draft.type_hit is None or _killed(draft) < 2 or len(later) < 2 or \
            _PLURAL_KIND.search(work, draft.type_hit[1], draft.type_hit[2] + 2) is None:
        return False
    named = {p.name.lower() for p in draft.places}
    if len(named) < 2:
        return False
    items = [{p.name.lower() for p in d.places} & named for d in later[:len(named)]]
    return all(items) and set().union(*items) == named


def first_item(draft: Draft, text: str, work: str) -> bool:
    """A sentence that tells the first of the events a lead counted together ("Turkish drone strikes killed nine",
    then "one strike targeted a checkpoint near X, killing four"): an incident of its own."""
    return _FIRST_ITEM.search(text) is not None and _plural_lead(draft, work)


#: A sentence opened by a month of a year, or a year ("In October 2021,", "Back in 2019,").
_YEAR_OPENING = re.compile(rf"\W*(?:Back\s+)?in\s+(?:(?:early|mid|late)[- ])?(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d\s*,", re.IGNORECASE)


def itemised_lead(draft: Draft, later: list[Draft], work: str, published: date | None = None) -> bool:
    """A lead whose toll is the sum of the tolls of the two or more incidents told right after it, one by one: the
    incidents are the details, the lead only their sum."""
    total = _killed(draft)
    if _YEAR_OPENING.match(work, draft.start) and later and later[0].date is not None:
        return False  # "In October 2021, a car bomb killed four people", then "On Sunday, ...": an earlier event recalled
    if not _plural_lead(draft, work) and not _wide_lead(draft, later, work, published) and \
            not _places_lead(draft, later, work):
        return False
    summed = 0
    for count, d in enumerate(later, start=1):
        if not _may_be_part(draft, d):
            return False
        summed += _killed(d)
        if summed >= total:
            return summed == total and count >= 2
    return False


def _sides_killed(draft: Draft) -> set[str]:
    return {side for (role, side), _ in draft.counts.items() if role == "killed"}


def _may_be_part(lead: Draft, d: Draft) -> bool:
    """Whether an incident told after a lead can be one of the events the lead counts: not under another province's
    label than the lead, and (when both name the sides of their dead) not of other sides only ("3 rebel fighters were killed in
    clashes in Aleppo", then "a woman and her son were killed in Douma": no part of it)."""
    if lead.section and d.section and lead.section != d.section:
        return False  # "Aleppo province: ..." then "Damascus countryside: ...": sections of a roundup
    sides, others = _sides_killed(lead) - {"unknown"}, _sides_killed(d) - {"unknown", "civilians"}
    return not sides or not others or bool(sides & others) or "civilians" in sides
