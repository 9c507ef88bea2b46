"""A kidnapping told as what set off the event of the sentence, with a day of its own: an incident of its own.

* "The clashes broke out after members of the gang kidnapped a young man from A at a checkpoint on Monday": the
  clashes (told before) and the kidnapping of Monday, two incidents.
* "Gunmen stormed the group's headquarters in B on Tuesday, after the group abducted two men from C on Sunday": the
  storming and the abduction.

Only an active kidnapping (someone kidnapped someone) told with a day of its own, a day the part before the recall does
not share, is cut off. "..., after the gang kidnapped a man from the town" (no day of its own) stays part of the event
told, and so does "... found dead two days after he was abducted" (the victim's own capture, and a gap of days). A
part before the recall that names no event but places the story ("The factions took over the headquarters in A, after
...") is not cut from the kidnapping: its places are the story's, read with the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.dates import find_dates
from observatory.extract.events import event_type
from observatory.extract.incident_recall import day_key
from observatory.extract.places import place_mentions
from observatory.extract.text import Sentence

#: ", after the gang kidnapped", "after members of the group had abducted", "following Falhout's men kidnapping":
#: the doers, then the act, in the active voice (no "days after", no "after being abducted", no "after he was abducted"),
#: its victims not the ones told of before ("after the gang kidnapped them": the story's own victims).
_SPARK = re.compile(r"(?<![\w-])(?<!days\s)(?<!hours\s)(?<!weeks\s)(?<!week\s)(?<!months\s)(?<!month\s)(?<!day\s)(?<!hour\s)(?:after|following)\s+"
                    r"(?P<doers>(?:[\w'’\"-]+\s+){1,12}?)(?:had\s+)?(?:kidnapped|abducted)\s+(?!(?:by|them|him|her)\b)", re.IGNORECASE)
#: Doers that are the victims told of by a pronoun or a passive ("after he was", "after they had been"), or a kidnapping
#: someone is only said to have done ("after the gang was accused of having kidnapped"); or no doers at all: a kidnapping
#: that only describes them ("after the gang that had abducted him demanded a ransom") or its victim ("after the family
#: of the kidnapped man paid"), the clause's own act coming later.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|accused|alleged|allegedly|reportedly|having)\b|"
                      r"^(?:he|she|they|him|her|them)\s|\b(?:that|who|which|the|a|an|of|his|her|their|its)\s+$", re.IGNORECASE)
#: A toll after the kidnapping ("..., leaving two dead", ", killing one soldier"): the toll of the event the sentence
#: tells (kidnapped people are not counted: SCHEMA), so the kidnapping is no incident cut from it.
_TOLL_AFTER = re.compile(r"\b(?:killing|killed|kills|dead|wounding|wounded|injuring|injured|leaving|left)\b", re.IGNORECASE)


def sparked_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut before a kidnapping it tells as the cause of its event, when that kidnapping has a day of its
    own ([head, kidnapping]), or []."""
    for m in _SPARK.finditer(work, sent.start, sent.end):
        if _PASSIVE.search(m.group("doers")):
            continue
        own = find_dates(work, m.end(), sent.end, None)
        if not own:
            continue  # no day of its own: part of the event told
        if _TOLL_AFTER.search(work, m.end(), sent.end):
            return []  # "..., leaving two dead": the toll of the event told, the kidnapping only its cause
        told = {day_key(d.text) for d in find_dates(work, sent.start, m.start(), None)}
        if day_key(own[0].text) in told:
            continue  # the event told took place on the same day: one story
        if event_type(work[sent.start:m.start()]) is None and place_mentions(work, sent.start, m.start()):
            return []  # "The factions took over the headquarters in A, after ...": the head only places the story
        head = replace(sent, end=m.start())
        return [head, replace(sent, start=m.start("doers"), first_in_paragraph=False, clause=False, inherits=False,
                              recalled=True)]
    return []
