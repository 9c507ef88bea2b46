"""Cues that ``totals.TotalsBuilder`` reads in a sentence: whose dead a figure is not (a plain role, a mixed group, the
war's overall toll, a toll set abroad), stated zeros, the marks of one event told after a total, the side people
"who joined" another group take, and the people of a running total named by no side (moved out of ``totals`` to keep
it short). People "whose affiliation is unknown" are of no side (``unknown_who``); a kind of people
right after "including" that hangs under no figure is no total (``orphan_part``); "3 collaborators of Hezbollah, whose
nationality is unknown" are of the group named, not of side unknown (``joined_side``). "The war in Syria
has killed more than 500,000 people ... since it began" (no year) is the war's overall toll too (``WHOLE_WAR``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import Mention
from observatory.extract.events import event_type
from observatory.extract.gates import blank
from observatory.extract.numbers import CARDINAL_WORD, PLURAL_WORD, find_quantities
from observatory.extract.text import Sentence
from observatory.extract.totals_lines import by_party, has_active_clauses
from observatory.extract.totals_sentences import ONE_DAY, ONE_EVENT_MAX, POINT_IN_TIME

#: A person named by what they do or where they were, not by an armed group ("a driver", "two passengers").
PLAIN_ROLE = re.compile(r"\s*(?:[\w-]+\s+)?(?:drivers?|employees?|officials?|passengers?|occupants?|pedestrians?|passers-by|"
                         r"bystanders?|villagers?|locals)\b", re.IGNORECASE)

#: "eight fighters whose affiliation is unknown", "11 persons of unknown identity": of no side.
_UNKNOWN_WHO = re.compile(r"\s*(?:[\w-]+\s+){1,2}?(?:whose\s+(?:affiliation|identity|identities|affiliations)\s+(?:is|are|was|were|"
                          r"remains?)\s+(?:still\s+)?(?:unknown|not\s+known|unidentified)|of\s+(?:unknown|unidentified)\s+"
                          r"(?:affiliation|identity|identities))\b", re.IGNORECASE)


def unknown_who(work: str, m: Mention) -> bool:
    """Whether the figure's own words say whose side its people were is unknown."""
    return _UNKNOWN_WHO.match(work, m.quantity.end, m.group_end + 40) is not None


_PART_OPENING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def orphan_part(work: str, m: Mention) -> bool:
    """"; 31, including ten children, by landmines": a figure of a kind (children, women) right after
    "including" that hangs under no figure is a part of a figure the parser did not read, not a total of its own."""
    return m.label is not None and _PART_OPENING.search(work[max(0, m.quantity.start - 30):m.quantity.start]) is not None


WHOLE_WAR = re.compile(r"\b(?:civil\s+war|the\s+war|the\s+conflict|the\s+revolution|the\s+uprising)\b[^.]{0,40}\b(?:broke\s+out|began|"
                        r"started|erupted)|\bsince\s+(?:(?:March|mid-March)\s+)?2011\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+"
                        r"the\s+(?:war|conflict|revolution|uprising|civil\s+war|Syrian)|\bsince\s+(?:it|the\s+war|the\s+conflict)\s+"
                        r"(?:started|began|erupted|broke\s+out)\s+in\s+(?:(?:March|mid-March)\s+)?2011\b|"
                        r"\b(?=(?:the\s+war|the\s+conflict)\b[^.]{0,120}\bsince\s+it\s+(?:started|began|erupted|broke\s+out)\b)"
                        r"(?:the\s+war|the\s+conflict)\b", re.IGNORECASE)  # (only the subject is blanked, not the period after it)


#: A sentence set in Iraq ("... when the group overran Mosul in 2014 and killed thousands"), or the toll of a
#: decades-long campaign against Turkey ("In its 35-year terror campaign against Turkey, the PKK has been responsible for
#: the deaths of 40,000 people").
#: The dead of a natural disaster ("the Feb. 6 earthquake that killed more than 5,900 people", "the quake, which killed
#: 6,000 in Syria"): no toll of the conflict (round 64). Not "storms" ("ISIS storms a checkpoint, killing five").
DISASTER = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|floods|flooding)\b[^.;]{0,40}?\b(?:killed|killing|claimed|left)\b",
                      re.IGNORECASE)
ABROAD = re.compile(r"\bin\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|northern\s+|western\s+|southern\s+)?Iraq\b(?!i)|"
                    r"\b\d+-year\s+(?:terror\s+|armed\s+|insurgency\s+)?campaign\s+against\s+(?:Turkey|T\u00fcrkiye|Turkiye)\b")


def elsewhere_or_disaster(chunk: str) -> bool:
    """A toll set in Iraq (not naming Syria), or the dead of a natural disaster: no period total of the conflict."""
    return ABROAD.search(chunk) is not None and re.search(r"\bSyria", chunk) is None or DISASTER.search(chunk) is not None


#: A count read as injured by the adjective right after it ("40 injured people").
INJURED_AFTER = re.compile(r"\s*(?:injured|wounded)\b", re.IGNORECASE)


#: A group mixing armed men and civilians has no single side.
MIXED_GROUP = re.compile(r"\b(?:combatants|fighters|soldiers|members|militants)\b[^.;:]{0,40}?\b(?:and|,)\s+civilians\b|"
                          r"\bcivilians\b[^.;:]{0,40}?\b(?:and|,)\s+(?:combatants|fighters|soldiers|members|militants)\b", re.IGNORECASE)


AREA_OF = re.compile(r"\b(?:areas?|regions?|territor(?:y|ies))\s+(?:which\s+(?:is|are)\s+)?(?:controlled|held|run|administered)\s+by\s+"
                      r"(?:the\s+)?(?P<a>[^,.;()]{3,60})|(?P<b>\b[\w'-]+(?:\s+[\w'-]+)?)[\s-](?:held|controlled)\s+(?:areas|regions|territor)",
                      re.IGNORECASE)


#: A stated zero: "no fatalities among the regime forces", "without any losses in the ranks of ISIS", "ISIS suffered no losses".
ZERO = re.compile(
    r"\b(?:no|without\s+(?:any\s+)?)\s*(?:deaths|fatalities|casualties|losses|human\s+losses|dead)\s+(?:were\s+\w+\s+)?"
    r"(?:among|in\s+the\s+ranks\s+of|to|for|on\s+the\s+side\s+of)\s+(?:the\s+)?(?P<who>[^,.;]{2,50})|"
    r"\b(?P<whom>[A-Z][\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:suffered|sustained|had|reported)\s+no\s+(?:deaths|fatalities|casualties|losses)\b")


def outside(mentions: list[Mention], clauses: list[Sentence]) -> list[Mention]:
    """The mentions outside the given clauses (a breakdown goes with the figure it breaks down), parents re-indexed."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if m.parent is not None and m.parent in dropped or any(c.start <= m.quantity.start < c.end for c in clauses):
            dropped.add(i)
    index = {i: n for n, i in enumerate(i for i in range(len(mentions)) if i not in dropped)}
    return [m if m.parent is None else replace(m, parent=index.get(m.parent)) for i, m in enumerate(mentions) if i not in dropped]


#: A sentence that opens on one event after a period total ("In the latest attack", "On Friday", "Today").
LATEST_EVENT = re.compile(r"\s*(?:In\s+(?:the|its|their)\s+(?:latest|most\s+recent|last|newest|new)\s+(?:attack|strike|ambush|incident|"
                           r"escalation|operation|bombardment|raid)|(?:On|Early\s+on|Late\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)|Today|Yesterday|Earlier\s+today|Last\s+night|This\s+morning)\b", re.IGNORECASE)


#: One event as the subject of a killing verb ("the car bomb ... killed", "a massacre ... left").
ONE_EVENT_KILLED = re.compile(r"\b(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:car\s+bomb|bomb|explosion|blast|attack|airstrike|air\s+strike|"
                               r"bombing|massacre|ambush|shelling|suicide\s+attack)\b[^.;:]{0,60}?\b(?:killed|killing|left|leaving|"
                               r"claimed|wounded|injured)\b|\b(?:killed|died|dead)\s+(?:in|by)\s+(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?(?:car\s+bomb|bomb|explosion|"
                               r"blast|attack|airstrike|air\s+strike|bombing|massacre|ambush|suicide\s+attack)\b(?!s)", re.IGNORECASE)


PERIOD_WORD = re.compile(r"\b(?:since|so\s+far|until|during|throughout|total|overall|toll|number|past|last|this\s+(?:year|month)|"
                          r"(?:19|20)\d\d|months?|years?|weeks?)\b", re.IGNORECASE)


def title_case(chunk: str) -> bool:
    """A line set in title case ("69 Civilians, Including 16 Children, Killed in Syria in December"): a headline."""
    words = re.findall(r"\b[A-Za-z][a-z]{3,}\b", chunk)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


#: An appositive that ranks the event told within a period (", the last documented death of the year", ", the first
#: such killing this month"): the period is the rank's, not a span the toll is counted over.
_RANK_IN_PERIOD = re.compile(r",\s+(?:the|its)\s+(?:first|last|latest)\s+(?:documented\s+|recorded\s+|such\s+)?"
                             r"(?:death|killing|victim|fatality|casualty)\s+(?:documented\s+|recorded\s+)?"
                             r"(?:of|in|during|this)\s+(?:the\s+)?(?:year|month|week)\b", re.IGNORECASE)


def one_dated_event(chunk: str) -> bool:
    """"Two more civilians were killed on Tuesday when a mine exploded near X": one event of one day, with a small toll
    (also when an appositive ranks it in a period: "..., the last documented death of the year")."""
    if not ONE_DAY.search(chunk) or PERIOD_WORD.search(blank(_RANK_IN_PERIOD, blank(POINT_IN_TIME, chunk))):
        return False
    days = [(m.start(), m.end()) for m in ONE_DAY.finditer(chunk)]  # ("on December 28": a day, not a count)
    return (event_type(chunk) is not None or KILLING.search(chunk) is not None) and \
        all(q.value <= ONE_EVENT_MAX for q in find_quantities(chunk) if not re.fullmatch(r"(?:19|20)\d\d", q.text.strip())
            and not any(a <= q.start < b for a, b in days))


LEADING_COUNT = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?:at\s+least\s+|about\s+|more\s+than\s+|over\s+)?(?P<num>\d[\d,]*)\s+[a-zA-Z]")


def tally_line(chunk: str) -> bool:
    """"- 94 civilians, including 23 children, killed by shells fired by the factions": a line that opens on a count
    too large for one event and names no day is a line of statistics, whatever verb it uses; so is a line that splits
    its figures by killer in clauses of their own ("Syrian regime forces killed 14 civilians, ..., while ISIS killed
    eight civilians, all of them in the Badia, where its cells targeted shepherds": round 60)."""
    if ONE_DAY.search(chunk):
        return False
    m = LEADING_COUNT.match(chunk)
    if m is not None and int(m.group("num").replace(",", "")) > ONE_EVENT_MAX:
        return True
    return has_active_clauses(chunk, 0, len(chunk)) and len(by_party(chunk, 0, len(chunk))) >= 2


KILLING = re.compile(r"\b(?:killed|killing|shot\s+dead|executed|assassinated)\b", re.IGNORECASE)



#: "..., who had joined the regime's security services", "who reconciled and joined regime forces", "who settled their
#: status and enlisted in ...": the relative clause right after a figure's people.
_WHO_JOINED = re.compile(r"\s*,?\s*(?:who|that)\s+(?:had\s+|have\s+|later\s+)?(?:(?:reconciled|settled|signed|accepted|"
                         r"agreed|surrendered|defected)(?:\s+[\w'-]+){0,3}?\s+and\s+(?:then\s+|later\s+)?)?(?:joined|enlisted\s+in|collaborated\s+with|cooperated\s+with|"
                         r"worked\s+(?:for|with))\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?",
                         re.IGNORECASE)
#: (", and were not affiliated to any regime formation": a negated clause after the one joined ends it)
_CLAUSE_END = re.compile(r"[,;.:]|\b(?:and|but|without)\s+(?:\d|an?\b|" + CARDINAL_WORD + r"|did|not|never|"
                         r"(?:were|was|are|is|have|had|has)\s+(?:not|never)\b|(?:were|are)\s+no\s+longer)\b", re.IGNORECASE)


def joined_side(work: str, m: Mention, lexicon: ActorLexicon, on: date | None) -> str | None:
    """"15 ex-rebels who had joined the army's 5th Corps after the settlement": the side of the group the figure's
    people joined, told in the relative clause right after it; None where they joined no armed group ("who joined the
    settlement deal", "who joined the reconciliation")."""
    lead = _WHO_JOINED.match(work, m.group_end)
    if lead is None:
        return _nationality_unstated(work, m, lexicon, on)
    stop = _CLAUSE_END.search(work, lead.end(), min(len(work), lead.end() + 120))
    end = stop.start() if stop is not None else min(len(work), lead.end() + 120)
    found = [a for a in lexicon.find(work, lead.end(), end, on) if a.side not in ("civilians", "unknown")]
    return found[0].side if found else None


#: ", whose nationality is unknown", "of unknown nationality": only the nationality is not told.
_NATIONALITY_UNSTATED = re.compile(r"\s*,?\s*(?:whose\s+nationalit(?:y|ies)\s+(?:is|are|was|were|remains?)\s+(?:unknown|not\s+known|"
                                   r"unstated|unidentified)|of\s+(?:unknown|unidentified)\s+nationalit(?:y|ies))\b", re.IGNORECASE)


def _nationality_unstated(work: str, m: Mention, lexicon: ActorLexicon, on: date | None) -> str | None:
    """"3 collaborators of Lebanese Hezbollah, whose nationality is unknown": the side of the group the figure's words
    name; the unknown nationality makes them of no unknown side (SCHEMA: nationality unstated -> pro_iran_foreign)."""
    if m.side != "unknown" or _NATIONALITY_UNSTATED.match(work, m.group_end) is None:
        return None
    found = [a for a in lexicon.find(work, m.quantity.end, m.group_end, on) if a.side not in ("civilians", "unknown")]
    return found[0].side if found else None


#: "the number of members of the clan killed ... rises to 46": people counted by a running total, named by no side.
_COUNTED_PEOPLE = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:members|people|persons|men|individuals|tribesmen|"
                             r"residents|villagers|inhabitants)\b", re.IGNORECASE)


def counted_people(work: str, start: int, end: int) -> bool:
    """Whether work[start:end] (before a running total's figure) names the people it counts without a side."""
    return _COUNTED_PEOPLE.search(work, start, end) is not None


#: "..., in addition to five members of the NDF": a figure added to a total, dead like it.
_ADDED_FIGURE = re.compile(r"\b(?:in\s+addition\s+to|as\s+well\s+as|besides|plus)\s+(?:at\s+least\s+)?(?:\d|" + PLURAL_WORD + r"\b)", re.IGNORECASE)
_OTHER_FATE = re.compile(r"\b(?:wounded|injured|injuries|kidnapped|abducted|arrested|detained|missing|displaced|captured|"
                         r"survived|rescued)\b", re.IGNORECASE)


def added_dead(chunk: str) -> bool:
    """"..., in addition to five members of the NDF who guarded them": a figure added to a total and not said to have
    met another fate ("in addition to 18 others who were wounded")."""
    m = _ADDED_FIGURE.search(chunk)
    return m is not None and not _OTHER_FATE.search(chunk, m.end(), len(chunk))


#: "Here are further details of these deaths": the lines after tell the circumstances of the figure before.
DETAILS = re.compile(r"\b(?:further|more)\s+details\s+(?:of|on|about)\s+(?:the\s+)?(?:circumstances\s+of\s+)?(?:these|those|the|their)\s+"
                      r"(?:deaths|fatalities|killings|casualties)\b|\bthe\s+circumstances\s+of\s+(?:these|those|their)\s+(?:deaths|killings)\b",
                      re.IGNORECASE)
