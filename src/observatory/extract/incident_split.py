"""Where one incident ends and the next begins: whether a sentence (or clause) tells of another event than the
incident being assembled, or tells more of it.

A source telling who the incident's dead were ("SOHR said on Monday that the dead included ...", with a clause on the
wounded after it) tells more of it; another source's figures ("media outlets close to the militias spoke of four
dead") restate the incident whose figures the monitor gave, or gave unattributed in a report that named the monitor,
unless they tell an answer ("shelled the sources of fire, killing three") or what the event followed.

The weapon named back ("the drone targeted a car near B", "the IED had been planted ...") is more of the
incident told so far; a sentence that names that incident only as what came before its own event of another kind
("a landmine killed two militiamen combing the area after the ambush") is another incident; a clause telling only
that the attackers took someone ("..., while the cells kidnapped a shepherd before withdrawing") is part of the attack;
after "Meanwhile,", the other side's own event in a town the incident did not name is another incident.

A sentence whose only dead are of the incident's perpetrator's side ("Twelve IS fighters also died in hours
of fighting"), on no other day and in no other place, tells the attackers' losses in the same incident (and does not
change its kind).

Another side's event of another kind told "after the attack" ("Russian jets struck the area after the attack"), and
the other side's answer on "the sources of fire", are incidents of their own.

A sentence led by a town the incident does not name ("In B, a commander died when an IED went off"), with a kind of
its own, is another incident even when both count one dead.

A lead placed in no town, then a sentence naming "the attack" (its own kind) near a town on no other day, is the
lead's event placed.

A paragraph that only gives the dead of the event told ("Dozens were killed in the battle for the town"), naming no
new town, province or day, adds them to it.

A sentence opening by setting its event apart ("In a separate incident,", "Separately,", "Elsewhere,", "In
another attack,") begins another incident even when its toll is the one told before (a man shot dead, then another).

Fighting told without figures after a strike or shelling that has its own toll and is placed only in a
province or its capital ("In Idlib city, jets struck a market, killing five", then "clashes continue on the axis of
X") is another incident, not the town the strike happened in.

A paragraph that opens with an event of another kind in another province than the incident's ("On the X
front in the countryside of Latakia, clashes broke out", after shelling in Idlib) is another incident; so are clashes
with dead of other sides after a bombardment with its toll; an event told in a clause after another one of the same
sentence is no lead that the next paragraph details; the attackers' withdrawal "after the attack" is the same one; so
is a source that "put the death toll at three", and the dead counted "in today's air strikes" after a lead without
figures; an event the incident "followed" or "came in response to", told with its own dead, is another one.

An earlier event dated with its year, with its own dead (incident_background), and a sentence led by a town
the incident does not name, with its own dead of another kind or actor ("In B, a shell struck a house, killing ..."),
begin other incidents; "the explosion of a landmine" names a new event, not the one told so far; a sentence whose attack
hits "the bus" the incident introduced, without dead of its own or another day, tells more of it (incident_object); a
death of wounds "hours later" is the incident's toll, not another time; a lead with its dead but no place or day,
then the same kind of event placed and dated with only figures the lead lacks, is one incident; so is a sentence
telling who the dead were ("Those killed included six Iraqis ...").

The incident named back by a definite noun after a source's words ("According to the statement, the raid on B ...",
"the monitor said the blast, near B, also killed ...", "the group said the attack took place on Monday near B") is
the incident told so far (incident_named_back); another side's aircraft striking "in response" on "the area" of the
incident is an incident of its own (incident_air_sequel).

The plain marks these decisions use are in ``incident_sameness`` (another event's words, place keys, new places,
another province, kind or doer, figures told again) and ``incident_time_shift`` (another day or time, a sentence that
names the incident back); a lead told again with its day and place is ``incident_lead_restated``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.events import OPENING_ATTACK
from observatory.extract.incident_air_sequel import air_sequel, strikes_after
from observatory.extract.incident_also_other import also_other_kind
from observatory.extract.incident_apart import TOLL_OF_IT as _SUCCUMBED
from observatory.extract.incident_background import dated_background
from observatory.extract.incident_bodies_back import new_body
from observatory.extract.incident_bounds import second_event
from observatory.extract.incident_came_after import SAID_THAT, came_after_event
from observatory.extract.incident_captivity import captivity_told_back
from observatory.extract.incident_counter_strike import counter_strike
from observatory.extract.incident_dates import date_key, same_weekday
from observatory.extract.incident_echoes import aftermath, died_of_its_wounds, earlier_account, echoes_event
from observatory.extract.incident_fresh import fresh_account, title_told_again
from observatory.extract.incident_full_date import dated_in_full
from observatory.extract.incident_lead_restated import lead_restated
from observatory.extract.incident_monitor import monitor_answers
from observatory.extract.incident_more_dead import more_dead_when
from observatory.extract.incident_named_again import attack_said_again, dead_named_again, one_named_again
from observatory.extract.incident_named_back import named_back, victims_named_back
from observatory.extract.incident_object import device_named_back, object_named_back
from observatory.extract.incident_other_doer import other_doer_opens
from observatory.extract.incident_other_kind import other_kind_other_day
from observatory.extract.incident_party_account import account_in_the_area
from observatory.extract.incident_ranked_on import ranked_on
from observatory.extract.incident_reply_fire import RESPONDED, answers
from observatory.extract.incident_said_back import said_of_the_event
from observatory.extract.incident_sameness import (
    ANOTHER,
    DOERS_BACK,
    PAST_DEED,
    differs,
    names_a_town,
    names_a_town_in,
    new_city,
    new_places,
    other_doer_claimed,
    other_province,
    place_key,
    restates,
    sums_to_told,
)
from observatory.extract.incident_sniper import sniper_after_assault
from observatory.extract.incident_sources import MONITOR, OTHER, figure_source
from observatory.extract.incident_spread import spread_of_it
from observatory.extract.incident_time_shift import (
    LEADING_MONTH,
    MONTH_NAME,
    TIME_SHIFT,
    another_day,
    month_recall,
    own_time,
    refers_back,
)
from observatory.extract.incident_told_around import told_around
from observatory.extract.incident_toll_rose import toll_rose_later
from observatory.extract.incident_town_opening import opens_in_own_town
from observatory.extract.incident_units import EARLIER_REPORT
from observatory.extract.mention_sides import INJURED, KILLED
from observatory.extract.places import governorate_mentions
from observatory.extract.segment import TRANSITION_RE
from observatory.extract.totals_event_list import line_of_event_dead
from observatory.models import FIRE_FROM_AFAR

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

_ATTACK_CLAUSE = re.compile(r"\b(?:attacked|ambushed|targeted|shelled|stormed|bombed|struck)\b|"
                            r"\b(?:another|an?|the\s+(?:latest|last|new|first|second|third))\s+(?:\w+\s+)?attack\b", re.I)


_ELABORATION = re.compile(r"^\s*[\"']?(?:(?:They|He|She|It|The\s+sources?|The\s+source|Sources)\s+(?:also\s+)?(?:added|said|noted|"
                          r"pointed|stated|explained|indicated|mentioned|reported|confirmed)\b|"
                          r"(?:According\s+to\s+[^,.;]{3,60},\s+|[^,.;]{3,80},\s+(?:saying|adding|noting)\s+(?:that\s+)?)?(?:(?:Most|Some|Many|Several|One|Two|Three|All)\s+of\s+)?"  # "According
                          # to local sources, most of the strikes hit ...": the event told, said of by whom, or of some of its parts
                          r"(?:The|This|That|These|It|They|He|His|Their|the|these)\s+(?:(?!(?:al|el|ad|ar|as|ash|at|az)-|(?:with|by|of|on|in|amid|after)\s)[a-z]+\s+){0,2}?"
                          r"(?:attacks?|assaults?|ambush|shelling|explosions?|blasts?|clash|clashes|gunmen|convoy|strikes|strike|"
                          r"airstrikes|air\s+strikes|raids|shells|rockets|missiles|bombardment|bombing|drone|victims?|dead|attackers|man['’]s|woman['’]s|"
                          r"operation|incident|area|site|location|position|target|was|were|is|took|came)\b)", re.IGNORECASE)


#: "killed in the exchange of fire", "during the clashes": the event told so far, named as where the dead died.
_IN_THE_EVENT = re.compile(r"\b(?:in|during|by)\s+the\s+(?:same\s+|ensuing\s+)?(?:exchange\s+of\s+fire|clash(?:es)?|fighting|"
                           r"attacks?|assaults?|ambush|shelling|bombardment|explosions?|blasts?|confrontations?|fire\s?fight|"
                           r"battles?|raids?|strikes?|airstrikes?)\b", re.IGNORECASE)


_NOTEWORTHY = re.compile(r"^\s*(?:(?:It\s+is\s+(?:worth\s+(?:noting|mentioning)|noteworthy|notable)|Notably|Of\s+note)\s*(?:,\s*|that\s+)?|"
                         r"(?:It|This)\s+(?:is|was)\s+not\s+the\s+first\b[^:.;]{0,60}:\s*)",  # "It is not the first such quarrel:"
                         re.IGNORECASE)


def starts_new(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """Whether a sentence begins another incident rather than telling more about the one being assembled."""
    text = _NOTEWORTHY.sub("", work[f.sentence.start:f.sentence.end], count=1)
    if ranked_on(draft, f, work):
        return False  # "Two men were shot dead ... A third one was injured and detained ...": one more of them
    if counter_strike(draft, f, text):
        return True  # "regime shelling killed five Turkish soldiers", then "Turkish shelling killed 13 soldiers"
    new_date = another_day(draft, f, text)
    around = told_around(draft, f, text, new_date)  # (month events, bodies found, funerals, blame: incident_told_around)
    if around is not None:
        return around
    settled = _settled_early(draft, f, text, work, new_date)
    if settled is not None:
        return settled
    sequel = came_after_event(text, draft.type_hit[0] if draft.type_hit else None)  # "The strikes came a day after X"
    sequel = _sequel(draft, f, text) if sequel is None else sequel
    if sequel is not None:
        return sequel
    if refers_back(text) or device_named_back(work[draft.start:draft.end], text) or named_back(draft, f, text, new_date) or victims_named_back(draft, f, new_date) or dead_named_again(draft, f, work) or not new_date and part_of_toll(draft, f, text) and not sniper_after_assault(work[draft.start:draft.end], text):
        return False
    if f.mentions and (opens_in_own_town(draft, f, text) and not _SUCCUMBED.search(text) and not _IN_THE_EVENT.search(text)
                       or more_dead_when(text) and new_places(draft, f)):
        return True  # "In B, a woman and her daughter died when a rocket hit their house": dead of a town of their own
    if _places_unplaced(draft, f, text, work):
        return False
    if _same_day_and_place(draft, f, text):
        return False
    if f.sentence.bullet and (f.mentions or f.type_hit):
        return not (restates(draft, f) or _SAME_EVENT.search(text) and not new_places(draft, f) or line_of_event_dead(work, f.sentence.start))
    if f.mentions and _someone_else(draft, f, text) and not _SUCCUMBED.search(text) and \
            (TIME_SHIFT.search(own_time(text)) or LEADING_MONTH.match(text)):
        return True  # "In March, gunmen killed a shepherd", "... also killed four shepherds a day earlier": other days
    if TRANSITION_RE.match(text) and f.mentions and _ANOTHER_VICTIM.search(text) and not _SUCCUMBED.search(text):
        return True  # "Also on Monday, another soldier was killed in a combat mission"
    if _APART.match(text) and (f.type_hit or f.mentions) and not _SUCCUMBED.search(text) and \
            not (_SAME_EVENT.search(text) and not new_places(draft, f)):
        return True  # "In a separate incident, gunmen shot dead a man": told as another event, whatever its toll
    if TRANSITION_RE.match(text) and (f.type_hit or f.mentions and new_date):
        return _after_transition(draft, f, text, new_date)
    if f.sentence.clause and not f.dates and not new_places(draft, f) and _IN_THE_EVENT.search(text):
        return False  # "..., while three attackers were also killed in the exchange of fire": dead of the same event
    if f.sentence.clause:  # a clause of a long account of several attacks: its own attack in its own place is another one
        return bool(f.type_hit) and bool(f.places or f.mentions) and (_ATTACK_CLAUSE.search(text) is not None or differs(draft, f)
                                                                       or bool(f.dates) and new_date)
    if not f.mentions and not new_date and object_named_back(work[draft.start:draft.end], text):
        return False  # "a bus carrying soldiers was attacked near A", then "cells ambushed the bus near B": the same one
    if new_date and (not f.dates and f.mentions and not restates(draft, f) and not _SUCCUMBED.search(text)
                     or new_places(draft, f) and (not f.dates or MONTH_NAME.search(f.dates[0].text) is not None)):
        return True  # "The report came two days after three men were killed near X", "since March 3, when ... near Y"
    if (ANOTHER.search(text) or f.sentence.first_in_paragraph and names_a_town(draft)) and f.type_hit and \
            new_places(draft, f) and differs(draft, f) and not _ELABORATION.match(text):
        return True  # "A regime sniper (also) shot dead a young man in B": its own kind of event in its own place
    if _new_victim_elsewhere(draft, f, text) or _again_elsewhere(draft, f, text) or other_kind_other_day(draft, f, text, new_date) or \
            also_other_kind(draft, f, text) and not _SAME_EVENT.search(text) and not _SUCCUMBED.search(text) or other_doer_claimed(draft, f, work):
        return True  # "In the town of B, gunmen shot a young man", "The gunmen later attacked a patrol near B" (incident_other_kind)
    if restates(draft, f) or _same_event(draft, f, text, new_date) or _ELABORATION.match(text) and not _own_day_and_place(draft, f, new_date):
        return False  # ("It said a Turkish soldier was killed on Wednesday at a border post in X": its own day and place)
    if not f.sentence.first_in_paragraph:
        return _next_in_paragraph(draft, f, text, new_date, work)
    return _opens_paragraph(draft, f, text, new_date, work)


def _own_day_and_place(draft: Draft, f: SentenceFacts, new_date: bool) -> bool:
    """The sentence dates its dead to a day of their own and places them in a town of their own (round 64)."""
    return new_date and bool(f.dates) and bool(f.mentions) and new_places(draft, f)


def _hurt_of_the_toll(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """A clause of the sentence that told only the dead (no place, no day yet), telling only wounded on no day or time
    of their own: the wounded of the same event, wherever the clause then sets it (round 60)."""
    if not f.sentence.clause or draft.first_sentence != f.index or draft.places or draft.date is not None or new_date:
        return False
    return bool(f.mentions) and all(m.role == INJURED for m in f.mentions) and not any(role == INJURED for role, _ in draft.counts) \
        and not TIME_SHIFT.search(own_time(text))


def _settled_early(draft: Draft, f: SentenceFacts, text: str, work: str, new_date: bool) -> bool | None:
    """The first rules of :func:`starts_new`: the same incident told again (False), another event (True), or None."""
    if _hurt_of_the_toll(draft, f, text, new_date):
        return False  # "Two SDF fighters ... were slain, while a civilian ... sustained injuries, in clashes ... in X"
    if taken_then_killed(draft, f, text) and not new_date or captivity_told_back(draft, f, text) or \
            spread_of_it(draft, f, text, new_date) and not f.sentence.recalled:  # (incident_captivity, incident_spread)
        return False  # "Gunmen abducted two men ..., before executing them", "shells also fell on the nearby villages"
    if _taken_in_it(draft, f, new_date):
        return False  # "..., while the cells kidnapped a shepherd before withdrawing": captives taken in the attack
    if title_told_again(draft, f, work):
        return False  # "Turkish shelling on X kills child", then the body's first account of that shelling
    if lead_restated(draft, f):
        return False  # "Five militiamen killed by IS fighters", then "Five members of militias ... were killed on Sunday"
    if _unplaced_lead_placed(draft, f, text, new_date):
        return False  # "killed 18 in an attack in the desert", then "... were wounded in the attack near the village of X"
    if _dead_told(draft, f, text, new_date):
        return False  # "Those killed included six Iraqis ...", "SOHR said the dead were ...": who the incident's dead were
    if echoes_event(text) and not new_date and not f.sentence.recalled and not new_places(draft, f):
        return False  # "air defences fired missiles to intercept the attack", "the clashes that followed the attack"
    if toll_rose_later(draft, f, text) or died_of_its_wounds(draft, f, text):
        return False  # "One of the injured died in hospital on Sunday, bringing the death toll to 12": the same incident
    if earlier_account(draft, f, text, work):
        return False  # "SOHR had reported that nine soldiers were killed when ...": the incident's older toll
    if one_named_again(draft, f, work):
        return False  # "an employee of Hajin Municipality", then "M., an employee of the municipality, ... on 12 May": him again
    if dated_background(draft, f, text):
        return True  # "On 14 June 2020, a similar strike killed two commanders": an earlier event of its own
    if (f.sentence.recalled or f.sentence.inherits) and not PAST_DEED.search(text) or second_event(text) and (f.mentions or new_places(draft, f)):
        return True  # "A second raid, on X, wounded ...", "..., after A accused B of killing X on March 3, 2021"
    if fresh_account(draft, f, work[draft.start:draft.end]):
        return True  # "At the same time, Turkish forces shelled villages around X": another event told from scratch
    if strikes_after(draft, f, text):
        return True  # "Russian warplanes carried out strikes after the ambush, killing four ISIS members"
    if _restated(draft, f, new_date, work) or _attackers_dead(draft, f, text, new_date) or _same_missiles(draft, f, text, work, new_date):
        return False  # another source's figures; "Twelve IS fighters also died in the fighting": the attackers' losses
    if _turns_away(draft, f, text, new_date):
        return True
    if answers(draft, f, text) or _later_by_others(draft, f, text) or air_sequel(draft, f, text):
        return True
    return None


#: Kinds of a fight in which the attackers may take captives as they go.
_RAIDS = frozenset({"attack", "ambush", "clash"})


def _taken_in_it(draft: Draft, f: SentenceFacts, new_date: bool) -> bool:
    """A clause of the sentence that told an attack, telling only that the attackers (or no one named) took someone,
    on no other day and in no other place: captives taken in the same attack."""
    if not f.sentence.clause or not f.type_hit or f.type_hit[0] != "abduction" or new_date:
        return False
    if draft.type_hit is None or draft.type_hit[0] not in _RAIDS or new_places(draft, f):
        return False
    same = f.perpetrator is None or draft.perpetrator is None or f.perpetrator.side == draft.perpetrator.side
    return same and not any(m.role == KILLED for m in f.mentions)


def _sequel(draft: Draft, f: SentenceFacts, text: str) -> bool | None:
    """What follows the incident told so far: the victim's body, the attackers' withdrawal "after the attack" or a source that "put the
    death toll at three", or that counts the dead "in today's air strikes" after a lead without figures (the same
    incident: False); the event it "followed", told with its own dead, or one told after "In January," (True); None."""
    if month_recall(draft, f, text):
        return True  # "The attack is not the first of its kind. In January, gunmen killed a member of X"
    if _VICTIM_BACK.search(text) and not f.mentions and not new_places(draft, f):
        return False  # "His family found his body the next morning": more of the victim told so far
    if f.type_hit and aftermath(f.sentence_text, (f.type_hit[0], f.type_hit[1] - f.sentence.start, f.type_hit[2]),
                                bool(f.mentions), bool(f.dates)) and not (f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side and new_places(draft, f)):
        return False  # "the cells withdrew towards the desert after the attack": the event told so far (not the other side's strikes elsewhere)
    if _PUT_TOLL.search(text) and not f.dates and not new_places(draft, f) and not ANOTHER.search(text):
        return False  # "SOHR put the death toll at three": a source's toll of the incident told so far
    if _DAYS_EVENT.search(text) and not draft.counts and not draft.generic and f.type_hit and draft.type_hit and \
            f.type_hit[0] == draft.type_hit[0]:
        return False  # "a day of intense air strikes on A and B", then "the death of 23 civilians in today's air strikes"
    if f.mentions and _FOLLOWED.match(text) and not restates(draft, f):
        return True  # "The strikes followed an announcement that nine soldiers had been killed in X": that event
    return None


def _attackers_dead(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """A sentence whose only dead or wounded are of the side that carried out the incident, which killed others,
    told on no other day and in no other place ("Nine of the attackers were also killed", "The jihadists lost twelve
    fighters in the fighting"): the attackers' own losses in it, not another event."""
    if new_date or f.dates or draft.perpetrator is None or not f.mentions or new_places(draft, f):
        return False
    if other_doer_opens(draft, f) or TRANSITION_RE.match(text) or _ANOTHER_VICTIM.search(text) or _SEPARATE.search(text) or _FOLLOWED.match(text):
        return False  # ("The strikes came in response to a drone attack on a base, which killed a contractor": that attack)
    if (f.perpetrator is None or f.perpetrator.side != draft.perpetrator.side) and answers(draft, f, text):
        return False  # "its forces targeted the sources of fire, killing two of the gunmen": the other side's answer
    return attackers_only(draft, f)


def attackers_only(draft: Draft, f: SentenceFacts) -> bool:
    """The sentence's dead and wounded are all of the incident's perpetrator's side, and the incident killed others."""
    own = [m for m in f.mentions if m.parent is None]
    side = draft.perpetrator.side if draft.perpetrator else "unknown"
    if side == "unknown" or not own or any(m.side != side for m in own):
        return False
    return any(role == KILLED and other != side for role, other, _ in draft.figures())


def _same_event(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """The sentence names "the attack", "the blast" of the incident told so far, in none of its own places; not a
    dated sentence that tells an event and then names it again ("On 3 May a mine went off ..., and two were hurt in the
    blast"): that is its own."""
    m = _SAME_EVENT.search(text)
    if m is None or new_places(draft, f) and not _town_of_province(draft, f):
        return False
    if _AFTER_IT.search(text, 0, m.start()) and f.type_hit and draft.type_hit and f.type_hit[0] != draft.type_hit[0] \
            and _SAME_EVENT.search(text, m.end()) is None:
        return False  # "a mine killed two militiamen combing the area after the ambush": a later event of its own
    if not (new_date and f.dates or ANOTHER.search(text) and other_province(draft, f)) or not f.type_hit:
        return True  # (nor "clashes also broke out near X in another province ..., leaving 12 dead in the attack")
    named = _SAME_EVENT.search(f.sentence_text)
    return named is None or f.type_hit[2] - f.sentence.start > named.start()


#: "... after the ambush", "following the attack": the event told so far named as what came before this one.
_AFTER_IT = re.compile(r"\b(?:after|following|since|in\s+the\s+wake\s+of)\s+$", re.IGNORECASE)


def _town_of_province(draft: Draft, f: SentenceFacts) -> bool:
    """An incident placed only by its province ("army positions in northern Hama province") and a sentence naming the
    town it happened in ("Nine jihadists also died in the assault on the village of X"), of no other province."""
    provinces = {p.governorate for p in draft.places}
    return bool(provinces) and not names_a_town(draft) and not f.dates and \
        all(p.governorate is None or p.governorate in provinces for p in f.places)


def _new_victim_elsewhere(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Someone else killed in another town: "In B, gunmen shot a young man" (a paragraph), "Another child ... near B"."""
    if not (f.mentions and (names_a_town(draft) or new_body(text)) and new_places(draft, f)):
        return False
    if _ANOTHER_VICTIM.search(text) or new_body(text):  # (or "residents found the body of a young man in B")
        return True
    return f.sentence.first_in_paragraph and bool(f.type_hit) and _NEW_VICTIM.search(text) is not None and \
        not _ELABORATION.match(text)


def _opens_paragraph(draft: Draft, f: SentenceFacts, text: str, new_date: bool, work: str) -> bool:
    """Whether the first sentence of a paragraph, not settled by the rules before, begins another incident."""
    if new_date and (f.type_hit or f.mentions) and not said_of_the_event(text):  # (not "... said the drone was launched late on Sunday")
        return True
    if f.mentions and not f.dates and not new_places(draft, f) and _IN_THE_EVENT.search(text) and not ANOTHER.search(text) \
            and not other_province(draft, f):
        return False  # "Dozens were killed in the battle for the town": the dead of the event told, in a paragraph of their own
    if not f.type_hit:
        return False
    if ANOTHER.search(text) and (new_places(draft, f) or new_city(draft, f, work)):
        return True  # "Russian strikes also hit the outskirts of the city of Idlib": another place struck
    if other_province(draft, f) and differs(draft, f):
        return True  # "On the X front in the countryside of Latakia, clashes broke out", after shelling in Idlib
    if draft.type_hit and f.type_hit[0] == draft.type_hit[0] and not new_date and \
            not ((f.mentions or _NONE_HURT_THERE.search(text)) and new_places(draft, f)):
        return False  # the same kind of event again, on no other day and in no other place: more about the same incident
    if _lead_of(draft, f) and not _other_doer(draft, f, work):
        return False  # the draft was a lead sentence (or a caption); this paragraph gives its details
    known = {place_key(p.name) for p in draft.places}
    named = [p for p in f.places if not p.governorate]
    if _narrows(draft, f):
        return False  # "clashes in Raqqa province", then "militants attacked checkpoints in the village of X"
    if named and known and not any(place_key(p.name) in known for p in named) and (differs(draft, f) or _NONE_HURT_THERE.search(text)):
        return True  # (also "... a Turkish drone targeted a position near B, without casualties": another strike, round 74)
    if named and not known and draft.type_hit and f.type_hit[0] != draft.type_hit[0] and \
            not {f.type_hit[0], draft.type_hit[0]} & set(GENERIC_TYPES):
        return True  # an unplaced incident, then another kind of event in a named place
    if f.mentions and not named and not new_date and account_in_the_area(text):
        return False  # "The Russian Centre announced that militants had attacked a patrol in the area, killing two"
    return bool(f.mentions) and not restates(draft, f) and not _lead_placed(draft, f)


def _lead_placed(draft: Draft, f: SentenceFacts) -> bool:
    """A lead with its dead but no place or day ("jihadists ambushed a bus ..., killing 23"), then the same kind of
    event placed and dated, with only figures the lead lacks ("... ambushed a military bus near X on Thursday, adding
    that 10 others were wounded"): the lead told in detail."""
    if draft.places or draft.date is not None or draft.type_hit is None or f.type_hit is None or \
            f.type_hit[0] != draft.type_hit[0] or not f.places:
        return False
    if f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side:
        return False
    told = {role for role, _, _ in draft.figures()}
    return all(m.role not in told for m in f.mentions)


def _turns_away(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """An earlier report recalled ("SOHR reported on June 10 that shelling on the same village killed 13": the event of
    that day), or a roundup turning to another province ("In Homs, ISIS cells killed four soldiers ...")."""
    if new_date and f.mentions and EARLIER_REPORT.match(text):
        return True
    lead = _PROVINCE_LEAD.match(text)
    if lead is None or not (f.mentions or f.type_hit):
        return False
    named = {g.governorate for g in governorate_mentions(text, lead.start("where"), lead.end())}
    told = {p.governorate for p in draft.places if p.governorate} | ({draft.section} if draft.section else set())
    return bool(named) and bool(told) and not named & told or _town_lead(draft, f, lead.end())


def _town_lead(draft: Draft, f: SentenceFacts, lead_end: int) -> bool:
    """"In B, a shell struck a house, killing a woman": a sentence led by a town the incident does not name, with its
    own dead, of another kind or actor than the incident's."""
    town = [p for p in f.places if not p.governorate and p.start - f.sentence.start < lead_end]
    return bool(town) and new_places(draft, f) and differs(draft, f) and \
        any(m.role == KILLED and m.parent is None for m in f.mentions) and (not restates(draft, f) or _kinds_apart(draft, f))


def _kinds_apart(draft: Draft, f: SentenceFacts) -> bool:
    """The sentence names a kind other than the incident's ("shot dead", then "an IED went off"): one victim each."""
    kind = f.type_hit[0] if f.type_hit else None
    return kind is not None and kind not in GENERIC_TYPES and draft.type_hit is not None and kind != draft.type_hit[0]


#: "In Homs, ...", "In the countryside of Daraa, ...", "Elsewhere in Idlib, ...": a sentence led by a province.
_PROVINCE_LEAD = re.compile(r"\s*(?:Elsewhere\s+|Meanwhile\s+|Also\s+)?[Ii]n\s+(?P<where>(?:the\s+)?(?:[\w-]+ern\s+)?(?:countryside\s+of\s+)?"
                            r"[A-Z][\w' -]{2,25}?)(?:\s+(?:province|governorate|countryside))?\s*,")


#: A time word telling an event as after the one before ("Russian jets later struck ..."; not "Gunmen later identified as").
_LATER = re.compile(r"\b(?:later|subsequently|afterwards|then|in\s+turn)\b(?!\s+(?:identified|named|described|found|revealed|confirmed))|"
                    r"\b(?:after|following)\s+the\s+(?:attack|ambush|raid|assault|infiltration|explosion|blast|bombing)s?\b",
                    re.IGNORECASE)  # "Russian jets struck the area after the attack": the other side's own event
#: The victim told so far, pointed back to ("his body", "their bodies").
_VICTIM_BACK = re.compile(r"\b(?:his|her|their)\s+(?:bod(?:y|ies)|corpses?|remains)\b", re.IGNORECASE)


#: A victim introduced as someone new ("the body of a man", "a young woman").
_NEW_VICTIM = re.compile(r"\b(?:a|an|one)\s+(?:young\s+|elderly\s+|local\s+)?(?:man|woman|boy|girl|child|person|civilian|youth|"
                         r"shepherd|worker|farmer|teenager)\b|"
                         r"\b(?:a|an|one)\s+(?:former\s+|local\s+|senior\s+|young\s+)?(?:member|fighter|soldier|commander|officer|"
                         r"militiaman|mukhtar|dignitary|leader)\s+(?:of|in|with)\b", re.IGNORECASE)


def _someone_else(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence's dead are not the incident's: other figures, or a victim introduced anew ("the body of a man")."""
    return not (restates(draft, f) or sums_to_told(draft, f)) or _NEW_VICTIM.search(text) is not None


#: The people taken pointed back to by their killers ("executing four of them", "shot him", "killed the hostages").
_THE_TAKEN = re.compile(r"\b(?:of\s+them|them|him|her|the\s+(?:abducted|kidnapped|captives?|hostages?|abductees?|kidnappees?))\b",
                        re.IGNORECASE)
_KILLINGS = frozenset({"execution", "assassination", "attack", "other"})


def taken_then_killed(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The incident is an abduction and the sentence (or clause) tells of the killing of those taken: one event, the
    killing."""
    if draft.type_hit is None or draft.type_hit[0] != "abduction" or f.type_hit is None or f.type_hit[0] not in _KILLINGS:
        return False
    return _THE_TAKEN.search(text) is not None and not (names_a_town(draft) and new_places(draft, f))


def _later_by_others(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Another side's event of another kind told as following the incident ("ISIS cells attacked a post ...", then
    "Russian helicopters later struck the desert the attackers fled into"): an event of its own, unless the incident is
    a fight, whose shelling is part of it."""
    if f.type_hit is None or draft.type_hit is None or f.perpetrator is None or f.type_hit[0] == draft.type_hit[0]:
        return False
    if draft.type_hit[0] == "clash" or draft.perpetrator is not None and draft.perpetrator.side == f.perpetrator.side:
        return False
    return _LATER.search(text) is not None


def _after_transition(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """A sentence opening with a transition ("Meanwhile", "Yesterday,") starts another incident unless it is the same event."""
    if re.match(r"\s*Yesterday,", text) and not (draft.date and "yesterday" in draft.date.text.lower()) and _other_victims(draft, f):
        return True  # "Yesterday, SOHR reported that a civilian was injured when gunmen opened fire on ...": the day before, others
    if _SAME_EVENT.search(text) and not new_places(draft, f):
        return False
    if new_places(draft, f) and (differs(draft, f) or _EARLIER_LATER.match(text) is not None or _other_victims(draft, f)):
        return True  # "Meanwhile, gunmen attacked a checkpoint in B", "Later on Monday, shelling hit C", "On the same day, a shepherd was killed by a mine near C"
    if f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side and _a_new_town(draft, f) \
            or _a_new_town(draft, f) and dated_in_full(text):
        return True  # "Meanwhile, HTS fighters targeted a regime position near B", "On 20 March 2023, ... in B"
    return new_date or not restates(draft, f) or new_body(text) and _a_new_town(draft, f)  # ("the body of a man was found in B")


def _a_new_town(draft: Draft, f: SentenceFacts) -> bool:
    """The sentence names a town the incident does not (whatever region both name)."""
    known = {place_key(p.name) for p in draft.places}
    return any(not p.governorate and place_key(p.name) not in known for p in f.places)


def _other_victims(draft: Draft, f: SentenceFacts) -> bool:
    """All the sentence's dead are of sides the incident has no dead of."""
    sides = {side for role, side, _ in draft.figures() if role == KILLED}
    own = [m for m in f.mentions if m.parent is None]
    return bool(sides and own) and all(m.side not in (None, "unknown", *sides) for m in own)


def _next_in_paragraph(draft: Draft, f: SentenceFacts, text: str, new_date: bool, work: str) -> bool:
    """A later sentence of a paragraph starts another incident only with its own kind of event in its own place or day
    ("A soldier was also killed in B": someone else's death, elsewhere; "a soldier was shot by a sniper in B" after
    an assault)."""
    if not f.type_hit:  # ("It said a Turkish soldier was killed on Wednesday at a border post in X": other dead, day, town)
        return (ANOTHER.search(text) is not None and new_places(draft, f) or _own_day_and_place(draft, f, new_date)) and _other_victims(draft, f)
    if (new_date or ANOTHER.search(text) and new_places(draft, f) and not _BY_THE_FIRE.search(text)) and not re.search(r"\bsuccumb|\bdied\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)", text, re.I):
        return True  # (not "A civilian passing near B was also wounded by the gunfire": the fire told before; nor "... died of his injuries": its dead)
    if names_a_town_in(draft, work) and new_places(draft, f) and (differs(draft, f) or f.mentions and sniper_after_assault(work[draft.start:draft.end], text)):
        return True
    return _other_fight(draft, f, text)


_BY_THE_FIRE = re.compile(r"\bby\s+the\s+(?:same\s+)?(?:gunfire|shooting|fire|shots|bullets)\b(?!\s+of\b)", re.IGNORECASE)
#: Kinds of a fight on the ground, one of which may go on into another ("attacked", then "clashes").
_GROUND_FIGHT = frozenset({"attack", "clash", "ambush", "assassination", "other"})


def _other_fight(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """A bombardment with its toll, then dead of other sides in a fight of another kind ("Jets struck A, killing
    seven civilians. Three rebels were killed in clashes with regime forces near B"): another incident, even where
    B is no town the text names as one."""
    if not (f.type_hit and draft.type_hit) or f.type_hit[0] == draft.type_hit[0] or f.dates:
        return False
    if {f.type_hit[0], draft.type_hit[0]} <= _GROUND_FIGHT or _IN_THE_EVENT.search(text) or _SAME_EVENT.search(text) or DOERS_BACK.search(text):
        return False
    return _other_victims(draft, f)


def _again_elsewhere(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The actor of the incident acting again later in another place, with a toll of its own ("Regime forces later
    shelled B, wounding three")."""
    if not (f.type_hit and f.mentions and names_a_town(draft) and new_places(draft, f)):
        return False
    return _LATER_ON.search(text) is not None and not restates(draft, f) and not _SUCCUMBED.search(text) and \
        not _DIED_LATER.search(text)


#: "One of them later died in hospital in X": a wounded victim of the incident dying, not another event.
_DIED_LATER = re.compile(r"\blater\s+died\b|\bdied\s+later\b|\bdied\s+(?:\w+\s+)?in\s+(?:a\s+|the\s+)?hospital\b", re.IGNORECASE)


_LATER_ON = re.compile(r"\b(?:later|subsequently|afterwards)\b", re.IGNORECASE)


_EARLIER_LATER = re.compile(r"\s*(?:(?:Earlier|Later)\s+(?:on|that|the\s+same|in\s+the)|Moreover|In\s+addition|Furthermore|Additionally)\b(?![^.]*\b(?:succumbed|died\s+of))", re.I)  # ("Moreover, locals found a body in B")


GENERIC_TYPES = ("other", "attack")
OPENS_FIGHT = re.compile(OPENING_ATTACK, re.IGNORECASE)  # "an infiltration attempt" after "clashes erupted": an attack
_ANOTHER_VICTIM = re.compile(r"\banother\s+(?:[\w-]+\s+)?(?:soldier|man|woman|civilian|member|fighter|person|child|boy|girl|officer|"
                             r"serviceman|militiaman|gunman|youth|shepherd|commander)\b", re.IGNORECASE)


def _lead_of(draft: Draft, f: SentenceFacts) -> bool:
    """The draft told of an event without figures or a day, nowhere else than where this sentence places its own
    event of a compatible kind: the lead (or a caption) and the account are one incident."""
    if draft.counts or draft.generic or draft.vague or draft.clause or \
            draft.date is not None and not (f.dates and same_weekday(draft.date, f.dates[0])):
        return False  # (a caption dated "Oct. 6, 2020", then the story's "on Tuesday": the same day)
    specific = {place_key(p.name) for p in draft.places if not p.governorate}
    if specific and not any(place_key(p.name) in specific for p in f.places):
        return False
    kinds = {draft.type_hit[0] if draft.type_hit else "other", f.type_hit[0] if f.type_hit else "other"}
    return len(kinds) == 1 or bool(kinds & set(GENERIC_TYPES))


def _other_doer(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """An event told as leaving no casualties, then another side's deed where it was, with dead or wounded of its
    own ("Russian jets struck X; no casualties were reported", then "In the same area, ISIS cells attacked a post,
    killing a soldier"): another incident, not the details of the first."""
    if not (f.mentions and f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side):
        return False
    return _NO_CASUALTIES.search(work, draft.start, f.sentence.start) is not None


#: "no casualties have been reported", "without causing any casualties", "with no information about casualties".
_NO_CASUALTIES = re.compile(r"\b(?:no|without)\s+(?:(?:causing|any|reports?\s+of|information\s+(?:about|on))\s+){0,2}"
                            r"(?:casualties|injuries|fatalities|losses)\b", re.IGNORECASE)


#: "..., without casualties", "..., with no casualties reported": the clause the event is told in closes on none hurt.
_NONE_HURT_THERE = re.compile(r",\s*(?:without|with\s+no)\s+(?:(?:causing|any)\s+)*(?:casualties|injuries|losses)\b", re.IGNORECASE)


def _narrows(draft: Draft, f: SentenceFacts) -> bool:
    """A sentence without figures of its own that names the town of an incident so far placed only in a governorate."""
    if f.mentions or f.dates or any(not p.governorate for p in draft.places) or not draft.places:
        return False
    if {p.governorate for p in f.places if p.governorate} - {p.governorate for p in draft.places}:
        return False
    kinds = {draft.type_hit[0] if draft.type_hit else "other", f.type_hit[0] if f.type_hit else "other"}
    if len(kinds) == 2 and draft.counts and draft.type_hit and draft.type_hit[0] in FIRE_FROM_AFAR:
        return False  # "In Idlib city, jets struck a neighbourhood, killing seven", then "clashes continue near X"
    return len(kinds) == 1 or bool(kinds & {"attack", "other", "clash"})


_WEAPON = re.compile(r"\b(?:missile|rocket|drone|mortar|shell|bomb|mine|IED|grenade)s?\b", re.IGNORECASE)


def _same_missiles(draft: Draft, f: SentenceFacts, text: str, work: str, new_date: bool) -> bool:
    """A missile or rocket of no one's, told after air or drone strikes that fired missiles or rockets ("Israeli
    missiles hit depots near A. Three soldiers were also wounded when a missile hit their post near B"): one more hit
    of the same strikes."""
    if f.perpetrator is not None or f.dates or new_date or f.type_hit is None or f.type_hit[0] != "shelling" or \
            draft.type_hit is None or draft.type_hit[0] not in ("airstrike", "drone_strike") or TRANSITION_RE.match(text):
        return False
    weapon = _WEAPON.fullmatch(work, f.type_hit[1], f.type_hit[2])
    if weapon is None or weapon.group(0).lower().rstrip("s") not in ("missile", "rocket"):
        return False
    told = {w.lower().rstrip("s") for w in _WEAPON.findall(work, draft.start, draft.end)}
    return weapon.group(0).lower().rstrip("s") in told


def _places_unplaced(draft: Draft, f: SentenceFacts, text: str, work: str) -> bool:
    """A sentence without figures or day that places the event of an incident told so far without any place ("Five
    people were killed in a missile strike", then "a missile was fired at a site near Abu Kamal"): the same kind of
    event, or the same weapon named ("a man was found dead", then "gunmen attacked a post near X" stay apart)."""
    if draft.places or not f.places or f.mentions or f.dates or not f.type_hit or draft.type_hit is None:
        return False
    if TRANSITION_RE.match(text) or ANOTHER.search(text) or TIME_SHIFT.search(text):
        return False
    if draft.type_hit[0] == f.type_hit[0]:
        return True
    told = work[max(draft.start, draft.end - 2000):draft.end]
    weapons = {w.lower().rstrip("s") for w in _WEAPON.findall(told)} & {w.lower().rstrip("s") for w in _WEAPON.findall(text)}
    return bool(weapons)


def _same_day_and_place(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The same kind of event on the draft's day in the draft's place ("yesterday's airstrikes ... in al-Bukamal", then
    "Yesterday evening, ... airstrikes ... in Albu Kamal"): the same incident told again."""
    if draft.date is None or not f.dates or date_key(f.dates[0]) != date_key(draft.date) or ANOTHER.search(text):
        return False
    if not (f.type_hit and draft.type_hit and f.type_hit[0] == draft.type_hit[0]) or f.mentions and not restates(draft, f):
        return False
    named = [p for p in f.places if not p.governorate]
    known = {place_key(p.name) for p in draft.places}
    return bool(named) and all(place_key(p.name) in known for p in named)


_SAME_EVENT = re.compile(r"\b(?:the|this|(?<!said\s)(?<!says\s)(?<!added\s)(?<!noted\s)(?<!stated\s)(?<!reported\s)(?<!learned\s)that)\s+(?:same\s+|(?!an?\s)[\w-]+\s+|[\"“][\w-]+[\"”]\s+)?(?:shelling|attacks?|explosions?|blast|strikes?|airstrikes?|"
                         r"bombardments?|ambush|clash(?:es)?|fighting|bombing|raids?|operation|incident|assault|massacre|airdrop)\b"
                         r"(?!\s+of\s+(?:an?|one|two|three|several)\s)", re.IGNORECASE)  # "the explosion of a mine": a new one


def part_of_toll(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """A sentence that tells where some of the incident's dead died ("In X, a family of five was killed; two more died
    in Y"): its own kind of event (if any) is the draft's, and its deaths fit inside the toll already told."""
    if f.dates or not f.mentions or not f.places or f.type_hit and (not draft.type_hit or f.type_hit[0] != draft.type_hit[0]):
        return False
    if ANOTHER.search(text) or TRANSITION_RE.match(text) or opens_in_own_town(draft, f, text) and not _IN_THE_EVENT.search(text) \
            or more_dead_when(text):
        return False  # "Two soldiers were also killed in ...", "Separately, a boy died ...", "In B, ...": another one
    if f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side or other_province(draft, f):
        return False  # "Regime artillery shelled X and Y, killing a civilian": another actor's event (or province)
    told = max((v for role, _, v in draft.figures() if role == KILLED), default=0)
    own = [m for m in f.mentions if m.parent is None]
    if _other_victims(draft, f) or monitor_answers(draft, f) and _SAME_EVENT.search(text):  # ("in the ambush")
        return False  # "Two civilians were killed in A. A soldier was killed in B as well": someone else, elsewhere
    return told > 0 and all(m.role == KILLED for m in own) and sum(m.value for m in own) < told


_SEPARATE = re.compile(r"\b(?:separate|different|unrelated|earlier|later)\b", re.IGNORECASE)
#: An opening telling the sentence's event as another ("Separately,", "Elsewhere,", "In a separate incident,", ...).
_APART = re.compile(r"\s*[\"']?(?:Separately|Elsewhere|In\s+(?:(?:a|an)\s+(?:separate|different|unrelated|other)|another)\s+"
                    r"(?:[\w-]+\s+)?(?:incident|attack|development|case|crime|killing|assassination|event|shooting|bombing|"
                    r"explosion|blast|ambush)|On\s+the\s+other\s+side\s+of\s+the\s+front(?:\s*line)?s?)\b", re.IGNORECASE)


def _unplaced_lead_placed(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """A lead placed in no town, then a sentence that names "the attack" (the same kind) near a town, on no other day:
    the lead's event, placed."""
    if names_a_town(draft) or new_date or f.dates or not new_places(draft, f) or ANOTHER.search(text):
        return False
    if f.type_hit is None or draft.type_hit is None:
        return False
    if f.type_hit[0] != draft.type_hit[0]:  # 'SANA said the "terrorist attack" targeted a bus near X': the lead's ambush
        return attack_said_again(f.type_hit[0], text)
    m = _IN_THE_EVENT.search(text)
    return m is not None and text[m.start():m.end()].lower().split()[-1].rstrip("s") in f.type_hit[0].replace("_", " ")


def _restated(draft: Draft, f: SentenceFacts, new_date: bool, work: str) -> bool:
    """Another source's figures for the monitor's incident ("SANA said two soldiers were killed", "media outlets close
    to the militias spoke of four dead"), told on no other day and in no other place: a restatement (its figures yield
    to the monitor's), not another event. The incident's figures are the monitor's where it gave them, or where they
    are told by nobody in a report that has named the monitor before."""
    if not f.mentions or new_date or new_places(draft, f) or ANOTHER.search(f.sentence_text) or \
            _SEPARATE.search(f.sentence_text) or _FOLLOWED.match(f.sentence_text) or RESPONDED.search(f.sentence_text):
        return False  # (not "The strikes followed an announcement that nine soldiers had been killed": that event; not
        # "its fighters shelled the sources of fire, killing three": the answer, an event of its own)
    if not all(f.source_at(m.quantity.start) == OTHER for m in f.mentions):
        return False
    sources = {draft.source_of(m) for m, _ in [*draft.counts.values(), *draft.generic]}
    return MONITOR in sources or sources == {None} and figure_source(work[:draft.start]) == MONITOR


#: "Those killed included ...", "The dead were ...", "Among the victims were ...": who the dead told so far were.
_DEAD_TOLD = re.compile(r"\s*(?:(?:Those|The\s+(?:people|men|fighters|soldiers|militiamen|civilians))\s+killed|The\s+(?:dead|victims|"
                        r"fatalities)|Among\s+(?:the\s+)?(?:dead|victims|those\s+killed))\s+(?:included|include|includes|were|are|"
                        r"comprised|comprise)\b", re.IGNORECASE)
_DEAD_CORE = (r"(?:(?:Those|The\s+(?:people|men|fighters|soldiers|militiamen|civilians))\s+killed|The\s+(?:dead|victims|"
              r"fatalities)|Among\s+(?:the\s+)?(?:dead|victims|those\s+killed))\s+(?:included|include|includes|were|are|"
              r"comprised|comprise)\b")
#: The same, told as a source's word: "SOHR said on Wednesday that the dead included ...", "The monitor added that
#: those killed were ...".
_DEAD_TOLD_SAID = re.compile(r"[^.;]{0,120}?\b(?:said|says|reported|added|stated|noted|confirmed)\s+(?:(?:on|late\s+on)\s+\w+\s+|"
                             r"later\s+)?(?:that\s+)?(?=" + _DEAD_CORE + ")", re.IGNORECASE)


#: Words each match of _DEAD_TOLD_SAID holds (told mid-sentence, in lower case).
_DEAD_WORDS = ("dead", "victims", "killed", "fatalities")


def _dead_told(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """The sentence tells who the incident's dead were ("Those killed included six Iraqis", "SOHR said on Wednesday
    that the dead included 11 members of X and six of Y, and that a civilian was wounded in Z"): the day named in the
    attribution is the day it was said, and the places of a clause after it are where the rest happened."""
    if not (draft.counts or draft.generic):
        return False
    if _DEAD_TOLD.match(text):
        return not new_date and not f.dates and not new_places(draft, f)
    if not any(word in text for word in _DEAD_WORDS):
        return False
    said = _DEAD_TOLD_SAID.match(text)
    if said is None or ANOTHER.search(text, 0, said.end()):
        return False
    head = f.sentence.start + said.end()
    cut = text.find(",", said.end())
    cut = f.sentence.start + (cut if cut >= 0 else len(text))
    if any(d.start >= head for d in f.dates):
        return False
    return not new_places(draft, replace(f, places=tuple(p for p in f.places if p.start < cut)))


#: "in today's air strikes", "in yesterday's shelling": the event of the day told before, named back by its day.
_DAYS_EVENT = re.compile(r"\b(?:in|by|during|from)\s+(?:today|yesterday|tonight|this\s+morning)['’]s\s+(?:[\w-]+\s+)?"
                         r"(?:air\s?strikes?|strikes?|raids?|shelling|bombardment|attacks?|clashes|fighting|explosions?)\b",
                         re.IGNORECASE)
#: "SOHR put the death toll at three", "the White Helmets put the toll from the bombardment at 15": a source's figure.
_PUT_TOLL = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the\s+)?(?:death\s+|casualty\s+|final\s+|overall\s+|"
                       r"total\s+)?(?:toll|number\s+of\s+(?:dead|deaths|fatalities|casualties))\s+(?:[^,.;]{0,50}?\s)?at\s", re.IGNORECASE)
#: "The strikes followed an announcement that nine soldiers had been killed in ...", "The attack came in response to":
#: the event told so far, set after another event that the sentence tells with its own dead.
_FOLLOWED = re.compile(r"\s*" + SAID_THAT + r"(?:The|These|This|Those)\s+(?:[\w-]+\s+){0,2}?(?:followed(?!\s+by\b)|came\s+(?:[\w-]+\s+){0,3}?(?:after|in\s+"
                       r"(?:response|retaliation)\s+(?:to|for))|(?:was|were)\s+in\s+(?:response|retaliation)\s+(?:to|for))\s",
                       re.IGNORECASE)
