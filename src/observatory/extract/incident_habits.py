"""Sentences that tell of no one violent event: talk of a habit or a trend ("on a daily basis", "almost daily airstrikes",
"every night", "has stepped up",
"drone strikes persisted", "regime forces kept shelling", "struck the airport several times", "have attacked American
forces at least 40 times since Oct. 17" (a count of ten or more times; "shot three times" is one shooting), "the
month also saw renewed infighting", "the attacks focused on X and Y", "after weeks of fighting": "a rise in attacks over recent months", "warplanes
have carried out dozens of airstrikes", "the cells are now carrying out hit-and-run attacks", "Russia has been
conducting an air campaign in the desert"), and arrests, curfews,
calls, demining, combing campaigns "in search of" cells, patrols that passed "without incident" (unless an arrest is
only told as the cause of the event, or the next sentence tells of a suspect shot dead in the raid)."""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES, DateMention
from observatory.extract.gates import folded, has_any, word_start
from observatory.extract.numbers import number_words

#: "a rise in the death toll of the ambush" (one event's toll climbing, told of the event), not a trend ("a rise in attacks")
#: ("a noticeable increase in the number of victims of landmines since February" stays a trend)
_A_TOLL = r"\s+the\s+(?:death\s+)?toll\b|\s+the\s+number\s+of\s+(?:the\s+)?dead\b"
_YEAR_OR_HABIT = re.compile(word_start(r"\b(?:19|20)\d\d\b|\bdaily\s+basis\b|\b(?:almost|nearly|near)[\s-]+(?:daily|every\s+day|weekly)\b|"
                            r"\bevery\s+(?:day|night|week)\b|\bday\s+after\s+day\b|\bregularly\b|\boften\b|\busually\b|\broutinely\b|\boccasionally\b|\bfrequently\b|\bsometimes\b|"
                            rf"\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:days|weeks|months|years)\b|\b(?:a|an)\s+(?:[\w-]+\s+)?(?:rise|increase|surge|uptick)\s+in\b(?!{_A_TOLL})|"
                            r"\b(?:has|have)\s+(?:also\s+)?(?:carried\s+out|launched|conducted|executed)\s+(?:dozens|scores|hundreds|tens|thousands)\s+of\b|"
                            # ("have carried out indiscriminate attacks against residential areas": a charge, round 65)
                            r"\b(?:has|have)\s+(?:also\s+)?(?:carried\s+out|launched|conducted)\s+(?:indiscriminate|numerous|deliberate)\s+"
                            r"(?:attacks|strikes|bombardments)\b|"
                            r"\b(?:are|is|(?:has|have)\s+(?:also\s+)?been)\s+(?:now\s+|still\s+)?(?:carrying\s+out|launching|conducting|waging|staging)\b|\bover\s+the\s+(?:years|past\s+(?:few\s+)?(?:months|years|weeks))\b|"
                            r"\b(?:similar|such|previous)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombings)\s+in\s+the\s+past\b|"
                            r"\b(?:have|has)\s+become\s+(?:more|less|increasingly)\s+(?:frequent|common|intense|deadly)\b|"
                            r"\b(?:have|has|had)\s+(?:witnessed|seen|suffered)\s+(?:dozens|scores|hundreds|tens|thousands)\s+of\b|"
                            r"\bcontinu(?:e|es|ed|ing)\s+(?:to\b|[a-z]+ing\b)|\buntil\s+(?:today|now)\b|\bfor\s+\w+\s+(?:days|weeks|months)\s+now\b|\brepeated(?:ly)?\b|"
                            r"\bstill\s+(?:operate|operates|operating|roam|roams|roaming|lurk|lurks|lurking|hide|hides|hiding)\b|"
                            r"\blitters?\s+the\s+(?:ground|desert|area|land)\b|"  # ("where cells still operate and unexploded ordnance litters the ground")
                            r"\bongoing\b|\bincreasing\b|\bconstant(?:ly)?\b|\bincessant(?:ly)?\b|\b(?:has|have|had)\s+(?:increased|intensified|stepped\s+up|escalated)\b|"
                            r"\b(?:stepped\s+up|intensified|escalated|increased)\s+(?:its|their|the)\s+(?:\w+\s+)?"
                            r"(?:attacks|shelling|strikes|bombardment|operations|raids|campaign)\b|"
                            r"(?<!de-)\bescalat|\bpersist(?:ed|s|ing)?\b|\b(?:several|many|multiple|numerous|countless)\s+times\b|\b\d{2,}\s+times\b|\b(?:kept|keep|keeps)\s+(?:on\s+)?[a-z]+ing\b|"
                            r"\b(?:the|this|that|last)\s+(?:month|week|year|period)\s+(?:also\s+)?(?:was\s+marked\s+by|saw|witnessed)\b|"
                            r"\b(?:attacks|strikes|shelling|bombardment|raids)\s+(?:were\s+|was\s+|have\s+been\s+)?"
                            r"(?:mainly\s+|mostly\s+)?(?:focused|concentrated|centred|centered)\s+on\b|"
                            r"\b(?:weeks|months|years)\s+of\s+(?:[\w-]+\s+)?(?:fighting|clashes|battles|shelling|bombardment|siege)\b"),
                            re.IGNORECASE)
#: Gate (``observatory.extract.gates``): each alternative of _YEAR_OR_HABIT holds one of these in the folded chunk.
_HABIT_STEMS = ("19", "20", "daily", "in the past", "become", "every", "weekly", "day after", "regularly", "often", "usually", "routinely", "occasionally", "frequently", "sometimes", "recent",
                "rise", "increas", "surge", "uptick", "carried", "launched", "conducted", "executed", "carrying", "launching",
                "conducting", "waging", "staging", "over", "continu", "until", "now", "repeated", "ongoing", "intensified", "stepped",
                "escalat", "persist", "times", "kept", "keep", "marked", "saw", "witnessed", "focused", "concentrated", "centred",
                "centered", "weeks of", "months of", "years of", "still", "litter", "constant", "incessant")
#: "an ongoing attack by ISIS on positions in the X desert": one event going on now, not a trend
_ONE_ONGOING = re.compile(r"ongoing\s+(?:\w+\s+)?(?:attack|assault|battle|offensive|ambush|operation)\b(?!s)|"
                          r"ongoing\s+since\s+(?:yesterday|last\s+night|dawn|daybreak|midnight|(?:early\s+)?this\s+morning|"
                          r"the\s+early\s+hours)\b", re.IGNORECASE)  # "clashes have been ongoing since yesterday": one fight
#: Who has held the place told since when ("which has been controlled by the SNA since October 2019", "held by the
#: regime since 2018"): the year is the holder's, not the time of the event.
_HELD_SINCE = re.compile(r"\b(?:held|controlled|run|ruled|occupied|seized|captured)\s+by\s+(?:[\w'’()-]+\s+){1,8}?since\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\b", re.IGNORECASE)
_HABIT_ONLY = re.compile(r"\b(?:19|20)\d\d\b", re.IGNORECASE)
#: "In June 2022, ...", "In late August 2019, ...": the sentence opens with a month of the year, the time of one event
#: ("since the city fell in October 2019" is a period, and "lost X in March 2019" a milestone: not such an opening).
_IN_MONTH = re.compile(r"\s*In\s+(?:early\s+|late\s+|mid-?)?(?:" + MONTH_NAMES + r")\s+$", re.IGNORECASE)
NOT_VIOLENCE = re.compile(r"\bwithout\s+(?:any\s+)?incidents?\b|\bno\s+incidents?\s+(?:was\s+|were\s+)?(?:reported|recorded|registered)\b|"
                          r"\b(?:call(?:s|ed)?\s+(?:on|for|upon)|urge[sd]?|condemn(?:s|ed)?|warn(?:s|ed)?\s+(?:against|of|that|\w+\s+(?:against|not|of)))\b|"
                          r"\b(?:remain|remains|still|are|is)\s+(?:heavily\s+)?(?:contaminated|littered|strewn|planted)\s+with\b|\breinforcements?\b|"
                          r"\bcombing\s+(?:operations?|campaigns?)\b|\bto\s+comb\s+(?:the\s+)?(?:[\w-]+\s+)?(?:area|areas|desert|region|surroundings)\b|"
                          r"\bin\s+search\s+of\b|\barrest(?:ed|s|ing)?\b|\bcurfew\b|\bdetain(?:ed)?\b|\bcheckpoints?\s+were\s+set|"
                          r"\bdeploy(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,2}?(?:snipers|fighters|troops|tanks|forces)\b|"  # (round 65)
                          r"\bbodies\s+of\s+the\s+(?:dead|victims|slain)\s+(?:were|have\s+been)\s+(?:transported|transferred|taken|moved|"
                          r"handed\s+over|delivered|returned)\b|"  # ("The bodies of the dead were transported to X", round 66)
                          r"\bair[\s-]?dropp?(?:ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:weapons|arms|ammunition|supplies|aid|food|leaflets)\b|"
                           r"\b(?:looking|searching|search|sweep(?:ing|s)?|clear(?:ing|ed|s)?|remov(?:e|es|ing|ed)|dismantl\w+|defus\w+|"
                           r"demin\w+)\s+(?:for\s+|of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:land\s?mines?|mines?|IEDs?|explosives?|"
                           r"ordnance|devices?|bombs?|remnants)\b|"  # ("dismantled an explosive device": one, round 65)
                           r"\b(?:devices?|bombs?|IEDs?|mines?|booby[\s-]trapped\s+(?:car|vehicle|motorcycle))\s+(?:was|were|had\s+been)\s+"
                           r"(?:dismantled|defused|removed)\b|"  # ("a booby-trapped car was dismantled at a checkpoint", round 70)
                           r"\bfound\s+an?\s+(?:[\w-]+\s+)?(?:explosive\s+device|device|IED|bomb|landmine|mine)\b[^.;]{0,80}?\b"
                           r"(?:dismantled|defused|removed)\s+it\b", re.I)  # ("found an explosive device ... and dismantled it")


#: "helicopters carried out a landing (an airdrop) near X, detaining two suspects": a landing that takes people is an
#: arrest, where the sentence tells of no one killed or hurt ("killing one suspect and detaining two others" is an
#: attack). Only after a landing or airdrop: gunmen who ambush a patrol or clash, "detaining" soldiers, fought.
_DETAINING = re.compile(r"\b(?:landing|air[\s-]?drop)\b[^.;]*?\bdetaining\b", re.IGNORECASE)
_HARMED = re.compile(r"\b(?:kill|injur|wound|dead|died|shot)\w*", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r",\s+(?:while|whereas|as(?!\s+part\s+of\b)|meanwhile|amid|in\s+what|coinciding\s+with)\b|;\s",
                           re.IGNORECASE)  # (not "as part of"; "..., coinciding with the arrival of reinforcements": round 65)
_CAUSE = re.compile(r"\b(?:after|following|because\s+of|due\s+to|in\s+protest\s+(?:at|against))\b", re.IGNORECASE)


#: "warplanes flew intensively over the area", "drones were hovering over X", "the flight of Russian reconnaissance
#: drones over X": aircraft seen, nothing struck; a patrol
#: "escorted by helicopters", "under the cover of Russian helicopters": aircraft that only escort.
_FLIGHT = re.compile(r"\b(?:warplanes|jets|aircraft|planes|helicopters|drones)\s+(?:were\s+|was\s+|had\s+|also\s+)?"
                     r"(?:[a-z]+ly\s+)?(?:flew|flying|fly|hover(?:ed|ing)?|circl(?:ed|ing)|roam(?:ed|ing)|patroll(?:ed|ing)|"
                     r"seen|spotted)\b|\breconnaissance\s+(?:flights?|sorties)\b|"
                     r"\bflights?\s+of\s+(?:[\w-]+\s+){0,3}?(?:warplanes|jets|aircraft|planes|helicopters|drones)\b|"  # (round 65)
                     r"\b(?:escorted|accompanied|covered)\s+by\s+(?:\w+\s+){0,2}?(?:warplanes|jets|aircraft|planes|helicopters|drones)\b|"
                     r"\bunder\s+(?:the\s+)?(?:cover|protection)\s+of\s+(?:\w+\s+){0,2}?(?:warplanes|jets|aircraft|planes|helicopters|drones)\b",
                     re.IGNORECASE)
_STRUCK = re.compile(r"\b(?:struck|bombed|targeted|hit|raided|pounded|strikes?|raids?|fired|dropped|killing|killed|wounding|"
                     r"injuring|shelled|attacked)\b", re.IGNORECASE)


def no_violence(kind_at: int | None, chunk: str) -> bool:
    """A sentence of arrests, curfews, calls or demining, or of aircraft only seen in the sky; not one whose event came
    before an arrest told as its cause ("Clashes broke out in X after the SDF arrested a tribal leader")."""
    flight = _FLIGHT.search(chunk)
    if flight is not None and not _STRUCK.search(chunk) and not _LATER_CLAUSE.search(chunk, 0, flight.start()):
        return True  # (not "Fighting is still raging ..., amid intensive flights of Turkish drones")
    veto = NOT_VIOLENCE.search(chunk) or (_DETAINING.search(chunk) if _HARMED.search(chunk) is None else None)
    if veto is None or kind_at is None:
        return veto is not None
    cause = _CAUSE.search(chunk, kind_at)
    if cause is not None and kind_at < cause.start() <= veto.start():
        return False
    later = _LATER_CLAUSE.search(chunk, kind_at)  # "gunmen attacked X, while the SDF sent reinforcements": an event
    return not (later is not None and later.start() < veto.start() and NOT_VIOLENCE.search(chunk, 0, later.start()) is None)


def habitual(dates: tuple[DateMention, ...], chunk: str) -> bool:
    """Talk of a habit or a trend ("on a daily basis", "has stepped up"), or of a past year without a day in it."""
    if not has_any(folded(chunk), _HABIT_STEMS):
        return False  # no match of _YEAR_OR_HABIT is possible
    held = [(h.start(), h.end()) for h in _HELD_SINCE.finditer(chunk)] if "since" in chunk else []
    found = [m for m in _YEAR_OR_HABIT.finditer(chunk) if not _ONE_ONGOING.match(chunk, m.start())
             and not any(a <= m.start() < b for a, b in held)]  # ("..., which has been controlled by the SNA since 2019")
    if not found:
        return False
    if all(_HABIT_ONLY.fullmatch(h.group(0)) for h in found):  # only a year: "On March 5, 2019, ..." is still one event
        if all(_IN_MONTH.fullmatch(chunk, 0, h.start()) for h in found):
            return False  # "In June 2022, strikes cratered the runways": one event in a month of that year
        return not any(d.value is not None or not d.relative for d in dates)
    return True


#: "A fifth suspect was shot dead after he opened fire on the force", "One of them was killed during the raid": someone
#: killed in the raid the sentence before told only as a round of arrests.
_RAID_DEATH = re.compile(r"\s*(?:(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:suspects?|wanted\s+m[ae]n|member|gunman|fugitive)|"
                         r"(?:the|a)\s+(?:second|third|fourth|fifth|sixth)\s+[\w-]+|one\s+of\s+(?:them|the\s+\w+)|"
                         + number_words(r"\d+", plural=True) + r"\s+(?:of\s+them|suspects|wanted\s+men|others))\b[^.;]{0,60}?"
                         r"\b(?:was|were)\s+(?:also\s+)?(?:shot\s+dead|killed|shot\s+and\s+killed)\b|"
                         r".{0,120}?\b(?:killed|shot\s+dead)\b[^.;]{0,40}?\b(?:during|in)\s+the\s+(?:raids?|arrests?|"
                         r"operation|campaign|manhunt|pursuit)\b", re.IGNORECASE)


def killed_in_raid(after: str) -> bool:
    """The sentence after a round of raids and arrests tells of someone killed in it: the raid was a violent event."""
    return _RAID_DEATH.match(after) is not None
