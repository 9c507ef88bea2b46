"""Where an event happened, among the places a sentence names (not the home towns of its victims, not the hospital the
wounded were taken to or died in, also "a hospital in the town of X" (and strikes counted "on hideouts in the
area", with no place of their own, hit where the incident before them happened), not where a victim was going, not the direction a missile came from, not where
those accused of it are based; "Damascus's Mezzeh" is Mezzeh in Damascus), and the governorate a report's dateline or
a section label gives. (where a victim "accused of dealing drugs in X" was killed is X: what he was accused
of is no one based there; "from the direction of the Mediterranean, west of X": the direction, not the place.)
(strikes "on the area" or "at the site", told with no place of their own, hit where the incident before them
happened.) (where the side that fires is, "Rebels in Eastern Ghouta responded by firing rockets at
Damascus", is not where the rockets fell, when the sentence names that place too.) (fire "on the same axis" or "on the
same front", with no place of its own, is where the incident before it happened.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from observatory.extract.incident_air_sequel import struck_in_response
from observatory.extract.incident_breadcrumbs import breadcrumb_governorate
from observatory.extract.incident_caps_town import caps_town_governorate, title_town_governorate
from observatory.extract.numbers import number_words
from observatory.extract.places import PlaceMention, governorate_mentions, governorate_of, place_mentions
from observatory.extract.text import Sentence

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: Who fired or launched it ("by 'militants'"), not yet where it fell ("by Turkish forces fell on houses not far from
#: X": X is near where it happened).
_BY_WHOM = (r"(?:(?!\b(?:fell|falls?|hit|hits|struck|strikes?|landed|lands?|targeted|targeting|killed|killing|on|at|near|far|"
            r"metres|meters|kilometres|kilometers|km)\b)[^.;,()]){1,40}?")
#: "... fired from the direction of the Golan Heights": where a weapon came from, not where the event happened.
FROM_DIRECTION = re.compile(r"\bfrom\s+(?:the\s+)?direction\s+of\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?$|"
                            r"\bdirection\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                            r"off(?:\s+the\s+coast\s+of)?)\s+(?:the\s+)?$|"
                            r"\b(?:fired|launched|came|coming)\s+(?:by\s+" + _BY_WHOM + r"\s+)?from\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?$",
                            re.IGNORECASE)  # ("drones launched by 'militants' from the Idlib zone": where they came from)

#: "most of them from", "all of whom were from", "who are from": where the victims come from, never where it happened.
_GROUP_FROM = (r"\b(?:(?:of\s+(?:them|whom)|who)\s+(?:(?:is|are|was|were|came|come|hailed|hail)\s+)?(?:originally\s+)?from|"
               r"(?:is|are|was|were)\s+originally\s+from|hail(?:s|ed|ing)\s+(?:originally\s+)?from|natives?\s+of)")
#: "seven civilians from the town of X in Idlib countryside", "a regime soldier from Latakia": where the victims came
#: from, not where they were killed.
_ORIGIN = re.compile(r"(?:" + _GROUP_FROM + r"|"
                     r"\b(?:civilians?|people|persons?|man|men|woman|women|child|children|youths?|members?|fighters?|natives?|"
                     r"residents?|workers?|shepherds?|displaced|originally|hailing|famil(?:y|ies)|sons?|brothers?)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:from|of)|"
                     # (trades and ranks by "from" only: "the farmers of Qastoun", "the teachers of X" work there)
                     r"\b(?:soldiers?|conscripts?|recruits?|officers?|merchants?|traders?|drivers?|teachers?|students?|farmers?|"
                     r"doctors?)\s+(?:[\w-]+\s+){0,2}?from|"
                     # ("The man, a fighter of the Deir Ezzor Military Council from the village of X": his unit, then his home)
                     r",\s*an?\s+(?:[\w-]+\s+)?(?:fighter|member|commander|soldier|officer)\s+(?:of|in|with)\s+[^,.;()]{3,60}?\s+from)"
                     r"\s+(?:the\s+)?(?:(?:city|town|village|area|camp)\s+of\s+|(?:an?\s+(?:city|town|village)\s+(?:in|of)\s+"
                     r"(?:the\s+)?)?(?:[\w-]+ern\s+)?countryside\s+of\s+)?$",
                     re.IGNORECASE)
_GROUP_RE = re.compile(_GROUP_FROM, re.IGNORECASE)


def _never_there(origin: str) -> bool:
    """The words before a home say the text names it as a home only ("most of them from X", "who hailed from X", "was
    originally from X", "a native of X"), never as where the event took place, even when the sentence names no other."""
    return _GROUP_RE.search(origin) is not None or origin.lstrip().startswith(",")  # (", a fighter of X from": an apposition)


#: A province's or town's possessive right before a place ("a merchant from Daraa's Busra al-Harir").
_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:['’]s|(?<=s)['’])\s+$")


def _origin_before(work: str, p: PlaceMention, start: int) -> re.Match[str] | None:
    """The words naming the place as someone's home, right before it or before the possessive it is named with
    ("a merchant from Daraa's Busra al-Harir": Busra al-Harir, his home as Daraa is)."""
    before = work[max(start, p.start - 100):p.start]  # (an apposition of unit and home may run long)
    found = _ORIGIN.search(before)
    owner = _OWNER_BEFORE.search(before) if found is None else None
    return _ORIGIN.search(before, 0, owner.start()) if owner is not None else found


_ORIGIN_CHAIN = re.compile(r"^\s*(?:city|town|village|area|camp)?\s*(?:,|\bin|\bof|\bnear|\band)\s+(?:the\s+)?(?:[\w-]+ern\s+|"
                           r"(?:north|south|east|west)\s+of\s+)?"
                           r"(?:countryside\s+of\s+)?$", re.IGNORECASE)


#: "hospitalized at al-Hikmah", "taken to a hospital in X", "airlifted to the base at Y", "heading towards hospitals in
#: Z": where the wounded (or captives) were brought, not where it happened (a victim "heading to X" was on his way there).
_CARE = r"(?:[\w-]+\s+){0,2}?(?:hospitals?|base|airbase|airport)\s+(?:in|of|at|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
_CARRIED_TO = re.compile(r"\b(?:(?:hospitali[sz]ed|taken|transferred|rushed|transported|admitted|evacuated|brought|flown|"
                         r"airlifted)\s+(?:[\w-]+\s+){0,3}?(?:at|to|in|into|towards?)\s+(?:the\s+)?(?:" + _CARE + r")?|"
                         r"(?:heading|headed)\s+(?:to|towards?)\s+(?:the\s+)?" + _CARE + r")$", re.IGNORECASE)


#: "died of his wounds in a military hospital in X", "on his way to Y", "in hospitals in X and across the border in
#: Turkey" (round 72): where a victim was treated or was going,
#: not where the event happened.
_ELSEWHERE = re.compile(r"\b(?:in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospitals?\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|"
                        r"\bon\s+(?:his|her|their|its)\s+way\s+(?:back\s+)?to\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$|"
                        r"\bhospitals?\s+(?:in|of)\s+[^.;,]{1,40}?\s+and\s+(?:(?:across|over)\s+the\s+border\s+)?(?:in|to)\s+(?:the\s+)?$",
                        re.IGNORECASE)


#: "the SDF brought reinforcements from X", "troops were dispatched from Y": where forces came from.
_SENT_FROM = re.compile(r"\b(?:reinforcements?|brought|sent|dispatched|deployed)\b[^.;,]{0,50}?\bfrom\s+(?:the\s+)?"
                        r"(?:(?:city|town|province|governorate)\s+of\s+)?$", re.IGNORECASE)
#: "..., then withdrew toward the town of X", "before fleeing to Y", "withdrew towards the desert of Z": where the
#: attackers went afterwards.
_WENT_TO = re.compile(r"\b(?:withdr[ae]w\w*|fled|flee\w*|retreat\w*|escap\w*)\s+(?:[\w-]+\s+){0,2}?(?:to|toward|towards|into)\s+"
                      r"(?:the\s+)?(?:(?:[\w-]+ern\s+)?(?:town|village|city|area|desert|countryside|outskirts)\s+of\s+)?$",
                      re.IGNORECASE)
#: "kidnapped two men while they were returning from Damascus", "a bus coming back from X": where people were coming
#: from, not where the event on their way happened.
_CAME_FROM = re.compile(r"\b(?:returning|coming\s+back)\s+from\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
                        re.IGNORECASE)
#: "... and the administrative border with Deir Ezzor", "..., which borders the province of Idlib": a line the event came
#: up to, or a neighbour of where it happened.
_BOUNDARY = re.compile(r"(?:\b(?:administrative\s+)?(?:borders?|boundar(?:y|ies))\s+(?:with|of)|"
                       r"\b(?:which|that)\s+(?:also\s+)?borders|\bbordering)\s+(?:the\s+)?"  # ("..., which borders the province of Idlib")
                       r"(?:(?:province|governorate)\s+of\s+)?$", re.IGNORECASE)
#: "near the al-Sinaa roundabout in al-Bab", "... roundabout in the city": a landmark of the city it is placed in,
#: whose name a town elsewhere may share; not a town of its own.
_LANDMARK_AFTER = re.compile(r"\s+roundabouts?\s+in\s+(?:the\s+(?:city|town)\b|(?:the\s+)?(?:city\s+of\s+)?"
                             r"(?:[a-z]{1,3}-)?[A-Z])")
#: "DAMASCUS, Dec. 3 (Xinhua) --", "BEIRUT, Jan 20 (Reuters) -": a wire agency's dateline, where the story was filed.
_FILED_AT = re.compile(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?\((?:Xinhua|AFP|Reuters|AP|UPI|dpa|Anadolu)\)\s*[-\u2013\u2014]")
#: "with machine guns and RPGs": a weapon's acronym in the plural, not a place.
_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _cut_off(work: str, p: PlaceMention) -> bool:
    """A name the page's cut ends inside ("... the deserts of Palmy"): the last word of a long text cut mid-sentence
    (a short text without a full stop, such as a headline, keeps its last word)."""
    if len(work) < _CUT_LENGTH or len(work) - p.end > _TAIL or p.end == 0:
        return False
    return not work[p.end:].strip() and work[p.end - 1].isalnum()


_CUT_LENGTH = 1500  # pages are stored cut near 2,000 characters
_TAIL = 20  # what may follow the cut word: spaces


#: "The government accused 'terrorist organizations' in Idlib of carrying out the attack": where the accused are, not
#: where the event happened.
_ACCUSED_IN = re.compile(r"\b(?:accused|accusing|accuses|blamed|blaming|blames)\s+(?!of\b)[^.;,]{0,60}?\b(?:in|based\s+in|from)\s+"
                         r"(?:the\s+)?(?:(?:province|city|region)\s+of\s+)?$", re.IGNORECASE)
#: "drones launched from areas controlled by the factions in Idlib", "fired missiles from their positions in the western
#: countryside of Aleppo": the province the fire came from (the shooter's own ground), not where it fell. Only a
#: province: a town or desert named so may be all the text says of where the strike was.
_FIRED_FROM_HELD = re.compile(r"\b(?:fired|launched|lobbed|shot)\b[^.;]{0,60}?\bfrom\s+(?:their|its|his|the)?\s*(?:own\s+)?"
                              r"(?:positions?|posts?|bases?|areas?|territor(?:y|ies))\b[^.;,]{0,50}?\bin\s+(?:the\s+)?"
                              r"(?:(?:[\w-]+ern|north|south|east|west)\s+)?(?:(?:countryside|outskirts|desert|province|region)\s+of\s+"
                              r"(?:the\s+)?)?$", re.IGNORECASE)
#: "The Russian Reconciliation Centre at Hmeimim said ...": the seat of a body that speaks, not where the event happened.
_SEAT_OF = re.compile(r"\bReconciliation\s+Cent(?:er|re)\s+(?:at|in)\s+(?:the\s+)?(?:Russian\s+)?$", re.IGNORECASE)
_SPEAKS = re.compile(r"(?:\s+(?:air\s?base|base|airport))?\s+(?:said|says|claimed|claims|announced|stated|denied|reported)\b",
                     re.IGNORECASE)


def _seat_of_speaker(work: str, p: PlaceMention, start: int) -> bool:
    """The place is the seat of a body that makes a statement ("the Russian Reconciliation Centre at Hmeimim said
    its jets struck X"): where the statement came from, not where the event happened."""
    return _SEAT_OF.search(work, max(start, p.start - 50), p.start) is not None and _SPEAKS.match(work, p.end) is not None


#: "jets that took off from the Hmeimim base", "planes had taken off from X": where aircraft came from, not where
#: they struck.
_TOOK_OFF = re.compile(r"\b(?:took|taken|taking|takes?)\s+off\s+from\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:air\s?base|base|airport)\s+"
                       r"(?:of|in|at|near)\s+(?:the\s+)?)?$", re.IGNORECASE)
#: What a place's words before it (up to so many characters back) say it is not: where the wounded were carried or
#: treated, where shells came from, where forces were sent from or fled to, where the accused are, where aircraft
#: took off from, where travellers were coming from.
_NOT_WHERE_IT_HAPPENED: tuple[tuple[re.Pattern[str], int], ...] = (
    (_CARRIED_TO, 70), (_ELSEWHERE, 50), (FROM_DIRECTION, 60), (_SENT_FROM, 80), (_WENT_TO, 60), (_ACCUSED_IN, 90),
    (_TOOK_OFF, 60), (_CAME_FROM, 40))


#: "Damascus's Mezzeh neighbourhood", "Damascus' Mezzeh", "Idlib's Ariha", "Qamishli's Hilaliya": a place named with
#: the city or province it belongs to (an owner ending in "s" may take the apostrophe alone; an owner's second word may
#: open with a particle: "Deir ez-Zor's Busayrah", "Deir al-Zor's Hajin").
_POSSESSIVE = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w-]*)?)(?:['’]s|(?<=s)['’])\s+(?P<own>(?:[a-z]{1,3}-)?[A-Z].*)")


#: After a town's possessive, the word for a part of a town: "Qamishli's Hilaliya neighbourhood" (not "Hamza's Garage").
_PART_OF_TOWN = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|districts?|roundabouts?|squares?|streets?)\b", re.IGNORECASE)


def _possessive(work: str, p: PlaceMention) -> list[PlaceMention]:
    """A place named with a governorate's possessive ("Damascus's Mezzeh"), or a part of a town named with the town's
    ("Qamishli's Hilaliya neighbourhood"): the place, and the governorate or the town (which the geocoder may know
    when the part of it is not)."""
    m = _POSSESSIVE.fullmatch(p.name)
    if m is None or p.governorate or governorate_of(m.group("owner")) is None and not _PART_OF_TOWN.match(work, p.end):
        return [p]
    return [PlaceMention(m.group("own"), p.start + m.start("own"), p.end),
            PlaceMention(m.group("owner"), p.start, p.start + m.end("owner"), governorate_of(m.group("owner")))]


#: "Rebels in Eastern Ghouta", "factions based in X", "militants stationed (positioned, deployed) in Y": the place of the
#: side that fires (or infiltrates toward a post)...
_ACTOR_IN = re.compile(r"\b(?:rebels?|factions|fighters|militants|militias|militiamen|gunmen|forces|groups)\s+(?:[\w-]+\s+)?"
                       r"(?:in|inside|based\s+in|stationed\s+in|positioned\s+in|deployed\s+in|entrenched\s+in|holed\s+up\s+in)\s+(?:the\s+)?"
                       r"(?:(?:besieged|rebel-held|opposition-held)\s+)?(?:(?:enclave|region|area|town|city)\s+of\s+)?$",
                       re.IGNORECASE)
#: ... then fires: "responded by firing", "fired rockets", "shelled", "launched".
_ACTOR_FIRES = re.compile(r"\s*,?\s*(?:[\w-]+\s+){0,2}?(?:responded|retaliated|fired|shelled|launched|pounded|targeted|lobbed|"
                          r"infiltrated)\b",
                          re.IGNORECASE)


#: "shells fired by the factions operating in X", "rockets launched by the SDF from their positions in the countryside
#: of X": the ground of whoever fired, named after the fire ...
_FIRED_BY_IN = re.compile(r"\b(?:fired|launched|lobbed)\s+by\s+[^.;,]{0,60}?\b(?:in|inside|from)\s+(?:the\s+)?"
                          r"(?:(?:[\w-]+ern|north|south|east|west)\s+)?(?:(?:countryside|outskirts|region|area|enclave)\s+of\s+"
                          r"(?:the\s+)?)?$", re.IGNORECASE)
#: ... then where it came down: "... landed on Y", "... hit the Z district", "... fell near a school", "... slammed into
#: several districts", "... crashed into a house", "... rained down on Y".
_CAME_DOWN = re.compile(r"[^.;,]{0,40}?\b(?:landed|landing|hit|hitting|fell|falling|struck|striking|slammed|slamming|crashed|"
                        r"crashing|smashed|rained|raining|exploded|impacted)\b", re.IGNORECASE)


def _actor_base(work: str, p: PlaceMention, start: int) -> bool:
    """The place is where the side that fires is ("Rebels in Eastern Ghouta responded by firing rockets at Damascus",
    "shells fired by the factions in X landed on Y"): where the shells came from, not where they fell."""
    if _ACTOR_IN.search(work, max(start, p.start - 70), p.start) is not None and _ACTOR_FIRES.match(work, p.end):
        return True
    return _FIRED_BY_IN.search(work, max(start, p.start - 110), p.start) is not None and \
        _CAME_DOWN.match(work, p.end) is not None


#: "on the road to X", "heading to his work in Y", "a convoy heading toward the post in Z": where the road, the victim
#: or the convoy was going, when the sentence names another place (where he came from, or where it happened).
_DESTINATION = re.compile(r"\b(?:on\s+the\s+(?:road|highway)\s+(?:leading\s+)?to|(?:heading|going|travell?ing)\s+to\s+"
                          r"(?:his|her|their)\s+(?:work|job|workplace|university|school)\s+in|"
                          # ("a convoy heading toward the observation post in X was hit near Y": where it was going)
                          r"(?:heading|headed|moving|travell?ing|en\s+route|on\s+(?:its|their)\s+way)\s+(?:back\s+)?(?:to|toward|towards)"
                          r"(?:\s+the)?(?:\s+[\w-]+){0,2}?\s+(?:post|base|point|positions?|headquarters|checkpoint)\s+(?:in|of|at|near))\s+(?:the\s+)?"
                          r"(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)


#: "a resident of X told ...", "Residents of X said ...", "a man from X told Al-Monitor": one who speaks of the events,
#: where he lives; "families displaced from X": where people fled from. Neither is where the event happened.
_SPEAKER_AFTER = re.compile(r"[^.,;:\n\"“”]{0,45}?\b(?:told|tells|said|says|complained|complain|complains)\b", re.IGNORECASE)
_DISPLACED_FROM = re.compile(r"\bdisplaced\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)


def _home_elsewhere(work: str, p: PlaceMention, start: int) -> bool:
    """The home the text names for someone is not even where the sentence's event is: the home of one who speaks of
    it ("a resident of X told ...") or the place people were displaced from ("families displaced from X")."""
    return _SPEAKER_AFTER.match(work, p.end) is not None or \
        _DISPLACED_FROM.search(work, max(start, p.start - 60), p.start) is not None


def event_places(work: str, found: list[PlaceMention], start: int) -> list[PlaceMention]:
    """Places where the event happened: the home towns of its victims (and the province named with them), and where
    those accused of it are based, are left out."""
    found = [part for p in found for part in _possessive(work, p)]
    kept: list[PlaceMention] = []
    origin_end = -1
    inside = [p for p in found if not _BOUNDARY.search(work[max(start, p.start - 50):p.start])]
    found = inside or found  # a boundary named alone is all the text says of where
    found = [p for p in found if not _ACRONYM.fullmatch(p.name) and not _cut_off(work, p)
             and not _LANDMARK_AFTER.match(work, p.end) and not _seat_of_speaker(work, p, start) and not _FILED_AT.match(work, p.end)
             and not any(rx.search(work[max(start, p.start - back):p.start]) for rx, back in _NOT_WHERE_IT_HAPPENED)]
    found = [p for p in found if not (p.governorate and _FIRED_FROM_HELD.search(work, max(start, p.start - 140), p.start))]
    ahead = [p for p in found if _DESTINATION.search(work, max(start, p.start - 60), p.start)]
    if ahead and len(ahead) < len(found):  # "kidnapped a man from X on the road to Y": Y, where he was going, is not it
        found = [p for p in found if p not in ahead]
    based = [p for p in found if _actor_base(work, p, start)]
    if based and len(based) < len(found):  # "Rebels in X responded by firing rockets on Y": Y, where they fell
        found = [p for p in found if p not in based]
    homes: list[PlaceMention] = []  # home towns of a group of victims ("most of them from X"): never the place
    for p in found:
        origin = _origin_before(work, p, start)
        if origin or origin_end >= 0 and _ORIGIN_CHAIN.match(work[origin_end:p.start]):
            if origin is not None and _never_there(origin.group(0)) or origin is None and homes and homes[-1].end == origin_end:
                homes.append(p)
            origin_end = p.end
            continue
        origin_end = -1
        kept.append(p)
    if kept:
        return kept
    return [p for p in found if p not in homes and not _home_elsewhere(work, p, start)]  # "a man from X was killed"


def dateline_governorate(work: str, sents: list[Sentence], geocoder: Any) -> tuple[str | None, bool]:
    """A governorate given as a dateline ("Deir Ezzor province:", "DARAA, Syria (North Press) -", or a town's:
    "QAMISHLI, Syria"), and whether it is a wire dateline ("DAMASCUS, Syria (AP)": where the story was filed)."""
    from observatory.extract.assemble import resolve_admin1

    for sent in sents[:4]:
        if sent.heading:
            continue
        wire = WIRE_DATELINE.match(work, sent.start, sent.end)
        gov = section_governorate(work, sent)
        if gov is None and wire is not None:
            gov = resolve_admin1(wire.group("town").strip().title(), geocoder)
        return gov or _caps_dateline(work, sents[:4]), wire is not None
    return None, False



def report_governorate(work: str, sents: list[Sentence], geocoder: Any) -> tuple[str | None, bool]:
    """The governorate the report's dateline gives, else its byline's ("Aleppo | November 2, 2019"), else its
    breadcrumb's ("Home | News | Daraa"), and whether it is lent only where no located incident lies elsewhere: a wire
    dateline (where the story was filed) or a breadcrumb (the section the site filed a report of several provinces
    under)."""
    gov, wire = dateline_governorate(work, sents, geocoder)
    gov = gov or byline_governorate(work, sents)
    crumb = None if gov else breadcrumb_governorate(work, sents) or caps_town_governorate(work, sents, geocoder) or \
        title_town_governorate(work, sents, geocoder)
    return (crumb, True) if crumb else (gov, wire)

#: "HASAKAH - An Iraqi woman was shot ...": a town in capitals opening a line of the story, then a dash.
CAPS_DATELINE = re.compile(r"\s*(?P<town>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]+){0,2})\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014]\s+(?=[A-Z])")


def _caps_dateline(work: str, sents: list[Sentence]) -> str | None:
    """The governorate of a dateline in capitals ("HASAKAH -") opening one of the report's first lines."""
    for sent in sents:
        m = CAPS_DATELINE.match(work, sent.start, sent.end)
        if m is not None:
            govs = governorate_mentions(work, m.start("town"), m.end("town"))
            if govs:
                return govs[0].governorate
    return None


_LABEL = re.compile(r"\s*(?:date\s+\S+\s+)?(?P<name>[A-Z][\w' -]{2,40}?)(?:\s+(?i:province|governorate|countryside))?\s*"
                    r"(?::|,\s*Syria|-\s*(?:The\s+)?(?:Syrian\s+Observatory|SOHR))")


#: "DAMASCUS, Syria (AP) -": where the story was filed, which need not be where the incidents happened.
WIRE_DATELINE = re.compile(r"\s*(?P<town>[A-Z][\w' -]{2,30}),\s*Syria\b")


def section_governorate(work: str, sent: Sentence) -> str | None:
    """The governorate a line opens with as a dateline or a section label ("Rif Dimashq Province:", "Hama province -
    Syrian Observatory for Human Rights:", "DARAA, Syria")."""
    m = _LABEL.match(work, sent.start, min(sent.end, sent.start + 90))
    if m is None:
        return None
    govs = governorate_mentions(work, m.start("name"), m.end("name"))
    return govs[0].governorate if govs and govs[0].start - m.start("name") <= 2 else None


_DATE_FIELD = re.compile(r"(?:[0-3]?\d\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+[0-3]?\d)?,?\s+(?:19|20)\d\d",
                         re.IGNORECASE)


def byline_governorate(work: str, sents: list[Sentence]) -> str | None:
    """The governorate of a byline among the report's first lines whose fields, split by "|", give a governorate's name
    alone and a date ("Hama | March 3, 2020", "4 May 2021 | Deir Ezzor | 2 comments"), or of a title's label ("Deir
    Ezzor | ISIS kills two SDF members")."""
    for k, sent in enumerate(sents[:5]):
        line = work[sent.start:sent.end]
        if "|" not in line or len(line) > 160:
            continue
        fields = [(sent.start + m.start(), sent.start + m.end()) for m in re.finditer(r"[^|]+", line)]
        if k > 0 and not any(_DATE_FIELD.fullmatch(work[a:b].strip()) for a, b in fields):
            continue
        for a, b in fields[:1] if k == 0 else fields:
            named = governorate_mentions(work, a, b)
            if len(named) == 1 and work[a:b].strip() == named[0].name:
                return named[0].governorate
    return None


#: "on the same village", "in the first sector of the camp", "in that town": a place named before, by the word for it.
_BACK_PLACE = re.compile(r"\b(?:in|on|at|near|of|inside|outside|around|into|hit|struck|targeted)\s+(?:the\s+)?"
                         r"(?:(?P<same>same|that|this)\s+)?(?:(?!of\b)[\w-]+\s+)?"
                         r"(?P<noun>village|town|city|camp|neighbou?rhood|district|area|shrine|market|airbase|base|airport|"
                         r"station|college|hospital|prison|field)\b(?!\s+of\b)", re.IGNORECASE)


def place_named_before(draft: Draft, before: list[Draft], work: str) -> None:
    """An incident placed only by "the same village" ("the camp", "that town") takes the place an earlier incident
    named with that word ("the village of X", "X camp"), else the last the text named with it before the incident (a
    sentence of totals: "91 people murdered inside X camp", then "a man shot dead in the fifth section of the camp");
    "the area" alone points nowhere."""
    if any(not p.governorate for p in draft.places):
        return
    m = _BACK_PLACE.search(work, draft.start, draft.end)
    if m is None or m.group("noun").lower() == "area" and not m.group("same"):
        return
    noun = m.group("noun").lower().replace("neighborhood", "neighbourhood")
    word_before = re.compile(rf"\b{noun}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    word_after = re.compile(rf"\s+{noun}\b", re.IGNORECASE)
    for places in [e.places for e in reversed(before)] + [place_mentions(work, 0, draft.start)[::-1]]:
        for p in places:  # an earlier incident's place, else one the text named before (in a sentence of totals)
            if not p.governorate and (word_before.search(work, max(0, p.start - 30), p.start) or word_after.match(work, p.end)):
                draft.places.insert(0, p)
                return


#: "raids on the area of the gas field", "the desert areas around the ambush site", "the northern neighbourhoods of the
#: town": a part of the place told before, named by its common noun.
_PART_OF_THE_PLACE = (r"\bthe\s+(?:(?:[\w-]+\s+)?(?:areas?|neighbou?rhoods|parts|surroundings|vicinity|outskirts))\s+"
                      r"(?:of|around)\s+the\s+(?:[\w-]+\s+)?(?:site|field|town|village|city|camp)\b")


#: "shelled the hills surrounding the area", "the farms surrounding the town": around the place told before, named by
#: its common noun.
_AROUND_THE_PLACE = (r"\bthe\s+(?:[\w-]+\s+)?(?:hills|areas|villages|farms|orchards|mountains)\s+surrounding\s+the\s+"
                     r"(?:area|site|town|village|city|hill|field|base|checkpoint)\b")


#: "shelled the surroundings of the area", "struck the desert areas into which the attackers withdrew", "fired there":
#: the place of the event told just before.
_AREA_BACK = re.compile(r"\b(?:the\s+(?:same\s+)?(?:surroundings|vicinity|outskirts)(?:\s+of\s+the\s+(?:area|site|town|village))?|"
                        r"the\s+(?:same\s+)?(?:[\w-]+\s+)?areas?\s+(?:into|to|in)\s+which|the\s+same\s+area\b|"
                        r"\b(?:on|along|at|near)\s+the\s+same\s+(?:axis|front|frontline|front\s+line|sector|hill|road|highway)\b|"
                        r"\b(?:struck|hit|shelled|targeted|bombed|fired)\s+there\b|"
                        r"\b(?:on|at|targeting|targeted|struck|hit|shelled|bombed|pounded)\s+the\s+(?:same\s+)?(?:area|site)\b"
                        r"(?!\s+(?:of|between|from|near|around)\b)|" + _PART_OF_THE_PLACE + "|" + _AROUND_THE_PLACE + ")",
                        re.IGNORECASE)


#: "carried out more than 20 airstrikes on hideouts in the area": strikes counted, on no place of their own.
_IN_THE_AREA = re.compile(r"\bin\s+the\s+(?:same\s+)?area\b(?!\s+(?:of|between|from|near|around|since)\b)", re.IGNORECASE)
_COUNTED_STRIKES = re.compile(r"\b" + number_words(r"\d+", r"dozens\s+of", "several", plural=True) + r"\s+"
                              r"(?:[\w-]+\s+)?(?:air\s?strikes|strikes|raids|shells|rockets|missiles)\b", re.IGNORECASE)


def area_told_before(draft: Draft, before: Draft | None, work: str) -> None:
    """An incident with no place of its own that happened in "the area" (its surroundings, the areas the attackers
    withdrew into, "on the same axis") takes the places of the incident told just before it."""
    if draft.places or before is None or not before.places:
        return
    if _AREA_BACK.search(work, draft.start, draft.end) is not None or \
            _IN_THE_AREA.search(work, draft.start, draft.end) and (_COUNTED_STRIKES.search(work, draft.start, draft.end)
                                                                   or struck_in_response(work[draft.start:draft.end])):
        draft.places.extend(before.places)

