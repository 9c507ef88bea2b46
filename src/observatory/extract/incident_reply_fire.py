"""The other side's reply told with no toll and no place of its own, for ``incident_split``.

Construction handled: "Regime forces responded by shelling the surroundings of the road, without information on
casualties", "Turkish forces responded at the time with heavy shelling", "Ankara responded with artillery and drone
strikes on regime positions": a party other than the incident's answers with fire of a kind named in the sentence; an
event of its own, even when it names no town and counts no dead. Not "responded to the attack" (the attack told again),
nor a reply by the incident's own perpetrator, nor a reply in words ("responded with a statement ... threatening to
respond with shelling").

A reply with fire of no named kind that hurts bystanders ("Regime forces responded by firing machine guns at the
outskirts, wounding a woman") is an event of its own too: its dead or wounded are all civilians (or women and
children of no side named), hit by the answering
party, not the attackers' losses in the fight told before. An answer that hits the incident's own attackers ("The
fighters responded to the source of fire, killing one of the attackers") is the fight told, no event of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import differs

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

_CIVILIANS = "civilians"
_BYSTANDER_LABELS = frozenset({"women", "children"})  # "a woman", "two children": of no side named, but no fighters


#: "responded by shelling", "retaliated with rockets", "responded at the time with", "retaliated overnight by".
_REPLIED = re.compile(r"\b(?:responded|retaliated|replied)\s+(?:(?:at\s+the\s+time|overnight|immediately|later|quickly)\s+)?"
                      r"(?:by|with)\s+(?!the\s+(?:attack|ambush|raid|assault)\b)"
                      # (words, not fire: "responded with a statement accusing Turkey ... threatening to respond")
                      r"(?!(?:an?\s+|(?:its|their)\s+(?:own\s+)?)?(?:statements?|warnings?|threats?|condemnation|denials?|"
                      r"protests?|calls?|appeals?|demands?)\b|(?:issuing|calling|warning|threatening|denying)\b)",
                      re.IGNORECASE)


#: Fire answered on "the area": the place of the fight told before, fire of that fight ("responded by pounding the
#: area with rocket launchers").
_THE_AREA = re.compile(r"[^.;]{0,40}?\bthe\s+(?:same\s+)?(?:area|region)\b", re.IGNORECASE)


def tells_reply(text: str) -> bool:
    """The text tells a reply with fire ("responded by shelling", "retaliated with rockets"), not on "the area" of the
    fight told before."""
    m = _REPLIED.search(text)
    return m is not None and _THE_AREA.match(text, m.end()) is None


def lend_province(draft: Draft, before: Draft | None, work: str) -> None:
    """A reply that names no place of its own is fire from the lines of the incident it answers: it takes that
    incident's province ("In Aleppo, barrel bombs hit X. Rebels responded by shelling a regime-held district")."""
    if before is None or draft.places or draft.counts or draft.generic or not tells_reply(work[draft.start:draft.end]):
        return
    draft.places.extend(p for p in before.places if p.governorate)


def toll_free_reply(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence tells a reply by a party named as its own perpetrator, other than the incident's, with a kind of
    event of its own (an incident, though it names no place and no dead)."""
    if not f.type_hit or f.perpetrator is None or not tells_reply(text):
        return False
    return draft.perpetrator is None or f.perpetrator.side != draft.perpetrator.side


def reply_on_bystanders(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence tells a reply with fire by a named party other than the incident's perpetrator, whose dead or
    wounded are all civilians (an incident of its own, though the fire is of no named kind)."""
    if f.perpetrator is None or not f.mentions or not tells_reply(text):
        return False
    if draft.perpetrator is not None and f.perpetrator.side == draft.perpetrator.side:
        return False
    return all(m.side == _CIVILIANS or m.side == "unknown" and m.label in _BYSTANDER_LABELS for m in f.mentions)


#: The incident's own attackers, hit by the answer (tests/test_extract_round57_readings.py).
_OF_THE_ATTACKERS = re.compile(r"\b(?:killing|killed|wounding|injuring)\s+(?:one|two|three|\d+|some|several|all)\s+of\s+the\s+"
                               r"(?:attackers|assailants|infiltrators|raiders)\b", re.IGNORECASE)
_RESPONSE = re.compile(r"\s*(?:In\s+(?:response|retaliation|return)|Responding|Retaliating)\b", re.IGNORECASE)
#: "Regime forces responded by shelling X", "The SDF retaliated with rockets on Y", "its fighters responded to the
#: sources of fire near Z": the other side's answer.
RESPONDED = re.compile(r"\b(?:responded|retaliated|replied)\s+(?:by|with|against|on|to\s+the\s+sources?\s+of)\b|"
                       r"\banswered\s+(?:with\b|by\s+\w+ing\b)|"  # "Russian jets answered with dozens of raids"
                       r"\b(?:targeted|shelled|struck|hit|pounded|bombarded)\s+the\s+sources?\s+of\s+(?:the\s+)?(?:fire|shelling|"
                       r"bombardment|rockets?|missiles?)\b", re.IGNORECASE)  # "its forces targeted the sources of fire"


def answers(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The other side's answer, an event of its own: "In response, HTS shelled regime positions near X", "Turkish
    forces responded by shelling villages near Y"."""
    if not f.type_hit:
        return reply_on_bystanders(draft, f, text)  # "responded by firing machine guns, wounding a woman"
    if _RESPONSE.match(text) and f.perpetrator and (draft.perpetrator is None or differs(draft, f)):
        return True
    if not f.places and _OF_THE_ATTACKERS.search(text):
        return False  # "The fighters responded to the source of fire, killing one of the attackers": the fight told
    return RESPONDED.search(text) is not None and bool(f.places or f.mentions) or toll_free_reply(draft, f, text)
