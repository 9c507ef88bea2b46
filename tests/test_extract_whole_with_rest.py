"""A headline's whole of no side, told later as one side's dead and a rest of no side, is not counted again as unknown."""

from __future__ import annotations

from contract_rows import contract, summed


def _killed(text: str) -> dict[str, int]:
    return summed(contract(text), "killed")


def test_whole_told_as_militiamen_and_a_rest() -> None:
    text = (
        "Drone strike hits fuel tankers near al-Mayadin, killing 12\n"
        "According to the monitor, the strike killed 12 people: nine foreign members of Iranian-backed militias who "
        "guarded the tankers and three Syrian drivers."
    )
    assert _killed(text) == {"pro_iran_foreign": 9, "unknown": 3}


def test_title_whole_told_as_one_side_in_a_clash_of_factions() -> None:
    text = (
        "Four gunmen killed in clashes between two Turkish-backed factions in Afrin\n"
        "Clashes broke out on Sunday between the Hamza Division and the Sultan Murad Division in Afrin city over "
        "the sharing of seized houses, leaving four fighters of the Turkish-backed factions dead."
    )
    assert _killed(text) == {"turkey_factions": 4}


def test_two_groups_of_one_sentence_are_not_one_whole() -> None:
    text = (
        "ISIS cells attacked a convoy of fuel tankers near the T3 station on Thursday, killing two drivers and two "
        "guards of the regime's National Defence Forces."
    )
    assert sum(_killed(text).values()) == 4
