"""A joint toll of many strikes split by victim group after a colon (used by ``totals.TotalsBuilder``).

A report tells that one side's strikes, attacks or raids killed a number of people, then splits that number by the
groups of the dead after a colon: "its warplanes' raids took the lives of 40 people over the month: 20 fighters, 15
soldiers and five civilians", "the bombing killed 25 people: 12 ..., ten ... and three ...", "the toll of this
morning's air raids has climbed to 19: ...". When the strikes are many (counted, a series or a wave, spread over
several areas, over a named period, or the toll of a day's strikes), the figure sums several events, so each part is a
total of its side, as the lists by perpetrator of roundups are.

Left as they are: the same split after the account of one raid ("the strikes killed seven militiamen: four Iraqis and
three Syrians", when the text told one bombardment of one place), splits of one group by nationality (one side only),
and splits of killed and wounded ("nine casualties: four dead and five injured").
"""

from __future__ import annotations

import re

from observatory.extract.actors import ActorLexicon
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.numbers import CARDINAL_WORD, DIGITS
from observatory.extract.text import Sentence

#: The events as a plural subject or owner of the toll: "drone strikes", "the airstrikes", "the air raids", "the
#: attacks", "the bombardment", "today's strikes".
_STRIKES = re.compile(r"\b(?:strikes|air\s?strikes|air\s?raids|raids|attacks|bombardments?|bombings|shelling)\b", re.IGNORECASE)
#: The toll before the colon, of people with no group named ("killed 31 people:", "claimed the lives of 71 people in
#: the region during the year:", "has risen to 31:", "left 19 people dead:"); "killed nine militiamen: five Iraqis, ..."
#: splits one group by nationality and is left out.
_TOLL = re.compile(rf"\b(?:killed|killing|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|left|leaving|(?:risen|rose|rises|climbed|"
                   rf"reached|jumped)\s+to)\s+(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+)?(?P<num>\d[\d,]*|{CARDINAL_WORD})"
                   r"(?:\s+(?:people|persons|individuals))?(?:\s+(?:dead\b|(?:in|during|over|across|throughout)\b[^:;.\n]{0,60}))?\s*:",
                   re.IGNORECASE)
#: One dated day named in the sentence ("on January 13", "on Sunday"): the strikes of one raid.
_ON_DAY = re.compile(rf"\bon\s+(?:(?:{MONTH_NAMES})\s+[0-3]?\d\b|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b|"
                     r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", re.IGNORECASE)
#: An item of the split: a figure that opens the list or follows a comma, "and" or a semicolon.
_ITEM = re.compile(rf"(?:^|[,;]\s*|\band\s+)(?:\d[\d,]*|{CARDINAL_WORD})\s+(?!of\s+them\b|were\b|was\b)", re.IGNORECASE)
#: The strikes were many: counted ("more than 25 airstrikes"), a series or wave, several areas or places hit, or
#: a period over which they fell ("during the year", "over the month", "today's strikes" told with a rise). A count
#: has no comma after it: "launched on January 21, hit positions ..." names a day, not 21 positions.
_MANY = re.compile(rf"\b(?:{DIGITS}|{CARDINAL_WORD}|several|multiple|dozens|scores|tens|series|wave|string|spate|campaign)\s+(?:of\s+)?"
                   r"(?:[\w-]+\s+)?(?:strikes|airstrikes|air\s?raids|raids|attacks|bombings|areas|regions|sites|locations|positions|"
                   r"villages|towns)\b|\b(?:during|over|throughout|in)\s+the\s+(?:past\s+)?(?:year|month|week)\b|"
                   r"\btoday's\s+(?:[\w-]+\s+)?(?:strikes|airstrikes|raids|attacks)\b", re.IGNORECASE)
#: How far before the sentence the account of the strikes is read.
_BACK = 1200


def strike_split(work: str, sent: Sentence, lexicon: ActorLexicon) -> bool:
    """Whether the sentence splits a joint toll of many strikes by victim group after a colon (see the module)."""
    chunk = work[sent.start:sent.end]
    toll = _TOLL.search(chunk)
    if toll is None or _STRIKES.search(chunk, 0, toll.start()) is None or _ON_DAY.search(chunk, 0, toll.start()):
        return False
    tail = chunk[toll.end():]
    if len(_ITEM.findall(tail.lstrip())) < 2 or _killed_and_hurt(tail):
        return False
    sides = {a.side for a in lexicon.find(work, sent.start + toll.end(), sent.end) if a.side is not None}
    if len(sides) < 2:
        return False
    return _MANY.search(work, max(0, sent.start - _BACK), sent.start + toll.end()) is not None


def _killed_and_hurt(tail: str) -> bool:
    """"four dead and five injured": the list splits the figure into killed and wounded, not by group."""
    head = tail[:80].lower()
    return ("dead" in head or "killed" in head) and ("injured" in head or "wounded" in head)
