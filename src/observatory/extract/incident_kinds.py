"""Kinds of incident told by who killed whom and why, rather than by the weapon (round 8).

Constructions handled:

* a killing by the victim's kin or over a private quarrel ("shot dead by his cousin during a quarrel over an
  inheritance", "killed by his brother over a land dispute", "stabbed by a relative following a family dispute"): a
  murder (`other`), not an attack or an assassination by a side;
* an explosion said to be of unknown nature, origin or cause ("an explosion of unknown nature hit a position"): `other`,
  whatever device the text goes on to wonder about.
"""

from __future__ import annotations

import re

#: The killer is the victim's kin or acquaintance.
_KIN_KILLER = re.compile(r"\bby\s+(?:his|her|their|a)\s+(?:own\s+)?(?:cousins?|brothers?|sisters?|relatives?|father|mother|son|"
                         r"uncle|nephew|husband|wife|brother-in-law|in-laws|neighbou?rs?|kinsm[ae]n|relative)\b", re.IGNORECASE)
#: A private motive: a quarrel or a dispute between persons or families.
_PRIVATE_MOTIVE = re.compile(r"\b(?:during|in|after|following|over|amid|because\s+of|due\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:quarrel|altercation|argument|squabble|brawl|row)\b|"
                             r"\b(?:personal|family|inheritance|land|property|financial|debt|money|marital|honou?r)\s+(?:dispute|feud|"
                             r"quarrel|differences?)\b|\bdispute\s+over\s+(?:an?\s+|the\s+)?(?:inheritance|land|property|money|debt)",
                             re.IGNORECASE)
#: Sides whose killings are acts of war even over a dispute.
_ARMED_SIDES = frozenset({"regime", "pro_iran_foreign", "russia", "isis", "sdf", "turkey_factions", "hts_rebels", "coalition"})

#: "an explosion of unknown nature", "a blast of unknown origin", "an unexplained explosion".
UNKNOWN_BLAST = re.compile(r"\b(?:explosions?|blasts?)\s+of\s+(?:an?\s+)?(?:unknown|unidentified|undetermined|unclear)\s+"
                           r"(?:nature|origin|source|cause|type|kind)s?\b|\b(?:mysterious|unexplained)\s+(?:explosions?|blasts?)\b",
                           re.IGNORECASE)


def personal_killing(told: str, perpetrator: str | None) -> bool:
    """A killing by the victim's kin, or over a private quarrel, by no armed side."""
    if perpetrator in _ARMED_SIDES:
        return False
    return _KIN_KILLER.search(told) is not None or _PRIVATE_MOTIVE.search(told) is not None
