"""Incidents: a party blaming the event just told on someone ("The ministry blamed the blast on Kurdish fighters,
saying on Twitter that ...") tells more of that event, not another one; a sentence that places the blamed party
("blamed militias deployed near X") is left to the other rules.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_LEAD = (
    "A motorbike rigged with explosives blew up near a bakery in the town of Jarablus on Sunday, killing eight people. "
)


def _rows(text: str) -> list[dict[str, object]]:
    return list(contract(_LEAD + text, date(2021, 3, 8))["incidents"])


def test_blame_told_on_a_platform_is_the_same_bombing() -> None:
    text = (
        "The Turkish interior ministry blamed the explosion on Kurdish militants, saying on Twitter that "
        '"terrorists" had killed eight civilians in a "treacherous" attack.'
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0]["type"] == "ied_landmine"


def test_blame_without_event_noun_is_the_same_bombing() -> None:
    text = "The ministry blamed the PKK, saying on Facebook that the group had targeted shoppers."
    assert len(_rows(text)) == 1


def test_a_later_attack_after_the_blame_is_still_its_own() -> None:
    text = (
        "Ankara blamed the PKK for the blast. In a separate incident, gunmen shot dead a teacher in the town of "
        "Al-Bab on Monday."
    )
    assert len(_rows(text)) == 2


def test_accused_of_being_behind_the_bombing_is_the_same() -> None:
    text = (
        "Leaders of the brigade accused the militias of being behind the bombing, which came days after the brigade "
        "drove members of the Fourth Division out of posts near the town of Busra al-Harir."
    )
    assert len(_rows(text)) == 1
