"""Two events joined inside one sentence: a source's report of two deeds ("sources reported that X shelled A, wounding
two, and that Y ambushed a convoy near B") and one more strike set before the one told ("..., while a previous strike
on a house near B caused no casualties"): two incidents each.

Look-alike: "... said that HTS fired rockets on posts, and that the army responded by shelling the sources of fire"
names no place of the answer: one incident.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def test_reported_that_and_that_two_deeds() -> None:
    row = contract(
        "Fighting in the east\n\n"
        "Local sources reported that the SDF shelled the village of Jadid Bakara with mortars, wounding "
        "two women, and that tribal gunmen ambushed an SDF patrol near Al-Kasra, killing three fighters."
    )
    assert len(row["incidents"]) == 2


def test_previous_strike_in_another_place() -> None:
    row = contract(
        "Drone strike in Idlib\n\n"
        "On Tuesday, a coalition drone killed a Hurras al-Din commander near the town of Kafr Takharim, "
        "while a previous strike on a farm in the vicinity of Armanaz caused no casualties."
    )
    assert len(row["incidents"]) == 2


def test_answer_without_place_stays_one() -> None:
    row = contract(
        "Shelling in Latakia\n\n"
        "A military source said that HTS fired dozens of rockets on army posts in the Kabani hills, "
        "killing a soldier, and that the army responded by shelling the sources of fire."
    )
    assert len(row["incidents"]) == 1


def test_wounded_in_the_shelling_of_a_nearby_village() -> None:
    row = contract(
        "Shelling in Jabal al-Zawiya\n\n"
        "On Monday, a farmer was killed by army shells that fell on the village of Kansafra, while three "
        "children were wounded in the shelling of the nearby village of Fleifel."
    )
    assert len(row["incidents"]) == 2


def test_wounded_in_the_blast_stays_one() -> None:
    row = contract(
        "Blast in Azaz\n\n"
        "On Monday, a car bomb went off near the market of Azaz, killing four people, while seven "
        "others were wounded in the blast."
    )
    assert len(row["incidents"]) == 1


def test_between_two_parties_joined_by_and_stays_one() -> None:
    row = contract(
        "Clashes in Daraa\n\n"
        "Violent clashes erupted at dawn today between gunmen of local groups, backed by members of the "
        "Eighth Brigade, and gunmen of a cell accused of affiliation with ISIS in the Al-Manshiyah and "
        "Al-Sad neighbourhoods of Daraa al-Balad. The fighting killed two gunmen of each side."
    )
    assert len(row["incidents"]) == 1


def test_in_the_second_opens_the_next_event() -> None:
    row = contract(
        "Two shot dead in Daraa\n\n"
        "Two men were killed in separate attacks in Daraa countryside yesterday. In the first, gunmen "
        "shot dead a former rebel commander near his home in the town of Jasim, killing him on the spot. "
        "In the second, gunmen shot dead a soldier near the town of Inkhil."
    )
    assert len(row["incidents"]) == 2


def test_toll_then_strikes_counted_elsewhere_without_toll() -> None:
    row = contract(
        "Strikes on Idlib\n\n"
        "Russian airstrikes on Kafr Nabl killed two civilians, while Russian warplanes carried out dozens "
        "of airstrikes on Kafr Zita and Al-Lataminah in the northern countryside of Hama."
    )
    assert len(row["incidents"]) == 2


def test_toll_then_strikes_on_the_same_town_stay_one() -> None:
    row = contract(
        "Strikes on Idlib\n\n"
        "Russian airstrikes on Kafr Nabl killed two civilians, while Russian warplanes carried out dozens "
        "of airstrikes on Kafr Nabl and its surroundings."
    )
    assert len(row["incidents"]) == 1
