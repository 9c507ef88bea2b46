"""Large tolls read as period figures (used by ``totals.TotalsBuilder``), moved here.

* a killed toll of 100 or more outside an incident's own toll phrase is a period figure; an injured figure only where
  several events are its subject and a total was read before ("The strikes also injured 161 others" after a year's
  toll): "More than 120 others were injured" after one attack stays the attack's, and so does "the raids also wounded
  more than 200 civilians" after the account of one bombardment (tests/test_extract_large_wounded.py);
* one event's toll however large ("The car bomb in Afrin killed 105 people", "twin blasts in February 2016 that killed
  more than 120 people") is not, nor the toll of an
  attack told with its day ("On Thursday, drones struck a ceremony in Homs, killing 123 people"), nor the risen toll
  of one day's attack ("The death toll from Sunday's regime airstrikes on the market has risen to 111 civilians",
  "the toll of yesterday's bombing climbed to 130") where the sentence names no span of time.

The casualty mentions are read only where a figure of 100 or more other than a year ("since
March 2019") is written in the sentence; a year is never a count of people (``figures.is_count``).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import KILLED, find_mentions
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import blank
from observatory.extract.numbers import find_quantities
from observatory.extract.segment import INCIDENT_TOLL_RE
from observatory.extract.text import Sentence
from observatory.extract.totals_cues import ONE_EVENT_KILLED, PERIOD_WORD
from observatory.extract.totals_mass_killing import one_mass_killing
from observatory.extract.totals_one_attack import one_attack_toll, unranked
from observatory.extract.totals_put_toll import put_toll_of_one
from observatory.extract.totals_sentences import ONE_DAY, POINT_IN_TIME, TWIN
from observatory.extract.totals_tied_event import tied_to_one_event

#: Tolls at least this large are read as period totals unless the sentence ties them to one attack.
LARGE_TOLL = 100
#: Several events as the subject ("The strikes also injured 161 others").
_MANY = re.compile(r"\b(?:the|these|those|both|all)\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|air\s?strikes|raids|bombings|explosions|"
                   r"bombardments|ambushes|operations)\b", re.IGNORECASE)
#: A verb of one attack ("struck", "targeted", "blew up") in a sentence dated by one day.
_DAY_EVENT = re.compile(r"\b(?:struck|targeted|attacked|stormed|shelled|bombed|hit|ambushed|detonated|exploded|blew\s+(?:up|himself)|"
                        r"went\s+off|opened\s+fire)\b", re.IGNORECASE)
#: "the death toll from Sunday's airstrikes", "the toll of yesterday's bombing": the toll of one day's attack.
_DAY_TOLL = re.compile(r"\btoll\s+(?:of|from|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                       r"last\s+night)['\u2019]s\s", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:since|so\s+far|until|during|throughout|past|months?|years?|weeks?)\b", re.IGNORECASE)
#: Twin bombs told as one event with their toll ("twin blasts in February 2016 that killed more than 120 people").
_TWIN_KILLED = re.compile(TWIN + r"[^.;:]{0,120}?"
                          r"\b(?:killed|killing|left|leaving|claimed)\b", re.IGNORECASE)
_BIG_NUMBER = re.compile(r"\d{3}|\bhundred\b|\bthousand\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")  # (as ``figures.is_count`` tells a year from a count)


#: A span of days or more named before ("over the past week", "since the start of the month", "during February"; not
#: "in the past hour").
_PRIOR_SPAN = re.compile(rf"\b(?:since|so\s+far|throughout)\b|\b(?:past|last|recent|previous)\s+(?:[\w-]+\s+)?(?:days|weeks?|months?|years?)\b|"
                         rf"\b(?:during|in|over)\s+(?:the\s+)?(?:month\s+of\s+)?(?:{MONTH_NAMES})\b", re.IGNORECASE)


def _span_before(work: str, start: int) -> bool:
    """Whether a sentence before ``start`` names a span of days or more and no single day ("Jets have stepped up their
    raids on X over the past week. The raids also wounded more than 250 people": the wounded of a week's raids)."""
    return any(_PRIOR_SPAN.search(s) and not ONE_DAY.search(s) for s in re.split(r"(?<=[.!?])\s+|\n", work[:start]))


def large_toll(work: str, sent: Sentence, lexicon: ActorLexicon, published: date | None, *, after_total: bool = True) -> bool:
    """A killed toll of 100 or more of one side outside an incident's own toll phrase is a period figure; an injured one
    only after a total was read (``after_total``)."""
    chunk = work[sent.start:sent.end]
    if not _BIG_NUMBER.search(chunk) or INCIDENT_TOLL_RE.search(chunk):
        return False
    if not any(q.value >= LARGE_TOLL and not _YEAR.fullmatch(q.text.strip()) for q in find_quantities(chunk)):
        return False  # (only years: "since March 2019")
    if ONE_EVENT_KILLED.search(chunk) and not PERIOD_WORD.search(blank(POINT_IN_TIME, chunk)):
        return False  # "The car bomb in Afrin killed 105 people": one event's toll, however large
    if _DAY_EVENT.search(chunk) and ONE_DAY.search(chunk) and not PERIOD_WORD.search(blank(POINT_IN_TIME, chunk)):
        return False  # "On Thursday, drones struck a ceremony in Homs, killing 123 people": one dated event
    if _DAY_TOLL.search(chunk) and not _SPAN.search(chunk):
        return False  # "The death toll from Sunday's regime airstrikes on Douma has risen to 111": one day's attack
    if _TWIN_KILLED.search(chunk) and not _SPAN.search(chunk):
        return False  # "In February 2016, twin suicide bombings near the shrine killed more than 120 people": one event's
    if one_mass_killing(chunk):
        return False  # "IS executed at least 160 prisoners near X": one event's toll (``totals_mass_killing``)
    if put_toll_of_one(chunk):
        return False  # "SOHR put the toll at 152 dead: ...": the monitor's count of the event told (``totals_put_toll``)
    if one_attack_toll(chunk) and not PERIOD_WORD.search(blank(POINT_IN_TIME, unranked(chunk))):
        return False  # "the drone attack on a ceremony in Homs on October 5, which killed 123 people": one attack's
    if tied_to_one_event(chunk) and not _SPAN.search(chunk):
        return False  # "bringing the number of civilians killed in the massacre to 108": the event's toll (``totals_tied_event``)
    mentions = find_mentions(work, sent.start, sent.end, lexicon, published)
    joint = (after_total or _span_before(work, sent.start)) and _MANY.search(chunk) is not None  # ("The strikes also injured 161 others" after a year's toll)
    return any(m.value >= LARGE_TOLL and not m.quantity.vague and (m.role == KILLED or joint) for m in mentions)
