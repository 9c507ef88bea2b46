"""Clashes whose account says which side began them (used by ``assemble._event``).

SCHEMA: a clash is fighting with no clear initiator; an armed assault by an identified side is an attack. "Two soldiers
and three local gunmen were killed in clashes at a checkpoint ... The fighting erupted after the checkpoint's men
arrested a young man, prompting local gunmen to attack the checkpoint", "local gunmen stormed the headquarters of the
group ...; the clashes killed seven members of the group": the incident's account names the side that stormed or
attacked, so the fight is that side's attack. Not infighting (``assemble._INFIGHTING``), not an attack only repelled
or feared ("to repel any attack"), nor an attack told of another time ("a week after ISIS attacked ...", "HTS later
stormed the headquarters"), nor a raid on a house (a security raid that met fire is a clash, as the written sets label
it), nor a storming told as the clashes' cause ("after army units stormed the village").
"""

from __future__ import annotations

import re
from typing import Final

#: A side's deed that begins a fight: "stormed", "attacked the checkpoint", "launched an attack on", "to attack".
_BEGUN: Final = re.compile(
    r"(?<!\blater\s)\b(?:stormed|(?:launched|carried\s+out|mounted)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|offensive)\s+on|"
    r"(?:to|tried\s+to|attempted\s+to)\s+(?:attack|storm)|attacked)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:checkpoint|headquarters|position|positions|post|posts|base|barracks|branch|station|point|points|"
    r"patrol|convoy|village|town)\b(?=\s*(?:[,.;:]|$)|\s+(?:of|in|on|near|at|with|from|belonging|held|manned|and|to|east|west|"
    r"north|south|outside|around)\b)", re.IGNORECASE)  # (the place itself: not "stormed the village bakery")
#: The storming told as the cause of the clashes ("clashes broke out after army units stormed the village"): the
#: clashes' account, a clash (tests/test_extract_clashes_side_storming.py).
_AS_CAUSE: Final = re.compile(r"\bafter\s+(?:[\w'-]+\s+){1,5}$", re.IGNORECASE)
#: The deed told of another time or only feared: "a week after X attacked", "to repel any attack".
_ELSEWHEN: Final = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+[^.;]{0,80}$|\b(?:repel|prevent|foil)\s+[^.;]{0,30}$|"
                              r"\b(?:wanted|accused|charged|arrested|convicted|sentenced)\s+(?:for|of|with)\s+(?:having\s+)?$",
                              re.IGNORECASE)  # ("two men wanted for having attacked a patrol": a charge)


def begun_by_attack(told: str) -> bool:
    """Whether the incident's account names a side storming or attacking a place or force of the other."""
    return any(_ELSEWHEN.search(told, max(0, m.start() - 100), m.start()) is None
               and _AS_CAUSE.search(told, max(0, m.start() - 60), m.start()) is None for m in _BEGUN.finditer(told))
