"""The doers of an attack counted as its victims: "An attack by four gunmen on a checkpoint killed two soldiers" reads
"four" with the killing word on its right, yet the four are who attacked (the agent after "by" of an attack noun),
not who fell (tests/test_extract_hurt_lists.py). So are people told as the subject of a deed done to others ("Two
men on a motorcycle opened fire on him ..., and he died", "Three gunmen stormed a house and shot dead a man";
tests/test_extract_casualty_doers_subject.py). Such a figure is no casualty mention; the figure the killing word
governs stays.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention

#: "an attack by", "the ambush carried out by", "a raid launched by": the agent of an attack noun, right before the figure.
_BY_ATTACKERS = re.compile(r"\b(?:attack|assault|ambush|raid|shooting|incursion|infiltration)\s+(?:(?:carried\s+out|launched|"
                           r"staged|mounted)\s+)?by\s+(?:at\s+least\s+|about\s+|some\s+)?$", re.IGNORECASE)
#: ... whose noun is armed men: "four gunmen", "three ISIS members", "two militants".
_ARMED_NOUN = re.compile(r"\s+(?:[\w'-]+\s+)?(?:gunm[ae]n|armed\s+men|militants|attackers|members|fighters|cells?)\b",
                         re.IGNORECASE)


#: The figure's people as the subject of a deed done to others: "Two men on a motorcycle opened fire on him", "Three
#: gunmen stormed a house and shot dead a man" (not "two soldiers were attacked", "two men who stormed ..."; not
#: "detonated", whose doers may die by it: "two other elements detonated their explosive belts").
_SUBJECT_OF_DEED = re.compile(r"(?:\s+(?!(?:were|was|who|had|have|has|and|are|is|died|killed|injured|wounded|hurt|dead|when|as|after|"
                              r"while|during|in|by|from|since|before|until|left|lost|of|at|near)\b)[\w'-]+){1,5}?\s+"
                              r"(?:opened\s+fire|stormed|attacked|ambushed|raided|broke\s+into|fired\s+(?:at|on)|abducted|kidnapped|"
                              r"planted|threw)\b",
                              re.IGNORECASE)


def without_doers(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` without the figures of armed men told as the agent of an attack noun, or of people told as the
    subject of a deed done to others (see module doc)."""
    return [m for m in mentions if not (m.parent is None and (_ARMED_NOUN.match(work, m.quantity.end)
                                                              and _BY_ATTACKERS.search(work, max(0, m.quantity.start - 60), m.quantity.start)
                                                              or _SUBJECT_OF_DEED.match(work, m.quantity.end)))]
