"""More parts of a whole told before, named with "also" in a later sentence (``casualty_also_dead``). Look-alikes: more
dead of another event told with "also", and a labelled part ("women") that names no side, keep the ordinary reading.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def _killed(text: str) -> list[dict[str, int]]:
    return killed_per_incident(contract(text))


def test_dead_also_included_splits_the_rest() -> None:
    text = ("Israeli strikes near Palmyra overnight killed six fighters allied to the Syrian government, including two Iraqis. "
            "The dead also included a Hezbollah fighter and three Syrians working for Iran-backed groups.")
    assert _killed(text) == [{"pro_iran_foreign": 3, "regime": 3}]


def test_people_whole_rest_of_no_side_is_used_up() -> None:
    text = ("An Israeli strike on a building in Palmyra on Saturday killed eight people, including three Iranians. "
            "The dead also included four Syrians working with Iranian forces and a civilian man.")
    assert _killed(text) == [{"pro_iran_foreign": 3, "regime": 4, "civilians": 1}]


def test_were_also_among_the_dead() -> None:
    text = ("An Israeli strike on a building in Palmyra on Saturday killed eight people, including three Iranians. "
            "The monitor said four Syrians working with Iranian forces and a civilian man were also among the dead.")
    assert _killed(text) == [{"pro_iran_foreign": 3, "regime": 4, "civilians": 1}]


def test_more_dead_in_another_event_are_not_parts() -> None:
    text = ("An Israeli strike on a building in Palmyra on Saturday killed eight people, including three Iranians. "
            "Two soldiers were also killed in a separate strike near Homs.")
    killed = _killed(text)
    assert killed[0] == {"pro_iran_foreign": 3, "unknown": 5}


def test_label_part_is_not_a_side_part() -> None:
    text = "Shelling on Idlib killed seven civilians, including two children. Among the dead were also three women."
    assert _killed(text) == [{"civilians": 7}]
