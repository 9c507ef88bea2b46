"""Whether a sentence gives period totals, and the parts of it that tell one event instead (used by ``totals``).

* ``is_period_total``: segment.is_total, less cues that date or count one event ("earlier this month", "a total of
  19 people", "In June, a car bomb killed ..."), plus joint tolls of several attacks and country-wide tolls of a day;
* ``incident_clause(s)``: a clause of a sentence of totals that tells of one located or dated event of its own;
* ``event_before_toll``: one event told before ", raising the death toll ... to N" (not a documented
  count of two figures or more with no day, "SOHR also recorded the deaths of 38 people in clashes ... and 62 others in
  other circumstances, bringing the total to 512");
* "43 people were killed across Syria on Tuesday: ..." is a country-wide total (``nationwide_day``: the
  paragraphs after it tell its events); "the number of YPG casualties remains unknown" is no total; "... left a man
  dead" with "last month" is one event; "The number of people killed in the explosion of the car bomb that hit X has
  risen to 17" (no period cue) is one attack's toll; "Between <day> and <day>, ... 64 assassinations that claimed the
  lives of 58 people" is a period total; ", where a strike on a building killed 11" after a total is one event;
* "SOHR recorded 52 deaths across the country on Friday" is a country-wide total; the toll of fighting
  or a campaign that began on an earlier day ("the toll of the clashes that erupted on August 27 has risen to 54") is
  a running total (not when one raid or attack began them: "the clashes which broke out on Thursday, when SDF members
  raided a house"); "the number of casualties is likely to rise" is an expectation, no tally; "..., the
  latest in a series of raids" sets one event in a series; a toll "since the dawn of
  yesterday" is a window's; "one of the deadliest such attacks this year"
  ranks one event; "In March last year, a car bomb exploded in X, killing 12 civilians" (a participle toll after a
  main clause that tells one event) is one event;
* round 21: a day of the month named by its number ("on the 3rd of this month") dates one event; "so far" told of
  what is not known ("for reasons that remain unknown so far") and the age of a battle ("as the battle enters its third
  month") are no period cues; ", adding that the killing brings the number of ... to N" cuts the event before it;
* round 22: a toll whose place is a spread of ground, not a place ("killed nationwide", "across the de-escalation zone",
  "on several frontlines"), is a total however short its day (``wide_scope_toll``); several villages, "separate
  incidents" and a river crossed are not;
* round 30: the joint toll of several attacks told with the attacks as subject or owner ("The two attacks left seven
  soldiers dead", "put the toll of the attacks at 215 dead: ...") is a total (``totals_joint_attacks``);
* round 35: a toll risen because some of its wounded died ("the toll of the clashes which erupted on Monday has risen to
  11, after two wounded gunmen succumbed") is the event's, not a running total (``totals_wounded_rise``).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES, find_dates, period_bounds
from observatory.extract.events import event_type
from observatory.extract.gates import blank, blank_gated, folded, has_any, search_gated, word_start
from observatory.extract.numbers import CARDINAL_WORD, PLURAL_WORD, find_quantities, number_words
from observatory.extract.places import place_mentions
from observatory.extract.segment import LIKENED_EVENT, RANKED_SINCE, is_total
from observatory.extract.text import Sentence, run_on_clauses
from observatory.extract.totals_abroad import toll_abroad
from observatory.extract.totals_attributed import statistics_came_after
from observatory.extract.totals_battles import BATTLE_HAS_SO_FAR
from observatory.extract.totals_day_alone import day_alone_first
from observatory.extract.totals_day_rise import day_rise
from observatory.extract.totals_event_toll import toll_of_one_event
from observatory.extract.totals_in_total import one_event_total
from observatory.extract.totals_joint_attacks import attacks_joint_toll
from observatory.extract.totals_lines import DAYS_OF_FIGHTING, DAYS_OF_FIGHTING_STEMS
from observatory.extract.totals_one_event_rise import PERIOD_CUE, one_event_rise
from observatory.extract.totals_periods import (
    DAYS_WINDOW,
    DAYS_WINDOW_STEMS,
    FIRST_SPAN,
    FIRST_SPAN_STEMS,
    MONTH_SPAN,
    PART_OF_YEAR,
    PART_OF_YEAR_STEMS,
    YEAR_TO_MONTH,
)
from observatory.extract.totals_province_scope import province_scope_toll
from observatory.extract.totals_risen_one import risen_toll_of_one
from observatory.extract.totals_wounded_rise import wounded_rise

#: Phrases that look like period cues but date one event ("earlier this month") or count one ("a total of 19 people").
#: also a day of the month named by its number ("on the 3rd of this month", "On the first day of last month"): one day.
POINT_IN_TIME = re.compile(r"\b(?:earlier|later|late|early)\s+(?:this|last|that)\s+(?:week|month|year)\b|\ba\s+total\s+of\b|"
                           # ("Last month, a member of the council was killed ...": one event told with its time; round 70)
                           r"^\s*Last\s+(?:week|month)\s*,(?=\s+(?:an?|one)\s)|"
                            r"\b(?:earlier|later)\s+in\s+(?:(?:19|20)\d\d|[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)\b|"
                            r"\bon\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            r"last)(?:\s+day)?)\s+of\s+(?:this|last|the\s+(?:current|same|previous|past))\s+month\b", re.I)
_POINT_STEMS: Final = ("earl", "late", "total", "month", "week")  # every match holds "earl(y/ier)", "late(r)", "total", "month" or "week"
#: An ordinal count of events ("the 40th assassination in Daraa this year", "in the third such attack since the beginning
#: of the month"): its period cue counts events, not a toll.
_ORDINAL_EVENT = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+"
                            r"(?:[\w-]+\s+)?(?:attacks?|assassinations?|operations?|incidents?|killings?|"
                            r"crimes?|murders?|bombings?|explosions?|strikes?|raids?)\b[^,;]*", re.IGNORECASE)
_ORDINAL_STEMS: Final = ("attack", "assassination", "operation", "incident", "killing", "crime", "murder", "bombing", "explosion",
                         "strike", "raid")  # every match holds one of its nouns
#: After "the third strike ... since early 2023": the toll of all the strikes ("..., which have killed six jihadists", "in which 43
#: people were killed") or
#: of the ones before it ("; the previous two strikes killed three ..."), not of the one told.
_EVENTS_TOLL = re.compile(r",\s*which\s+(?:have|had)\s+(?:so\s+far\s+|together\s+|altogether\s+|in\s+total\s+)?(?:killed|claimed|left)\b|"
                          # "the fifth Israeli attack ... since the beginning of 2023, in which 43 people were killed: ..."
                          r",\s*in\s+which\s+(?:a\s+total\s+of\s+|at\s+least\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been|had\s+been)\s+killed\b|"
                          r"[;,]\s*(?:and\s+|while\s+)?the\s+(?:previous|other|earlier|first)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|operations|"
                          r"raids|bombings|explosions|assassinations)\s+(?:have\s+|had\s+)?(?:killed|left|claimed)\b", re.IGNORECASE)
_EVENTS_TOLL_STEMS: Final = ("which", "previous", "other", "earlier", "first")  # every match holds one of them
#: Time-window cues; with one singular event in the sentence they date that event rather than bound a period.
_WINDOW = re.compile(r"\b(?:in|during|over|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:\d+|\w+)?\s*(?:hours|days|hour|day)\b|"
                     r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:" + MONTH_NAMES + r")(?:\s*,?\s*(?:19|20)\d\d)?\b|"
                     r"\b(?:this|last)\s+(?:week|month)\b|\b(?:in|during)\s+the\s+previous\s+(?:week|month)\b|(?<=\s)last\s+year\b(?=[\s,])|"
                     r"\b(?:(?:early|late)\s+)?in\s+(?:(?:early|late|mid-)\s*)?(?:19|20)\d\d\b",  # ("ambushed a bus ... late in 2020, killing 25")
                     re.IGNORECASE)
#: "twin suicide bombings", "twin blasts": one event of two bombs, as the writers tell it ("In February 2016, twin
#: bombings near the shrine killed more than 120 people": an incident dated by its month; round 66).
TWIN = r"\btwin\s+(?:[\w-]+\s+)?(?:bombings|blasts|explosions|car\s+bombs|bombs|attacks)\b"
#: "Israeli strikes on the outskirts of Hama city": one bombardment of one place, however many strikes (round 72).
_ONE_BOMBARDMENT = (r"\b(?:strikes|airstrikes|air\s+strikes|raids)\s+on\s+the\s+(?:outskirts|vicinity|surroundings)\s+of\s+(?:the\s+)?"
                    r"[A-Z][\w'-]+(?:\s+(?:city|town|village))?\b(?!\s*(?:,|and)\s+(?:the\s+)?[A-Z])")
_ONE_EVENT = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|explosion|blast|mine|landmine|bomb|airstrike|air\s?strike|"
                        r"strike|ambush|clash|skirmish|gunfight|raid|shell|IED|assault|drone|massacre|shooting|device|killing|quarrel|stabbing)\b(?!s)|"
                        + TWIN + r"|\bthe\s+(?:first|second|third|former|latter)\s+(?:attack|strike|airstrike|raid|bombing|explosion)\b(?!s)|"
                        + _ONE_BOMBARDMENT, re.IGNORECASE)  # ("In January, two men were shot dead in a revenge killing in the town of X"; "... in the first attack")
#: a toll told in a relative clause after its event ("a similar clash last month, which left four
#: soldiers dead"): the event is the clause's antecedent, told just before it.
_RELATIVE_TOLL = re.compile(r",\s*(?:which|that)\s+(?:left|killed|claimed|caused|resulted)\b", re.IGNORECASE)
#: One victim named as the toll ("In March, gunmen killed a shepherd and wounded three others", "... left a man dead"): one event.
_ONE_VICTIM = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|assassinated|assassinating|executed|executing)\s+(?:a|an|one)\s+"
                         r"(?!total\b|number\b)[\w-]+|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:was|has\s+been)\s+killed\b|"
                         r"\b(?:left|leaving)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:dead|killed)\b", re.IGNORECASE)
_TWINS = re.compile(TWIN, re.IGNORECASE)
_ONE_BOMBARDMENT_RE = re.compile(_ONE_BOMBARDMENT, re.IGNORECASE)
#: Where a list of a toll's parts opens: a victim told inside it is one of the parts, not the one victim of an event.
_LIST_OPENER = re.compile(r"\b(?:they\s+are|as\s+follows|namely)\s*:", re.IGNORECASE)
_MANY_EVENTS = re.compile(r"\b(?:attacks|bombings|explosions|airstrikes|air\s?strikes|strikes|ambushes|clashes|raids|operations|"
                          r"shells|battles|incidents)\b|\bseries\b|\bwave\b|\bsince\b|\bnumber\s+of\b|\btotal\b|\bso\s+far\b", re.I)
#: A joint toll of several attacks the text has told of ("two militants were killed during the attacks"); not the toll
#: of the strikes on one named place ("two civilians were killed in the strikes on Jarjanaz": that bombardment's).
_JOINT_TOLL = re.compile(r"\b(?:during|in|by|from)\s+(?:the|these|those|both|all)\s+(?:two\s+|three\s+|several\s+|\w+\s+)?"
                         r"(?:attacks|bombings|ambushes|airstrikes|strikes|raids)\b"
                         r"(?!\s+(?:on|in|at)\s+(?:the\s+(?:town|village|city|neighbou?rhood)\s+of\s+)?(?-i:[A-Z]))", re.IGNORECASE)
_JOINT_STEMS: Final = ("attacks", "bombings", "ambushes", "strikes", "raids")  # every match ends with one of them


#: the toll of fighting or a campaign that began on a day before ("the death toll of the clashes that
#: erupted on August 27 has risen to 54", "the toll since the fighting broke out on Monday reached 47", "the toll of the
#: air campaign that began overnight on Sunday", "the toll of the campaign that regime forces launched on 5 May"): a running toll of several days, not one event's. A start "today",
#: "this morning" or "yesterday evening" is one clash whose toll rises, and a bombardment or shelling of one day is an
#: incident (SCHEMA).
_CAMPAIGN_TOLL = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims))\s+(?:of|in|from|since)\s+the\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:campaign|offensive|operation|fighting|clashes|battles?|escalation|hostilities|"
                            r"confrontations|infighting)\s+(?:(?:that|which)\s+(?:(?!(?:has|had|was|were)\b)[\w-]+\s+){0,3}?)?(?:has\s+|had\s+)?(?:began|begun|started|erupted|broke\s+out|"
                            r"flared|(?:was|were)\s+launched|launched)\b(?![^,;.]{0,30}\b(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)))"
                            # ("the toll of the clashes between the SDF and tribal gunmen, since they erupted on 27 August": round 67)
                            r"|\btoll\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:fighting|clashes|battles?|escalation|hostilities|confrontations|infighting)\b"
                            r"[^.;]{0,100}?,\s*since\s+(?:they|it)\s+(?:began|started|erupted|broke\s+out|flared)\s+on\s+(?:the\s+)?\d",
                            re.IGNORECASE)
_CAMPAIGN_STEMS: Final = ("campaign", "offensive", "operation", "fight", "clashes", "battle", "escalation", "hostilities",
                          "confrontations")  # every match holds one of its nouns ("infighting" holds "fight")


#: ", an area held by regime forces since early 2020", ", a town under SDF control since 2019": who holds the place told,
#: since when (round 59); not "in areas controlled by X since early 2022" (the count's own period).
_HELD_SINCE = re.compile(r",\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:area|region|town|village|city|district|zone|pocket|territory)\s+"
                         r"(?:(?:that|which)\s+(?:has|had)\s+been\s+)?(?:(?:held|controlled|run|ruled|occupied|besieged|captured|seized|"
                         r"retaken|recaptured)\s+by|under)\s+(?:[\w'’-]+\s+){1,5}?since\s+[^,;.]{1,40}", re.IGNORECASE)
#: The sentence's closing clause of background with no figure ("..., killing an officer, amid the escalation of the
#: cells' activity in the area during the past weeks", "despite the combing operations since March"): its period tells
#: the setting of the event before it, not a span its figures sum.
_AMID_SETTING = re.compile(r",\s*(?:amid|despite)\s+[^;.]*[.!]?\s*$", re.IGNORECASE)
#: A relative clause describing a group ("the Fourth Division, which has been in the province since 2017") dates the
#: group, not the figure.
_RELATIVE = re.compile(r",\s*(?:(?:which|who|whose)\s+(?!(?:were|was|have\s+been|had\s+been)\s+(?:killed|documented))|"
                       r"(?:deployed|stationed|based|present|positioned|operating|active|entrenched|established|founded|formed)\s+)"
                       r"[^,;.]{0,160}", re.IGNORECASE)


_TOLL_IN_CLAUSE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\b(?:number|toll|total|killed|dead|deaths?|fatalities|casualties|losses|rises?|rose|brings?|"
                             r"bringing|raising|raises?)\b", re.IGNORECASE)


#: "documented the deaths of 17 people across Syrian territory on Thursday": a country-wide toll, however short its day;
#: also a list of figures by side ("the death of 40 civilians, 12 soldiers and 9 fighters across Syria today").
_NATIONWIDE = re.compile(r"\b(?:documented|recorded|registered|monitored)\s+(?:the\s+)?(?:deaths?|killing|loss)\s+of\s+"
                         r"(?:[^.;:]{1,50}?(?:,|\band\b)\s+(?=(?:at\s+least\s+)?(?:\d|" + number_words("an?") + r"\b))){0,5}[^.;:]{1,40}?\b"
                         r"(?:across|throughout|all\s+over|in\s+all\s+of)\s+(?:Syria\b|(?:the\s+)?Syrian\s+(?:territor|governorates|provinces)|"
                         r"the\s+country\b)", re.IGNORECASE)
#: Every match of _NATIONWIDE and _KILLED_NATIONWIDE holds "across", "throughout" or "all" (over / in all of).
_NATIONWIDE_STEMS: Final = ("across", "throughout", "all")


#: "over the course of 2022", "in the course of March", "in the whole of 2023": a calendar period told with "course"
#: or "whole".
_COURSE_OF = re.compile(rf"\b(?:over|in|during|throughout)\s+the\s+(?:course|whole|entirety)\s+of\s+(?:the\s+month\s+of\s+)?(?:(?:19|20)\d\d|(?:{MONTH_NAMES})\b)",
                        re.IGNORECASE)
_COURSE_STEMS: Final = ("course", "whole", "entirety")  # every match holds one of these


#: "in the first half of 2022", "during the second half of 2021": a period of six months.
_HALF_YEAR = re.compile(r"\b(?:in|during|over|throughout)\s+the\s+(?:first|second)\s+half\s+of\s+(?:19|20)\d\d\b", re.IGNORECASE)
_HALF_STEMS: Final = ("half",)  # every match holds "half"


#: A toll the text says was given before ("Earlier, the monitor had reported 11 dead", "had earlier documented 16").
_SUPERSEDED = re.compile(r"^\W*(?:Earlier|Previously|Initially|At\s+first)\b(?!\s+(?:this|last|that|in)\b)|\b(?:had|has)\s+(?:earlier|previously|initially)\s+"
                         r"(?:reported|documented|said|recorded|put|given)\b|\b(?:earlier|previous|initial)\s+(?:toll|figure|count|report)s?\s+"
                         r"(?:of|was|had|stood)\b", re.IGNORECASE)
_SUPERSEDED_STEMS: Final = ("earlier", "previous", "initial", "first")  # every alternative holds one of them


#: "Among the dead were six Iraqis": the parts of the toll told before, a total only where that toll is one (``totals``
#: reads it as a continuation of the total before); after one event's toll they are that event's.
_AMONG_DEAD = re.compile(r"\bamong\s+(?:the|these|those)\s+(?:dead|victims|fatalities|deaths|killed)\b", re.IGNORECASE)


#: A toll ranked as one event's ("..., one of the deadliest such raids", "the bloodiest single attack on ..."): with only a
#: month or a window of days as its period cue, the sentence tells one (background) event, not a period total.
#: (the rank may be set in a window, "one of the deadliest such attacks this year", "in recent years")
_RANKED_EVENT = re.compile(r"\bone\s+of\s+(?:the\s+(?:[\w-]+'s\s+)?|its\s+|their\s+)(?:deadliest|bloodiest|worst|most\s+(?:deadly|lethal|violent))\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:attacks|strikes|airstrikes|air\s?strikes|raids|bombings|explosions|ambushes|massacres|assaults)\b"
                           r"(?:[^.;,]{0,40}?\b(?:since|(?:so\s+far\s+)?this\s+(?:year|month)|in\s+recent\s+(?:years|months)|in\s+(?:19|20)\d\d)\b"
                           r"[^.;,]{0,60})?|\bthe\s+(?:deadliest|bloodiest|worst|most\s+(?:deadly|lethal|violent))\s+(?:single\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:attack|strike|airstrike|air\s?strike|raid|bombing|explosion|ambush|massacre|assault|crime|incident)\b(?!s)"
                           r"(?:[^.;,]{0,40}?\bsince\b[^.;,]{0,60})?"
                           # "the heaviest toll from such raids since Israel began targeting ...": the toll ranked as a raid's
                           r"|\bthe\s+(?:deadliest|heaviest|highest|worst)\s+(?:death\s+)?toll\s+(?:from|of|in)\s+(?:such|a\s+single|one|any)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|air\s?strikes?|raids?|bombings?|explosions?|ambush(?:es)?|"
                           r"massacres?|assaults?)\b(?:[^.;,]{0,40}?\bsince\b[^.;,]{0,80})?"
                           # "The ambush is the deadliest on regime forces this year, and the deadliest since an ISIS attack
                           # on a bus left 34 soldiers dead at the end of 2020": the event ranked, up to the other event
                           r"|\b(?:attack|ambush|strike|airstrike|bombing|explosion|massacre|raid|assault)\s+(?:is|was|became|marks|marked)\s+"
                           r"the\s+(?:deadliest|bloodiest|worst)\b(?:[^.;]{0,80}?\b(?:since|this\s+(?:year|month))\b)*"
                           # "killed three US soldiers, the first US troops killed by hostile fire in the region since the
                           # Gaza war began": the victims ranked as the first since, not a count since
                           r"|\bthe\s+first\s+(?:[\w-]+\s+){0,3}?(?:killed|deaths?|fatalit(?:y|ies)|to\s+(?:be\s+killed|die))\b"
                           r"[^.;]{0,60}?\bsince\b[^.;,]{0,60}"
                           # "The deadliest of those explosions took place in June, when ...": one of the events singled out
                           r"|\b(?:deadliest|bloodiest|worst|largest|biggest)\s+of\s+(?:those|these|the|them|which)\b"
                           r"(?:\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|raids|bombings|explosions|ambushes|massacres|assaults)\b)?",
                           re.IGNORECASE)


_RANK_WORDS = ("deadliest", "bloodiest", "worst", "most deadly", "most lethal", "most violent", "heaviest toll", "highest toll", "the first")
#: The toll of one battle the report is telling, "so far" ("SOHR has documented the deaths of 12 soldiers ... in the
#: fighting so far"): with no other period cue it is that battle's latest toll, an incident's, not a period total.
_BATTLE_SO_FAR = re.compile(r"\b(?:in|during|since\s+the\s+start\s+of)\s+(?:the|these|this)\s+(?:ongoing\s+|current\s+|continuing\s+|renewed\s+)?"
                            r"(?:fighting|clashes|battles?|confrontations|offensive|assault|attack)\s+so\s+far\b|"
                            r"\bso\s+far\s+(?:in|during)\s+(?:the|these|this)\s+(?:ongoing\s+)?(?:fighting|clashes|battles?|confrontations|"
                            r"offensive|assault|attack)\b|" + BATTLE_HAS_SO_FAR, re.IGNORECASE)  # ("The clashes have so far left ...")


#: "43 people were killed across Syria on Tuesday": a country-wide toll told in the passive.
#: also a counted noun of the dead: "SOHR recorded 52 deaths across the country on Friday", "counted 40
#: fatalities throughout Syria today".
_KILLED_NATIONWIDE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been|had\s+been|died|killed|deaths|fatalities|dead|killings)\s+"
                                r"(?:killed\s+)?(?:on\s+\w+\s+)?"
                                r"(?:across|throughout|all\s+over|in\s+all\s+of)\s+(?:Syria\b|(?:the\s+)?Syrian\s+(?:territor|governorates|provinces)|"
                                r"the\s+country\b)", re.IGNORECASE)


#: "while the number of YPG casualties remains unknown": a figure the text does not have is no total.
_NUMBER_UNKNOWN = re.compile(r"\b(?:the\s+)?(?:exact\s+)?(?:number|toll|count)\s+of\s+(?:[\w'-]+\s+){0,4}?(?:casualties|dead|deaths|fatalities|"
                             r"losses|victims|killed)\s+(?:among\s+[^.;,]{1,40}?\s+)?(?:remains?|is|was|are|were)\s+(?:still\s+|as\s+yet\s+)?"
                             r"(?:unknown|not\s+known|unclear|undetermined)\b", re.IGNORECASE)
_UNKNOWN_STEMS: Final = ("known", "unclear", "undetermined")  # every match ends with one of them
#: "for reasons that remain unknown so far", "whose nationalities are still unclear so far": "so far" of what is not known,
#: no running toll.
_UNKNOWN_SO_FAR = re.compile(r"\b(?:remains?|remained|is|are|was|were|still)\s+(?:still\s+|as\s+yet\s+)?(?:unknown|unclear|undetermined|"
                             r"unidentified|not\s+(?:yet\s+)?(?:known|clear|identified))\s+(?:until\s+now|so\s+far)\b", re.IGNORECASE)
_UNKNOWN_SO_FAR_STEMS: Final = ("far", "until")  # every match holds one of them
#: "with no casualties reported so far", "without reports of casualties so far", "no information so far about
#: casualties": "so far" of a toll not told, no running toll.
_NONE_SO_FAR = re.compile(r"\b(?:no|without)\s+(?:(?:any\s+)?(?:reports?|information|news|word)\s+(?:of|on|about)\s+)?(?:any\s+)?"
                          r"(?:casualties|deaths|fatalities|injuries|losses|victims)(?:\s+(?:have|has|had)\s+been|\s+(?:were|was))?"
                          r"(?:\s+(?:reported|documented|recorded|confirmed))?(?:\s+(?:there|here|yet|in\s+the\s+(?:area|town|village|city|neighbou?rhood)))?"
                          r"\s+so\s+far\b|"
                          r"\b(?:no|without)\s+(?:information|news|word)\s+so\s+far\b", re.IGNORECASE)
_NONE_SO_FAR_STEMS: Final = ("far",)  # every match holds it
#: "as the battle of Raqqa enters its third month", "a conflict that has entered its twelfth year": the age of a battle,
#: no period a toll is counted over.
_AGE = re.compile(r"\b(?:enter(?:s|ed|ing)?|into)\s+(?:its|their|the)\s+(?:\d+(?:st|nd|rd|th)|[a-z]+)\s+(?:day|week|month|year)\b", re.IGNORECASE)
_AGE_STEMS: Final = ("enter", "into")  # every match holds one of them


#: A toll whose place is a spread of ground, not a place: "killed nationwide", "the death of 11 people across the
#: de-escalation zone", "seven soldiers killed on several frontlines": it sums what happened over that ground, however
#: short its day. (Not several villages: one day's bombardment of them is one event; not "separate incidents", whose
#: each event the text tells.)
_WIDE_SCOPE = re.compile(r"\b(?:nationwide|country-?wide)\b|\b(?:across|throughout|all\s+over)\s+(?:the\s+)?[\"“']?(?:[\w'-]+\s+){0,3}?"
                         r"(?:zone|regions?|areas|provinces|governorates|territor(?:y|ies)|desert|Badia|country|Syria|fronts|front\s?-?lines|axes)\b|"
                         r"\b(?:on|along|at|in|across)\s+(?:several|various|different|multiple|many|a\s+number\s+of)\s+(?:front\s?-?lines|fronts|axes|"
                         r"areas|regions|provinces|governorates)\b", re.IGNORECASE)
_WIDE_SCOPE_STEMS: Final = ("wide", "across", "throughout", "all over", "several", "various", "different", "multiple", "many",
                            "number of")  # every match holds one of them
#: The toll a wide scope is read with: a figure of the dead in the same clause before it, or the dead before it and
#: their number after it ("the number of people killed across the country on Sunday has reached 120").
_TOLL_BEFORE_SCOPE = re.compile(r"(?:\b\d[\d,]*|" + PLURAL_WORD + r")\b[^.;:]{0,140}?\b(?:killed|dead|deaths?|death\s+of|killing\s+of|"
                                r"lives|fatalities|perished|died)\b[^.;:]{0,140}$|\b(?:killed|dead|deaths?|death\s+of|killing\s+of|"
                                r"fatalities)\s+(?:of\s+)?(?:at\s+least\s+)?(?:\d[\d,]*|" + PLURAL_WORD + r")\b[^.;:]{0,140}$", re.IGNORECASE)
_DEAD_BEFORE_SCOPE = re.compile(r"\b(?:killed|dead|deaths|fatalities|victims)\s+$", re.IGNORECASE)
_FIGURE_AFTER_SCOPE = re.compile(r"[^.;:]{0,60}?\b(?:reached|risen\s+to|rose\s+to|rises\s+to|stood\s+at|stands\s+at|is|was|were|totall?ed)\s+"
                                 r"(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?\d", re.IGNORECASE)
#: The scope fronted before its toll, set off by a comma ("Nationwide, at least 61 people were killed on Sunday",
#: "Across the country, 40 civilians and 12 soldiers died today"): the toll follows it in the same clause.
_FRONTED_SCOPE = re.compile(r"\W*(?:[A-Z][\w'-]*,\s+)?$")
#: The scope in the subject that kills ("Violence across Syria on Thursday killed at least 41 civilians, 22 soldiers ..."):
#: a noun or two before it, the verb and the figure after it.
_SUBJECT_SCOPE = re.compile(r"\W*[A-Z][a-z'-]+(?:\s+(?:and\s+)?[a-z'-]+){0,2}\s+$")
_KILLED_AFTER_SCOPE = re.compile(r"(?:\s+(?:on|this|last)\s+\w+)?\s+(?:has\s+|have\s+)?(?:killed|claimed|left)\s+(?:the\s+lives\s+of\s+)?"
                                 r"(?:[a-z]+\s+){0,3}?(?:\d|" + PLURAL_WORD + r"\b)", re.IGNORECASE)
_TOLL_AFTER_SCOPE = re.compile(r"\s*,\s*(?:(?:[\w'-]+\s+){0,4}?(?:said|says|reported|documented|recorded)\s*,\s*)?[^.;:]{0,60}?"
                               r"(?:\b\d[\d,]*|" + PLURAL_WORD + r")\b[^.;:]{0,80}?\b(?:killed|dead|died|deaths|fatalities|perished|"
                               r"lost\s+their\s+lives)\b", re.IGNORECASE)
_SEPARATE = re.compile(r"\b(?:separate|separately|single|one)\s+(?:incidents?|attacks?|strikes?|explosions?|raids?|bombings?)\b", re.IGNORECASE)
#: The scope inside a clause that tells who a victim was ("killed a senior official who had been planning attacks across
#: the region"): his doings, not where the dead fell.
_WHO_BEFORE = re.compile(r"\bwho\s+[^,.;:]*$", re.IGNORECASE)


def wide_scope_toll(chunk: str, span: str) -> bool:
    """"57 civilians, 21 soldiers and 13 rebels were killed nationwide", "documented yesterday the death of 11 people
    across the de-escalation zone": a figure of the dead whose place is a spread of ground sums several events."""
    if not has_any(span, _WIDE_SCOPE_STEMS) or _SEPARATE.search(chunk):
        return False
    return any(_TOLL_BEFORE_SCOPE.search(chunk, 0, m.start()) or _DEAD_BEFORE_SCOPE.search(chunk, max(0, m.start() - 20), m.start())
               and _FIGURE_AFTER_SCOPE.match(chunk, m.end()) or _fronted(chunk, m) for m in _WIDE_SCOPE.finditer(chunk)
               if not _WHO_BEFORE.search(chunk, max(0, m.start() - 90), m.start())) or province_scope_toll(chunk)


def _fronted(chunk: str, m: re.Match[str]) -> bool:
    """"Nationwide, at least 61 people were killed on Sunday": the scope opens the sentence and the toll follows it;
    "Violence across Syria killed 41 civilians ...": the scope is in the subject of the verb that kills."""
    if _FRONTED_SCOPE.match(chunk, 0, m.start()):
        return _TOLL_AFTER_SCOPE.match(chunk, m.end()) is not None
    return _SUBJECT_SCOPE.match(chunk, 0, m.start()) is not None and _KILLED_AFTER_SCOPE.match(chunk, m.end()) is not None


def _spread_toll(chunk: str, span: str) -> bool:
    """A toll over the whole country ("killed nationwide", "across Syria") or over a spread of ground (a zone, the
    frontlines): it sums many events. ``span`` is the folded chunk."""
    return has_any(span, _NATIONWIDE_STEMS) and bool(_NATIONWIDE.search(chunk) or _KILLED_NATIONWIDE.search(chunk)) or \
        wide_scope_toll(chunk, span)


def nationwide_day_toll(chunk: str) -> bool:
    """A country-wide toll of one day, however it ends ("documented the deaths of 11 people across Syria on Tuesday,
    as follows:" too)."""
    return _spread_toll(chunk, folded(chunk)) and ONE_DAY.search(chunk) is not None


def nationwide_day(chunk: str) -> bool:
    """"43 people were killed across Syria on Tuesday: ...": a country-wide toll of one day, whose own sentence splits it;
    the paragraphs after tell that day's events one by one, not lines of statistics."""
    return _spread_toll(chunk, folded(chunk)) and ONE_DAY.search(chunk) is not None and not chunk.rstrip().endswith(":")


#: "the fatalities documented on Thursday are: two civilians, ...; three other people; two SDF fighters": the day's
#: dead listed by side, a sum of the events the report told; "the death toll documented on Saturday has risen to eight"
#: (round 67).
_DAY_TALLY_LIST = re.compile(r"\b(?:fatalities|deaths|dead|victims|casualties|(?:death\s+)?toll)\s+documented\s+(?:on\s+[A-Z]\w+day|today|"
                             r"yesterday)\s+(?:(?:are|were|include|included)\s*:|(?:has\s+)?(?:risen|rose|climbed|reached)\b)", re.IGNORECASE)
#: "Deir Ezzor countryside was the scene of 20 of the operations, which claimed the lives of ten SDF members": an
#: area's share of the events counted, with their dead (round 67).
_SCENE_OF_EVENTS = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+the\s+scenes?\s+of\s+(?:\d+|[a-z]+)\s+(?:of\s+(?:the|these|those)\s+)?"
                              r"(?:operations|attacks|incidents|explosions|assassinations|bombings|strikes)\b", re.IGNORECASE)
#: "since Thursday, when a drone attack on a graduation ceremony killed 89 people": the day a period began, told by its
#: one event, whose toll follows (round 67).
_SINCE_WHEN_EVENT = re.compile(r"\bsince\s+(?:[\w,]+\s+){1,3}?when\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|explosion|blast|"
                               r"strike|airstrike|ambush|massacre)\b(?!s)[^.;]{0,160}?\b(?:killed|killing|left)\b", re.IGNORECASE)
#: "The number of people killed in the explosion of the car bomb that hit X has risen to 17": one event's rising toll.
#: "the clashes which broke out on Thursday, when SDF members raided a house used by an ISIS cell": the fighting of one
#: raid or attack, whose toll is the event's.
_ONE_RAID = re.compile(r"\b(?:clashes|fighting|confrontations)\s+(?:that|which)\s+(?:broke\s+out|erupted|began|started)\b[^.;]{0,40}?,\s*"
                       r"(?:when|after|as)\s+[^.;,]{0,60}?\b(?:raided|stormed|attacked|ambushed|tried\s+to\s+(?:arrest|raid|storm))\s+"
                       r"(?:a|an|one)\s+", re.IGNORECASE)
#: "the number of casualties was likely to rise", "the number of dead may rise": the toll expected, not a tally told.
_LIKELY_RISE = re.compile(r"\b(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:casualties|dead|deaths|victims|fatalities|killed))\s+"
                          r"(?:(?:is|was|are|were)\s+(?:likely|expected|feared|set|bound)\s+to|may|might|could|will\s+likely|would)\s+(?:(?:further|still|yet|well)\s+)?"
                          r"(?:rise|increase|climb|go\s+up)\b", re.IGNORECASE)
#: "the latest in a series of raids on targets linked to Iran", "the latest in a string of attacks": the one event told
#: set in a series, not a toll of the series.
_LATEST_OF_SERIES = re.compile(r"\b(?:the\s+)?latest\s+(?:in\s+a\s+(?:long\s+)?(?:series|string|spate|wave|chain)\s+of|of\s+(?:several|many|"
                               r"dozens\s+of|hundreds\s+of))\b[^.;]*", re.IGNORECASE)
_LIKELY_STEMS: Final = ("likely", "expected", "feared", "set to", "bound to", "may ", "might", "could", "will", "would")
_ONE_EVENT_RISE = re.compile(r"\b(?:number|toll)\s+of\s+(?:[\w'-]+\s+){0,3}?(?:killed|dead|victims|fatalities|deaths)\s+(?:in|by|of|from)\s+"
                             r"the\s+(?:[\w'-]+\s+){0,3}?(?:explosion|blast|bombing|attack|massacre|airstrike|strike|ambush|raid|assault|"
                             r"collapse)\b(?!s)[^.;]*\b(?:risen|rose|rises|climbed|reached|increased)\s+to\b|"
                             # "The number of dead has now risen to 37 soldiers": the bare dead of the event told before
                             r"\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims)\s+(?:has\s+|had\s+)?(?:now\s+)?"
                             r"(?:risen|rose|rises|climbed|reached|increased)\s+to\b", re.IGNORECASE)
_ONE_EVENT_RISE_STEMS: Final = ("number", "toll")  # every match starts with one of them


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")


def _one_event_first(chunk: str) -> bool:
    """The first cues of :func:`is_period_total`, each of which tells one event (or no toll) before any period cue."""
    if statistics_came_after(chunk):
        return True  # "The new statistics came after SOHR documented today the death of three civilians in X": the day's event
    if "when" in chunk and _toll_of_since_event(chunk):
        return True  # "... since Thursday, when a drone attack on X killed 89 people": the toll of the event that began it
    if ";" in chunk and _own_clause_event(chunk):
        return True  # "It has since seen a string of bombings; in January, a car bomb ... killed three fighters"
    if LIKENED_EVENT.search(chunk):
        return True  # "The incident recalls the killing of four Kurdish men ... in March 2023": one earlier event (round 72)
    # "about 150 young men joined the ranks of the militias in the past two weeks": recruits, no toll (round 72)
    return _RECRUITED.search(chunk) is not None and _TOLL_NUMBER.search(chunk) is None


def is_period_total(chunk: str) -> bool:
    """Whether a sentence gives a period or running total (segment.is_total, less cues that date or count one event)."""
    # The gates read the folded chunk also for texts blanked from it: blanking only turns characters into spaces, so a
    # stem (no spaces) absent from the chunk is absent from them.
    if _one_event_first(chunk):
        return False
    span = folded(chunk)
    if has_any(span, _LIKELY_STEMS):  # "the number of casualties is likely to rise": an expectation, no tally
        chunk = blank(_LIKELY_RISE, chunk)
    if "latest" in span:  # "..., the latest in a series of raids on ...": the event told is one of them
        chunk = blank(_LATEST_OF_SERIES, chunk)
    if (search_gated(_ONE_EVENT_RISE, _ONE_EVENT_RISE_STEMS, chunk, span) or one_event_rise(chunk) or risen_toll_of_one(chunk)
            or toll_of_one_event(chunk)) \
            and not PERIOD_CUE.search(chunk):
        return False  # one attack's toll, told as rising: the incident's
    if _spread_toll(chunk, span) or toll_abroad(chunk) or day_alone_first(chunk) and _TOLL_NUMBER.search(chunk) \
            or "documented" in span and _DAY_TALLY_LIST.search(chunk) or "scene of" in span and _SCENE_OF_EVENTS.search(chunk):
        return True  # a day's toll over the whole country or over a zone or the frontlines sums many events
    if day_rise(chunk) and not PERIOD_CUE.search(chunk):
        return False  # "the number of dead in the airstrikes which pounded X at dawn today has climbed to 57": the event's
    if wounded_rise(chunk) and not PERIOD_CUE.search(blank(RANKED_SINCE, chunk)):  # (not "the deadliest attack ... since it first intervened")
        return False  # "has risen to 11, after two wounded gunmen succumbed": the event's own wounded died, its toll
    if search_gated(_CAMPAIGN_TOLL, _CAMPAIGN_STEMS, chunk, span) and (_TOLL_NUMBER.search(chunk) or _RISEN_TO.search(chunk)):
        return not _ONE_RAID.search(chunk)  # the running toll of fighting that began on a day before (not of one raid's clash)
    if search_gated(_SUPERSEDED, _SUPERSEDED_STEMS, chunk, span) and not _SINCE.search(chunk):
        return False  # "Earlier, SOHR reported that 18 had been killed in the strikes": a toll told before it rose
    lower = chunk.lower()
    if "so far" in lower and _BATTLE_SO_FAR.search(chunk) and not is_total(blank(_BATTLE_SO_FAR, chunk)):
        return False  # "... the deaths of 12 soldiers and 15 fighters in the fighting so far": one battle's toll
    text = blank_gated(_UNKNOWN_SO_FAR, _UNKNOWN_SO_FAR_STEMS, blank_gated(_NUMBER_UNKNOWN, _UNKNOWN_STEMS, chunk, span), span)
    text = blank_gated(_NONE_SO_FAR, _NONE_SO_FAR_STEMS, text, span)
    text = blank_gated(_AGE, _AGE_STEMS, text, span)
    text = blank(_AMONG_DEAD, blank_gated(POINT_IN_TIME, _POINT_STEMS, text, span))
    text = one_event_total(text)  # "nine civilians in total were executed at the checkpoint": one event's sum
    text = _RELATIVE.sub(lambda m: m.group(0) if _TOLL_IN_CLAUSE.search(m.group(0)) else " " * len(m.group(0)), text)
    text = blank(_HELD_SINCE, text) if "since" in span else text  # ("..., an area held by regime forces since early 2020")
    setting = _AMID_SETTING.search(text) if "amid" in span or "despite" in span else None
    text = blank(_AMID_SETTING, text) if setting is not None and not _counted(setting.group(0)) else text
    if not is_total(text):
        return _joint_or_window_total(text, span)
    # "In June, a car bomb killed over 30 people": one event, dated by a month, is not a period total
    tolls = toll_clauses(text)
    if not _WORD_CHAR.search(tolls):
        tolls = text  # no clause with a killed word ("lost 33 soldiers in a single airstrike"): the whole sentence
    if search_gated(_ORDINAL_EVENT, _ORDINAL_STEMS, text, span) and not is_total(blank(_ORDINAL_EVENT, text)) \
            and not (has_any(span, _EVENTS_TOLL_STEMS) and _EVENTS_TOLL.search(text)):
        return False  # "... shot dead a commander, the 40th assassination in Daraa this year"
    if any(w in lower for w in _RANK_WORDS) and _RANKED_EVENT.search(text) and not is_total(blank(_WINDOW, blank(_RANKED_EVENT, text))):
        return False  # "In January, Israeli strikes near ... killed 57 fighters, one of the deadliest such raids"
    if ((_ONE_EVENT.search(tolls) or _ONE_VICTIM.search(tolls, 0, _list_opens(text)) or _event_before_toll(text, tolls))
            and not _MANY_EVENTS.search(blank(_ONE_BOMBARDMENT_RE, blank(_CLASH_AT_ONE, blank(_TWINS, text))))
            and not is_total(blank(_WINDOW, text))):
        return False
    # "... on Monday, killing 4 soldiers, in the 25th attack since the beginning of the year": the period cue sits in a
    # clause with no toll of its own, and the toll belongs to an event of one day
    return not (ONE_DAY.search(blank_gated(SPOKEN_ON, _SPOKEN_STEMS, blank(_SINCE_DAY, text), span)) and not is_total(tolls))


def _toll_of_since_event(chunk: str) -> bool:
    """The sentence's toll is that of the one event that began its period ("since Thursday, when a drone attack ...
    killed 89 people"), with no figure before it."""
    since = _SINCE_WHEN_EVENT.search(chunk)
    return since is not None and _TOLL_NUMBER.search(chunk, 0, since.start()) is None


def _list_opens(text: str) -> int:
    """Where a list of a toll's parts opens ("the death of nine people in the past 24 hours; they are: ..., and a
    civilian who was killed by a sniper"), or the text's end: a victim told inside it is a part, not one event's."""
    listed = _LIST_OPENER.search(text)
    return listed.start() if listed else len(text)


def _own_clause_event(chunk: str) -> bool:
    """The sentence's only figure sits in a clause of its own after a semicolon, and that clause alone tells one event
    ("a car bomb ... killed three"): a period told in the clause before it ("has since witnessed ...") does not scope it."""
    parts = chunk.split(";")
    counted = [k for k, p in enumerate(parts) if _counted(p)]
    own = parts[counted[0]] if len(counted) == 1 and counted[0] > 0 else ""
    if not _TOLL_NUMBER.search(own) or not _ONE_EVENT.search(own) or _MANY_EVENTS.search(own):
        return False  # ("...; the previous two strikes killed four members": a joint toll of several)
    return not is_period_total(own)


def _event_before_toll(text: str, tolls: str) -> bool:
    """The toll clause is a relative clause of one event told right before it ("witnessed a similar
    clash last month, which left four NDF members ... dead")."""
    m = _RELATIVE_TOLL.search(tolls)
    if m is not None and _ONE_EVENT.search(text, max(0, m.start() - 60), m.start()) is not None:
        return True
    if _IN_ONE_EVENT.match(text):  # "In a similar operation in the same province in November, coalition forces killed two"
        return True
    # "In March last year, a car bomb exploded in the market of X, killing 12 civilians": the main clause tells one event
    p = _PARTICIPLE_TOLL.search(tolls)
    # ("In September 2018, clashes erupted at a checkpoint in X ..., killing 13 soldiers": fighting at one spot)
    if p is not None and (_ONE_EVENT.search(text, 0, p.start()) is not None or _ONE_TARGET.search(text, 0, p.start()) is not None
                          or _CLASH_AT_ONE.search(text, 0, p.start()) is not None) \
            and not _MANY_EVENTS.search(blank(_CLASH_AT_ONE, text), 0, p.start()):
        return True
    # "In December, 37 people were killed when IS ambushed a bus": the toll of the one event told after "when"
    w = _KILLED_WHEN.search(tolls)
    if _BLAST_WHEN.search(tolls) is not None:  # "two soldiers were killed ... when an ammunition store exploded at a base"
        return True
    return w is not None and _ONE_TARGET.match(text, w.end()) is not None and not _MANY_EVENTS.search(text, w.end())


#: The sentence opens with the one event it tells ("In a similar operation ...", "In an attack on ...").
_IN_ONE_EVENT = re.compile(r"\W*In\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|attack|strike|airstrike|ambush|bombing|explosion|"
                           r"assault)\b(?!s)", re.IGNORECASE)
#: "were killed when IS ambushed ...", "died when gunmen attacked ...": the toll, then the deed of the event it is of.
_KILLED_WHEN = re.compile(r"\b(?:killed|died|dead|injured|wounded)\s+when\s+(?:[\w'-]+\s+){1,4}?(?=(?:struck|targeted|hit|bombed|shelled|attacked|stormed|"
                          r"ambushed|raided)\b)", re.IGNORECASE)

#: "were killed when an ammunition store exploded", "died when a car bomb went off": the toll of one blast.
_BLAST_WHEN = re.compile(r"\b(?:killed|died|dead|injured|wounded)\s+when\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:exploded|went\s+off|blew\s+up|"
                         r"detonated)\b", re.IGNORECASE)


#: "clashes erupted at a checkpoint", "clashes broke out near a position": fighting at one spot, one event.
_CLASH_AT_ONE = re.compile(r"\bclashes\s+(?:erupted|broke\s+out|took\s+place|flared(?:\s+up)?)\s+(?:at|near|around|on)\s+(?:a|an|one)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:checkpoint|position|post|base|roadblock|crossing|headquarters|house|farm)\b", re.IGNORECASE)
#: ", killing 12 civilians", ", leaving five soldiers dead", ", injuring three of its members": a toll told as a
#: participle of the clause before it.
_PARTICIPLE_TOLL = re.compile(r",\s*(?:killing|leaving|claiming|injuring|wounding)\b", re.IGNORECASE)
#: "struck a meeting of leaders", "targeted a car", "stormed a checkpoint": one target hit, one event.
_ONE_TARGET = re.compile(r"\b(?:struck|targeted|hit|bombed|shelled|attacked|stormed|ambushed|raided)\s+(?:a|an|one|their|his|its)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:meeting|gathering|car|vehicle|truck|bus|motorcycle|convoy|house|building|checkpoint|position|post|"
                         r"headquarters|base|market|school|hospital|mosque|tent|camp|village|town|wedding|funeral)\b|"
                         # "struck positions near the town of al-Kiswah": the things hit at one named place (round 74)
                         r"\b(?:struck|targeted|hit|bombed|shelled|attacked|raided)\s+(?:[\w-]+\s+){1,3}?(?:near|in|outside|on)\s+the\s+"
                         r"(?:town|village|city|outskirts)\s+of\s+(?-i:(?:[a-z]{1,2}-)?[A-Z])", re.IGNORECASE)


#: the period a roundup is about, or several days, named by "the": "ISIS lost nine members during the
#: month" (a side's losses: a month alone, "killed ... during the month", is left to the sentences around it), "IS also
#: lost 47 fighters over the three days", "Turkish drones killed nine SDF fighters over the three days".
_THE_PERIOD = re.compile(r"\b(?:during|over|throughout)\s+the\s+(?:(?:whole|entire|same)\s+)?(?:month|week|year|" + number_words(r"\d+", plural=True) + r"\s+days)\b(?!-)", re.IGNORECASE)
_THE_PERIOD_STEMS: Final = ("month", "week", "year", "days")  # every match holds one of its nouns
#: "lost nine members", "lost their lives": a toll told by the side that lost them.
_LOST = re.compile(r"\b(?:lost|losing)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d|[a-z]+\s+(?:members|fighters|soldiers|militants|"
                   r"men|troops|personnel)\b|their\s+lives\b)", re.IGNORECASE)


def _joint_or_window_total(text: str, span: str) -> bool:
    """A sentence without a total's cues that still gives one: a joint toll of several attacks, of several days of
    fighting, between two named days, in half a year (``span``: folded text holding every stem of ``text``)."""
    cue = (search_gated(_JOINT_TOLL, _JOINT_STEMS, text, span) or attacks_joint_toll(text, span) or search_gated(DAYS_OF_FIGHTING, DAYS_OF_FIGHTING_STEMS, text, span)
           or search_gated(_HALF_YEAR, _HALF_STEMS, text, span) or search_gated(PART_OF_YEAR, PART_OF_YEAR_STEMS, text, span)
           or search_gated(FIRST_SPAN, FIRST_SPAN_STEMS, text, span) or MONTH_SPAN.search(text) or YEAR_TO_MONTH.search(text)
           or search_gated(DAYS_WINDOW, DAYS_WINDOW_STEMS, text, span) and not ONE_DAY.search(text)
           or search_gated(_COURSE_OF, _COURSE_STEMS, text, span))
    the_period = search_gated(_THE_PERIOD, _THE_PERIOD_STEMS, text, span)
    if the_period is not None and (_ONE_EVENT.search(text) or _ONE_VICTIM.search(text)):
        the_period = None  # ("A mortar shell killed two children during the week": one event)
    days = the_period is not None and the_period.group(0).lower().endswith("days")
    return ((bool(cue) or days or period_bounds(text) is not None) and bool(_TOLL_NUMBER.search(text) or _RISEN_TO.search(text))
            or the_period is not None and _LOST.search(text) is not None)


#: The day a source spoke ("the monitor said on Sunday that ...", "a war monitor said Tuesday"): the day of the report,
#: not of an event the figure counts.
#: also the day a report was published ("published its monthly report on Monday", "today released its
#: report") and the day put before the verb ("The monitor on Sunday said ...").
SPOKEN_ON = re.compile(r"\b(?:said|says|reported|announced|stated|added|noted|told\s+[\w-]+(?:\s+[\w-]+)?|(?:released|published|issued)"
                       r"(?:\s+(?:its|a|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:report|statistics|toll|tally|figures|data|update)s?)?)"
                       r"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|report|briefing|interview|update))?"  # ("said in a statement on Saturday")
                       r"\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b|"
                       r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+(?:said|says|reported|"
                       r"announced|stated|released|published|issued)\b", re.IGNORECASE)
_SPOKEN_STEMS: Final = ("day",)  # every match holds a day's name, "today" or "yesterday"
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: "since yesterday morning", "since last night": the start of a window, not the day of one event.
#: also "since the dawn of yesterday", "since the early hours of yesterday", "since yesterday's dawn".
_SINCE_DAY = re.compile(r"\bsince\s+(?:yesterday(?:'s\s+dawn)?|last\s+night|dawn\s+(?:yesterday|today)|the\s+(?:early\s+)?(?:dawn|morning|"
                        r"evening|afternoon|(?:early\s+)?(?:morning\s+)?hours)\s+of\s+yesterday)(?:\s+(?:morning|afternoon|evening))?\b|"
                        # "since the beginning of the fighting yesterday": the day a window of fighting opened
                        r"\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:fighting|clashes|battles)\s+(?:yesterday|last\s+night)\b|"
                        # "since the start of the operation in X on the 9th of October 2019": the day the period began
                        r"\bsince\s+the\s+(?:start|beginning|launch|outbreak)\s+of\s+[^,.;]{0,80}?\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                        r"(?:of\s+)?(?:" + MONTH_NAMES + r")\b|"
                        # "since the start of the campaign in X on Friday", "since Turkey launched the offensive, dubbed
                        # '...', on Wednesday": the weekday the period began, not the day of one event
                        r"\bsince\s+(?:the\s+(?:start|beginning|launch|outbreak)\s+of\s+[^,.;]{0,80}?|(?:[\w'-]+\s+){1,8}?"
                        r"(?:launched|started|began)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:offensive|operation|campaign|assault)\b"
                        r"[^.;]{0,60}?)\bon\s+" + _WEEKDAY + r"\b|"
                        # "since the drone attack on the college on October 5, 2023", "since the clashes erupted on 27
                        # August": a day told inside the since-phrase is the day the period began
                        r"\bsince\s+(?:the|an?|its|their)\s+[^,.;:]{0,80}?\bon\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:"
                        + MONTH_NAMES + r")|(?:" + MONTH_NAMES + r")\s+\d{1,2})\b", re.I)
#: A single day: "on Monday", "yesterday", "at dawn today", "on the 14th of April", "on April 14".
ONE_DAY = re.compile(word_start(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\btoday\b|\blast\s+night\b|"
                      r"\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTH_NAMES + r")\b|"
                      r"\bon\s+(?:" + MONTH_NAMES + r")\s+\d{1,2}\b"), re.IGNORECASE)
_CLAUSE = re.compile(r"(?:[^,;:]+|(?<=\d),(?=\d{3}\b))+")  # (not cut inside "387,000"; runs read whole: same spans, faster)
#: A period put before the main clause scopes the whole sentence ("Since the beginning of the month, drones have killed ...").
_FRONTED = re.compile(r"\s*(?:Since|During|Over|Throughout|Within|Between|From|In\s+the\s+(?:past|last|first)|So\s+far)\b")
COUNT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,]*\b(?![a-z])|\b" + number_words("hundred", "thousand", plural=True) + r"\b", re.IGNORECASE)
ROLE_WORD = re.compile(r"\b(?:killed|killing|dead|died|deaths?|fatalities|toll|lives|injured|injuring|wounded|wounding)\b", re.IGNORECASE)


#: The source put before a fronted period ("According to SOHR statistics, since early 2022, ..."): the period still
#: opens the sentence's own words.
_SOURCE_OPENING = re.compile(r"\W*According\s+to\s+[^,;:.]{1,120},", re.IGNORECASE)
_FRONTED_AFTER_SOURCE = re.compile(_FRONTED.pattern, re.IGNORECASE)


def toll_clauses(text: str) -> str:
    """The clauses of a sentence that carry a toll (a count and a killed/injured word); the others blanked. A period
    that opens the sentence, or follows only the source it is told after, is kept as well."""
    return _CLAUSE.sub(lambda m: m.group(0) if COUNT.search(m.group(0)) and ROLE_WORD.search(m.group(0))
                       or m.start() == 0 and _FRONTED.match(m.group(0))
                       or _FRONTED_AFTER_SOURCE.match(m.group(0)) and _SOURCE_OPENING.fullmatch(text, 0, m.start()) is not None
                       else " " * len(m.group(0)), text)


#: ("... that claimed the lives of 58 people")
#: Men counted as they join a force: recruits, no dead ("150 young men joined the ranks of ...", "recruited 300 men").
_RECRUITED = re.compile(r"\b(?:joined|joining|join)\s+(?:the\s+)?ranks\b|\b(?:recruited|enlisted|recruiting|recruitment|recruits)\b",
                        re.IGNORECASE)
_TOLL_NUMBER = re.compile(r"\b(?:killed|dead|died|killing|death|deaths|fatalities|(?:claimed|claiming|cost|costing)\s+the\s+lives)\b", re.IGNORECASE)
_RISEN_TO = re.compile(r"\btoll\b[^.;]{0,120}\b(?:risen|rose|rises|climbed|reached)\s+to\s+\d", re.IGNORECASE)

#: Words that make a clause add up many events ("it rose to 280", "the toll", "these cells assassinating 81 civilians").
_TALLY_WORDS = re.compile(r"\b(?:rose|risen|rises|raising|reached|increased|climbed)\s+to\b|\btoll\b|\bnumber\s+of\b|\btotal\b|"
                          r"\b(?:these|those)\s+(?:cells|forces|attacks|gunmen|militias|factions)\b|\bsince\b|\bso\s+far\b", re.IGNORECASE)
_PLURAL_EVENT = re.compile(r"(?:attacks|ambushes|assassinations|bombings|operations|airstrikes|air\s?strikes|strikes|raids|explosions|"
                           r"shells|killings|executions|ing)$", re.IGNORECASE)
_FIGURE = r"(?:\d[\d,]*|\b" + CARDINAL_WORD + r"\b)"
#: A figure, a colon, and two or more figures after it: a toll split into its parts.
_SPLIT_TOLL = re.compile(_FIGURE + r"[^:.;]{0,60}:\s*" + _FIGURE + r"[^.;:]{0,120}?(?:\band|,)\s+" + _FIGURE, re.IGNORECASE)
#: A figure above this in a clause makes the clause a tally, not one event's toll.
ONE_EVENT_MAX = 10


#: "..., where a strike on a building killed 11 members of one family": a clause that opens on one event;
#: its toll may be larger than ``ONE_EVENT_MAX``.
_WHERE_ONE_EVENT = re.compile(r"\W*(?:where|when)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|explosion|blast|mine|landmine|bomb|"
                              r"airstrike|air\s?strike|strike|ambush|raid|shell|IED|assault|drone|massacre)\b(?!s)", re.IGNORECASE)
_ONE_EVENT_LIMIT = 50


def incident_clause(work: str, clause: Sentence) -> bool:
    """Whether a clause of a long sentence tells of one event of its own, located by a named place or dated ("..., where
    gunmen shot a member of the SDF in the town of X, ..."), rather than adding up many. Its figures are that event's
    toll, not a period total, even when the sentence around it gives totals."""
    text = work[clause.start:clause.end]
    hit, where = event_type(text), _WHERE_ONE_EVENT.match(text)
    if hit is None and where is None or is_period_total(text) or _TALLY_WORDS.search(text):
        return False
    if hit is not None and _PLURAL_EVENT.search(text[:hit[2]]):
        return False  # "these cells assassinating 81 civilians": a kind of event tallied
    if _SPLIT_TOLL.search(text):
        return False  # "six civilians died: four shot by gunmen and two in a mine blast": a toll split by cause, a tally
    limit = _ONE_EVENT_LIMIT if where else ONE_EVENT_MAX
    if any(q.value > limit for q in find_quantities(text) if not re.fullmatch(r"(?:19|20)\d\d", q.text.strip())):
        return False
    located = any(p.governorate is None for p in place_mentions(work, max(0, clause.start - 120) if where else clause.start, clause.end))
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
#: also with the event as subject: "..., adding that the killing brings the number of murders ... to 31".
_RAISING = re.compile(r",?\s+(?:thereby\s+|thus\s+|and\s+)?(?:raising|bringing|increasing|pushing|taking|which\s+(?:raises|raised|brings|brought|"
                      r"increases|increased|takes|took)|(?:adding\s+that\s+|saying\s+that\s+)?the\s+(?:killing|attack|death|incident|explosion|"
                      r"strike|murder|assassination|blast)\s+(?:raises|brings|increases|takes|pushes))\s+(?:the\s+)?(?:total\s+|overall\s+)?"
                      r"(?:death\s+toll|toll|number|total|tally)\b", re.IGNORECASE)


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
    if is_period_total(text) or m is None and not ONE_DAY.search(blank_gated(SPOKEN_ON, _SPOKEN_STEMS, text, folded(text))) or _tallied(text):
        return None  # (not the day a source spoke: "The monitor said on Tuesday that 218 civilians, ..., have been killed since ...")
    return part


#: "SOHR also recorded the deaths of 38 people in clashes ..., and 62 others in other circumstances": the monitor's count.
_TALLIED = re.compile(r"\b(?:documented|recorded|registered|counted)\s+(?:the\s+)?(?:killings?|deaths?|loss)\s+of\b", re.IGNORECASE)


def _tallied(text: str) -> bool:
    """A documented count of two figures or more told with no day, before ", bringing the total ... to N",
    is more of the monitor's tally, not one event."""
    return _TALLIED.search(text) is not None and not ONE_DAY.search(text) and len(find_quantities(text)) >= 2


_CLAUSE_START = re.compile(r"[,;]\s+")


def _first_total_clause(work: str, sent: Sentence) -> int | None:
    """Where the first clause that gives a total on its own starts ("..., adding that the number of militiamen killed in
    Israeli strikes this year rose to 120"), when an earlier clause comes before it."""
    starts = [m.end() for m in _CLAUSE_START.finditer(work, sent.start, sent.end)]
    for a, b in zip(starts, [*starts[1:], sent.end][:len(starts)], strict=True):
        if is_total(work[a:b]) and ROLE_WORD.search(work, a, b) and COUNT.search(work, a, b):
            return a
    return None


def _counted(clause: str) -> bool:
    """The clause holds a figure, in digits or in words."""
    return COUNT.search(clause) is not None or re.search(rf"\b{CARDINAL_WORD}\b", clause, re.IGNORECASE) is not None
