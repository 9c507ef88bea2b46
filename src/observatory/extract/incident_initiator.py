"""Who began a fight: a sentence that tells its attackers as the event ("IS militants attacked army checkpoints"),
not as the cause of a fight, and a side's killing told only as "an operation"; each read as an attack (SCHEMA)."""

from __future__ import annotations

import re

from observatory.extract.incident_operation import operation_attack
from observatory.extract.incident_started import attack_begun

#: "IS militants attacked ...", "the tribal fighters tried to storm SDF positions", "gunmen attempted to raid ...".
ATTACKED_BY = re.compile(r"\b(?:militants|fighters|cells|members|gunmen|forces)\s+(?:had\s+)?(?:attacked|stormed|assaulted|raided|"
                         r"(?:tried|attempted|were\s+trying|sought)\s+to\s+(?:storm|attack|assault|raid))\b", re.IGNORECASE)


CAUSE_BEFORE = re.compile(r"\b(?:after|following|when|because|since)\b", re.IGNORECASE)


def attackers_named(text: str) -> bool:
    """The sentence tells who attacked ("IS militants attacked army checkpoints"), as the event itself rather than as
    the cause of a fight ("the clashes came after tribal fighters attacked a checkpoint")."""
    m = ATTACKED_BY.search(text)
    return m is not None and CAUSE_BEFORE.search(text, 0, m.start()) is None


def initiated_attack(work: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The attack a sentence of clashes says one side began ("fierce clashes were renewed in X, where tribal gunmen
    attacked SDF positions"): a fight with a clear initiator is an attack (SCHEMA), not a clash; None otherwise."""
    text = work[s:e]
    m = ATTACKED_BY.search(text)
    if m is None or CAUSE_BEFORE.search(text, 0, m.start()) is not None:
        begun = attack_begun(text)  # "the fighting which erupted ..., after the gunmen crossed ... and attacked ..."
        return ("attack", s + begun[0], s + begun[1]) if begun is not None else None
    return ("attack", s + m.start(), s + m.end())


def told_operation(work: str, s: int, e: int) -> tuple[str, int, int] | None:
    """A side's killing told only as "an operation" (incident_operation): an attack; None otherwise."""
    told = operation_attack(work[s:e])
    return ("attack", s + told[0], s + told[1]) if told is not None else None
