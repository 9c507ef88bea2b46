"""An event outside Syria told inside a report on a Syrian incident: its own incident, never more of the Syrian one.

Handled: "The strikes answered a drone attack that killed three US soldiers at a base in northeast Jordan", "In Iraq,
officials said 16 people died in strikes near the border town", "The raids came after nine Turkish soldiers were killed
in clashes in northern Iraq", "in retaliation for a bombing in Istanbul that killed six people": a sentence that places
its dead in Iraq, Turkey, Lebanon, Jordan or Israel, or in one of their cities the reports name (not "in Iraq and
Syria", not "the Iraq border") after an incident not placed there tells another event, whose dead the Syrian
incident must not take (SCHEMA: events outside Syria are incidents with no governorate).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

_COUNTRY = r"(?P<country>Iraq|Iraqi\s+Kurdistan|Kurdistan\s+Region|Turkey|Turkish\s+territory|Lebanon|Jordan|Israel)"
#: A city abroad that the reports name as a scene ("a bombing in Istanbul that killed six", round 71): read only where a
#: sentence's dead are placed (``told_abroad``), not where the gazetteer weighs a story's towns.
_CITY_SCENE = re.compile(r"\b(?:in|inside)\s+(?P<country>Istanbul|Ankara|Gaziantep|Beirut|Baghdad|Erbil|Mosul|Amman)\b")
_QUARTER = r"(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)"
#: The scene set abroad: "in northern Iraq", "inside Turkey", "a base in Jordan", "on the Iraqi side of the border"
#: (not "in Iraq and Syria": both countries; not "the Jordan border", "in Iraq-based groups").
ABROAD_SCENE = re.compile(r"(?<!Syria\sand\s)\b(?:in|inside)\s+(?:the\s+)?" + _QUARTER + r"?" + _COUNTRY +
                          r"\b(?!\s*(?:border|-|and\s+Syria|or\s+Syria|,\s*Syria))"
                          r"|\bon\s+the\s+(?P<side>Iraqi|Turkish|Lebanese|Jordanian|Israeli)\s+side\s+of\s+the\s+border\b", re.IGNORECASE)


#: Where fire came from or people came from, not where anyone died: "shells fired from inside Turkish territory", "a
#: drone launched from a base in Turkey", "militiamen recruited in Iraq" (tests/test_extract_review_r33.py); nor where
#: the hurt were treated: "succumbed to her injuries at a hospital in Turkey" (tests/test_extract_round57_readings.py).
_ORIGIN_BEFORE = re.compile(r"\b(?:from|recruited|born|trained|raised|lived|living|residing)(?:\s+[\w'-]+){0,3}\s+$|"
                            r"\b(?:hospitals?|medical\s+(?:centre|center)|clinic)(?:\s+[\w'-]+){0,7}\s+$|"  # ("succumbed ... at a hospital
                            # in Turkey", "died in a hospital across the border in Turkey", "in hospitals in al-Bab and
                            # across the border in Turkey")
                            r"\b(?:died|succumbed)\s+(?:of|to)\s+(?:his|her|their)\s+(?:wounds|injuries)(?:\s+[\w'-]+){0,3}\s+$",
                            re.IGNORECASE)


def _countries(work: str, start: int, end: int) -> set[str]:
    """The countries abroad that work[start:end] sets a scene in ("Iraq" for "in northern Iraq" and "on the Iraqi side
    of the border"; the Kurdistan Region is Iraq's, Turkish territory Turkey's)."""
    return {_KEY[(m.group("country") or m.group("side")).split()[0].lower()]
            for scene in (ABROAD_SCENE, _CITY_SCENE) for m in scene.finditer(work, start, end)
            if not _ORIGIN_BEFORE.search(work, max(start, m.start() - 80), m.start())}


_KEY = {"iraq": "iraq", "iraqi": "iraq", "kurdistan": "iraq", "turkey": "turkey", "turkish": "turkey",
        "lebanon": "lebanon", "lebanese": "lebanon", "jordan": "jordan", "jordanian": "jordan", "israel": "israel",
        "israeli": "israel", "istanbul": "turkey", "ankara": "turkey", "gaziantep": "turkey", "beirut": "lebanon",
        "baghdad": "iraq", "erbil": "iraq", "mosul": "iraq", "amman": "jordan"}


def told_abroad(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """The unit tells dead of an event set abroad, in a country where the incident told so far is not set: another
    event."""
    if not any(m.role == KILLED and m.parent is None for m in f.mentions):
        return False
    scene = _countries(work, f.sentence.start, f.sentence.end)
    return bool(scene) and not scene <= _countries(work, draft.start, draft.end)
