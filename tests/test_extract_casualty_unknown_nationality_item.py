""""killing eight militiamen: four Afghans, three Syrians and one of unknown nationality": "one of unknown nationality"
is a person, the last item of the list of nationalities (``figures.is_count``), of the whole's side, not of unknown
people (``casualty_nations.foreigners_of_group``; SCHEMA: Iranian-backed militiamen of unstated nationality are
pro_iran_foreign, the Syrians among them regime). Look-alike: "one of the militia's positions" counts no one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_one_of_unknown_nationality_after_a_colon() -> None:
    text = ("Strikes near Albukamal\n\nOn Monday, unidentified warplanes struck Iranian-backed militia positions near "
            "Albukamal, killing eight militiamen: four Afghans, three Syrians and one of unknown nationality.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 3}


def test_others_after_the_list_are_of_the_militias() -> None:
    text = ("Strikes near Albukamal\n\nOn Monday, unidentified warplanes struck Iranian-backed militia positions near "
            "Albukamal, killing six militiamen, three Iraqis, two Syrians and one of unknown nationality, while seven others "
            "were injured.")
    assert injured(text) == {"pro_iran_foreign": 7}


def test_one_of_a_nation_is_a_person() -> None:
    text = ("Strikes near Albukamal\n\nOn Monday, unidentified warplanes struck Iranian-backed militia positions near "
            "Albukamal, killing four militiamen, three Iraqis and one of Afghan nationality.")
    assert killed(text) == {"pro_iran_foreign": 4}


def test_one_of_the_positions_counts_no_one() -> None:
    text = ("Strikes near Albukamal\n\nOn Monday, unidentified warplanes struck one of the positions of Iranian-backed "
            "militias near Albukamal, killing four Iraqi militiamen.")
    assert killed(text) == {"pro_iran_foreign": 4}
