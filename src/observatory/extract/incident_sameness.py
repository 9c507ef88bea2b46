"""Plain marks of whether a sentence tells of the incident being assembled, for ``incident_split``.

* the words that tell of another event ("also", "meanwhile", "another", "separately": ``ANOTHER``);
* place names compared across spellings ("al-Bukamal" = "Albu Kamal": ``place_key``), a town the incident does not
  name (``new_places``), whether the incident names a town at all (``names_a_town``), and one province the incident does not
  lie in (``other_province``);
* another kind of event or another perpetrator than the incident's (``differs``);
* a dead victim the incident already counts, told again ("the body of a woman was found", then "the woman ... was
  killed by gunmen": ``restates``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from observatory.extract.casualty_claims import may_claim
from observatory.extract.casualty_of_the_named import RAIDING_FORCE
from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts
    from observatory.extract.places import PlaceMention


def other_province(draft: Draft, f: SentenceFacts) -> bool:
    """The sentence names one province, not one the incident lies in (a sentence naming several is a summary)."""
    named = {p.governorate for p in f.places if p.governorate
             and _AT_PLACE.search(f.sentence_text, 0, max(0, p.start - f.sentence.start))}
    told = {p.governorate for p in draft.places if p.governorate}
    return len(named) == 1 and bool(told) and not named & told


#: A paragraph opened by its place ("In the countryside of Ain al-Arab (Kobani), ...", "In Al-Malikiyah countryside, ..."),
#: a place the incident before did not name ("In Homs, the shelling of ..." after "... of Homs ..., killing 24" retells it).
_PLACE_OPENING = re.compile(r"\W*In\s+(?:the\s+)?(?:(?:[\w-]+ern\s+)?(?:countryside|outskirts|desert|city|town|village)\s+of\s+)?"
                            r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"the|a|an|one|its|this|that)\b)(?P<place>(?-i:[A-Z])[\w'-]*(?:[ -](?-i:[A-Z])[\w'-]*)*)", re.IGNORECASE)
#: Words that set a place as where something happened ("in the countryside of Latakia"), not as who acts ("Damascus
#: denies").
_AT_PLACE = re.compile(r"\b(?:in|of|near|at|across)\s+(?:the\s+)?(?:[\w-]+ern\s+)?(?:(?:countryside|province|governorate|outskirts|desert)\s+of\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def place_key(name: str) -> str:
    """A place name without the spelling differences of transliteration ("al-Bukamal" = "Albu Kamal", "Sukhnah" =
    "Sukhna") or a word naming its kind ("Hajin Municipality" = "Hajin"; round 73)."""
    key = _NOT_ALNUM.sub("", _UNIT_WORD.sub("", name).lower())
    return _ARTICLE_OR_FINAL_H.sub("", key)


#: A word naming what kind of place a name is, after it ("Hajin Municipality", "Raqqa City"): the place without it.
_UNIT_WORD = re.compile(r"(?<=\w{3})\s+(?:Municipality|Town|City|Village|District|Neighbou?rhood|Subdistrict|Camp|Area)$", re.IGNORECASE)


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


_ARTICLE_OR_FINAL_H = re.compile(r"^(?:al|el)(?=[a-z]{3})|(?<=[a-z]{3})h$")


def new_places(draft: Draft, f: SentenceFacts) -> bool:
    known = {place_key(p.name) for p in draft.places}
    named = [p for p in f.places if not p.governorate]
    return bool(named) and not any(place_key(p.name) in known for p in named)


#: A provincial capital named as the city ("the city of Idlib", "Idlib city"), not as its province.
_CITY_OF = re.compile(r"\b(?:city|capital)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)


def new_city(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """The sentence names a provincial capital as the city ("hit the outskirts of the city of Idlib") that the draft
    does not name: a place of its own, as a town is (round 64)."""
    known = {place_key(p.name) for p in draft.places}
    return any(p.governorate and place_key(p.name) not in known
               and (_CITY_OF.search(work, max(0, p.start - 20), p.start) or _CITY_AFTER.match(work, p.end)) for p in f.places)


def differs(draft: Draft, f: SentenceFacts) -> bool:
    """Another kind of event, or another perpetrator, than the draft's."""
    if f.type_hit and draft.type_hit and f.type_hit[0] != draft.type_hit[0]:
        return True
    return bool(f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side)


def other_doer_claimed(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """Another source's figures of another kind of event by another perpetrator at a place the draft has not named:
    another event, whatever its toll ("Air strikes on Atarib killed four civilians", then "SANA said rebel shelling hit
    student housing at Aleppo University, killing four civilians": the same count, not the same dead; round 66)."""
    return bool(f.mentions and f.type_hit and draft.type_hit and f.type_hit[0] != draft.type_hit[0] and f.perpetrator
                and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side and f.places) and new_places(draft, f) \
        and may_claim(work, f.sentence.start, f.sentence.end)


ANOTHER = re.compile(r"\balso\b|\bas\s+well\b(?!\s+as)|\bcoincid|\bmeanwhile\b|\bmoreover\b|\bseparately\b|\belsewhere\b|"
                      r"\banother\b|\A\s*(?:additionally|furthermore|in\s+addition(?!\s+to))\b", re.IGNORECASE)


def exact_by_side(draft: Draft, role: str) -> dict[str, int]:
    """The draft's figures of ``role`` given as numbers (not "several"), by side."""
    return {side: m.value for (r, side), (m, _) in draft.counts.items() if r == role and not m.quantity.vague}


def town_keys(draft: Draft) -> set[str]:
    """The keys (``place_key``) of the towns the draft names, governorates left out."""
    return {place_key(p.name) for p in draft.places if not p.governorate}


#: The kinds of event a lead or an early sentence gives only from its wording ("the attack on ...", "killed five
#: soldiers"): a detailed account of the same event may name it more exactly.
LOOSE_KINDS: Final = frozenset({"attack", "other"})


def names_a_town(draft: Draft) -> bool:
    return any(not p.governorate for p in draft.places)


#: The doers of the incident named back ("a hand grenade thrown by the raiding force", "fired by the attackers"): more of
#: the same event, whatever its weapon (round 73).
DOERS_BACK = re.compile(rf"\bby\s+the\s+(?:{RAIDING_FORCE}|attackers|assailants|raiders)\b", re.IGNORECASE)


#: "their home which had been destroyed in previous bombardment": a deed of the past at large, no event (round 73).
PAST_DEED = re.compile(r"\b(?:in|by|during)\s+(?:the\s+)?(?:previous|past|earlier|former)\s+(?:bombardment|shelling|strikes|battles|"
                       r"fighting)\b", re.IGNORECASE)


#: " city" after a province's name: its capital ("in Idlib city"), a town of its own.
CITY = re.compile(r"\s+(?:city|City)\b")


def town_or_capital(p: PlaceMention, work: str) -> bool:
    """Whether the place is a town, or a provincial capital named as the city ("Idlib city")."""
    return not p.governorate or CITY.match(work, p.end) is not None


def names_a_town_in(draft: Draft, work: str) -> bool:
    """The incident names a town, or a provincial capital as "Idlib city" (round 73)."""
    return any(town_or_capital(p, work) for p in draft.places)


_ALSO = re.compile(r"\b(?:also|another|other|more)\b", re.IGNORECASE)


def sums_to_told(draft: Draft, f: SentenceFacts) -> bool:
    """Whether the sentence's dead of two sides or more add up to a toll the incident told ("Seven fighters were killed
    ...", then "four SNA fighters and three SDF fighters were killed when ..."): the same dead, by side (round 72)."""
    parts = [(m.side, m.value) for m in f.mentions if m.role == KILLED and m.parent is None and not m.quantity.vague]
    if len(parts) < 2 or _ALSO.search(f.sentence_text) is not None or other_province(draft, f):
        return False
    known = set(draft.figures()) | {(m.role, None, m.value) for m, _ in draft.generic}
    return any(r == KILLED and v == sum(n for _, n in parts) and s in {None, "unknown", *(side for side, _ in parts)} for r, s, v in known)


def restates(draft: Draft, f: SentenceFacts) -> bool:
    if not f.mentions or other_province(draft, f):  # "Also, two civilians were killed in shelling on X in Idlib": the
        return False  # same toll told of another province is another event's
    mine: set[tuple[str, str | None, int]] = {(m.role, m.side, m.value) for m in f.mentions
                                              if m.parent is None and not m.quantity.vague}
    known: set[tuple[str, str | None, int]] = set(draft.figures()) | {(r, s, m.value) for (r, s), m in draft.vague.items()}
    known |= {(m.role, None, m.value) for m, _ in draft.generic}
    if f.sentence.first_in_paragraph and new_places(draft, f) and (opening := _PLACE_OPENING.match(f.sentence_text)) is not None \
            and place_key(opening.group("place")) not in {place_key(p.name) for p in draft.places}:
        return False  # "In the countryside of B, warplanes targeted ..., killing nine fighters": a paragraph of its own place
    if new_places(draft, f) and any(r == KILLED and s not in (None, "unknown", "civilians") and not any(k[1] == s for k in known)
                                    for r, s, _ in mine):
        return False  # "gunmen shot dead an official in A", then "a raid on B killed a commander and his wife": new dead elsewhere
    # "the body of a woman was found", then "the woman, a refugee, was killed by gunmen": a victim of no side told, then
    # told with one, is the same victim
    return any(r == KILLED and any(k[0] == r and k[2] == v and (s in (None, "unknown") or k[1] in (None, "unknown", s))
                                   for k in known)
               for r, s, v in mine)
