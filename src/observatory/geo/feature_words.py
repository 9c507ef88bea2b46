"""The words a place string carries besides its name: feature and position words ("village", "desert", "northern",
"airbase": ``DESCRIPTIVE_WORDS``), and with them the words that begin many names and never name a place alone
("Tell", "Jabal", "Kafr", "al": ``GENERIC_WORDS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


_DESCRIPTIVE = (
    "the of and or in at on near outside inside around between from to north south east west northern southern "
    "eastern western central old new ancient upper lower big small great international military army armored "
    "armoured vehicle vehicles base bases airport airbase air force oil gas field fields wells station pumping "
    "project housing association factory cotton sugar plant power water dam reservoir lake bridge road highway "
    "junction crossing border checkpoint camp prison complex hospital school university college mosque church "
    "market square roundabout street district neighborhood neighbourhood quarter suburb suburbs city town village "
    "villages area areas region countryside desert farm farms hill hills mountain mountains plain plains valley "
    "island islands headquarters hq brigade division regiment battalion battalions institute center centre "
    "research academy building buildings positions position front frontline axis outskirts environs vicinity "
    "locality hamlet ruins ruin castle citadel silos silo grain industrial zone city's town's")


DESCRIPTIVE_WORDS = frozenset(_DESCRIPTIVE.split())


# words that begin many names and never name a place alone
GENERIC_WORDS = DESCRIPTIVE_WORDS | frozenset(
    ["tall", "tal", "tell", "jabal", "jebel", "ayn", "ain", "abu", "umm", "um", "bir", "khirbat", "khirbet", "kafr", "deir", "dayr", "qasr", "wadi", "ras", "tlul", "mazraat", "hawsh", "bayt", "beit", "al", "el"])
