"""An unplaced event told after a placed incident is more of it (incident_joins.fold_unplaced) unless it is of another
kind with victims of its own: shelling that kills women after a fight between troops and gunmen, or clashes on a front
after shelling that killed civilians, are incidents of their own. The attackers' own dead, victims of a side the
incident counts, or an incident with no toll of its own keep the event one (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import killed_per_incident, kinds, titled

_STORMED = ("Government troops stormed the eastern quarter of Tafas, a town west of Daraa city, at dawn on "
            "Monday. ")


def test_shelling_that_kills_women_after_the_fight_is_its_own_incident() -> None:
    row = titled(_STORMED + "The fighting with local gunmen left four gunmen and three soldiers dead, while the troops "
                            "pounded the quarter with mortars, killing two women.")
    assert killed_per_incident(row) == [{"hts_rebels": 4, "regime": 3}, {"civilians": 2}]
    assert kinds(row) == ["attack", "shelling"]


def test_clashes_on_a_front_after_deadly_shelling_are_their_own_incident() -> None:
    row = titled("Turkish artillery hit the village of Um Harmala near Tal Tamr in Hasakah countryside on Friday, "
                 "killing three civilians, the monitor said.\nOn the Ruwaysat front further west, five SDF fighters and "
                 "six fighters of the Turkish-backed factions were killed in clashes, the monitor added.")
    assert killed_per_incident(row) == [{"civilians": 3}, {"sdf": 5, "turkey_factions": 6}]
    assert kinds(row) == ["shelling", "clash"]


def test_the_attackers_own_dead_in_the_exchange_of_fire_stay_in_the_ambush() -> None:
    row = titled("ISIS cells ambushed a regime convoy on the desert road east of Palmyra in Homs on Tuesday, "
                 "killing seven soldiers.\nBy evening, at least three ISIS members had also died in the exchange of "
                 "fire, and Russian jets then hit the area.")
    assert killed_per_incident(row) == [{"isis": 3, "regime": 7}]


def test_a_further_victim_of_a_side_the_fight_counts_stays_in_it() -> None:
    row = titled(_STORMED + "The fighting with local gunmen left four gunmen and three soldiers dead, while the troops "
                            "pounded the quarter with mortars, killing a further gunman.")
    assert len(killed_per_incident(row)) == 1


def test_shelling_after_a_raid_with_no_toll_of_its_own_stays_one_incident() -> None:
    row = titled(_STORMED + "The troops pounded the quarter with mortars, killing two women.")
    assert killed_per_incident(row) == [{"civilians": 2}]
