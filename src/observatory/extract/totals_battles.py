"""The toll of one battle told "so far" (used by ``totals_sentences`` and ``totals.TotalsBuilder``).

* "The fighting has so far left 11 soldiers and eight fighters dead", "The clashes have so far killed ...": the latest
  toll of the battle the paragraph tells, an incident's (the sentence is no period total), unless the paragraph
  before it says the battle has run over more than one day ("Clashes have continued since yesterday afternoon ...",
  "... for the third consecutive day"): then the toll covers several days of fighting and is a total.
* "... after a two-day offensive. The monitor said 73 soldiers were killed in the battle": the toll of the battle
  (or of the fighting, so far) that the sentence before it dated over several days ("a three-day battle", "since
  yesterday", even a paragraph before), or that its own sentence dates so ("The toll of the clashes ..., which have
  been going on since Friday, has risen to 17"), covers them all: a total, like the above.
* Not so: a toll its own sentence dates to one day ("In Idlib, two soldiers were killed on Monday in the clashes"), and
  a toll whose battle is told apart ("in the clashes with HTS on the X front") after a paragraph about a battle of days.
"""

from __future__ import annotations

import re

from observatory.extract.gates import blank, folded
from observatory.extract.numbers import number_words
from observatory.extract.text import SENTENCE_STOP, Sentence

#: The battle as the subject of a toll told so far ("The ongoing clashes have so far ...").
#: also with "so far" before the verb ("the fighting so far has left ...") or after the dead ("the fighting has left four
#: SDF fighters and six gunmen dead so far").
BATTLE_HAS_SO_FAR = (r"\b(?:the|these|this)\s+(?:ongoing\s+|current\s+|continuing\s+|renewed\s+|violent\s+|fierce\s+|heavy\s+)?"
                     r"(?:fighting|clashes|battles?|confrontations|offensive|assault|attack)\s+(?:(?:has|have|had)\s+so\s+far\b|"
                     r"so\s+far\s+(?:has|have|had)\b|(?:has|have|had)\s+left\s+[^.;:]{1,120}?\s+dead\s+so\s+far\b)")
_HAS_SO_FAR = re.compile(BATTLE_HAS_SO_FAR, re.IGNORECASE)
#: The battle began a day or more before: "since yesterday", "since Monday", "for the second day", "for three days".
_DAYS_BEFORE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:early\s+|late\s+)?(?:yesterday|last\s+night|the\s+day\s+before)|"
                          r"(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                          r"\bfor\s+(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:consecutive\s+|straight\s+)?day\b|"
                          r"\bfor\s+" + number_words("several", r"\d+", plural=True) + r"\s+(?:consecutive\s+|straight\s+)?days\b", re.IGNORECASE)
#: The toll told of the battle as a whole: "killed in the battle", "during the fighting", "the toll of the clashes".
_OF_THE_BATTLE = re.compile(r"\b(?:(?:in|during|throughout)\s+the|toll\s+of\s+the(?:\s+[\w-]+)?)\s+(?:battles?|fighting|offensive|clashes|assault|confrontations)\b",
                            re.IGNORECASE)
#: A battle told as lasting several days: "a two-day offensive", "the three-day battle", "a 4-day assault".
_DAYS_LONG = re.compile(r"\b(?!(?:one|1)\b)" + number_words("several", r"\d+") + r"[-\s]days?\s+(?:[\w-]+\s+)?"
                        r"(?:battles?|offensive|fighting|clashes|assault|confrontations)\b", re.IGNORECASE)
#: The battle told apart by its sides or its place ("in the clashes with HTS", "during the fighting on the X front").
_TOLD_APART = re.compile(r"\s+(?:with|between|against|on|in|near|at|around|along|for|over|of|across|inside)\s", re.IGNORECASE)
#: How far back in the paragraph the battle's start is read.
_REACH = 600


def battle_of_days(work: str, sent: Sentence) -> bool:
    """A toll of the battle "so far" whose paragraph says before it that the battle began a day or more before, or a
    toll of the battle whose sentence before dates it over several days: a total. Not a toll its sentence gives a day
    of its own ("two soldiers were killed on Monday in the clashes"), nor, from a paragraph before, a toll of a battle
    its sentence tells apart ("in the clashes with HTS on the Jabal al-Zawiya front"): another battle's, maybe."""
    chunk = work[sent.start:sent.end]
    so_far = "far" in folded(chunk) and _HAS_SO_FAR.search(chunk) is not None  # (every match holds "far" in some mix of cases)
    of_battle = list(_OF_THE_BATTLE.finditer(chunk))
    if not so_far and not of_battle:
        return False
    if _DAYS_LONG.search(chunk) is not None or _DAYS_BEFORE.search(chunk) is not None:
        return True  # ("the toll of the clashes, which have gone on since Friday")
    if _own_day(chunk):
        return False
    start = max(work.rfind("\n", 0, sent.start) + 1, sent.start - _REACH)
    if so_far and _DAYS_BEFORE.search(work, start, sent.start) is not None:
        return True
    before = _sentence_before(work, sent.start)
    if "\n" in work[before:sent.start] and not so_far and all(_TOLD_APART.match(chunk, b.end()) for b in of_battle):
        return False
    return _DAYS_LONG.search(work, before, sent.start) is not None or _DAYS_BEFORE.search(work, before, sent.start) is not None


def _own_day(chunk: str) -> bool:
    """The sentence gives its toll a single day ("killed on Monday", "today"), not only the day it was said on."""
    from observatory.extract.totals_sentences import ONE_DAY, SPOKEN_ON  # (that module reads this one's pattern)

    return ONE_DAY.search(blank(SPOKEN_ON, chunk)) is not None


def _sentence_before(work: str, start: int) -> int:
    """Where the sentence before ``start`` begins, in this paragraph or the one before it."""
    end = len(work[:start].rstrip())
    stops = [stop.end() for stop in SENTENCE_STOP.finditer(work, max(0, end - _REACH), max(0, end - 1))]
    return stops[-1] if stops else max(0, end - _REACH)
