"""Other sources named by office rather than by kind: a minister, a governor, a mayor, a spokesman, an administration
or the authorities. (Sources named by their standing, "a military source told ...", and named outlets are left out:
crediting them moved more reports away from gold than towards it; one that tells an
outlet a clause of its own, "a source told North Press that ...", is credited in incident_source_told.py.)

They give an incident's figures the way state media or a ministry does, so the monitor's count wins over theirs
where both are told ("The province's governor said 20 were killed; the monitor put the toll at 22"). Two
constructions credit them: the holder tells ("the health minister said", "the governor of the province, said",
"the authorities announced") or the figure is told after them ("according to the regional administration").
Named without telling ("civilians who work with the administration", "the minister visited the wounded"), they
credit no figure.

A government named by its capital is such a source where the capital itself tells ("Ankara said three civilians were
killed", "Tehran said seven of the Guard died", "Moscow later announced ..."); the city as a place ("a source in
Damascus said", "BEIRUT (AFP) - ...") credits nothing (tests/test_extract_casualty_capital_claims.py)."""

from __future__ import annotations

import re

from observatory.extract.gates import has_any

#: Who: office holders and administrations.
_WHO = r"(?:ministers?|governors?|mayors?|spokes(?:man|woman|person)|administrations?|authorities)"
#: The verbs by which a source gives figures.
_TELL = r"(?:said|say|says|told|tells|reported|reports|announced|stated|put|puts|confirmed|claimed|claims)"
_SOURCE_WORD = re.compile(r"\b" + _WHO + r"\b[\s,]+(?:[\w()'\u2019-]+[\s,]+){0,5}?" + _TELL + r"\b|"
                          r"\b(?:according\s+to|citing|cited\s+by|told)\s+(?:the\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                          + _WHO + r"\b", re.IGNORECASE)
#: Words one of them holds (a sentence without any cannot match).
_STEMS = ("minister", "governor", "mayor", "spokes", "administration", "authorities")
#: A capital telling as its government, as the subject opening its clause: "Ankara said", "..., while Tehran later
#: announced", "..., and Damascus said". Not the city as a place, whatever word precedes it ("a source in Damascus
#: said", "residents of eastern Damascus said", "shells near Damascus claimed the lives of two").
_CAPITAL_TELLS = re.compile(r"(?:^\s*|[.!?:]\s+|\n\s*|[,;]\s+(?:(?:and|but|while|whereas)\s+)?|\b(?:and|but|while|whereas)\s+)"
                            r"(?:Ankara|Tehran|Moscow|Washington|Damascus|Baghdad|Amman|Beirut)"
                            r"\s+(?:(?:later|also|first|initially|officially|has|had)\s+)?" + _TELL + r"\b")
_CAPITAL_STEMS = ("ankara", "tehran", "moscow", "washington", "damascus", "baghdad", "amman", "beirut")


def office_source(span: str, text: str) -> bool:
    """``text`` credits its figures to an office holder, an administration or a government named by its capital
    (``span``: the folded text, for the gate)."""
    return (has_any(span, _STEMS) and _SOURCE_WORD.search(text) is not None) or \
        (has_any(span, _CAPITAL_STEMS) and _CAPITAL_TELLS.search(text) is not None)
