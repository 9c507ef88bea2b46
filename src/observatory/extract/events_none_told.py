"""A kind of event said not to have happened ("there have been no air strikes since midnight", "no shelling was
recorded", "no fighting was reported between the two armies", "there were no clashes on Monday"): not the kind of the
event the sentence tells (the clashes or the strike it goes on to report are)."""

from __future__ import annotations

import re
from typing import Final

#: Every :data:`NONE_TOLD` match holds one of these (lower-case) stems.
NONE_STEMS: Final = ("no ",)
NONE_TOLD: Final = re.compile(
    r"\bno\s+(?:(?:further|more|new|other)\s+)?(?:(?:Russian|regime|Turkish|Israeli|coalition)\s+)?"
    r"(?:air\s?strikes|air\s+raids|shelling|bombardment|fighting|clashes|battles|confrontations|skirmishes|"
    r"exchanges?\s+of\s+fire|attacks)\b"
    r"(?=\s+(?:since|were|was|had|have|has|on|in|during|overnight|today|yesterday|between|reported|recorded)\b|\s*[,.;]|[\"”])",
    re.IGNORECASE,
)

#: Every :data:`NOT_RULED_OUT` match holds one of these (lower-case) stems.
RULED_STEMS: Final = ("rule", "ruling", "exclud")
#: A kind only said not to be ruled out ("did not rule out that the blasts were caused by a drone strike", "without
#: ruling out an Israeli strike", "could not exclude the possibility of a drone attack"): a guess at the cause, not
#: the event told (up to the end of the clause).
NOT_RULED_OUT: Final = re.compile(
    r"\b(?:(?:did|does|do|could|would)\s+not|(?:did|does|do|could|would)n[’']t|cannot|can[’']t|without)\s+"
    r"(?:rul(?:e|ing)\s+out|exclud(?:e|ing))\b[^.;]*",
    re.IGNORECASE,
)

#: Every :data:`REACTED` match holds one of these (lower-case) stems.
REACTED_STEMS: Final = ("react", "respond", "condemn", "denounc", "deplor")
#: An event only named back as what someone reacted to, or failed to ("did not react to the bombardment", "has not
#: responded to the strikes", "declined to respond to the attack", "condemned the bombing"): a reaction to the event
#: told, not another one. An affirmative "responded to the shelling" is left alone (the reply may be fire of its own);
#: "did not comment on the raids" too (a sentence the reader of a strike series keeps as the series' own).
REACTED: Final = re.compile(
    r"\b(?:(?:(?:did|does|do|has|have|had)\s+not|(?:did|does|do|has|have|had)n[’']t|(?:refused|declined)\s+to|without)\s+"
    r"(?:yet\s+|immediately\s+|officially\s+|publicly\s+)?(?:react(?:ed|ing)?|respond(?:ed|ing)?)\s+to|"
    r"(?:condemn|denounc|deplor)(?:e|es|ed|ing|s)?)\s+"
    r"(?:the|this|that|these|those|its|their|such)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|assaults?|shelling|bombardments?|strikes?|air\s?strikes?|raids?|bombings?|explosions?|blasts?|"
    r"killings?|massacres?|assassinations?|ambush(?:es)?|clashes|fighting|incidents?|events|operations?)\b",
    re.IGNORECASE,
)

#: A search, combing or sweep operation, or troops sent to an area: told with the aircraft "backing" it, the strike is
#: only the setting of an operation that is no event ("launched a search operation, backed by Russian helicopters",
#: "started combing the hills, supported by warplanes", "sent reinforcements, backed by drones").
OPERATION_ONLY: Final = re.compile(
    r"\b(?:search|combing|sweep|sweeping|security|clearing|clearance|mopping[\s-]up)\s+(?:operations?|campaigns?)\b|"
    r"\b(?:combing|comb|combed|searching|scouring)\s+(?:the|a|an|its|their)\b|\breinforcements\b",
    re.IGNORECASE,
)
