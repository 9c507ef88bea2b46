"""Fire or a bomb named only as the opening or the setting of a ground attack: the event is the attack.

Constructions handled (one sentence, SCHEMA: `attack` is an armed assault by a side; `shelling` and `ied_landmine`
are events of their own weapon):

* an attack said to open with fire or a bomb: "launched an attack on the positions, opening with heavy rocket fire",
  "the attack began with the detonation of a booby-trapped car" (a suicide bomber's car is his own kind, read first);
* an attack told with the bombs it used: "an attack on the positions, in which the group used a booby-trapped
  vehicle", "a counter-attack using two booby-trapped vehicles";
* a place taken under fire: "forces took control of the town after days of heavy bombardment", "factions, backed by
  artillery, regained control of the city", "troops entered the town after the fighters pulled out under heavy
  bombardment", "reached the towns of X after a three-day offensive backed by hundreds of Russian airstrikes", "fighters
  backed by Turkish tanks and artillery have since taken several villages": the capture is the event, the fire only
  its setting. The fire stays an event of its own where it
  has a toll ("civilians were killed under airstrikes as troops captured X") or only the capture's background
  ("killed amid shelling on the city, which the army overran in 2016").
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

#: The kinds that the weapon or the setting of an attack makes (a drone or an airstrike of its own is left).
_MEANS_KINDS: Final = frozenset({"shelling", "ied_landmine"})
_SETTING_KINDS: Final = frozenset({"shelling", "airstrike"})

#: An attack that opens with its fire or bomb ("launched an attack on X, opening with rocket fire", "the attack began
#: with the detonation of ...").
_OPENED_WITH: Final = re.compile(r"\b(?:attack|assault|offensive)\b(?:[^.;]{0,160}?,\s*(?:opening|starting|beginning)\s+with\b|"
                                 r"\s+(?:began|started|opened)\s+with\b|"
                                 # ("the assault began at dawn with a barrage of rockets": fire only, not "at dawn with two car bombs")
                                 r"\s+(?:began|started|opened)\s+(?:at|in|on|before|after|early|late)(?:\s+[\w-]+){1,2}?\s+with\b"
                                 r"(?=\s+(?:[\w-]+\s+){0,3}?(?:barrages?|rockets?|shelling|bombardment|artillery|mortars?|shells)\b))",
                                 re.IGNORECASE)
_MEANS_STEMS: Final = ("attack", "assault", "offensive")  # every _OPENED_WITH match holds one

#: A place taken ("took full control of", "regained control of", "retook", "recaptured", "entered the town").
_CAPTURE: Final = re.compile(r"\b(?:took|taken|seized|regained|wrested)\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b|"
                             r"\b(?:retook|retaken|recaptured|overran)\b|"
                             # ("regained the town of X", "captured the villages of X", "advanced today into the neighbourhoods")
                             # ("reached the towns of X", "have since taken several villages", "pushed into the city")
                             r"\b(?:entered|re-?entered|captured|regained|reached|took|taken|advanced\s+(?:[\w-]+\s+){0,2}?into|"
                             r"pushed\s+into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:towns?|city|villages?|districts?|neighbou?rhoods?)\b|"
                             # ("after a three-day offensive backed by airstrikes": the ground push)
                             r"\b(?:ground\s+|land\s+)?offensive\b(?!s)", re.IGNORECASE)
_CAPTURE_STEMS: Final = ("control", "retook", "retaken", "recaptured", "overran", "entered", "captured", "regained",
                         "advanced", "reached", "took", "taken", "pushed", "offensive")  # one in every _CAPTURE match
#: The fire as a setting just before its word ("after days of heavy", "under heavy", "backed by Turkish").
_SETTING_BEFORE: Final = re.compile(r"\b(?:after|following|under|amid(?:st)?|(?:backed|supported|covered)\s+by|"
                                    r"with\s+the\s+support\s+of)\s+(?:[\w-]+\s+){0,6}?$", re.IGNORECASE)
#: The setting phrases that back the takers themselves ("backed by artillery"): they may stand before the capture.
_BACKING: Final = re.compile(r"(?:backed|supported|covered)\s+by|with\s+the\s+support\s+of", re.IGNORECASE)
#: A death or a wound ("were killed after airstrikes", "shelling that killed two"): the fire has a toll of its own.
_TOLL: Final = re.compile(r"\b(?:kill\w*|died|dead|deaths?|wounded|wounding|injur\w*)\b", re.IGNORECASE)
#: The end of a clause (a full stop or a semicolon).
_CLAUSE_STOP: Final = re.compile(r"[.;]")


#: One attack told with the bombs it used ("an attack on their positions, in which the group used a booby-trapped
#: vehicle", "launched a counter-attack on X using two booby-trapped vehicles", "the attack, in which the militants used
#: suicide car bombs"): the bombs are its weapon, the attack is the event (not "attacks ... using IEDs": a tally).
_USED_IN: Final = re.compile(r"\b(?:attack|assault|offensive)\b(?!s)[^.;]{0,160}?\b(?:using|in\s+which\s+(?:[\w-]+\s+){1,3}?used|"
                             r"with\s+the\s+use\s+of)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_USED_KINDS: Final = frozenset({"ied_landmine", "suicide_bombing"})


def ground_attack(found: tuple[str, int, int] | None, text: str) -> tuple[str, int, int] | None:
    """``found`` retyped as an attack where its fire or bomb is only the opening or the setting of a ground attack."""
    if found is not None and found[0] in _USED_KINDS and has_any(folded(text), ("used", "using", "use of")) and \
            _USED_IN.search(text, max(0, found[1] - 240), found[1]) is not None:
        return "attack", found[1], found[2]
    if found is None or found[0] not in _MEANS_KINDS | _SETTING_KINDS:
        return found
    span = folded(text)
    if found[0] in _MEANS_KINDS and has_any(span, _MEANS_STEMS) and _opened_with(text, found[1]):
        return "attack", found[1], found[2]
    if found[0] in _SETTING_KINDS and has_any(span, _CAPTURE_STEMS) and _captured_under_fire(text, found[1], found[2]):
        return "attack", found[1], found[2]
    return found


def _opened_with(text: str, at: int) -> bool:
    """The kind's word at ``at`` tells what an attack opened with ("..., opening with rocket fire")."""
    return any(m.end() <= at < m.end() + 60 for m in _OPENED_WITH.finditer(text))


def _captured_under_fire(text: str, at: int, end: int) -> bool:
    """The fire at ``at``:``end`` is told as the setting of a capture in the sentence: after it ("took control of X
    after heavy bombardment"), or before it where the setting backs the takers or opens the sentence ("backed by
    artillery, retook X", "Under heavy bombardment, troops entered X"); never where a toll stands between the two or
    follows the fire ("were killed under airstrikes, as troops captured X", "after shelling that killed two")."""
    setting = _SETTING_BEFORE.search(text, max(0, at - 60), at)
    if setting is None:
        return False
    fronted = _BACKING.match(setting.group()) is not None or not text[:setting.start()].strip()
    stop = _CLAUSE_STOP.search(text, end)
    fire_toll = _TOLL.search(text, end, len(text) if stop is None else stop.start()) is not None
    for m in _CAPTURE.finditer(text):
        if m.end() <= setting.start() and not fire_toll and _TOLL.search(text, m.end(), setting.start()) is None:
            return True
        if fronted and m.start() >= end and _TOLL.search(text, end, m.start()) is None:
            return True
    return False
