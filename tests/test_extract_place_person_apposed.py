"""Places: a name after "near" that a person's apposition follows (", an Iraqi whose real name was ...") is the man
described, not a place of the event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract
from observatory.extract.place_person_apposed import person_apposed


def test_a_man_described_by_his_nationality() -> None:
    text = "a bomber blew himself up near al-Rawi, an Iraqi whose real name was unknown"
    assert person_apposed(text, text.index(", an Iraqi"))


def test_a_town_described_as_a_town() -> None:
    text = "shells fell near Kafr Nabl, a town in the south of Idlib"
    assert not person_apposed(text, text.index(", a town"))


def test_a_bomber_near_a_man_tells_one_incident() -> None:
    text = (
        "A commander of a rebel faction was killed on Friday in a suicide bombing at his house in the town of "
        "Atmeh in northern Idlib.\n"
        "A man wearing an explosive belt entered the house and blew himself up near al-Rawi, an Iraqi whose real "
        "name was never published, local sources said.\n"
    )
    assert len(contract(text)["incidents"]) == 1
