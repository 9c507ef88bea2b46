"""An earlier event dated with its year, told after the incident ("On 3 May 2019, a similar raid on X killed ...",
"It is worth noting that strikes on A on May 2, 2020, killed ..."): a background incident of its own, even where it
shares a place or a toll with the incident. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_similar_strike_dated_with_a_year_is_another_incident() -> None:
    row = contract("Drone kills two commanders\n\nA drone targeted a car near Sarmada in the northern countryside of "
                   "Idlib on Tuesday evening, killing two commanders of Hurras al-Din.\n\n"
                   "On 9 March 2021, a similar strike near Sarmada killed two commanders of the same group.")
    assert kinds(row) == ["drone_strike", "drone_strike"]


def test_noted_strikes_with_a_year_and_a_shared_town_are_another_incident() -> None:
    row = contract("Strikes on depots\n\nThe death toll of the strikes on militia depots near Al-Qaim crossing and "
                   "the town of Hajin east of Deir ez-Zor after midnight has risen to 14.\n\n"
                   "It is worth noting that strikes on Hajin on April 22, 2020, killed 14 soldiers and 17 militiamen.")
    assert [i["date"] for i in row["incidents"]][1:] == ["2020-04-22"]


def test_look_alike_death_of_wounds_with_a_year_stays_the_incident() -> None:
    row = contract("Bombing in Azaz\n\nA car bomb exploded in the market of Azaz in the northern countryside of Aleppo "
                   "on Friday, killing three civilians.\n\nA fourth civilian died of his wounds on 8 July 2022, "
                   "bringing the toll of the bombing to four.")
    assert len(row["incidents"]) == 1


def test_look_alike_dated_sentence_without_dead_stays_the_incident() -> None:
    row = contract("Attack on checkpoint\n\nGunmen attacked a checkpoint near Tafas in the western countryside of Daraa "
                   "on Friday, killing two soldiers.\n\nOn 11 June 2022, the checkpoint had been reinforced with "
                   "more troops.")
    assert len(row["incidents"]) == 1
