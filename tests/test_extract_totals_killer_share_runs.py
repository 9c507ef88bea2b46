"""A civilian total split by killer in the sentence after it: "Nine of them were killed by regime shelling, four by
Russian airstrikes, and two by unknown gunmen". Each share is a civilian total with its killer, the ones after the
first too (the verb left out); a share told by a cause ("two by landmines") is no total of its own. A kind of people
inside the total ("three children") is no figure the shares are matched against, even when a regional line of the same
figure comes later.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_OPEN = "The monitor documented the deaths of 30 people in the northeast during the month of May 2023:\n"


def _by_killer(text: str) -> list[tuple[str, int, object]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in totals if t.get("perpetrator"))


def test_shares_after_the_first_are_totals_by_their_killers() -> None:
    found = _by_killer(
        _OPEN + "- 16 civilians, including three children. Nine of them were killed by Turkish drone strikes, four by "
        "ISIS cells, and three by unidentified gunmen.\n- 14 members of the SDF.\n"
    )
    assert found == [("civilians", 3, "unknown"), ("civilians", 4, "isis"), ("civilians", 9, "turkey_factions")]


def test_kind_of_people_is_not_a_later_regional_figure() -> None:
    found = _by_killer(
        _OPEN + "- 16 civilians, including four women. Ten of them were killed by Turkish drone strikes, and six by "
        "ISIS cells.\n- 14 members of the SDF.\n"
        "By province, the civilians were killed as follows: eight in Al-Hasakah, four in Raqqa and four in Deir Ezzor.\n"
    )
    assert ("civilians", 10, "turkey_factions") in found
    assert ("civilians", 6, "isis") in found


def test_share_by_a_cause_is_no_total() -> None:
    found = _by_killer(
        _OPEN + "- 16 civilians, including three children. Nine of them were killed by Turkish drone strikes, five by "
        "landmines and war remnants, and two by ISIS cells.\n- 14 members of the SDF.\n"
    )
    assert ("civilians", 5, None) not in found
    assert ("civilians", 9, "turkey_factions") in found


def test_killer_share_beside_others_by_a_cause_stays_inside() -> None:
    found = _by_killer(
        _OPEN + "- 16 civilians, including three children: ten of them were killed by ISIS, while six others were "
        "killed by landmines and war remnants.\n- 14 members of the SDF.\n"
    )
    assert ("civilians", 10, "isis") not in found
