"""A sentence that tells only a risen toll of the incident told so far, not an event of its own (used by
``incident_split``): "... died of his wounds on Sunday, bringing the death toll to 12", "two more people died, bringing
the number of people killed in the explosion to seven", "A fourth member of the family died in hospital on Tuesday,
bringing the death toll to four", "the number of Turkish soldiers killed had risen to 34 after one of the wounded died
in hospital, describing it as the deadliest single attack ..." (round 73: whatever loose kind of event the rest of the
sentence names), "the death toll had risen to three after a civilian woman and a second Asayish member succumbed" (round
73: the dead who raised it named after the toll).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_apart import TOLL_OF_IT as _SUCCUMBED
from observatory.extract.incident_sameness import new_places
from observatory.extract.mention_sides import KILLED
from observatory.extract.totals_one_event_rise import RISE_VERB, one_event_rise
from observatory.extract.totals_wounded_rise import wounded_rise

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: Kinds of event a sentence may name in passing ("the deadliest single attack"), whatever the incident's kind.
_LOOSE_KINDS = ("other", "attack")


#: The rise of a toll ("bringing the number of ..."), and a deed told before it (an event of the sentence's own).
_RISE_WORD = re.compile(RISE_VERB + r"(?:to\s|the\s+number)", re.IGNORECASE)
_DEED = re.compile(r"\b(?:kill(?:ed|ing|s)|explo(?:ded|des|sion)|struck|hit|target(?:ed|ing)|shell(?:ed|ing)|attack(?:ed|s)?|"
                   r"blast|bomb(?:ed|ing)?|clash(?:ed|es)?|ambush(?:ed)?|stormed|shot)\b", re.IGNORECASE)


#: "bringing the death toll to four", "raising the toll of the attack to nine": a toll's rise told by its own word.
_RISE_TOLL = re.compile(RISE_VERB + r"the\s+(?:death\s+)?toll\b[^.;]{0,40}?\bto\s", re.IGNORECASE)
_BACK_TO_EVENT = re.compile(r"\b(?:in|by|during|from)\s+the\s+(?:same\s+)?(?:attack|explosion|blast|bombing|shelling|ambush|"
                            r"clash(?:es)?|strike|raid)\b", re.IGNORECASE)


def _only_died_before_rise(text: str) -> bool:
    """Before its rise, the sentence tells only more dead ("Two more people died later", "a third person was found
    dead at the same spot"), no deed of its own ("a car bomb exploded in Sarmin, killing two soldiers")."""
    rise = _RISE_WORD.search(text)
    return rise is not None and _DEED.search(text, 0, rise.start()) is None


def toll_rose_later(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """A sentence that tells no event of its own, only a risen toll of dead ("... died of his wounds on Sunday,
    bringing the death toll to 12"), after an incident with dead: that incident's toll, whatever day it names."""
    dead = [m for m in f.mentions if m.role == KILLED and m.parent is None]
    if not dead or not any(k[0] == KILLED for k in draft.counts):
        return False
    if any(m.rose and not m.quantity.vague for m in dead) and one_event_rise(text) and not new_places(draft, f) \
            and _only_died_before_rise(text):
        return True  # ("two more people died, bringing the number of people killed in the explosion to seven": its toll)
    own = _BACK_TO_EVENT.sub(" ", text)  # ("wounded in the attack": the incident's own event, no deed of the sentence's)
    if (not f.type_hit or own != text) and any(m.rose and not m.quantity.vague for m in dead) and all(m.rose or m.value == 1 for m in dead) \
            and (rise := _RISE_TOLL.search(own)) is not None and _DEED.search(own, 0, rise.start()) is None:
        return True  # ("A fourth member of the family died in hospital on Tuesday, bringing the death toll to four")
    # ("has risen to 33, as more soldiers succumbed ... and the bodies of others were found": no event of their own)
    if wounded_rise(text) and not new_places(draft, f) and (not f.type_hit or f.type_hit[0] in _LOOSE_KINDS or draft.type_hit and f.type_hit[0] == draft.type_hit[0]):
        risen = [m for m in dead if m.rose and not m.quantity.vague]  # ("had risen to 34 after one of the wounded died")
        return bool(risen) and all(m.rose or m.quantity.start > risen[0].quantity.end for m in dead)
    return (not f.type_hit or f.type_hit[0] == "other") and all(m.rose and not m.quantity.vague for m in dead) and _SUCCUMBED.search(text) is not None
