"""A share of a civilian total told with its killer as the subject ("Regime shelling killed 37 of them", "The Russian
warplanes alone killed 120 of these civilians"): a civilian total of its own with that killer, even when the total is
told in the paragraph before. Look-alikes: a subject of two killers, a subject that is a cause (landmines), and people
abducted of whom "three" were killed (no civilian total before).

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_WHOLE = "The monitor documented the deaths of 140 civilians, including 30 children, in the northwest in May 2023.\n"


def _by_killer(text: str) -> list[tuple[str, int, object]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in totals)


def test_killer_as_subject_of_a_share() -> None:
    found = _by_killer(_WHOLE + "Regime shelling killed 37 of them, most of them in Jabal al-Zawiya, the monitor said.")
    assert ("civilians", 37, "regime") in found


def test_share_of_these_civilians() -> None:
    found = _by_killer(_WHOLE + "The Russian warplanes alone killed 52 of these civilians, among them 11 children.")
    assert ("civilians", 52, "russia") in found


def test_two_killers_give_no_share() -> None:
    found = _by_killer(_WHOLE + "Russian and regime warplanes killed 90 of them, the monitor said.")
    assert not any(killed == 90 for _, killed, _ in found)


def test_cause_as_subject_gives_no_share() -> None:
    found = _by_killer(_WHOLE + "Landmines left by ISIS killed 20 of them, the monitor said.")
    assert not any(killed == 20 for _, killed, _ in found)


def test_abducted_people_killed_are_no_share() -> None:
    found = _by_killer(
        "ISIS gunmen abducted some 30 shepherds in the desert east of Hama on Sunday and killed three of them, "
        "local sources said."
    )
    assert not any(killed == 3 and perpetrator for _, killed, perpetrator in found)
