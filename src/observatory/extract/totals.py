"""Period and running totals ("since 24 March 2019 ... 1,498 regime soldiers"), kept apart from incidents.

A sentence is a total when segment.is_total says so, less cues that date or count one event ("earlier this month",
"a total of 19 people", "In June, a car bomb killed ..."), plus joint tolls of several attacks ("killed during the
attacks") and the documented figures of a roundup that opens "divided as follows". Within totals:

* an overall figure of no side broken down by side ("73 persons, including one civilian"; "3,882 people: 1,505
  civilians, ...") gives its parts, not itself; an overall figure of no side equal to the sum of the lines after it is
  dropped; a figure of people broken down only by kind (women, children, men) stays one total of people;
* "combatants"/"military personnel" take the side whose areas the report's statistics cover ("areas controlled by the
  Autonomous Administration" -> sdf), else the side the block has named;
* a running total takes the side named between the previous figure and its own ("..., while the death toll of HTS
  fighters increased to 14");
* a stated zero ("left no fatalities among ISIS") is a total of zero;
* roundup lines beyond "Label: N" ("Civilians: 338, including 84 children", "Homs desert: 117" under a header naming the
  side, "Russian forces: three civilians" in a list by perpetrator) are read with ``totals_lines``; "88 by regime
  shelling" after a figure is a total of that figure's side with its perpetrator; "The dead included ..." after a
  total gives its parts. Calendar periods are in ``totals_periods``;
* "Region: N" pairs run on in one sentence ("distributed by region as follows: Homs desert: 71; Hama desert: 30") and a
  ranking by region ("Daraa saw the highest toll, with 24, followed by Aleppo with 19") are regional totals of the side
  the sentence names, else of the figure before; "Russian forces killed three civilians" in a block is a line by
  perpetrator; "Of them, 20 were killed by regime shelling" gives parts of the total before by perpetrator; a figureless
  sub-header ("Military and armed groups:") keeps the block open; a country-wide toll of one day is a total.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualties import KILLED, Mention, find_mentions, is_agent
from observatory.extract.dates import MONTH_NAMES, find_dates, period_bounds, period_start
from observatory.extract.events import event_type
from observatory.extract.incident_recall import recalled_toll
from observatory.extract.numbers import find_quantities
from observatory.extract.places import place_mentions
from observatory.extract.segment import INCIDENT_TOLL_RE, STATS_HEADER_RE, is_total
from observatory.extract.text import Sentence, run_on_clauses
from observatory.extract.totals_lines import (
    BREAKDOWN_OPENING,
    DAYS_OF_FIGHTING,
    active_doer,
    by_party,
    by_perpetrator,
    by_region,
    has_active_clauses,
    is_party_line,
    joined_at,
    label_tail,
    opens_list,
    other_parties,
    ranked_regions,
    region_pairs,
    subset_label,
)
from observatory.extract.totals_periods import Period, calendar_period, since_period
from observatory.extract.totals_sums import drop_sums
from observatory.models import CumulativeClaim, Qualifier, Report, Span

_REGION = re.compile(r"^\s*(?:[•\-*▪●◦·]\s*)?([A-Z][\w' -]{1,40}?)\s*:")
#: Tolls at least this large are read as period totals unless the sentence ties them to one attack.
LARGE_TOLL = 100
_CONTINUATION = re.compile(r"\s*(?:In\s+addition\b|As\s+well\s+as|Also|While|Besides|Moreover|Meanwhile|And|"
                           r"(?:Of|Among)\s+(?:them|these|those|this\s+(?:toll|number|total))\s*,)", re.IGNORECASE)
_LINE = re.compile(r"\s*[-–]?\s*(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An)\s+[^\n]{0,200}$")
_LABEL_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][^:\n–—]{2,200}?)(?::|\s+[–—-])\s*(?i:(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately)\s+)?(?P<num>\d[\d,]*)\s*"
                         r"(?:people|persons|fatalities|dead)?\s*\.?\s*$")
_REGION_LINE = re.compile(r"\s*[\w\"“”' -]{2,40}:\s*(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An)\b")
_LIST_HEADER = re.compile(r"\b(?:as\s+follows|distributed\s+(?:regionally\s+)?as|divided\s+as|regional\s+distribution)\b", re.IGNORECASE)
_DOCUMENTED = re.compile(r"\b(?:documented|recorded|registered)\s+(?:the\s+)?(?:killing|death|deaths|loss)\s+of\b", re.IGNORECASE)
_EVENT_VERB = re.compile(r"\b(?:attacked|targeted|shelled|struck|exploded|ambushed|bombed|fired|stormed|detonated|opened\s+fire)\b",
                         re.IGNORECASE)
_EVENT_COUNT = re.compile(r"\W*[\w\s'/-]{1,30}:\s*(?:\w+\s+){0,2}?(?:attacks?|operations?|murders?|crimes?|incidents?|explosions?|"
                          r"bombings?)\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.IGNORECASE)


def _drop_overall(mentions: list[Mention]) -> list[Mention]:
    """In a statistics header ("... left 57 persons dead; they are as follows:") the overall figure is not a total by side,
    but what it names by side ("including one civilian") is. An overall broken down only into subsets such as children
    and women ("17 dead, among them four children and three women") names no side below it: it stays a total."""
    dropped = {k for k in range(len(mentions)) if _dropped(mentions, k)}
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k in dropped:
            continue
        if m.parent is not None and m.parent in dropped:
            m = replace(m, parent=None)
        elif m.parent is not None:
            m = replace(m, parent=sum(1 for j in range(m.parent) if j not in dropped))
        out.append(m)
    return out


def _dropped(mentions: list[Mention], k: int) -> bool:
    m = mentions[k]
    if m.parent is not None or m.side not in (None, "unknown") or m.rose or m.side == "unknown" and m.actor not in (None, "People"):
        return False  # ("12 gunmen of the tribes": a group of no side label, not an overall figure)
    parts = [c for c in mentions if c.parent == k]
    return not parts or not all(c.label is not None for c in parts)


#: A person named by what they do or where they were, not by an armed group ("a driver", "two passengers").
_PLAIN_ROLE = re.compile(r"\s*(?:[\w-]+\s+)?(?:drivers?|employees?|officials?|passengers?|occupants?|pedestrians?|passers-by|"
                         r"bystanders?|villagers?|locals)\b", re.IGNORECASE)
_COMBATANTS = re.compile(r"\b(?:combatants?|fighters?|military\s+personnel|members?)\b", re.IGNORECASE)
_WHOLE_WAR = re.compile(r"\b(?:civil\s+war|the\s+war|the\s+conflict|the\s+revolution|the\s+uprising)\b[^.]{0,40}\b(?:broke\s+out|began|"
                        r"started|erupted)|\bsince\s+(?:(?:March|mid-March)\s+)?2011\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+"
                        r"the\s+(?:war|conflict|revolution|uprising|civil\s+war|Syrian)|\bsince\s+(?:it|the\s+war|the\s+conflict)\s+"
                        r"(?:started|began|erupted|broke\s+out)\s+in\s+(?:(?:March|mid-March)\s+)?2011\b", re.IGNORECASE)
#: A sentence set in Iraq ("... when the group overran Mosul in 2014 and killed thousands").
_ABROAD = re.compile(r"\bin\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|northern\s+|western\s+|southern\s+)?Iraq\b(?!i)")
_AREA_LABEL = re.compile(r"\b(?:areas?|held|controlled|region|desert|countryside|province|governorate|city|town|zone)\b", re.I)
_PEOPLE = ("civilians", "unknown")


def _sum_people(work: str, mentions: list[Mention], groups: frozenset[str]) -> list[Mention]:
    """A total given only as parts ("three oil workers, 9 herders and two other people") is their sum."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.parent is None and prev.parent is None and m.role == prev.role == KILLED
                and (m.side in _PEOPLE and prev.side in _PEOPLE and not _named_group(m, groups) and not _named_group(prev, groups)
                     or m.side == prev.side and m.side is not None)
                and not m.quantity.vague and not prev.quantity.vague
                and re.fullmatch(r"(?:(?:\s+[\w'-]+){0,6}\s*(?:,|and|,\s*and))?\s*", work[prev.group_end:m.quantity.start])
                and not any(c.parent is not None for c in mentions)):
            other = bool(re.search(r"\bothers?\b", work[m.group_start:m.group_end], re.IGNORECASE))
            side = prev.side if prev.side == m.side else "civilians" if prev.side == "civilians" and other else "unknown"
            q = prev.quantity
            out[-1] = replace(prev, side=side, quantity=replace(q, value=q.value + m.value, end=m.quantity.end), group_end=m.group_end)
            continue
        out.append(m)
    return out


def _named_group(m: Mention, groups: frozenset[str]) -> bool:
    """"15 tribesmen", "3 unknown gunmen": a group of no side label, not people to add to the civilians beside them."""
    return m.side == "unknown" and m.actor in groups


#: A count read as injured by the adjective right after it ("40 injured people").
_INJURED_AFTER = re.compile(r"\s*(?:injured|wounded)\b", re.IGNORECASE)
#: A group mixing armed men and civilians has no single side.
_MIXED_GROUP = re.compile(r"\b(?:combatants|fighters|soldiers|members|militants)\b[^.;:]{0,40}?\b(?:and|,)\s+civilians\b|"
                          r"\bcivilians\b[^.;:]{0,40}?\b(?:and|,)\s+(?:combatants|fighters|soldiers|members|militants)\b", re.IGNORECASE)
_AREA_OF = re.compile(r"\b(?:areas?|regions?|territor(?:y|ies))\s+(?:which\s+(?:is|are)\s+)?(?:controlled|held|run|administered)\s+by\s+"
                      r"(?:the\s+)?(?P<a>[^,.;()]{3,60})|(?P<b>\b[\w'-]+(?:\s+[\w'-]+)?)[\s-](?:held|controlled)\s+(?:areas|regions|territor)",
                      re.IGNORECASE)


#: A stated zero: "no fatalities among the regime forces", "without any losses in the ranks of ISIS", "ISIS suffered no losses".
_ZERO = re.compile(
    r"\b(?:no|without\s+(?:any\s+)?)\s*(?:deaths|fatalities|casualties|losses|human\s+losses|dead)\s+(?:were\s+\w+\s+)?"
    r"(?:among|in\s+the\s+ranks\s+of|to|for|on\s+the\s+side\s+of)\s+(?:the\s+)?(?P<who>[^,.;]{2,50})|"
    r"\b(?P<whom>[A-Z][\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:suffered|sustained|had|reported)\s+no\s+(?:deaths|fatalities|casualties|losses)\b")


def _promote_parts(work: str, mentions: list[Mention], sides: list[str | None]) -> tuple[list[Mention], list[str | None]]:
    """A figure of no side broken down by side ("73 persons, including one civilian"): an overall figure, whose parts are the
    totals; "87 fighters including 15 of the factions" (parts of one side): the whole takes that side."""
    out, out_sides = list(mentions), list(sides)
    for i in reversed(range(len(mentions))):  # parts of parts first
        m = mentions[i]
        if out_sides[i] not in (None, "unknown") or not _COMBATANTS.search(work, m.group_start, m.group_end):
            continue
        kinds = {out_sides[k] for k, c in enumerate(mentions) if c.parent == i and c.label is None} - {None, "unknown"}
        if len(kinds) == 1:
            out_sides[i] = kinds.pop()
            out[i] = replace(out[i], side=out_sides[i])
    for i, m in enumerate(mentions):
        if m.parent is not None or out_sides[i] not in (None, "unknown"):
            continue
        children = [k for k, c in enumerate(mentions) if c.parent == i]
        parts = [k for k in children if mentions[k].label is None and out_sides[k] not in (None, "unknown")]
        if any(mentions[k].label is not None for k in children) and sum(mentions[k].value for k in children) < m.value:
            parts = []  # "13 people ..., including seven women and a member of the Asayish": examples, not the split
        if not parts:
            kinds = {out_sides[k] for k in children}
            if out_sides[i] is None and children and kinds <= set(_PEOPLE):  # "60 dead: five children, 11 women and 44 men"
                out_sides[i] = "civilians" if kinds == {"civilians"} else "unknown"
            continue
        out_sides[i] = None
        for k in parts + [k for k in children if mentions[k].label is None and out_sides[k] == "unknown"]:
            out[k] = replace(out[k], parent=None)
    return out, out_sides


#: Phrases that look like period cues but date one event ("earlier this month") or count one ("a total of 19 people").
_POINT_IN_TIME = re.compile(r"\b(?:earlier|later|late|early)\s+(?:this|last|that)\s+(?:week|month|year)\b|\ba\s+total\s+of\b|"
                            r"\b(?:earlier|later)\s+in\s+(?:(?:19|20)\d\d|[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)\b", re.I)
#: An ordinal count of events ("the 40th assassination in Daraa this year"): its period cue counts events, not a toll.
_ORDINAL_EVENT = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+)?(?:attacks?|assassinations?|operations?|incidents?|killings?|"
                            r"crimes?|murders?|bombings?|explosions?|strikes?|raids?)\b[^,;]*", re.IGNORECASE)
#: Time-window cues; with one singular event in the sentence they date that event rather than bound a period.
_WINDOW = re.compile(r"\b(?:in|during|over|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:\d+|\w+)?\s*(?:hours|days|hour|day)\b|"
                     r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:" + MONTH_NAMES + r")(?:\s*,?\s*(?:19|20)\d\d)?\b|"
                     r"\b(?:this|last)\s+(?:week|month)\b", re.IGNORECASE)
_ONE_EVENT = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|explosion|blast|mine|landmine|bomb|airstrike|air\s?strike|"
                        r"strike|ambush|clash|raid|shell|IED|assault|drone)\b(?!s)", re.IGNORECASE)
#: One victim named as the toll ("In March, gunmen killed a shepherd and wounded three others"): one event.
_ONE_VICTIM = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|assassinated|assassinating|executed|executing)\s+(?:a|an|one)\s+"
                         r"(?!total\b|number\b)[\w-]+|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:was|has\s+been)\s+killed\b", re.IGNORECASE)
_MANY_EVENTS = re.compile(r"\b(?:attacks|bombings|explosions|airstrikes|air\s?strikes|strikes|ambushes|clashes|raids|operations|"
                          r"shells|battles|incidents)\b|\bseries\b|\bwave\b|\bsince\b|\bnumber\s+of\b|\btotal\b|\bso\s+far\b", re.I)
#: A joint toll of several attacks the text has told of ("two militants were killed during the attacks").
_JOINT_TOLL = re.compile(r"\b(?:during|in|by|from)\s+(?:the|these|those|both|all)\s+(?:two\s+|three\s+|several\s+|\w+\s+)?"
                         r"(?:attacks|bombings|ambushes|airstrikes|strikes|raids)\b", re.IGNORECASE)


#: A relative clause describing a group ("the Fourth Division, which has been in the province since 2017") dates the
#: group, not the figure.
_RELATIVE = re.compile(r",\s*(?:(?:which|who|whose)\s+(?!(?:were|was|have\s+been|had\s+been)\s+(?:killed|documented))|"
                       r"(?:deployed|stationed|based|present|positioned|operating|active|entrenched|established|founded|formed)\s+)"
                       r"[^,;.]{0,160}", re.IGNORECASE)


_TOLL_IN_CLAUSE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\b(?:number|toll|total|killed|dead|deaths?|fatalities|casualties|losses|rises?|rose|brings?|"
                             r"bringing|raising|raises?)\b", re.IGNORECASE)


#: "documented the deaths of 17 people across Syrian territory on Thursday": a country-wide toll, however short its day.
_NATIONWIDE = re.compile(r"\b(?:documented|recorded|registered|monitored)\s+(?:the\s+)?(?:deaths?|killing|loss)\s+of\s+[^.;:]{1,40}?\b"
                         r"(?:across|throughout|all\s+over|in\s+all\s+of)\s+(?:Syria\b|(?:the\s+)?Syrian\s+(?:territor|governorates|provinces)|"
                         r"the\s+country\b)", re.IGNORECASE)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def is_period_total(chunk: str) -> bool:
    """Whether a sentence gives a period or running total (segment.is_total, less cues that date or count one event)."""
    if _NATIONWIDE.search(chunk):
        return True  # a day's toll over the whole country sums many events
    text = _blank(_POINT_IN_TIME, chunk)
    text = _RELATIVE.sub(lambda m: m.group(0) if _TOLL_IN_CLAUSE.search(m.group(0)) else " " * len(m.group(0)), text)
    if not is_total(text):  # a joint toll of several attacks, of several days of fighting, or between two named days
        return (bool(_JOINT_TOLL.search(text) or DAYS_OF_FIGHTING.search(text)) or period_bounds(text) is not None) and \
            bool(_TOLL_NUMBER.search(text) or _RISEN_TO.search(text))
    # "In June, a car bomb killed over 30 people": one event, dated by a month, is not a period total
    tolls = _toll_clauses(text)
    if not tolls.strip():
        tolls = text  # no clause with a killed word ("lost 33 soldiers in a single airstrike"): the whole sentence
    if _ORDINAL_EVENT.search(text) and not is_total(_blank(_ORDINAL_EVENT, text)):
        return False  # "... shot dead a commander, the 40th assassination in Daraa this year"
    if (_ONE_EVENT.search(tolls) or _ONE_VICTIM.search(tolls)) and not _MANY_EVENTS.search(text) and not is_total(_blank(_WINDOW, text)):
        return False
    # "... on Monday, killing 4 soldiers, in the 25th attack since the beginning of the year": the period cue sits in a
    # clause with no toll of its own, and the toll belongs to an event of one day
    return not (_ONE_DAY.search(text) and not is_total(tolls))


#: A single day: "on Monday", "yesterday", "at dawn today", "on the 14th of April", "on April 14".
_ONE_DAY = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\btoday\b|\blast\s+night\b|"
                      r"\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTH_NAMES + r")\b|"
                      r"\bon\s+(?:" + MONTH_NAMES + r")\s+\d{1,2}\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,;:]+")
#: A period put before the main clause scopes the whole sentence ("Since the beginning of the month, drones have killed ...").
_FRONTED = re.compile(r"\s*(?:Since|During|Over|Throughout|Within|Between|From|In\s+the\s+(?:past|last|first)|So\s+far)\b")
_COUNT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,]*\b(?![a-z])|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b", re.IGNORECASE)
_ROLE_WORD = re.compile(r"\b(?:killed|killing|dead|died|deaths?|fatalities|toll|lives|injured|injuring|wounded|wounding)\b", re.IGNORECASE)


def _toll_clauses(text: str) -> str:
    """The clauses of a sentence that carry a toll (a count and a killed/injured word); the others blanked."""
    return _CLAUSE.sub(lambda m: m.group(0) if _COUNT.search(m.group(0)) and _ROLE_WORD.search(m.group(0))
                       or m.start() == 0 and _FRONTED.match(m.group(0)) else " " * len(m.group(0)), text)


_TOLL_NUMBER = re.compile(r"\b(?:killed|dead|died|killing|death|deaths|fatalities)\b", re.IGNORECASE)
_RISEN_TO = re.compile(r"\btoll\b[^.;]{0,120}\b(?:risen|rose|rises|climbed|reached)\s+to\s+\d", re.IGNORECASE)

#: Words that make a clause add up many events ("it rose to 280", "the toll", "these cells assassinating 81 civilians").
_TALLY_WORDS = re.compile(r"\b(?:rose|risen|rises|raising|reached|increased|climbed)\s+to\b|\btoll\b|\bnumber\s+of\b|\btotal\b|"
                          r"\b(?:these|those)\s+(?:cells|forces|attacks|gunmen|militias|factions)\b|\bsince\b|\bso\s+far\b", re.IGNORECASE)
_PLURAL_EVENT = re.compile(r"(?:attacks|ambushes|assassinations|bombings|operations|airstrikes|air\s?strikes|strikes|raids|explosions|"
                           r"shells|killings|executions|ing)$", re.IGNORECASE)
#: A figure above this in a clause makes the clause a tally, not one event's toll.
ONE_EVENT_MAX = 10


def incident_clause(work: str, clause: Sentence) -> bool:
    """Whether a clause of a long sentence tells of one event of its own, located by a named place or dated ("..., where
    gunmen shot a member of the SDF in the town of X, ..."), rather than adding up many. Its figures are that event's
    toll, not a period total, even when the sentence around it gives totals."""
    text = work[clause.start:clause.end]
    hit = event_type(text)
    if hit is None or is_period_total(text) or _TALLY_WORDS.search(text):
        return False
    if _PLURAL_EVENT.search(text[:hit[2]]):
        return False  # "these cells assassinating 81 civilians": a kind of event tallied
    if any(q.value > ONE_EVENT_MAX for q in find_quantities(text) if not re.fullmatch(r"(?:19|20)\d\d", q.text.strip())):
        return False
    located = any(p.governorate is None for p in place_mentions(work, clause.start, clause.end))
    return located or bool(find_dates(work, clause.start, clause.end, None))


def incident_clauses(work: str, sent: Sentence) -> list[Sentence]:
    """The clauses of a sentence of totals that tell of one event each (see ``incident_clause``): any part of a long run-on
    sentence, or a contrasting clause (", while a civilian was killed in X on Monday") after a shorter one's main clause."""
    parts = run_on_clauses(work, sent)
    if len(parts) < 2:  # a shorter sentence: only a contrasting clause after its main clause can be an event of its own
        parts = _contrast_clauses(work, sent)[1:]
    return [p for p in parts if incident_clause(work, p)] if len(parts) > 1 or parts and parts[0].start > sent.start else []


_CONTRAST_BREAK = re.compile(r"[,;]\s+(?=(?:while|whereas|where|meanwhile)\b)", re.IGNORECASE)


def _contrast_clauses(work: str, sent: Sentence) -> list[Sentence]:
    """A shorter sentence cut where a contrasting clause starts (", while a civilian was killed in X on Monday")."""
    cuts = [sent.start] + [m.end() for m in _CONTRAST_BREAK.finditer(work, sent.start, sent.end)] + [sent.end]
    return [Sentence(a, b, sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph and k == 0, k > 0)
            for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)) if b > a]


#: ", raising the death toll of ... to 76": the figure after it is a running total, what comes before it one event's toll.
_RAISING = re.compile(r",?\s+(?:thereby\s+|thus\s+|and\s+)?(?:raising|bringing|increasing|pushing|taking|which\s+(?:raises|raised|brings|brought|"
                      r"increases|increased|takes|took))\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:death\s+toll|toll|number|total|tally)\b",
                      re.IGNORECASE)


def event_before_toll(work: str, sent: Sentence) -> Sentence | None:
    """The part of a sentence that tells of one event before ", raising the death toll of ... since ... to N" (or None):
    "A regime soldier was killed by ISIS sniper fire in al-Sukhnah desert, raising the death toll ... to 76" -> the
    soldier's death, an incident; the 76 is the running total."""
    m = _RAISING.search(work, sent.start, sent.end)
    cut = m.start() if m is not None else _first_total_clause(work, sent)
    if cut is None or cut - sent.start < 20:
        return None
    part = Sentence(sent.start, cut, sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph)
    text = work[part.start:part.end]
    if is_period_total(text) or m is None and not _ONE_DAY.search(text):
        return None
    return part


_CLAUSE_START = re.compile(r"[,;]\s+")


def _first_total_clause(work: str, sent: Sentence) -> int | None:
    """Where the first clause that gives a total on its own starts ("..., adding that the number of militiamen killed in
    Israeli strikes this year rose to 120"), when an earlier clause comes before it."""
    starts = [m.end() for m in _CLAUSE_START.finditer(work, sent.start, sent.end)]
    for a, b in zip(starts, [*starts[1:], sent.end][:len(starts)], strict=True):
        if is_total(work[a:b]) and _ROLE_WORD.search(work, a, b) and _COUNT.search(work, a, b):
            return a
    return None


def _outside(mentions: list[Mention], clauses: list[Sentence]) -> list[Mention]:
    """The mentions outside the given clauses (a breakdown goes with the figure it breaks down), parents re-indexed."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if m.parent is not None and m.parent in dropped or any(c.start <= m.quantity.start < c.end for c in clauses):
            dropped.add(i)
    index = {i: n for n, i in enumerate(i for i in range(len(mentions)) if i not in dropped)}
    return [m if m.parent is None else replace(m, parent=index.get(m.parent)) for i, m in enumerate(mentions) if i not in dropped]


_BIG_NUMBER = re.compile(r"\d{3}|\bhundred\b|\bthousand\b", re.IGNORECASE)


#: A sentence that opens on one event after a period total ("In the latest attack", "On Friday", "Today").
_LATEST_EVENT = re.compile(r"\s*(?:In\s+(?:the|its|their)\s+(?:latest|most\s+recent|last|newest|new)\s+(?:attack|strike|ambush|incident|"
                           r"escalation|operation|bombardment|raid)|(?:On|Early\s+on|Late\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)|Today|Yesterday|Earlier\s+today|Last\s+night|This\s+morning)\b", re.IGNORECASE)
#: One event as the subject of a killing verb ("the car bomb ... killed", "a massacre ... left").
_ONE_EVENT_KILLED = re.compile(r"\b(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:car\s+bomb|bomb|explosion|blast|attack|airstrike|air\s+strike|"
                               r"bombing|massacre|ambush|shelling|suicide\s+attack)\b[^.;:]{0,60}?\b(?:killed|killing|left|leaving|"
                               r"claimed|wounded|injured)\b|\b(?:killed|died|dead)\s+(?:in|by)\s+(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?(?:car\s+bomb|bomb|explosion|"
                               r"blast|attack|airstrike|air\s+strike|bombing|massacre|ambush|suicide\s+attack)\b(?!s)", re.IGNORECASE)
_PERIOD_WORD = re.compile(r"\b(?:since|so\s+far|until|during|throughout|total|overall|toll|number|past|last|this\s+(?:year|month)|"
                          r"(?:19|20)\d\d|months?|years?|weeks?)\b", re.IGNORECASE)


#: A list header that names a calendar year as its period ("... distribution of attacks in 2023:").
_DETAILS = re.compile(r"\b(?:further|more)\s+details\s+(?:of|on|about)\s+(?:the\s+)?(?:circumstances\s+of\s+)?(?:these|those|the|their)\s+"
                      r"(?:deaths|fatalities|killings|casualties)\b|\bthe\s+circumstances\s+of\s+(?:these|those|their)\s+(?:deaths|killings)\b",
                      re.IGNORECASE)
_SUBHEADER = re.compile(r"\s*[A-Z][^\d:.\n]{2,60}:\s*")
_YEAR_HEADER = re.compile(r"\b(?:in|during|for|throughout)\s+((?:19|20)\d\d)\s*:\s*$", re.IGNORECASE)


class TotalsBuilder:
    """Consumes the sentences that carry period totals and turns them into CumulativeClaims."""

    def __init__(self, report: Report, report_id: str, work: str, lexicon: ActorLexicon) -> None:
        self.report = report
        self.report_id = report_id
        self.work = work
        self.lexicon = lexicon
        self._claims: list[CumulativeClaim] = []
        self._seen: set[tuple[str, int, str]] = set()
        self._in_stats = False
        self._since: tuple[date | None, str | None] = (None, None)
        self._until: tuple[date | None, str | None] = (None, None)
        self._paragraph = -1
        self._index = -1
        self._fighters: str | None = None  # the armed side the report's statistics are about ("combatants" lines)
        self._fighters_n = 0
        self._last_total = -2
        self._area_side: str | None = None  # the armed side whose areas the report's statistics cover
        self._details = False  # the lines that follow tell the circumstances of the figure before ("Here are further details")
        self._roundup = False  # the report opens with a figure "divided as follows": its documented figures are its parts
        self._header_side: str | None = None  # the side a figureless list header names ("the toll of regime forces ... as follows:")
        self._by_perpetrator = False  # the open list gives the dead by who killed them ("according to the perpetrator parties:")
        # the period of a figureless total sentence, for the figures of the next ones: (sentence index, period)
        self._carry: tuple[int, tuple[tuple[date | None, str | None], tuple[date | None, str | None]] | None] | None = None

    def take(self, sent: Sentence, chunk: str) -> bool:
        """True when the sentence is a total (or a line of a statistics block) and has been consumed."""
        self._index += 1
        self._note_area(sent)
        if sent.bullet and self._details:
            return True  # a line of "further details of these deaths": a part of the total before, not one of its own
        self._details = bool(_DETAILS.search(chunk))
        taken = self._take(sent, chunk)
        if taken:
            self._last_total = self._index
        return taken

    def _take(self, sent: Sentence, chunk: str) -> bool:
        if self._in_stats and (_LABEL_LINE.match(chunk) or label_tail(self.work, sent.start, sent.end)) and self.take_label(sent, chunk):
            self._paragraph = sent.paragraph  # what the line's paragraph goes on to say is of the block
            return True
        line = (sent.bullet or bool(_LINE.match(chunk)) or bool(_REGION_LINE.match(chunk)) or is_party_line(chunk)
                or self._in_stats and active_doer(self.work, sent.start, sent.end) is not None)
        if sent.first_in_paragraph and not line and sent.paragraph != self._paragraph and not _SUBHEADER.fullmatch(chunk):
            self._in_stats = False  # ("Military and armed groups:" inside the block heads its next lines: the block goes on)
        if self._index <= 3 and _LIST_HEADER.search(chunk) and _DOCUMENTED.search(chunk):
            self._roundup = True  # "the network recorded 1,140 deaths over the month, divided as follows:"
        total = (is_period_total(chunk) or bool(_LIST_HEADER.search(chunk))
                 or self._roundup and bool(_DOCUMENTED.search(chunk))) or self._continues(sent, chunk) or self._large(sent, chunk)
        in_block = self._in_stats and (line or sent.paragraph == self._paragraph or chunk.rstrip().endswith(":"))
        if (total or in_block or self._claims) and self._region_pairs(sent, chunk):
            return True
        if not total and not in_block:
            return False
        if not total and line and _EVENT_VERB.search(chunk) and not _EVENT_COUNT.match(chunk):
            return False  # a bullet that describes one attack is an incident, not a line of statistics
        if not total and not line and _LATEST_EVENT.match(chunk) and _EVENT_VERB.search(chunk):
            return False  # "In the latest attack, ISIS members ambushed ...": one event after a total, not a part of it
        in_block = in_block and line
        parts_of_before = self._continues(sent, chunk) and bool(BREAKDOWN_OPENING.match(chunk))  # "The dead included ..."
        mentions = find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published,
                                 default_role=KILLED if in_block or parts_of_before else None, title_sides=False)
        if not in_block:
            mentions = _outside(mentions, incident_clauses(self.work, sent))  # one event told inside a sentence of totals
        event = None if in_block else event_before_toll(self.work, sent) or recalled_toll(self.work, sent)
        if event is not None:
            mentions = _outside(mentions, [event])  # "A soldier was killed ..., raising the death toll ... to 76"
        header = bool(STATS_HEADER_RE.search(chunk)) or "statistic" in chunk.lower()
        if header:
            self._open_list(sent, chunk, mentions)
            mentions = _drop_overall(mentions)
        if total and not header and all(m.quantity.vague for m in mentions) and not _ZERO.search(chunk):
            self._carry = (self._index, self._period_of(chunk))  # "the number of attacks since early 2023 rose to 11"
            self._open_list(sent, chunk, mentions)
            return False  # no figure to keep as a total ("tens of members were killed" in an account of attacks)
        self._set_period(self._period_text(sent, chunk), total and not sent.bullet and not self._continues(sent, chunk))
        if header or total and not sent.bullet:
            self._in_stats = True
            self._paragraph = sent.paragraph
        self._add(sent, chunk, mentions)
        return True

    def _set_period(self, chunk: str, new_block: bool) -> None:
        """The period a total covers: this sentence's ("since ...", "between ... and ..."), else the one a figureless
        sentence just before gave ("... since January has reached 8. These attacks left 9 fatalities"), else
        the block's."""
        period = self._period_of(chunk)
        if period is not None:
            self._since, self._until = period
        elif self._carry is not None and self._carry[0] >= self._index - 2 and self._carry[1] is not None:
            self._since, self._until = self._carry[1]
        elif new_block and not self._in_stats and not (self._last_total == self._index - 1 and _LIST_HEADER.search(chunk)):
            self._since, self._until = (None, None), (None, None)  # ("The fatalities are distributed as follows:" continues)
        self._carry = None

    def _period_of(self, chunk: str) -> Period | None:
        bounds = period_bounds(chunk)
        if bounds is not None:
            return (bounds[0], bounds[2]), (bounds[1], bounds[2])
        since = period_start(chunk)
        if since != (None, None):
            return since_period(chunk, since, self.report.published)
        year = _YEAR_HEADER.search(chunk)  # "The attacks of 2022 by province:"
        if year:
            return (date(int(year.group(1)), 1, 1), year.group(0)), (None, None)
        return calendar_period(chunk, self.report.published)

    def _period_text(self, sent: Sentence, chunk: str) -> str:
        """The sentence with the clauses of a run-on sentence that carry no toll blanked (a curfew "between the 23rd of
        April and the 3rd of May" inside a sentence of totals is not their period)."""
        parts = run_on_clauses(self.work, sent)
        if len(parts) < 2:
            return chunk
        out = list(chunk)
        for k, p in enumerate(parts):
            text = self.work[p.start:p.end]
            if k > 0 and not (_COUNT.search(text) and _ROLE_WORD.search(text)):
                out[p.start - sent.start:p.end - sent.start] = " " * (p.end - p.start)
        return "".join(out)

    def _continues(self, sent: Sentence, chunk: str) -> bool:
        """"In addition to 37 members ..." right after a total continues it."""
        return self._last_total == self._index - 1 and bool(_CONTINUATION.match(chunk) or BREAKDOWN_OPENING.match(chunk))

    def _large(self, sent: Sentence, chunk: str) -> bool:
        """A toll of 100 or more of one side outside an incident's own toll phrase is a period figure."""
        if not _BIG_NUMBER.search(chunk) or INCIDENT_TOLL_RE.search(chunk):
            return False
        if _ONE_EVENT_KILLED.search(chunk) and not _PERIOD_WORD.search(_blank(_POINT_IN_TIME, chunk)):
            return False  # "The car bomb in Afrin killed 105 people": one event's toll, however large
        mentions = find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published)
        return any(m.value >= LARGE_TOLL and not m.quantity.vague for m in mentions)

    def _open_list(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> None:
        """A list header ("The toll is distributed as follows:") opens a block of lines; the side a figureless one names
        ("By region, the toll of regime forces is ...") is the side of its regional lines."""
        if not opens_list(chunk, bool(_LIST_HEADER.search(chunk))):
            return
        self._in_stats, self._paragraph = True, sent.paragraph
        self._by_perpetrator = by_perpetrator(chunk)
        found = [a for a in self.lexicon.find(self.work, sent.start, sent.end, self.report.published)
                 if a.alias.lower() not in GENERIC_ALIASES and a.side != "unknown"]
        self._header_side = found[0].side if found and all(m.quantity.vague for m in mentions) else None

    def take_label(self, sent: Sentence, chunk: str) -> bool:
        """A short "Label: N" line of a statistics block ("The regime forces: 47"); the label names the side, or the
        line is a region of the side its header named ("Homs desert: 117"). "Label: N, including ..." gives the parts."""
        m = _LABEL_LINE.match(chunk)
        tail = label_tail(self.work, sent.start, sent.end) if m is None else None
        if self._in_stats and m is None and tail is None and sent.heading and _REGION_LINE.match(chunk):
            return self.take(sent, chunk)  # "Homs desert: 30 soldiers and 5 civilians" set as a line of its own
        if not self._in_stats or m is None and tail is None:
            return False
        label = (sent.start + m.start("label"), sent.start + m.end("label")) if m is not None else tail.label if tail else (0, 0)
        num = (sent.start + m.start("num"), sent.start + m.end("num")) if m is not None else tail.number if tail else (0, 0)
        side, region = self._label_side(*label), None
        name = self.work[label[0]:label[1]].strip()
        kind = subset_label(name)
        if kind is not None and self._claims and self._claims[-1].side in ("civilians", "regime"):
            last = self._claims[-1]  # "Children: 50" under "Civilians: 200": a part of the line before
            self._claims[-1] = replace(last, of_which=(*last.of_which, (kind, int(self.work[num[0]:num[1]].replace(",", "")))))
            return True
        if side is None and self._header_side is not None and not other_parties(name):
            side, region = self._header_side, re.sub(r"^[•\-*▪●◦·]\s*", "", name)
        perpetrator = None
        victim = self._header_side or (self._claims[-1].side if self._claims else None)
        if self._by_perpetrator and region is None and victim is not None and victim != side:
            # "Russian forces: 5" in a list of civilians by perpetrator ("Other parties: 30": of no named side)
            side, perpetrator = victim, side or ("unknown" if other_parties(name) else None)
        if side is None or perpetrator is None and self._by_perpetrator and other_parties(name):
            return False
        value = int(self.work[num[0]:num[1]].replace(",", ""))
        parts: list[Mention] = []
        if tail is not None:
            parts = [c for c in find_mentions(self.work, tail.tail[0], tail.tail[1], self.lexicon, self.report.published,
                                              default_role=KILLED, title_sides=False) if not c.quantity.vague]
        of_which = tuple((c.label or c.side or "unknown", c.value) for c in parts) if tail is not None and tail.parts else ()
        self._claim(side, value, Span(*num), region=region, of_which=of_which, perpetrator=perpetrator)
        for c in parts if tail is not None and not tail.parts else []:  # "..., as well as 7 Turkish soldiers"
            if c.parent is None and c.side is not None:
                self._claim(c.side, c.value, Span(c.quantity.start, c.group_end))
        return True

    def _claim(self, side: str, value: int, span: Span, region: str | None = None, of_which: tuple[tuple[str, int], ...] = (),
               perpetrator: str | None = None) -> None:
        (since, since_text), (until, until_text) = self._since, self._until
        self._claims.append(CumulativeClaim(
            report_id=self.report_id, side=side, killed=value, since=since, until=until, of_which=of_which, span=span,
            region=region, perpetrator=perpetrator, since_text=since_text, until_text=until_text,
        ))

    def _label_side(self, start: int, end: int) -> str | None:
        if _AREA_LABEL.search(self.work[start:end]):
            return None  # "Regime-controlled areas:" names a region, not the side of the dead
        found = self.lexicon.find(self.work, start, end, self.report.published)
        actors = [a for a in found if a.alias.lower() not in GENERIC_ALIASES] or found
        if not actors:
            return None
        if "non-syrian" in self.work[start:end].lower() and actors[0].side in ("regime", "pro_iran_foreign"):
            return "pro_iran_foreign"  # "pro-regime gunmen of foreign nationalities"
        joined = joined_at(self.work, start, end)  # "Former fighters who joined the regime after the settlement"
        later = [a for a in actors if joined is not None and a.start >= joined]
        return later[0].side if later else actors[0].side

    def _add(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> None:
        if _WHOLE_WAR.search(chunk) or _ABROAD.search(chunk) and not re.search(r"\bSyria", chunk):
            return  # the war's overall toll, or a toll set in Iraq, is background, not a period total of this report
        self._add_zeros(sent)
        party_line = is_party_line(chunk)
        region_m = _REGION.match(chunk) if sent.bullet or _REGION_LINE.match(chunk) or party_line else None
        region = region_m.group(1) if region_m else None
        perpetrator = None
        if region_m is not None:
            label_side = self._label_side(sent.start + region_m.start(1), sent.start + region_m.end(1))
            if label_side is not None:
                region = None
                first = next((i for i, m in enumerate(mentions) if m.parent is None), None)
                if first is not None and mentions[first].side in (None, "unknown"):
                    mentions = list(mentions)
                    mentions[first] = replace(mentions[first], side=label_side)
                elif first is not None and party_line and mentions[first].side != label_side:
                    perpetrator = label_side  # "Russian forces: three civilians": a line of a list by perpetrator
            elif party_line or other_parties(region or ""):
                region = None  # "Other parties: 57 civilians" names neither a side nor a region
        perpetrator = perpetrator or self._active_doer(sent)
        groups = frozenset(a.name for a in self.lexicon.actors if a.side == "unknown" and a.name != "People")
        mentions = _sum_people(self.work, mentions, groups)
        sides = [self._top_side(sent, mentions, i) if m.parent is None or mentions[m.parent].side in (None, "unknown") and m.label is None
                 else m.side for i, m in enumerate(mentions)]
        mentions, sides = _promote_parts(self.work, mentions, sides)
        before = len(self._claims)
        for i, m in enumerate(mentions):
            if m.parent is not None or m.role != KILLED or m.quantity.vague:
                continue
            if _INJURED_AFTER.match(self.work, m.quantity.end) or self._mixed(m):
                continue  # "88 injured civilians", "N combatants and civilians": not a killed figure of one side
            side = sides[i]
            if side not in (None, "isis", "civilians", "unknown") and self._in_stats and m.value > self._fighters_n:
                self._fighters, self._fighters_n = side, m.value
            if side is None:
                continue
            key = (side, m.value, chunk if not (sent.bullet or self._in_stats) else f"{sent.start}")
            if key in self._seen:
                continue
            self._seen.add(key)
            of_which = tuple((c.label or c.side or "unknown", c.value) for c in mentions if c.parent == i and not c.quantity.vague)
            (since, since_text), (until, until_text) = self._clause_period(sent, m)
            qualifier = Qualifier.AT_LEAST if m.quantity.qualifier is Qualifier.EXACT else m.quantity.qualifier
            self._claims.append(CumulativeClaim(
                report_id=self.report_id, side=side, killed=m.value, since=since, until=until,
                of_which=of_which, span=Span(m.quantity.start, m.group_end), qualifier=qualifier,
                region=region, perpetrator=perpetrator, since_text=since_text, until_text=until_text,
            ))
        self._add_by_party(sent, mentions, sides, before)
        self._add_by_region(sent, mentions, sides, before)

    def _add_by_region(self, sent: Sentence, mentions: list[Mention], sides: list[str | None], before: int) -> None:
        """"By region, 117 of them were killed in the Homs desert, 98 in the Deir ez-Zor desert ...": regional totals of
        the side of the figure they follow."""
        for hit in by_region(self.work, sent.start, sent.end):
            region = self.work[hit.by[0]:hit.by[1]]
            own = next((k for k in range(before, len(self._claims)) if (span := self._claims[k].span) and span.start == hit.start), None)
            if own is not None:
                self._claims[own] = replace(self._claims[own], region=region)
                continue
            side = next((sides[i] for i in reversed(range(len(mentions))) if mentions[i].quantity.end <= hit.start
                         and not mentions[i].quantity.vague and sides[i] is not None), None) or self._last_side()
            if side is not None and (side, hit.value, f"{hit.start}") not in self._seen:
                self._seen.add((side, hit.value, f"{hit.start}"))
                self._claim(side, hit.value, Span(hit.start, hit.end), region=region)

    def _region_pairs(self, sent: Sentence, chunk: str) -> bool:
        """"Regime losses were distributed by region as follows: Homs desert: 71; Hama desert: 30": regional totals of
        the side the sentence names before its pairs, else of the figure before."""
        pairs = [p for p in region_pairs(self.work, sent.start, sent.end) if self._label_side(*p.by) is None]
        ranked = [] if pairs else [p for p in ranked_regions(self.work, sent.start, sent.end) if self._label_side(*p.by) is None]
        pairs = pairs or (ranked if len(ranked) >= 2 else [])
        if not pairs:
            return False
        named = [a for a in self.lexicon.find(self.work, sent.start, sent.end if ranked else pairs[0].by[0], self.report.published)
                 if a.alias.lower() not in GENERIC_ALIASES and a.side != "unknown" and not any(p.by[0] <= a.start < p.by[1] for p in pairs)]
        side = named[0].side if named else self._header_side or self._last_side()
        if side is None:
            return False
        self._set_period(chunk, False)
        self._in_stats, self._paragraph, self._header_side = True, sent.paragraph, side  # the lines after go on the list
        for p in pairs:
            if (side, p.value, f"{p.start}") not in self._seen:
                self._seen.add((side, p.value, f"{p.start}"))
                self._claim(side, p.value, Span(p.start, p.end), region=self.work[p.by[0]:p.by[1]])
        return True

    def _active_doer(self, sent: Sentence) -> str | None:
        """"Russian forces killed three civilians" in a statistics block: the side of the subject is who killed them."""
        doer = active_doer(self.work, sent.start, sent.end) if self._in_stats else None
        if doer is not None and has_active_clauses(self.work, sent.start, sent.end):
            return None  # several killers in one sentence: each figure's own, read by ``by_party``
        if doer is None or other_parties(self.work[doer[0]:doer[1]]):
            return None  # "Other parties killed 49 civilians": of no named side
        found = [a for a in self.lexicon.find(self.work, *doer, self.report.published) if a.side != "civilians"]
        return found[0].side if found else None

    def _last_side(self) -> str | None:
        return self._claims[-1].side if self._claims else None

    def _add_by_party(self, sent: Sentence, mentions: list[Mention], sides: list[str | None], before: int) -> None:
        """"129 civilians were killed by Russian airstrikes, 88 by regime shelling and 7 by SDF fire": each figure is a
        total of the side of the figure it follows, killed by the side named after "by"."""
        for hit in by_party(self.work, sent.start, sent.end):
            found = [a for a in self.lexicon.find(self.work, hit.by[0], hit.by[1], self.report.published)
                     if a.side not in ("civilians", "unknown")]
            perpetrator = found[0].side if found else None
            own = next((k for k in range(before, len(self._claims)) if (span := self._claims[k].span) and span.start == hit.start), None)
            if own is not None:
                self._claims[own] = replace(self._claims[own], perpetrator=perpetrator)
                continue
            side = next((sides[i] for i in reversed(range(len(mentions))) if mentions[i].quantity.end <= hit.start
                         and not mentions[i].quantity.vague and sides[i] is not None), None)
            if side is None and self._continues(sent, self.work[sent.start:sent.end]):
                side = self._last_side()  # "Of them, 20 were killed by regime shelling, 15 by ...": parts of the total before
            if side is not None and (side, hit.value, f"{hit.start}") not in self._seen:
                self._seen.add((side, hit.value, f"{hit.start}"))
                (since, since_text), (until, until_text) = self._since, self._until
                self._claims.append(CumulativeClaim(
                    report_id=self.report_id, side=side, killed=hit.value, since=since, until=until, span=Span(hit.start, hit.end),
                    perpetrator=perpetrator, since_text=since_text, until_text=until_text))

    def _clause_period(self, sent: Sentence, m: Mention) -> Period:
        """The period of the clause that holds the figure, where it names its own ("killed 9 in the past 24 hours, bringing
        the number killed since the start of the year to 205": 9 is a figure of the 24 hours), else the sentence's."""
        at = m.quantity.start - sent.start
        chunk = self.work[sent.start:sent.end]
        lo = max(chunk.rfind(",", 0, at), chunk.rfind(";", 0, at)) + 1
        hi = min((k for k in (chunk.find(",", at), chunk.find(";", at)) if k >= 0), default=len(chunk))
        own = self._period_of(chunk[lo:hi]) if lo > 0 or hi < len(chunk) else None
        return own if own is not None else (self._since, self._until)

    def _add_zeros(self, sent: Sentence) -> None:
        """"... left no fatalities among ISIS": a total of zero, when the text states it for a side."""
        for hit in _ZERO.finditer(self.work, sent.start, sent.end):
            name = "who" if hit.group("who") else "whom"
            found = [a for a in self.lexicon.find(self.work, hit.start(name), hit.end(name), self.report.published)
                     if a.side != "unknown"]
            if not found:
                continue
            (since, since_text), (until, until_text) = self._since, self._until
            key = (found[0].side, 0, f"{sent.start}")
            if key in self._seen:
                continue
            self._seen.add(key)
            self._claims.append(CumulativeClaim(
                report_id=self.report_id, side=found[0].side, killed=0, since=since, until=until,
                span=Span(hit.start(), hit.end()), since_text=since_text, until_text=until_text))

    def _mixed(self, m: Mention) -> bool:
        """"280 fighters, civilians, oil workers and officials": a group of several kinds has no single side."""
        stop = next((q.start for q in find_quantities(self.work[m.quantity.end:m.group_end + 80], m.quantity.end)), m.group_end + 80)
        return bool(_MIXED_GROUP.search(self.work, m.quantity.end, min(stop, m.group_end + 80)))

    def _top_side(self, sent: Sentence, mentions: list[Mention], i: int) -> str | None:
        m = mentions[i]
        previous = next((p.quantity.end for p in reversed(mentions[:i]) if p.parent is None), sent.start)
        side = m.side or self._side_before(sent, m, previous) or self._combatant_side(m)
        if side is None and _PLAIN_ROLE.match(self.work, m.quantity.end, m.group_end + 1):
            return "unknown"  # "six military personnel and a driver": a person the text gives no affiliation
        return side

    def _combatant_side(self, m: Mention) -> str | None:
        """"19 combatants" in a statistics block: the armed side whose areas the block is about, else the one it has named."""
        if self._in_stats and _COMBATANTS.search(self.work[m.group_start:m.group_end]):
            return self._area_side or self._fighters
        return None

    def _side_before(self, sent: Sentence, m: Mention, lower: int) -> str | None:
        """"the number of regime soldiers killed ... rises to 1,498": the side named before the figure (after the last figure)."""
        if not m.rose:
            return None
        actors = [a for a in self.lexicon.find(self.work, max(sent.start, lower), m.quantity.start, self.report.published)
                  if not _BY.search(self.work[max(sent.start, a.start - 20):a.start]) and not is_agent(self.work, a)]
        return actors[0].side if actors else None

    def _note_area(self, sent: Sentence) -> None:
        """Remember whose areas the report is about ("areas controlled by the Autonomous Administration", "SDF-held areas")."""
        m = _AREA_OF.search(self.work, sent.start, sent.end)
        if m is None:
            return
        name = "a" if m.group("a") else "b"
        found = [a for a in self.lexicon.find(self.work, m.start(name), m.end(name), self.report.published)
                 if a.side not in ("civilians", "unknown")]
        if found:
            self._area_side = found[0].side

    def claims(self) -> tuple[CumulativeClaim, ...]:
        return tuple(drop_sums(self._claims))
