"""Fighting told as going on over days, with no toll of its own: a campaign, not one incident.

Reports set the scene of a battle that lasts days or weeks before they tell its single events: "fighting between the
two sides has raged near the bridge since the factions took the city", "the forces took the town after 40 days of
battles" (undated). Such a sentence, when it counts no dead or wounded of its own,
tells of no incident of the schema (the labelling conventions keep a multi-day fight as a total, and its single
attacks as incidents). Fighting that goes on only for hours ("clashes have raged since dawn", "continued until the
early morning"), a bare "clashes continued between X and Y around Z" (a daily report's fighting of the day), and a
capture dated to its day ("seized the town on Saturday after three days of fighting") stay incidents, and so does
fighting told as going on for "a third day": like ACLED, which codes each day of a battle as an event, the day's
fighting of a report is that day's incident.
A vague toll does not make such fighting an incident ("the battles have been going on since December, and the regime
forces have lost dozens of members there since then": incident_eventful).
"""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words

#: The nouns reports use for fighting between two sides.
_FIGHT = r"(?:clashes|fighting|battles?|confrontations|skirmishes|hostilities|combats?|engagements)"
#: "has raged", "have been raging", "has been going on", "has continued" (not "continued to shell": a habit, read
#: elsewhere), then "since" a point before today.
_GOES_ON = (r"(?:(?:has|have|had)\s+(?:been\s+)?(?:rag(?:ed|ing)|going\s+on|continu(?:ed|ing)|under\s*way)|"
            r"(?:is|are)\s+(?:still\s+)?(?:raging|going\s+on|continuing))\b(?!\s+to\b)")
#: "since dawn", "since this morning", "since early morning", "since noon", "since yesterday": a fight of a day or a
#: night, still one event ("since the morning of 3 May" is a day before: not this).
_SHORT_SINCE = (r"(?:dawn|daybreak|midnight|noon|midday|sunrise|sunset|nightfall|last\s+night|yesterday|"
                r"(?:(?:this|the)\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours)(?!\s+of\b)|"
                r"\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m|o'clock))")
_LONG = number_words("several", "many", r"\d+", plural=True)
_ONGOING = re.compile(
    rf"\b{_FIGHT}\b[^.;]{{0,160}}?\b{_GOES_ON}[^.;]{{0,160}}?\bsince\s+(?!{_SHORT_SINCE}\b)", re.IGNORECASE)
#: "took the city after 73 days of battles": the end of a campaign (when the sentence dates the capture, "seized the
#: town on Saturday after three days of fighting", the capture is told as that day's event and stays one).
_AFTER_DAYS = re.compile(
    rf"\b(?:after|following|during|throughout|amid)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?{_LONG}\s+"
    rf"(?:days|weeks|months)\s+of\s+(?:[\w-]+\s+){{0,2}}?{_FIGHT}\b", re.IGNORECASE)
#: "... continued for hours", "until the early morning", "into the night": a fight of one day or night.
_HOURS = re.compile(r"[^.;]{0,60}?\b(?:for\s+(?:\w+\s+)?hours|until\s+(?:the\s+)?(?:early\s+|late\s+)?"
                    r"(?:morning|evening|night|dawn|noon|afternoon|midnight)|into\s+the\s+(?:night|morning|evening)|"
                    r"until\s+(?:late|dawn|midnight|sunset|sunrise))\b", re.IGNORECASE)
_FIGHT_WORD = re.compile(rf"{_FIGHT}|clash|battle|fight", re.IGNORECASE)


def fighting_goes_on(chunk: str, kind_word: str, dated: bool) -> bool:
    """The sentence's event word is fighting (``kind_word``, the words of its type hit) that the sentence tells as going
    on over days ("fighting has raged around the dam since the factions took the city"), not over hours; or, when the sentence gives no date (``dated``), as ended after days of it."""
    if not _FIGHT_WORD.search(kind_word):
        return False
    if not dated and _AFTER_DAYS.search(chunk):
        return True
    m = _ONGOING.search(chunk)
    return m is not None and _HOURS.match(chunk, m.end()) is None
