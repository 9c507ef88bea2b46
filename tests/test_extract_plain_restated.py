"""Plain persons counted again by the number of the one side's dead told before are the same dead, not more of no side."""

from __future__ import annotations

from contract_rows import contract, summed


def _killed(text: str) -> dict[str, int]:
    return summed(contract(text), "killed")


def test_of_them_restates_the_cell_members() -> None:
    text = (
        "The Asayish raided a hideout of an ISIS cell in al-Tabqa on Friday, killing three of its members. "
        "The cell members refused to hand themselves in and fired on the force, and three of them were killed."
    )
    assert _killed(text) == {"isis": 3}


def test_men_restate_the_civilians() -> None:
    text = (
        "ISIS gunmen killed two civilians near al-Kawm on Monday. "
        "The gunmen stopped their car and shot dead two men who tried to run away."
    )
    assert _killed(text) == {"civilians": 2}


def test_other_people_are_more_dead() -> None:
    text = (
        "Regime shelling killed two civilians in Kansafra on Monday. "
        "The shells then hit a house in the village, killing two other people."
    )
    assert _killed(text) == {"civilians": 2, "unknown": 2}
