"""A side storming a place it shells or bombs in the same telling: the storming is the event, the fire its preparation.

Constructions handled (one sentence):

* the storming, then the fire that came before it: "troops stormed the village after shelling it with tanks",
  "stormed the district at dawn, after besieging it for hours and bombarding it";
* the assault, then the fire that went with it: "forces launched an assault on the town and shelled it heavily";
* the dead of the fire, told while the storming went on: "ten people were killed by shelling and gunfire as the
  army stormed the town".

The event is an attack (SCHEMA: a ground assault), not shelling or an airstrike, where the sentence tells its dead
("..., killing 105 civilians", "leaving eight dead"). Where it tells none and the dead come later with their own
weapon ("Three civilians were killed when shells hit their homes"), that later telling names the kind. Left alone: a storming only tried
("tried to storm", "an attempt to storm": a repelled attempt, which the sets label both ways), a storming told in a
clause of its own after the fire ("shelled the town, which troops later stormed": the shelling killed them), and a
storming that is a battle's name ("the battle to storm the city").
"""

from __future__ import annotations

import re
from typing import Final

#: The storming done, by its verb (lower case: "Operation Euphrates Storm" is a name).
_STORM: Final = r"(?:stormed|broke\s+into|launched\s+an?\s+(?:[\w-]+\s+)?(?:assault|ground\s+attack)\s+on)"
#: The fire before it, in the storming's own clause: "after shelling it", "after besieging it and shelling it".
_FIRE_BEFORE: Final = re.compile(
    r"\b" + _STORM + r"\b[^.;]{0,120}?\b(?:after|following)\s+(?:[\w-]+\s+){0,8}?(?:shelling|bombarding|pounding)\s+(?:it|them)\b")
#: The fire joined to the storming: "launched an assault on X and shelled it heavily".
_FIRE_WITH: Final = re.compile(
    r"\b" + _STORM + r"\b[^.;,]{0,80}?\band\s+(?:then\s+)?(?:heavily\s+)?(?:shelled|bombarded|pounded)\s+(?:it|them)\b")
#: The fire's dead, told while the storming went on: "killed by shelling and gunfire as regime forces stormed" (the
#: fire of no side of its own: "killed by regime shelling on X while rebels stormed Y" tells two sides, two deeds).
_FIRE_DURING: Final = re.compile(
    r"\bby\s+(?:shelling|bombardment)\b[^.;]{0,40}?\bas\s+(?:[\w-]+\s+){1,5}?" + _STORM + r"\b")
_STEMS: Final = ("stormed", "broke into", "assault", "attack on")
#: The sentence tells the dead or hurt of the storming.
_TOLL: Final = re.compile(r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring)\b", re.IGNORECASE)
#: A storming told as the time of another event: "a day after regime forces stormed X after shelling it" (its own
#: clause of time; the sentence's dead are of the event it dates).
_BACKGROUND: Final = re.compile(r"\b(?:after|since|before|following|until)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def storm_over_fire(text: str) -> tuple[int, int] | None:
    """The span of the storming that ``text`` tells with its own shelling or bombing; None where it tells none."""
    if not any(stem in text for stem in _STEMS) or _TOLL.search(text) is None:
        return None
    for pattern in (_FIRE_BEFORE, _FIRE_WITH, _FIRE_DURING):
        m = pattern.search(text)
        if m is not None and not (pattern is not _FIRE_DURING and _BACKGROUND.search(text, max(0, m.start() - 60), m.start())):
            return m.start(), m.end()
    return None
