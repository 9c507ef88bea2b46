"""Whether a sentence (or clause) tells of a violent event at all, and whether a clause of a sentence of totals tells of
one located event of its own. A sentence that sums the toll of "separate attacks" ("Two men were killed in separate
attacks in Daraa on Tuesday") tells of none of them: the attacks are told one by one after it (dead "also killed in
separate strikes on X" are of one more event, apart from the one told before). A clause under a period
its sentence names ("... 37 airstrikes since the start of the month, while regime forces fired 1,900 shells") tells
of none either; a round of raids and arrests is an event when the next sentence tells of a suspect shot dead in it.
(a sentence whose event and towns lie only inside a phrase of setting, "..., launched in response to the
bombing in X", tells of none: X is the cause of what was told. "the number of attacks on X since ... has
reached 114" counts events and tells of none, and so does "the attack is the 61st carried out by drones since
January".)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.events import only_setting, setting_spans
from observatory.extract.incident_blamed_cause import blamed_cause_only
from observatory.extract.incident_bounds import points_back
from observatory.extract.incident_came_after import came_after_one, told_next
from observatory.extract.incident_habits import habitual, killed_in_raid, no_violence
from observatory.extract.incident_milestones import milestone_only
from observatory.extract.incident_ongoing import fighting_goes_on
from observatory.extract.incident_place_scope import threatened_operation
from observatory.extract.incident_roundup import nationwide_count
from observatory.extract.incident_taken_tally import taken_over_period
from observatory.extract.mention_sides import KILLED
from observatory.extract.numbers import number_words
from observatory.extract.totals import is_period_total
from observatory.extract.totals_cues import WHOLE_WAR

if TYPE_CHECKING:
    from observatory.extract.drafts import SentenceFacts

_COUNTED = re.compile(r"\b" + number_words(r"\d+", plural=True) + r"\s+(?:\w+\s+)?\S+$", re.IGNORECASE)
_PLURAL_HIT = re.compile(r"(?:attacks|ambushes|assassinations|bombings|operations|airstrikes|air\s?strikes|strikes|raids|"
                         r"explosions|clashes|drone\s+attacks|(?:infiltration|assault)\s+attempts)$", re.IGNORECASE)


def eventful(f: SentenceFacts, chunk: str, drafting: bool, whole: str | None = None, after: str = "") -> bool:
    """Whether a sentence (or clause) tells of a violent event at all; ``whole`` is the sentence a clause is part of
    (its period, "since the start of the month", scopes each of its clauses), ``after`` the sentence after it (a
    suspect shot dead there makes a round of raids and arrests an event)."""
    if not (f.mentions or f.type_hit):
        return False
    separate = _SEPARATE_EVENTS.search(chunk)
    if separate is not None and not _ONE_MORE_APART.search(chunk, 0, separate.start()):
        return False  # "Two men were killed in separate attacks in Daraa on Tuesday": the attacks told one by one after it
    if f.type_hit and not f.mentions and told_next(chunk, after):
        return False  # "The strike came days after another Israeli attack.": the next sentence tells it
    if f.type_hit and not f.mentions and came_after_one(chunk):
        return True  # "The escalation came after a drone attack on X": the one event it followed, told in passing
    if f.mentions and f.type_hit and not any(not m.quantity.vague for m in f.mentions) and \
            fighting_goes_on(chunk, _kind_word(f), bool(f.dates)):
        return False  # "the battles have been going on since December, and the regime lost dozens there": a campaign
    if f.type_hit and not f.dates and not any(not m.quantity.vague for m in f.mentions) and WHOLE_WAR.search(chunk) \
            and not any(not p.governorate for p in f.places):
        return False  # "Landmines have killed thousands of Syrians since the conflict began": the war's toll
    kind_at = f.type_hit[1] - f.sentence.start if f.type_hit else None
    if not f.mentions and (habitual(f.dates, _main_clause(chunk, kind_at)) or no_violence(kind_at, chunk)
                           and not (f.type_hit and killed_in_raid(after))) or \
            not f.type_hit and nationwide_count(chunk):
        return False  # talk of a habit, no violence, or a count over the whole country
    if not f.mentions and (threatened_operation(chunk) or not f.dates and not _placed_outside_setting(f, chunk) and only_setting(chunk)):
        return False  # "The province has been witnessing chaos amid the spread of kidnapping gangs": conditions
        # (or "..., which it launched in response to the bombing in X": the event in X is only its cause; "since Ankara
        # threatened in May to launch a new military operation ... targeting Tal Rifaat": none done, round 74)
    if blamed_cause_only(f, chunk) or taken_over_period(chunk) or milestone_only(f, chunk):
        return False  # "..., after a deadly bombing in X that Ankara blamed on the PKK": the cause a party gave; "abducted
        # more than 60 truffle hunters during the season": a tally; "The attack is the deadliest since ...": a milestone
    if not f.mentions and f.type_hit and points_back(f.sentence_text, 0, f.type_hit[1] - f.sentence.start) and \
            not any(not p.governorate for p in f.places):
        return False  # "SOHR confirmed the toll of today's shelling": the event is told already
    located = any(not p.governorate for p in f.places)
    keyword = chunk[:f.type_hit[2] - f.sentence.start] if f.type_hit else ""
    own_dates = [d for d in f.dates if f.sentence.start <= d.start < f.sentence.end]  # (not a day the clause inherits)
    if not f.mentions and not own_dates and not located and f.type_hit and _PLURAL_HIT.search(keyword) and \
            not _COUNTED.search(keyword):
        return False  # "executing attacks and ambushes", "the perpetrators of most attacks": events in general, not one
        # of them ("two attacks" are some)
    if not f.mentions and "umber" in chunk and (_EVENT_COUNT.search(chunk) or _DEAD_COUNT.search(chunk)):
        return False  # "the number of attacks on US bases since October has reached 114": a count of events
    if not f.mentions and _MOST_TARGETED.search(chunk):
        return False  # "The Tal Tamr district was the most targeted area, followed by ...": places ranked over a period
    if _counted_or_arrests(f, chunk):
        return False  # "SOHR also documented 91 assassination attempts in which the targets survived": events counted
    if not f.mentions and _NTH_EVENT.search(chunk):
        return False  # "Tuesday's attack is the 61st carried out by Turkish drones since ...": events counted, none told
    if not f.mentions and not located and _DAYS_ON.search(chunk):
        return False  # "clashes went on for a sixth day in Deir Ezzor": fighting over days, not one event
    if not f.mentions and f.type_hit and fighting_goes_on(chunk, _kind_word(f), bool(f.dates)):
        return False  # "fighting has raged around X since the fall of Y", "battles continue for a fifth day": a campaign
    if not f.mentions and f.type_hit and _MANY_OVER_TIME.search(whole or chunk) and \
            any(int(n.replace(",", "")) > _FEW for n in _MANY_EVENTS.findall(chunk)):
        return False  # "carried out more than 1,400 airstrikes during the year": a tally of a period, not one event
    if not f.mentions and any(int(n.replace(",", "")) > _FEW for n in _INCIDENTS_OF.findall(chunk)):
        return False  # "the attacks included 131 incidents of artillery shelling": a tally by kind (round 65)
    return bool(f.type_hit) or any(m.role == KILLED or m.side for m in f.mentions) or drafting


def _counted_or_arrests(f: SentenceFacts, chunk: str) -> bool:
    """Events a monitor counted ("documented 91 assassination attempts"; in words, over a period: "Since May, SOHR has
    documented nine air strikes"), or a security campaign told only by the arrests it made ("launched a security
    campaign in A and B, detaining 11 suspects"): no event of violence told."""
    if not f.mentions and f.type_hit and f.type_hit[0] == "attack" and _ARRESTS_ONLY.search(chunk) and not _FIRED.search(chunk):
        return True
    if any(not m.quantity.vague for m in f.mentions):
        return False
    counts = list(_EVENTS_DOCUMENTED.finditer(chunk))
    return any(m.group("words") is None for m in counts) or bool(counts) and _WORDS_OVER_TIME.search(chunk) is not None


def _kind_word(f: SentenceFacts) -> str:
    """The words of the sentence's type hit ("clashes", "an ambush")."""
    if f.type_hit is None:
        return ""
    return f.sentence_text[f.type_hit[1] - f.sentence.start:f.type_hit[2] - f.sentence.start]


def _placed_outside_setting(f: SentenceFacts, chunk: str) -> bool:
    """The sentence names a town outside its phrases of setting."""
    towns = [p.start - f.sentence.start for p in f.places if not p.governorate]
    if not towns:
        return False
    spans = setting_spans(chunk)
    return any(not any(s <= at < e for s, e in spans) for at in towns)


#: A place ranked by the attacks it took over a period: "was the most targeted area", "the hardest-hit district" (round 59).
_MOST_TARGETED = re.compile(r"\bthe\s+(?:most|worst|hardest)[\s-]+(?:targeted|hit|affected|shelled|bombed)\b|"
                            # "The towns of A, B and C topped the list of areas that witnessed such attacks" (round 60)
                            r"\b(?:topped|headed|led)\s+the\s+list\s+of\s+(?:the\s+)?(?:areas|places|towns|villages|regions|districts|"
                            r"provinces|governorates)\b", re.IGNORECASE)
#: A monitor's count of events ("documented 91 assassination attempts", "recorded 37 attacks"): events counted over a
#: period, none of them told (round 60). A count in words is such a tally only with the period it covers ("Since the
#: 8th of May, SOHR has documented nine air strikes carried out by Jordanian warplanes", round 62: ``_WORDS_OVER_TIME``).
_EVENTS_DOCUMENTED = re.compile(r"\b(?:documented|recorded|registered|counted|monitored)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?"
                                r"(?:\d[\d,]*|(?P<words>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of))\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:attacks|attempts|assassinations|operations|strikes|airstrikes|raids|"
                                r"incidents|explosions|bombings|ambushes)\b", re.IGNORECASE)
_WORDS_OVER_TIME = re.compile(r"\bsince\b|\bso\s+far\b|\b(?:during|over|in)\s+the\s+(?:past|last|month|year|week)\b", re.IGNORECASE)


#: A security campaign told only by whom it took, in a clause of its own ("..., detaining 11 suspects"; round 62): arrests
#: are no incident (SCHEMA).
_ARRESTS_ONLY = re.compile(r"\b(?:security|combing|sweep(?:ing)?|arrest|raid(?:ing)?)\s+(?:campaigns?|operations?)\b[^.;]*?,\s*"
                           r"(?:detaining|arresting)\b", re.IGNORECASE)
_FIRED = re.compile(r"\b(?:clash|fire|fired|firing|gunfight|shot|shoot|resist|exchange|killed|wounded|injured|dead)", re.IGNORECASE)


#: "killed in separate attacks", "in different incidents": a joint toll of several events, none of them told here.
_SEPARATE_EVENTS = re.compile(r"\b(?:in|during|by)\s+(?:separate|different|various|distinct|unrelated)\s+(?:[\w-]+\s+)?"
                              r"(?:attacks|incidents|shootings|explosions|bombings|assassinations|events|strikes|ambushes)\b",
                              re.IGNORECASE)


#: "Four fighters were also killed in separate strikes on ...": one more event, apart from the one told before.
_ONE_MORE_APART = re.compile(r"\b(?:also|meanwhile|separately)\b", re.IGNORECASE)


#: ", where the cells have gathered in recent weeks": a clause that tells of the place, not of the event; ", sparking
#: clashes that are still ongoing", ", and their fate remains unknown until now": one that tells what came of it.
_PLACE_CLAUSE = re.compile(r",\s+(?:(?:where|an\s+area\s+where|a\s+region\s+where)\s+(?![^.;]*\b(?:killed|killing|wounded|injured)\b)|"
                           r"(?:sparking|triggering)\s+(?:\w+\s+)?(?:clashes|fighting|battles)\b|and\s+(?:his|her|their)\s+fate\b)",
                           re.IGNORECASE)


def _main_clause(chunk: str, kind_at: int | None) -> str:
    """The sentence without a closing clause that describes the place after the event ("..., where the cells have
    gathered in recent weeks") or what came of it ("..., sparking clashes that are still ongoing")."""
    m = _PLACE_CLAUSE.search(chunk, kind_at or 0)
    return chunk if m is None or kind_at is None else chunk[:m.start()]


#: "the number of attacks on X since ... has reached 114", "brings the number of drone strikes to 41": events counted.
_EVENT_COUNT = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|airstrikes|operations|escalations|bombings|"
                          r"assassinations|incidents|raids|explosions|ambushes|violations)\b[^.;]{0,120}?"
                          r"\b(?:(?:has|have|had)\s+(?:risen|reached|climbed|increased|exceeded)|rose|rises|reached|reaches|"
                          r"stands?\s+at|stood\s+at|to\s+\d)", re.IGNORECASE)


#: "The attack is the 61st carried out by drones since January", "marks the 14th time that jets struck ... this year",
#: "was the fifth of its kind since ...": the event told before, counted among others.
_NTH_EVENT = re.compile(r"\b(?:is|was|marks|marked|becomes|became|being)\s+(?:now\s+)?the\s+(?:\d+(?:st|nd|rd|th)|"
                        r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)"
                        r"(?:-[a-z]+)?)\s+(?:such\s+|similar\s+)?(?:[\w-]+\s+){0,2}?(?:time|of\s+its\s+kind|carried|launched|conducted|"
                        r"(?:attack|strike|airstrike|raid|bombing|incident|assassination|explosion|operation)s?)\b")
#: "the number of soldiers who were killed in the desert since 24 March 2019 in attacks and mines": the dead of a period
#: counted (a sentence cut before its figure tells of no event either).
_DEAD_COUNT = re.compile(r"\bnumber\s+of\s+[^.;]{0,200}?\b(?:killed|died|dead|deaths|lost\s+their\s+lives)\b[^.;]{0,150}?"
                         r"\bsince\b", re.IGNORECASE)
_ORDINAL_DAY = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
#: "for a sixth day", "for the third consecutive day", "entered their fifth day", "for four days now".
_DAYS_ON = re.compile(rf"\bfor\s+(?:a|the)\s+{_ORDINAL_DAY}\s+(?:consecutive\s+|straight\s+|successive\s+|running\s+)?day\b|"
                      rf"\b(?:entered|entering|enters|into)\s+(?:its|their|the)\s+{_ORDINAL_DAY}\s+day\b|"
                      r"\bfor\s+" + number_words("several", r"\d+", plural=True) + r"\s+(?:consecutive\s+|straight\s+)?days\s+(?:now|in\s+a\s+row)\b",
                      re.IGNORECASE)
_MANY_OVER_TIME = re.compile(r"\b(?:during|throughout|over|in|within)\s+the\s+(?:past\s+|last\s+|whole\s+|entire\s+|same\s+)?"
                             r"(?:year|month|week|period|\d+\s+(?:hours|days|weeks|months))\b|\bin\s+(?:19|20)\d\d\b|"
                             r"\b(?:during|throughout|in)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|"
                             r"August|September|October|November|December)\b(?!\s+\d)|"
                             r"\bsince\s+(?:the\s+(?:beginning|start)|early|late|mid|January|February|March|April|May|June|"
                             r"July|August|September|October|November|December|\d|yesterday|last\s+(?:week|month)|"
                             r"(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))",
                             re.IGNORECASE)
_MANY_EVENTS = re.compile(r"\b(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:attacks|ambushes|bombings|operations|air\s?strikes|strikes|raids|"
                          r"explosions|shells|rockets|missiles|sorties|barrel\s+bombs|bombs)\b", re.IGNORECASE)
def tallied_before(work: str, end: int) -> bool:
    """The text before ``end`` counts many strikes or attacks ("carried out more than 80 airstrikes"): "the raids" of a
    later sentence point back to them."""
    return any(int(n.replace(",", "")) > _FEW for n in _MANY_EVENTS.findall(work, 0, end))


_TOLL_WORDS = re.compile(r"\b(?:rose|risen|rises|raising|reached|increased|climbed)\s+to\b|\btoll\b|\bnumber\s+of\b|"
                         r"\b(?:these|those)\s+(?:cells|forces|attacks|gunmen)\b", re.IGNORECASE)


def incident_clause(f: SentenceFacts, chunk: str) -> bool:
    """A clause of a long sentence of totals that tells of one located event of its own ("..., where gunmen shot a
    member of the SDF in the town of X, ...") rather than adding up many."""
    if not f.type_hit or not any(not p.governorate for p in f.places) or is_period_total(chunk) or _TOLL_WORDS.search(chunk):
        return False
    keyword = chunk[:f.type_hit[2] - f.sentence.start]
    if _PLURAL_HIT.search(keyword) or keyword.lower().endswith("ing"):
        return False  # "these cells assassinating 81 civilians": a tally of a kind of event, not one event
    if any(_FEW < int(n.replace(",", "")) < 1900 for n in re.findall(r"\b\d[\d,]*\b", _AGE.sub(" ", chunk))):
        return False  # "documented the assassination of 190 civilians"
    return all(m.value <= _FEW for m in f.mentions)


#: A person's age ("Ahmad al-X, 53, was killed", "aged 40", "a 35-year-old man") is no figure of a tally.
_AGE = re.compile(r"(?<=[a-z]),\s*\d{1,2}\s*(?=,)|\baged\s+\d{1,2}\b|\b\d{1,2}[\s-]years?[\s-]old\b", re.IGNORECASE)
_FEW = 10  # a figure above this inside a sentence of totals is a tally, not one event's toll
#: Events counted as "incidents" or "cases" of a kind: "131 incidents of artillery and rocket shelling".
_INCIDENTS_OF = re.compile(r"\b(\d[\d,]*)\s+(?:incidents|cases)\s+of\b", re.IGNORECASE)
