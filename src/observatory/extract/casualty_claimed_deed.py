"""A claimant's account of a deed of its own at a place the text has not named: another event, not the toll told before.

"Government helicopters dropped barrel bombs on Khan Sheikhoun, killing seven civilians. State media said insurgents
fired rockets at the town of Mhardeh, killing two children": state media tell the other side's deed, at a town the text
names for the first time, so its two children are that deed's dead, not another count of the seven
(tests/test_extract_round66_readings.py). A party's word on its own deed ("said its snipers targeted soldiers near B,
and claimed that four of them were killed") tells the event told before from its side, and stays a claim. A claim
that names no doer's deed ("SANA said five soldiers were killed") or whose place the text named before ("SANA said
the strike on Khan Sheikhoun killed two") is still read as a claim.
"""

from __future__ import annotations

import re

#: "said (that) insurgents fired rockets at ...", "reported that rebel shelling hit ...": a speaker's verb, a doer (not
#: the speaker's own: "its snipers"), and the doer's deed, up to the figure.
_DEED = re.compile(r"\b(?:said|says|reported|claimed|added|announced)\s+(?:that\s+)?(?!(?:its|their|our|his)\b)[^,.;:]{2,60}?\s+"
                   r"(?:shelled|fired|struck|hit|targeted|attacked|bombed|bombarded|launched|stormed)\b(?P<rest>[^.;]*)$")
#: A place name of one or more words ("Mhardeh", "Aleppo University", "Daraa al-Mahatta"): read whole, so a city
#: named before does not hide a site of it named for the first time.
_NAME = r"(?:al-)?[A-Z][\w'’-]{2,}(?:\s+(?:al-[A-Z][\w'’-]+|[A-Z][\w'’-]+))*"
#: A settlement or site the deed names: "the (government-held) town of Suqailabiyah", "at Mhardeh", "on al-Bab",
#: "at the government-held Daraa al-Mahatta neighbourhood", "at Aleppo University".
_PLACE = re.compile(r"\b(?:town|village|city|neighbou?rhood|district|camp)\s+of\s+(?P<named>" + _NAME + r")|"
                    r"\b(?:at|on|in|near)\s+(?:the\s+[a-z][\w-]*-held\s+)?(?P<bare>" + _NAME + r")")
#: How far back (characters) the text is searched for the deed's place: the report's earlier account of it.
_LOOK_BACK = 3000


def deed_elsewhere(work: str, sentence: int, at: int) -> bool:
    """Whether the claim in the sentence opening at ``sentence`` tells, before the figure at ``at``, a doer's deed at a
    place that the text before the sentence (``_LOOK_BACK`` characters of it) does not name (see module doc)."""
    deed = _DEED.search(work, sentence, at)
    if deed is None:
        return False
    for place in _PLACE.finditer(work, deed.start("rest"), at):
        name = place.group("named") or place.group("bare")
        if work.find(name, max(0, sentence - _LOOK_BACK), sentence) < 0:
            return True
    return False
