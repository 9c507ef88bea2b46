"""Kinds of incident told by who killed whom and why, rather than by the weapon.

Constructions handled:

* a killing by the victim's kin or over a private quarrel ("shot dead by his cousin during a quarrel over an
  inheritance", "killed by his brother over a land dispute", "stabbed by a relative following a family dispute"): a
  murder (`other`), not an attack or an assassination by a side;
* a killing told as a crime by no armed side: "the last murder took place when ...", gunmen who "tried to
  steal his car" or "stole the money he was carrying" (a robbery), an "honour" killing, stray bullets "fired during a wedding celebration";
* an explosion said to be of unknown nature, origin or cause ("an explosion of unknown nature hit a position"): `other`,
  whatever device the text goes on to wonder about;
* a shooting that the text gives no shooter for, told as a body found shot or as stray fire ("a body found
  with bullet wounds", "hit by stray bullets"): a murder or stray fire (`other`), not an attack by a side; gunmen
  named only as those who had taken the man ("found shot dead hours after he was abducted by unknown gunmen") are his
  abductors, not told as his shooters;
* killing and kidnapping in one event ("the killing of a shepherd and the kidnapping of two others"): typed
  by the killing (SCHEMA counts only the dead), an attack by its actor (`other` with none, or, with one of
  no known side: "found shot a day after he had been kidnapped by unidentified persons" is a murder); told as a
  taking first with some of the taken killed after it ("abducted 20 truffle hunters and killed two of them"), it
  stays an abduction;
* one person shot dead by those who then fled ("shot dead a member of X, before fleeing"): singled out, a
  targeted killing.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.models import ARMED_SIDES

#: The killer is the victim's kin or acquaintance ("by his cousin", "by one of her relatives").
_KIN_KILLER = re.compile(r"\bby\s+(?:one\s+of\s+)?(?:his|her|their|a)\s+(?:own\s+)?(?:cousins?|brothers?|sisters?|relatives?|father|mother|son|"
                         r"uncle|nephew|husband|wife|brother-in-law|in-laws|neighbou?rs?|kinsm[ae]n|relative)\b", re.IGNORECASE)
#: A private motive: a quarrel or a dispute between persons or families.
_PRIVATE_MOTIVE = re.compile(r"\b(?:during|in|after|following|over|amid|because\s+of|due\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:quarrel|altercation|argument|squabble|brawl|row)\b|"
                             r"\b(?:personal|family|inheritance|land|property|financial|debt|money|marital|honou?r)\s+(?:dispute|feud|"
                             r"quarrel|differences?)\b|\bdispute\s+over\s+(?:an?\s+|the\s+)?(?:inheritance|land|property|money|debt)|"
                             r"\bmurders?\b|\b(?:tried|trying|attempt(?:ed|ing)?|in\s+order)\s+to\s+(?:steal|rob)\b|"
                             r"\b(?:stole|robbed|looted|snatched)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:money|cash|car|motorcycle|motorbike|phones?|gold|jewel(?:le)?ry|belongings|wallet|savings)\b|"
                             r"\bhonou?r[\"”]?\s+(?:killing|crime|reasons?)\b|\b(?:during|at)\s+(?:an?|the)\s+(?:wedding|celebration)\b|"
                             r"\bcelebrat(?:ory|ion)\s+(?:gunfire|shooting|fire)\b",
                             re.IGNORECASE)

#: "an explosion of unknown nature", "a blast of unknown origin", "an unexplained explosion".
UNKNOWN_BLAST = re.compile(r"\b(?:explosions?|blasts?)\s+of\s+(?:an?\s+)?(?:unknown|unidentified|undetermined|unclear)\s+"
                           r"(?:nature|origin|source|cause|type|kind)s?\b|\b(?:mysterious|unexplained)\s+(?:explosions?|blasts?)\b",
                           re.IGNORECASE)


def personal_killing(told: str, perpetrator: str | None) -> bool:
    """A killing by the victim's kin, or over a private quarrel, by no armed side."""
    if perpetrator in ARMED_SIDES:
        return False
    return _KIN_KILLER.search(told) is not None or _PRIVATE_MOTIVE.search(told) is not None


#: The gunfire itself named as the kind of event ("bullet wounds", "stray bullets", "was shot dead", "gunfire"): with no
#: shooter given, nobody's attack.
_SHOT_WORD = re.compile(r"bullets?|gunfire|shot|shooting", re.IGNORECASE)


#: Where the gunfire came from is not told: a body found shot, or stray fire.
_NO_SHOOTER = re.compile(r"\bfound\b|\bstray\b|\brandom\s+(?:gunfire|bullets?|shooting)\b|\bcrossfire\b", re.IGNORECASE)
#: A shooter named, though of no side ("gunmen", "a sniper", "assailants").
_SHOOTER = re.compile(r"\b(?:gunm[ae]n|snipers?|assailants|attackers|killers?|militants|fighters|forces|cells?)\b", re.IGNORECASE)


#: The men named only as those who took the victim before his body was found ("after he had been abducted by unknown
#: gunmen", "hours after gunmen on a motorbike abducted him"): his abductors, not told as the ones who shot him.
_ABDUCTORS: Final = re.compile(r"\b(?:abducted|kidnapped|seized|snatched)\s+by\s+(?:the\s+|an?\s+)?(?:(?:unknown|unidentified|"
                               r"masked|armed)\s+)?(?:gunm[ae]n|assailants|persons|men)\b|"
                               r"\b(?:(?:unknown|unidentified|masked|armed)\s+)?(?:gunm[ae]n|assailants)\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:had\s+)?(?:abducted|kidnapped|seized|snatched)\s+(?:him|her|them)\b", re.IGNORECASE)
_FOUND_AFTER: Final = re.compile(r"\bfound\b[^.;]{0,200}?\b(?:after|since)\b", re.IGNORECASE)


def unattributed_shooting(hit: str, perpetrator: str | None, told: str) -> bool:
    """An "attack" read only from gunfire, with no shooter named at all, that tells a body found shot or stray fire.
    Gunmen named only as those who had taken the man whose body was found shot are not told as his shooters."""
    if _SHOT_WORD.fullmatch(hit) is None or _NO_SHOOTER.search(told) is None:
        return False
    if perpetrator is None and _SHOOTER.search(told) is None:
        return True
    return perpetrator in (None, "unknown") and _FOUND_AFTER.search(told) is not None and \
        _ABDUCTORS.search(told) is not None and _SHOOTER.search(_ABDUCTORS.sub(" ", told)) is None


#: The taking told as a deed ("abducted 20 truffle hunters", "kidnapped 15 of them").
_TAKEN: Final = re.compile(r"\b(?:abduct(?:ed|s)|kidnapp?(?:ed|s))\b", re.IGNORECASE)
#: A death told: "killed", "shot dead", "executed", "found dead", "the body of", "the death toll".
_DEATH: Final = re.compile(r"\b(?:kill(?:ed|ing|s)?|shot|execut(?:ed|ing|ion)|murder(?:ed)?|dead|deaths?|died|tolls?|"
                           r"bod(?:y|ies)|corpses?|slain)\b",
                           re.IGNORECASE)


def killing_kind(event_type: str, killed: int, perpetrator: str | None, told: str = "") -> str:
    """An abduction in which people were killed is typed by the killing: an attack by its actor, else (no actor, or
    one of no known side: "abducted by unknown persons") `other`, a murder. Told as a taking first, with the dead
    named after it ("an ISIS cell abducted 20 truffle hunters and killed two of them"), it stays an abduction."""
    if event_type != "abduction" or killed <= 0 or _taken_first(told):
        return event_type
    return "attack" if perpetrator not in (None, "unknown") else "other"


def _taken_first(told: str) -> bool:
    """The incident's words tell the taking before any death ("kidnapped 15 of them and shot dead two others")."""
    taken = _TAKEN.search(told)
    death = _DEATH.search(told)
    return taken is not None and (death is None or taken.start() < death.start())


#: Those who shot fled afterwards ("before fleeing", "and fled the scene", "escaped to an unknown destination").
FLED = re.compile(r"\b(?:before|then|and|after\s+which\s+they)\s+(?:fleeing|fled|escaping|escaped|running\s+away|ran\s+away)\b|"
                  r"\bfled\s+the\s+scene\b", re.IGNORECASE)
