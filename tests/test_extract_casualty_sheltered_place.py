"""People killed where the text says families, residents or civilians were sheltering, queuing or staying are civilians
(``casualty_fired_on._SHELTERED``; sentences written for these tests)."""

from __future__ import annotations

from contract_rows import killed_sums

T = "Strike news\n\n"


def test_basement_where_families_sought_shelter() -> None:
    text = T + ("Russian jets struck the basement of a mosque in Kafr Batna on Monday where families had taken refuge, "
                "killing 12 people, nine of them children.")
    assert killed_sums(text) == {"civilians": 12}


def test_street_where_residents_were_queuing_for_bread() -> None:
    text = T + ("Nine people were killed on Saturday when regime barrel bombs hit a street in Atarib where residents were "
                "queueing in front of a bakery.")
    assert killed_sums(text) == {"civilians": 9}


def test_house_where_displaced_people_were_staying() -> None:
    text = T + ("A shell fell on a house in Sarmada where displaced people were staying, killing four people and wounding "
                "others.")
    assert killed_sums(text) == {"civilians": 4}


def test_armed_men_in_the_sentence_keep_it_apart() -> None:
    text = T + ("A strike hit a building in Sarmada where fighters and their families were staying, killing four people.")
    assert killed_sums(text) == {"unknown": 4}
