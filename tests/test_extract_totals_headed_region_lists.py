"""A roundup line that splits its dead by place under a head naming them: "The soldiers fell in these provinces: 31
in X, 12 in Y; 9 in Z and one in W" -> regional totals of the side the head names (also the last place written as
"one", and a place told as "the areas of X"). Not incidents.

Look-alikes: a head that names no group of dead leaves the figures alone; a head with a figure of its own is a total
read elsewhere; a place list of wounded is no total of the dead.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_DAY = ("Monitor: 58 people lost their lives across the country on Monday\n\n"
        "The monitor said that 58 people lost their lives across the country on Monday, 3 March 2014: 40 civilians "
        "and 18 government troops. ")


def _regions(row: dict[str, object]) -> dict[str, tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return {t["region"]: (t["side"], t["killed"]) for t in totals if t.get("region")}


def test_head_names_the_dead_then_places() -> None:
    row = contract(_DAY + "The civilians died in the following provinces: 17 in Hama, mostly in air raids on Kafr "
                   "Zita; 12 in Idlib; 6 in Homs, 4 in Daraa and one in Raqqa.")
    regions = _regions(row)
    assert regions.get("Hama") == ("civilians", 17)
    assert regions.get("Idlib") == ("civilians", 12)
    assert regions.get("Daraa") == ("civilians", 4)
    assert regions.get("Raqqa") == ("civilians", 1)


def test_head_with_region_cue_and_side() -> None:
    row = contract(_DAY + "Losses of the regime forces by province: 11 in the Idlib countryside and 7 in the Latakia "
                   "mountains.")
    regions = _regions(row)
    assert regions.get("Idlib countryside") == ("regime", 11)
    assert regions.get("Latakia mountains") == ("regime", 7)


def test_last_place_in_words_and_areas_of() -> None:
    row = contract("Monitor: 30 Turkish-backed fighters killed in 2022\n\nThe monitor counted 30 fighters of the "
                   "Turkish-backed factions killed in 2022. Of the 30 fighters, 19 were killed in the Afrin countryside, "
                   "10 in the areas of Azaz and Marea, and one in Jarabulus.")
    regions = _regions(row)
    assert regions.get("Afrin countryside") == ("turkey_factions", 19)
    assert regions.get("areas of Azaz and Marea", regions.get("Azaz and Marea")) == ("turkey_factions", 10)
    assert regions.get("Jarabulus") == ("turkey_factions", 1)


def test_head_without_a_group_leaves_the_figures() -> None:
    row = contract(_DAY + "The wounded were taken to hospitals: 14 in Hama and 9 in Idlib.")
    assert "Hama" not in _regions(row)
    assert all(t["killed"] != 14 for t in row["totals"])  # type: ignore[union-attr]


def test_head_of_wounded_civilians_is_no_toll() -> None:
    row = contract(_DAY + "The injured civilians were taken to hospitals: 14 in Hama and 9 in Idlib.")
    assert "Hama" not in _regions(row)


# Review r39 (rev5): heads near the rule that are no roundup of the dead by place.

def test_head_of_a_count_of_others_is_no_toll() -> None:
    # the head says no list by place follows; "killed" belongs to the strike that hurt them
    row = contract(_DAY + "The people hurt in the bombardment that killed the children were taken to field clinics: 14 in Ariha "
                   "and 9 in Saraqeb.")
    assert "Ariha" not in _regions(row)
    assert all(t["killed"] != 14 for t in row["totals"])  # type: ignore[union-attr]


def test_head_of_arrests_after_deaths_is_no_toll() -> None:
    row = contract(_DAY + "After the deaths of protesters, security forces of the regime arrested young men: 40 in Daraa and "
                   "22 in Douma.")
    assert "Daraa" not in _regions(row)


def test_displaced_families_of_the_dead_are_no_toll() -> None:
    row = contract(_DAY + "Families of the civilians killed in the offensive were displaced to the following camps: 400 in "
                   "Atmeh and 250 in Sarmada.")
    assert "Atmeh" not in _regions(row)


def test_head_naming_two_sides_gives_neither() -> None:
    row = contract(_DAY + "Regime soldiers and ISIS members were killed in clashes in the following areas: 12 in the Homs "
                   "desert and 8 in the Deir ez-Zor desert.")
    assert "Homs desert" not in _regions(row)


def test_attacker_and_dead_in_the_head_stay_an_event() -> None:
    row = contract(_DAY + "Israeli missiles killed regime soldiers at positions in the following areas: 4 in Damascus "
                   "countryside and one in Homs.")
    assert "Damascus countryside" not in _regions(row)
    assert row["incidents"]
